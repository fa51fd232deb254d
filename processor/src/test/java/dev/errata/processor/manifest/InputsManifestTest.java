package dev.errata.processor.manifest;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.errata.processor.manifest.InputsManifest.CatalogRecord;
import dev.errata.processor.manifest.InputsManifest.LockFileRecord;
import dev.errata.processor.manifest.InputsManifest.Origin;
import dev.errata.processor.testing.CatalogCompiler;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest the processor leaves in the class output: what a compilation writes, and how it reads back. */
class InputsManifestTest {

    private static final String CATALOG = "errata: 1\nname: Shop\ncodes:\n  type: integer\nerrors:\n"
            + "  - code: 1\n    name: OutOfStock\n    message: Out of stock\n";

    @TempDir Path dir;

    @Test
    void compilationRecordsTheCatalogItsHashTheOptionsAndTheJacksonProbes() throws IOException, ManifestException {
        Compilation compilation = CatalogCompiler.in(dir).catalog("catalogs/shop.yaml", CATALOG)
                .options("-Aerrata.jackson=none").compile();
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        String text = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", InputsManifest.RESOURCE).orElseThrow()
                .getCharContent(true).toString();

        InputsManifest manifest = ManifestFormat.read(new StringReader(text), "inputs.txt");
        assertThat(manifest.options()).containsEntry("errata.jackson", "none");
        assertThat(manifest.options()).containsEntry("errata.catalogRoot", dir.toString());
        CatalogRecord catalog = manifest.catalogs().get(0);
        assertThat(catalog.packageName()).isEqualTo("com.example.errors");
        assertThat(catalog.annotationValue()).isEqualTo("catalogs/shop.yaml");
        assertThat(catalog.origin()).isEqualTo(Origin.FILE);
        assertThat(catalog.name()).isEqualTo(dir.resolve("catalogs/shop.yaml").toString());
        assertThat(catalog.sha256()).isEqualTo(Sha256.of(CATALOG.getBytes(StandardCharsets.UTF_8)));
        assertThat(catalog.generated()).containsKey("ShopError");
        assertThat(catalog.generated()).containsKey("ShopOutOfStockException");
    }

