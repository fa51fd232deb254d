package dev.errata.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.yaml.YamlLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults that are not one YAML file: where the catalog is (or is not), how big it is, and catalogs that
 * clash with each other or with the package. Each asserts the whole diagnostic, and the same rules as the
 * golden corpus (fails iff an ERROR, nothing generated, attached to package-info).
 */
class SpecialCasesTest {

    static final String VALID = "errata: 1\nname: Demo\ncodes:\n  type: integer\nerrors:\n  - code: 1\n    name: Boom\n"
            + "    message: It broke.\n";

    @TempDir Path dir;

    private static void assertDiagnostics(String name, Compilation compilation, String... expected) {
        assertWithMessage(name).that(GoldenDiagnosticsTest.errataDiagnostics(compilation))
                .containsExactlyElementsIn(Arrays.asList(expected)).inOrder();
        GoldenDiagnosticsTest.checkRules(name, compilation, false);
    }

    @Test
    void missingFile() {
        Compilation compilation = CatalogCompiler.in(dir).location("nowhere/missing.yaml").compile();
        assertDiagnostics("missing", compilation, "ERROR [errata:catalog-not-found] nowhere/missing.yaml: the catalog named"
                + " in @ErrorCatalog must exist, but it was not found; looked in: " + dir.resolve("nowhere/missing.yaml")
                + " (-Aerrata.catalogRoot). Put the file in one of those places, fix the path in @ErrorCatalog, or set"
                + " -Aerrata.catalogRoot to the folder that holds it");
    }

    @Test
    void missingFileSuggestsTheNearNameInTheFolderSearched() throws IOException {
        Files.createDirectories(dir.resolve("catalogs"));
        Files.writeString(dir.resolve("catalogs/stripe.yaml"), VALID);
        Files.writeString(dir.resolve("catalogs/paypal.yaml"), VALID);
        Compilation compilation = CatalogCompiler.in(dir).location("catalogs/strip.yaml").compile();
        assertDiagnostics("near name", compilation, "ERROR [errata:catalog-not-found] catalogs/strip.yaml: the catalog"
                + " named in @ErrorCatalog must exist, but it was not found; looked in: " + dir.resolve("catalogs/strip.yaml")
                + " (-Aerrata.catalogRoot). Did you mean " + dir.resolve("catalogs/stripe.yaml") + "? Put the file in one"
                + " of those places, fix the path in @ErrorCatalog, or set -Aerrata.catalogRoot to the folder that holds it");
    }

    @Test
    void classpathLocationNotFound() {
        Compilation compilation = CatalogCompiler.in(dir).location("classpath:errata/no-such-catalog.yaml").compile();
        assertDiagnostics("classpath", compilation, "ERROR [errata:catalog-not-found] classpath:errata/no-such-catalog.yaml:"
                + " the catalog named in @ErrorCatalog must exist, but it was not found; looked in: every entry of the compile class path. Put the"
                + " file in one of those places, fix the path in @ErrorCatalog, or set -Aerrata.catalogRoot to the folder"
                + " that holds it");
    }

    @Test
    void classpathLocationIsRead() throws Exception {
        // The test class path holds the corpus, so a classpath: location reaches it; diagnostics name the real file.
        Path real = Path.of(getClass().getResource("/diagnostics/codes-duplicate.yaml").toURI());
        Compilation compilation = CatalogCompiler.in(dir).location("classpath:diagnostics/codes-duplicate.yaml").compile();
        assertDiagnostics("classpath found", compilation, "ERROR [errata:duplicate-code] "
                + real + ":9:11: each code may appear once, but code 1 was already"
                + " listed at line 6. Remove or correct one of them");
    }

    @Test
    void emptyLocation() {
        Compilation compilation = CatalogCompiler.in(dir).location("").compile();
        assertDiagnostics("empty location", compilation, "ERROR [errata:catalog-location-empty] : @ErrorCatalog needs a"
                + " catalog location, but it is empty. Write the path of the YAML file, e.g."
                + " @ErrorCatalog(\"catalogs/my-api.yaml\")");
    }

