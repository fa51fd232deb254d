package dev.errata.processor.docs;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.processor.testing.CatalogCompiler;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts of a code on its docs page name what the generated code has: a constant only where there is an enum. */
class DocsFactsTest {

    @TempDir Path dir;

    private String markdown(String generation) throws IOException {
        String catalog = "errata: 1\nname: Shop\ncodes:\n  type: integer\n" + generation + "errors:\n"
                + "  - code: 1\n    name: OutOfStock\n    message: Out of stock\n";
        Compilation compilation = CatalogCompiler.in(dir).catalog("shop.yaml", catalog).compile();
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        JavaFileObject page = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
                "META-INF/errata/docs/com.example.errors/Shop.md").orElseThrow();
        return page.getCharContent(true).toString();
    }

    @Test
    void theEnumFormNamesTheConstant() throws IOException {
        String page = markdown("");
        // Markdown escapes the underscores.
        assertThat(page).contains("- **Constant**: ShopError.OUT\\_OF\\_STOCK\n");
        assertThat(page).doesNotContain("fromName");
    }

    @Test
    void theTableFormHasNoConstantAndNamesTheLookupInstead() throws IOException {
        String page = markdown("generation:\n  enum: never\n");
        assertThat(page).doesNotContain("OUT\\_OF\\_STOCK");
        assertThat(page).doesNotContain("**Constant**");
        assertThat(page).contains("- **Entry**: ShopError.fromName(\"OutOfStock\")\n");
    }
}
