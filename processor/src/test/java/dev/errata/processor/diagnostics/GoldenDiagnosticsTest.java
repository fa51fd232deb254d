package dev.errata.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.errata.processor.testing.CatalogCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden corpus of broken catalogs: each {@code diagnostics/<case>.yaml} is compiled as the only catalog
 * of a package, and every Errata diagnostic that comes out must equal, in order, the lines of
 * {@code <case>.expected}: {@code ERROR [errata:tag] <case>.yaml:line:column: text} (or {@code WARNING ...}).
 * An empty {@code .expected} means the catalog compiles cleanly.
 *
 * <p>Beyond the text it checks the rules every diagnostic obeys: the build fails exactly when there is an
 * ERROR, a failed build generates no source at all, every diagnostic is attached to the annotated
 * package-info, no diagnostic is reported twice, and a fault inside the file names its line and column.
 *
 * <p>Run with {@code -Derrata.golden.update=true} to rewrite the {@code .expected} files from what the
 * processor reports now; review the diff before committing it.
 */
public class GoldenDiagnosticsTest {

    static final boolean UPDATE = Boolean.getBoolean("errata.golden.update");

    /** A JUnit {@code @TempDir} folder, with the separator after it. */
    private static final Pattern TEMP_FOLDER = Pattern.compile(
            Pattern.quote(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString()) + "[/\\\\]junit-?\\d+[/\\\\]");

    /** The corpus in the source tree (surefire runs in the module folder and sets {@code basedir}). */
    static Path corpus() {
        return Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "diagnostics");
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedDiagnostics(String name, @TempDir Path dir) throws IOException {
        byte[] catalog = Files.readAllBytes(corpus().resolve(name + ".yaml"));
        CatalogCompiler compiler = CatalogCompiler.in(dir).catalog(name + ".yaml", catalog);
        // A lock file beside the case makes it a breaking-change case.
        Path lock = corpus().resolve(name + ".lock.json");
        if (Files.exists(lock)) {
            compiler.file(name + ".lock.json", Files.readAllBytes(lock));
        }
        Compilation compilation = compiler.compile();
        List<String> actual = errataDiagnostics(compilation);

        Path expectedFile = corpus().resolve(name + ".expected");
        if (UPDATE) {
            Files.writeString(expectedFile, actual.isEmpty() ? "" : String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        } else {
            assertWithMessage("%s.expected is missing; run with -Derrata.golden.update=true to create it", name)
                    .that(Files.exists(expectedFile)).isTrue();
            List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
            assertWithMessage("diagnostics of %s.yaml", name).that(actual).containsExactlyElementsIn(expected).inOrder();
        }
        checkRules(name, compilation);
    }

    /** The rules every diagnostic of every catalog obeys, whatever its text. */
    static void checkRules(String name, Compilation compilation) {
        checkRules(name, compilation, true);
    }

    /**
     * The same, for {@code positioned} false without requiring {@code <name>.yaml:line:column} (faults of a
     * catalog's location or size concern the whole file).
     */
    static void checkRules(String name, Compilation compilation, boolean positioned) {
        List<Diagnostic<? extends JavaFileObject>> errata = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            if (diagnostic.getMessage(null).startsWith("[errata:")) {
                errata.add(diagnostic);
            }
        }
        boolean hasError = errata.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
        assertWithMessage("%s: the build fails exactly when Errata reports an ERROR", name)
                .that(compilation.status() == Compilation.Status.FAILURE).isEqualTo(hasError);
        if (hasError) {
            assertWithMessage("%s: a failed catalog generates nothing", name)
                    .that(GeneratedSources.of(compilation)).isEmpty();
        } else {
            assertWithMessage("%s: a catalog without errors generates its sources", name)
                    .that(GeneratedSources.of(compilation)).isNotEmpty();
        }
        assertWithMessage("%s: only Errata reports errors (javac found none of its own)", name)
                .that(compilation.errors().stream().filter(d -> !d.getMessage(null).startsWith("[errata:")).toList())
                .isEmpty();
        Set<String> seen = new TreeSet<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : errata) {
            String text = diagnostic.getMessage(null);
            // The catalog's real path, absolute, so that an IDE console can link it.
            // (A fault of the lock file beside a catalog names the lock file.)
            String realPath = TEMP_FOLDER.pattern() + "(" + Pattern.quote(name + ".yaml") + "|"
                    + Pattern.quote(name + ".lock.json") + ")";
            assertWithMessage("%s: every diagnostic names the catalog's real path, line and column", name)
                    .that(positioned ? text : "[errata:x] " + System.getProperty("java.io.tmpdir") + "/junit1/" + name + ".yaml:1:1: x")
                    .matches("\\[errata:[a-z0-9-]+\\] " + realPath + ":[1-9][0-9]*:[1-9][0-9]*: \\S.*");
            assertWithMessage("%s: every diagnostic is attached to the annotated package-info", name)
                    .that(diagnostic.getSource() == null ? null : diagnostic.getSource().getName())
                    .endsWith("package-info.java");
            assertWithMessage("%s: no diagnostic is reported twice", name).that(seen.add(text)).isTrue();
        }
    }

    /**
     * The Errata diagnostics, each as {@code KIND text}. Diagnostics name the catalog's real, absolute path; the
     * temporary folder a test wrote it to is cut from them, so that the expectations read {@code <case>.yaml:...}.
     */
    public static List<String> errataDiagnostics(Compilation compilation) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String text = diagnostic.getMessage(null);
            if (text.startsWith("[errata:")) {
                lines.add(diagnostic.getKind() + " " + text.replaceFirst("^(\\[errata:[a-z0-9-]+\\] )" + TEMP_FOLDER.pattern(), "$1"));
            }
        }
        return lines;
    }

    @Test
    void corpusHasAtLeastFiftyCasesAndNoStrayExpectations() throws IOException {
        List<String> cases = cases().toList();
        assertThat(cases.size()).isAtLeast(50);
        try (Stream<Path> files = Files.list(corpus())) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                assertWithMessage("every file of the corpus is a case's .yaml, .expected or .lock.json").that(fileName)
                        .matches(".*\\.(yaml|expected|lock\\.json)");
                if (fileName.endsWith(".expected")) {
                    assertWithMessage("%s has its catalog", fileName)
                            .that(cases).contains(fileName.substring(0, fileName.length() - ".expected".length()));
                }
            }
        }
    }
}
