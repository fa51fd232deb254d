package dev.errata.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.validate.CatalogValidator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enum's cap is real: a catalog of exactly {@link CatalogValidator#ENUM_CAPACITY} full entries
 * compiles as an enum at {@code --release 8}; one more becomes the class form by default, and is refused
 * with a diagnostic (instead of javac's "code too large") when the catalog insists on an enum.
 */
class EnumCapacityTest {

    @TempDir Path dir;

    static String catalog(int entries, String generation) {
        StringBuilder yaml = new StringBuilder("errata: 1\nname: Big\ncodes: {type: integer}\n" + generation + "categories:\n"
                + "  - id: server\n    httpStatus: 500\nerrors:\n");
        for (int i = 0; i < entries; i++) {
            yaml.append("  - code: ").append(100_000 + i).append('\n')
                    .append("    name: Error").append(i).append('\n')
                    .append("    message: 'Message number ").append(i).append(" of the catalog, a typical sentence.'\n")
                    .append("    description: 'Description ").append(i).append(".'\n")
                    .append("    solution: 'Solution ").append(i).append(".'\n")
                    .append("    category: server\n");
        }
        return yaml.toString();
    }

    @Test
    void catalogAtTheCapCompilesAtRelease8() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("big.yaml", catalog(CatalogValidator.ENUM_CAPACITY, ""))
                .options("--release 8 -Xlint:-options")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.errors.BigError").contentsAsUtf8String()
                .contains("public enum BigError");
    }

    @Test
    void catalogOverTheCapBecomesTheClassForm() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("big.yaml", catalog(CatalogValidator.ENUM_CAPACITY + 1, ""))
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.errors.BigError").contentsAsUtf8String()
                .contains("public final class BigError");
    }

    @Test
    void catalogInsistingOnAnEnumOverTheCapIsRefused() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("big.yaml", catalog(CatalogValidator.ENUM_CAPACITY + 1, "generation: {enum: always}\n"))
                .compile();
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        // The real file, absolute, so that an IDE console links it.
        assertThat(compilation).hadErrorContaining("[errata:catalog-too-large-for-enum] " + dir.resolve("big.yaml") + ":2:7:");
    }
}
