package dev.errata.processor.docs;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.processor.diagnostics.GoldenDiagnosticsTest;
import dev.errata.processor.testing.CatalogCompiler;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Aerrata.docs}: the reference docs are written unless it says {@code false}; any other value is refused. */
class DocsOptionTest {

    private static final String CATALOG = "errata: 1\nname: Shop\ncodes:\n  type: integer\nerrors:\n"
            + "  - code: 1\n    name: OutOfStock\n    message: Out of stock\n";

    private static final String[] DOCS = {"Shop.md", "Shop.html", "Shop.json"};

    @TempDir Path dir;

    private Compilation compile(String... options) {
        return CatalogCompiler.in(dir).catalog("shop.yaml", CATALOG).options(options).compile();
    }

    private static boolean hasDoc(Compilation compilation, String name) {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
                "META-INF/errata/docs/com.example.errors/" + name).isPresent();
    }

    @Test
    void docsAreWrittenByDefaultAndWithTrue() {
        for (Compilation compilation : new Compilation[] {compile(), compile("-Aerrata.docs=true")}) {
            assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
            for (String name : DOCS) {
                assertThat(hasDoc(compilation, name)).isTrue();
            }
        }
    }

    @Test
    void falseLeavesTheDocsOutAndGeneratesTheSameCode() {
        Compilation without = compile("-Aerrata.docs=false");
        assertThat(without.status()).isEqualTo(Compilation.Status.SUCCESS);
        for (String name : DOCS) {
            assertThat(hasDoc(without, name)).isFalse();
        }
        assertThat(without.generatedSourceFiles().size()).isEqualTo(compile().generatedSourceFiles().size());
        assertThat(without.generatedFile(StandardLocation.SOURCE_OUTPUT, "com.example.errors", "ShopError.java"))
                .isPresent();
    }

    @Test
    void anotherValueIsAnError() {
        Compilation compilation = compile("-Aerrata.docs=no");
        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(GoldenDiagnosticsTest.errataDiagnostics(compilation)).containsExactly("ERROR [errata:option-invalid]"
                + " shop.yaml: processor option -Aerrata.docs must be true or false, but it is 'no'. Write"
                + " -Aerrata.docs=false to leave the reference docs out, or drop the option to write them");
    }
}
