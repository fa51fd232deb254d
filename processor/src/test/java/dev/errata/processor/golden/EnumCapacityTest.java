package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import dev.errata.processor.model.Generation;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.validate.CatalogValidator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enum's cap is real: a catalog of exactly {@link CatalogValidator#ENUM_CAPACITY} full entries
 * compiles as an enum at {@code --release 8} when it asks for one; one more is refused with a diagnostic
 * (instead of javac's "code too large"). {@code auto} switches to the class form well before, past
 * {@link Generation#AUTO_ENUM_LIMIT} codes, or sooner when the entries' values would not fit the enum.
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

    /**
     * Entries with every optional value (symbol, kind, an alias, three attributes), which make each enum constant
     * about twice the size of the plain ones above.
     */
    static String richCatalog(int entries, String generation) {
        StringBuilder yaml = new StringBuilder("errata: 1\nname: Big\ncodes: {type: integer}\n" + generation
                + "attributes:\n  sqlstate: {type: string, indexed: true}\n  errno: {type: int}\n"
                + "  weight: {type: double}\ncategories:\n  - id: server\nerrors:\n");
        for (int i = 0; i < entries; i++) {
            yaml.append("  - code: ").append(100_000 + i).append('\n')
                    .append("    symbol: ER_NUMBER_").append(i).append('\n')
                    .append("    aliases: [ER_ALIAS_").append(i).append("]\n")
                    .append("    kind: ").append(i % 2 == 0 ? "error" : "warning").append('\n')
                    .append("    message: 'Message number ").append(i).append(" of the catalog, a typical sentence.'\n")
                    .append("    description: 'Description ").append(i).append(".'\n")
                    .append("    solution: 'Solution ").append(i).append(".'\n")
                    .append("    category: server\n")
                    .append("    attributes: {sqlstate: 'S").append(i).append("', errno: ").append(100_000 + i)
                    .append(", weight: ").append(i).append(".5}\n");
        }
        return yaml.toString();
    }

    /** 69 bytes a constant by InitializerSize's count: the most entries whose enum it lets through. */
    private static final int RICH_AT_BUDGET = 869;

    @Test
    void richEntriesUpToTheBudgetCompileAsAnEnum() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("big.yaml", richCatalog(RICH_AT_BUDGET, "generation: {enum: always, exceptionClasses: perCategory}\n"))
                .options("--release 8 -Xlint:-options")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.errors.BigError").contentsAsUtf8String()
                .contains("public enum BigError");
    }

    @Test
    void richEntriesPastTheBudgetAreRefusedAnEnum() {
        Compilation always = CatalogCompiler.in(dir)
                .catalog("big.yaml", richCatalog(RICH_AT_BUDGET + 1, "generation: {enum: always}\n"))
                .compile();
        assertThat(always).failed();
        assertThat(always).hadErrorCount(1);
        assertThat(always).hadErrorContaining("[errata:entries-too-large-for-enum]");
    }

    /** Entries with {@code aliases} aliases each: 34 + 7 * aliases bytes of the enum's initializer apiece. */
    static String aliasedCatalog(int entries, int aliases) {
        StringBuilder yaml = new StringBuilder("errata: 1\nname: Big\ncodes: {type: integer}\nerrors:\n");
        for (int i = 0; i < entries; i++) {
            yaml.append("  - {code: ").append(i).append(", name: Error").append(i).append(", message: 'Message ")
                    .append(i).append(".', aliases: [");
            for (int a = 0; a < aliases; a++) {
                yaml.append(a == 0 ? "" : ", ").append("ER_").append(i).append('_').append(a);
            }
            yaml.append("]}\n");
        }
        return yaml.toString();
    }

    @Test
    void autoChoosesTheClassFormBelowItsLimitWhenTheEntriesDoNotFitAnEnum() {
        // 250 entries of 29 aliases: 59,250 bytes by InitializerSize's count, within its 60,000; of 30: 61,000.
        Compilation fits = CatalogCompiler.in(dir)
                .catalog("big.yaml", aliasedCatalog(Generation.AUTO_ENUM_LIMIT, 29))
                .compile();
        assertThat(fits).succeededWithoutWarnings();
        assertThat(fits).generatedSourceFile("com.example.errors.BigError").contentsAsUtf8String()
                .contains("public enum BigError");
        Compilation tooLarge = CatalogCompiler.in(dir)
                .catalog("big.yaml", aliasedCatalog(Generation.AUTO_ENUM_LIMIT, 30))
                .compile();
        assertThat(tooLarge).succeededWithoutWarnings();
        assertThat(tooLarge).generatedSourceFile("com.example.errors.BigError").contentsAsUtf8String()
                .contains("public final class BigError");
    }

    @Test
    void tableFormDataClassesShrinkForEntriesWithManyValues() {
        StringBuilder attributes = new StringBuilder("attributes:\n");
        StringBuilder values = new StringBuilder();
        for (int a = 0; a < 12; a++) {
            attributes.append("  a").append(a).append(": {type: int}\n");
            values.append(a == 0 ? "" : ", ").append('a').append(a).append(": ").append(100_000 + a);
        }
        StringBuilder yaml = new StringBuilder("errata: 1\nname: Big\ncodes: {type: integer}\n").append(attributes)
                .append("generation: {enum: never}\nerrors:\n");
        for (int i = 0; i < 1_000; i++) {
            yaml.append("  - {code: ").append(i).append(", symbol: ER_").append(i).append(", message: 'Message ")
                    .append(i).append(".', description: 'Description ").append(i).append(".', solution: 'Solution ")
                    .append(i).append(".', attributes: {").append(values).append("}}\n");
        }
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("big.yaml", yaml.toString())
                .options("--release 8 -Xlint:-options")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        // 24 + 8 + 12 * 11 = 164 bytes an entry: 292 entries a class, four classes.
        assertThat(compilation).generatedSourceFile("com.example.errors.BigErrorTable3").isNotNull();
        assertThat(compilation.generatedSourceFile("com.example.errors.BigErrorTable4")).isEmpty();
    }

    @Test
    void catalogAtTheCapCompilesAtRelease8() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("big.yaml", catalog(CatalogValidator.ENUM_CAPACITY, "generation: {enum: always}\n"))
                .options("--release 8 -Xlint:-options")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.errors.BigError").contentsAsUtf8String()
                .contains("public enum BigError");
    }

    @Test
    void autoKeepsTheEnumAndAClassPerCodeUpToItsLimit() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("big.yaml", catalog(Generation.AUTO_ENUM_LIMIT, ""))
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.errors.BigError").contentsAsUtf8String()
                .contains("public enum BigError");
        assertThat(compilation).generatedSourceFile("com.example.errors.BigError" + (Generation.AUTO_ENUM_LIMIT - 1)
                + "Exception").isNotNull();
    }

    @Test
    void pastItsLimitAutoBecomesTheClassFormWithAnExceptionClassPerCategory() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("big.yaml", catalog(Generation.AUTO_ENUM_LIMIT + 1, ""))
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.errors.BigError").contentsAsUtf8String()
                .contains("public final class BigError");
        Truth.assertThat(compilation.generatedSourceFiles().stream()
                .filter(file -> file.getName().endsWith("Exception.java")).map(file -> file.getName()
                        .replaceAll(".*/", "")).sorted().toList())
                .containsExactly("BigException.java", "BigServerException.java", "BigUnknownException.java");
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