    @Test
    void theLockFileBesideTheCatalogIsRecordedWithItsHashOrAsAbsent() throws IOException, ManifestException {
        CatalogRecord without = CatalogCompiler.in(dir).catalog("catalogs/shop.yaml", CATALOG).compile()
                .generatedFile(StandardLocation.CLASS_OUTPUT, "", InputsManifest.RESOURCE)
                .map(file -> readManifest(file)).orElseThrow().catalogs().get(0);
        assertThat(without.lockFile()).hasValue(new LockFileRecord(Origin.FILE,
                dir.resolve("catalogs/shop.lock.json").toString(), Optional.empty()));

        byte[] lock = ("{\"errataLock\": 1, \"name\": \"Shop\", \"codeType\": \"integer\", \"wire\": {}, \"codes\": [{\"code\":"
                + " \"1\", \"name\": \"OutOfStock\", \"constant\": \"OUT_OF_STOCK\", \"retryable\": false, \"deprecated\": false,"
                + " \"message\": \"Out of stock\"}]}").getBytes(StandardCharsets.UTF_8);
        Compilation compilation = CatalogCompiler.in(dir).catalog("catalogs/shop.yaml", CATALOG)
                .file("catalogs/shop.lock.json", lock).compile();
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        CatalogRecord with = readManifest(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
                InputsManifest.RESOURCE).orElseThrow()).catalogs().get(0);
        assertThat(with.lockFile()).hasValue(new LockFileRecord(Origin.FILE,
                dir.resolve("catalogs/shop.lock.json").toString(), Optional.of(Sha256.of(lock))));
    }

    private static InputsManifest readManifest(javax.tools.JavaFileObject file) {
        try {
            return ManifestFormat.read(new StringReader(file.getCharContent(true).toString()), "inputs.txt");
        } catch (IOException | ManifestException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void detectedJacksonIsRecordedAsProbes() throws IOException, ManifestException {
        Compilation compilation = CatalogCompiler.in(dir).catalog("shop.yaml", CATALOG)
                .classpath(CatalogCompiler.testClasspathEntries("errata-annotations", "annotations/target/classes",
                        "com/fasterxml/jackson/core/jackson-core"))
                .compile();
        String text = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", InputsManifest.RESOURCE).orElseThrow()
                .getCharContent(true).toString();
        InputsManifest manifest = ManifestFormat.read(new StringReader(text), "inputs.txt");
        assertThat(manifest.probes()).containsExactly("com.fasterxml.jackson.core.JsonFactory", true,
                "tools.jackson.core.json.JsonFactory", false);
        assertThat(manifest.namedModule()).isFalse();
    }

    @Test
    void writtenTextReadsBackEqualAndIsStable() throws IOException, ManifestException {
        InputsManifest manifest = new InputsManifest("1.2.3", Optional.of("ab12"), true,
                Map.of("errata.jackson", "2", "errata.catalogRoot", "/x y/z"),
                Map.of("tools.jackson.core.JsonParser", false),
                List.of(new CatalogRecord("com.acme", "catalogs/a b.yaml", Origin.CLASS_OUTPUT, "catalogs/a b.yaml", "ff00",
                        Map.of("AError", "target/generated-sources/annotations/com/acme/AError.java"),
                        Optional.of(new LockFileRecord(Origin.FILE, "src/main/resources/catalogs/a b.lock.json",
                                Optional.of("aa11")))),
                        new CatalogRecord("com.acme.two", "odd\\nname\nwith break", Origin.FILE, "/abs/odd.yaml", "00ff",
                                Map.of(), Optional.of(new LockFileRecord(Origin.CLASS_PATH, "odd.lock.json",
                                        Optional.empty())))));
        String text = ManifestFormat.write(manifest);
        assertThat(ManifestFormat.read(new StringReader(text), "m")).isEqualTo(manifest);
        assertThat(ManifestFormat.write(ManifestFormat.read(new StringReader(text), "m"))).isEqualTo(text);
        assertThat(text).contains("\ncatalog com.acme.two odd\\\\nname\\nwith break\n");
        assertThat(text).contains("\nlock FILE aa11 src/main/resources/catalogs/a b.lock.json\n");
        assertThat(text).contains("\nlock CLASS_PATH - odd.lock.json\n");
    }

    @Test
    void unreadableManifestsNameTheLineAndTheFault() {
        assertThat(assertThrows(ManifestException.class, () -> ManifestFormat.read(new StringReader(""), "m.txt")))
                .hasMessageThat().isEqualTo("m.txt: empty; it must start with 'errata-inputs 1'");
        assertThat(assertThrows(ManifestException.class,
                () -> ManifestFormat.read(new StringReader("errata-inputs 2\n"), "m.txt")))
                .hasMessageThat().contains("m.txt:1: format version 2 is not the version 1 this reader knows");
        assertThat(assertThrows(ManifestException.class,
                () -> ManifestFormat.read(new StringReader("# c\nerrata-inputs 1\nprocessor 1 -\nread FILE ab x\n"), "m.txt")))
                .hasMessageThat().isEqualTo("m.txt:4: a 'read' line must follow a 'catalog' line");
        assertThat(assertThrows(ManifestException.class,
                () -> ManifestFormat.read(new StringReader("errata-inputs 1\nprocessor 1 -\nprobe x maybe\n"), "m.txt")))
                .hasMessageThat().isEqualTo("m.txt:3: 'maybe' is not one of visible, absent");
        assertThat(assertThrows(ManifestException.class,
                () -> ManifestFormat.read(new StringReader("errata-inputs 1\nbogus\n"), "m.txt")))
                .hasMessageThat().isEqualTo("m.txt:2: unknown keyword 'bogus'");
        assertThat(assertThrows(ManifestException.class,
                () -> ManifestFormat.read(new StringReader("errata-inputs 1\ncatalog a b\n"), "m.txt")))
                .hasMessageThat().isEqualTo("m.txt:2: catalog b has no 'read' line");
    }
}