    @Test
    void directoryInPlaceOfCatalog() throws IOException {
        Files.createDirectories(dir.resolve("catalogs/demo.yaml"));
        Compilation compilation = CatalogCompiler.in(dir).location("catalogs/demo.yaml").compile();
        assertDiagnostics("directory", compilation, "ERROR [errata:catalog-unreadable] catalogs/demo.yaml: a catalog"
                + " must be a readable regular file, but " + dir.resolve("catalogs/demo.yaml") + " is a directory."
                + " Name the YAML file itself, and make it readable");
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = dir.resolve("locked.yaml");
        Files.writeString(file, VALID);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        String location = "locked.yaml";
        String reason;
        if (Files.isReadable(file)) {
            // Running as root, permissions do not stop reading: /proc/self/mem is a regular file whose first
            // page cannot be read, which makes the same fault.
            Path mem = Path.of("/proc/self/mem");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(mem), "needs Linux /proc");
            location = mem.toString();
            reason = "reading " + mem + " failed (java.io.IOException: Input/output error)";
        } else {
            reason = "reading " + file + " failed (java.nio.file.AccessDeniedException: " + file + ")";
        }
        Compilation compilation = CatalogCompiler.in(dir).location(location).compile();
        assertDiagnostics("unreadable", compilation, "ERROR [errata:catalog-unreadable] " + location + ": a catalog must"
                + " be a readable regular file, but " + reason + ". Name the YAML file itself, and make it readable");
    }

    @Test
    void relativePathEscapingItsRoot() throws IOException {
        Files.writeString(dir.resolve("outside.yaml"), VALID);
        Compilation compilation = CatalogCompiler.in(dir.resolve("root")).location("catalogs/../../outside.yaml").compile();
        assertDiagnostics("escape", compilation, "ERROR [errata:catalog-path-escapes] catalogs/../../outside.yaml: a"
                + " relative catalog path must stay inside its base folder, but 'catalogs/../../outside.yaml' climbs out"
                + " with '..'. Use a path below the folder, or an absolute path");
    }

    @Test
    void classpathLocationEscapingTheClassPath() {
        Compilation compilation = CatalogCompiler.in(dir).location("classpath:../secrets.yaml").compile();
        assertDiagnostics("classpath escape", compilation, "ERROR [errata:catalog-path-escapes] classpath:../secrets.yaml:"
                + " a relative catalog path must stay inside its base folder, but '../secrets.yaml' climbs out with '..'."
                + " Use a path below the folder, or an absolute path");
    }

    @Test
    void fileOverTheSizeLimitIsNotRead() throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(VALID.getBytes(StandardCharsets.UTF_8));
            long written = VALID.length();
            while (written <= YamlLimits.DEFAULT.maxBytes()) {
                out.write(line);
                written += line.length;
            }
        }
        Compilation compilation = CatalogCompiler.in(dir).location("big.yaml").compile();
        assertDiagnostics("too large", compilation, String.format(java.util.Locale.ROOT, "ERROR [errata:catalog-too-large]"
                + " big.yaml: a catalog may be at most %,d bytes, but this one has more. Split it into several catalogs",
                YamlLimits.DEFAULT.maxBytes()));
    }

    @Test
    void twoCatalogsOfOnePackageGeneratingTheSameTypes() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("first.yaml", VALID)
                .catalog("second.yaml", VALID.replace("Boom", "Bang"))
                .compile();
        // One error for the clash, naming the types; the first catalog is fine, but the build failed, and
        // javac keeps what was generated before the failure out of the class output anyway.
        assertThat(GoldenDiagnosticsTest.errataDiagnostics(compilation)).containsExactly("ERROR"
                + " [errata:generated-type-clash] second.yaml:2:7: every generated type needs a name of its own in its"
                + " package, but types DemoError, DemoException, DemoUnknownException and 1 more (in package com.example.errors)"
                + " are needed by this catalog and by catalog first.yaml. Give the catalogs different 'name's");
        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(GeneratedSources.of(compilation).stream().map(f -> f.getName()).filter(n -> n.contains("Bang"))
                .toList()).isEmpty();
    }

    @Test
    void twoCatalogsOfOnePackageWithDifferentNamesCompile() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("first.yaml", VALID)
                .catalog("second.yaml", VALID.replace("name: Demo", "name: Other"))
                .compile();
        assertDiagnostics("two catalogs", compilation);
    }

    @Test
    void generatedTypeClashingWithAClassOfThePackage() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("demo.yaml", VALID)
                .source("com.example.errors.DemoErrors", "package com.example.errors;\npublic class DemoErrors {}\n")
                .compile();
        assertDiagnostics("declared class", compilation, "ERROR [errata:generated-type-clash] demo.yaml:2:7: every"
                + " generated type needs a name of its own in its package, but type DemoErrors (in package"
                + " com.example.errors) is needed by this catalog and by a class the package already declares. Rename"
                + " the catalog or that class (a generated file left over from an earlier build goes away with a clean"
                + " build)");
    }

    @Test
    void manyFaultsAreCappedWithANote() {
        // The golden case many-faults-capped holds the whole text; here the count.
        StringBuilder yaml = new StringBuilder("errata: 1\nname: Demo\ncodes:\n  type: integer\nerrors:\n");
        for (int i = 0; i < 500; i++) {
            yaml.append("  - code: x").append(i).append("\n    name: E").append(i).append("\n");
        }
        Compilation compilation = CatalogCompiler.in(dir).catalog("many.yaml", yaml.toString()).compile();
        List<String> diagnostics = GoldenDiagnosticsTest.errataDiagnostics(compilation);
        assertThat(diagnostics).hasSize(Diagnostics.MAX_ERRORS + 1);
        assertThat(diagnostics.get(Diagnostics.MAX_ERRORS)).startsWith("ERROR [errata:too-many-errors] many.yaml:");
        GoldenDiagnosticsTest.checkRules("many", compilation, false);
    }

    @Test
    void theSeedCatalogsCompileWithoutAnyDiagnostic() throws IOException {
        Path catalogs = Path.of(System.getProperty("basedir", "."), "..", "catalogs");
        try (var files = Files.list(catalogs)) {
            for (Path catalog : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Compilation compilation = CatalogCompiler.in(dir)
                        .inPackage("com.example." + catalog.getFileName().toString().replaceAll("[^a-z]", ""))
                        .catalog(catalog.getFileName().toString(), Files.readAllBytes(catalog))
                        .compile();
                assertDiagnostics(catalog.getFileName().toString(), compilation);
            }
        }
    }
}
