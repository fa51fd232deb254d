package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.CatalogError;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A catalog of 50,000 codes compiles at {@code --release 8} without a warning and works, with dense and
 * sparse integer codes and with string codes: the class form (no enum), data split over classes, one
 * exception class per category, stackless exceptions where a category asks.
 */
class ScaleTest {

    static final int SIZE = 50_000;

    @TempDir Path dir;

    enum Style {
        DENSE, SPARSE, STRING
    }

    /** Code {@code i} of a synthetic catalog; sparse codes spread over the whole int range, reproducibly. */
    static String code(Style style, int i, int[] sparse) {
        return switch (style) {
            case DENSE -> String.valueOf(i + 1);
            case SPARSE -> String.valueOf(sparse[i]);
            case STRING -> "E" + i + "Failure";
        };
    }

    static int[] sparseCodes(int size) {
        Random random = new Random(7);
        return random.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).distinct().limit(size).toArray();
    }

    static String catalog(Style style, int size, int[] sparse) {
        StringBuilder yaml = new StringBuilder("errata: 1\nname: Big\ncodes: {type: ")
                .append(style == Style.STRING ? "string" : "integer").append("}\n")
                .append("categories:\n  - id: client\n    httpStatus: 400\n  - id: server\n    httpStatus: 500\n"
                        + "  - id: flow\n    stackTraces: false\nerrors:\n");
        String[] categories = {"client", "server", "flow"};
        for (int i = 0; i < size; i++) {
            yaml.append("  - code: ").append(code(style, i, sparse)).append('\n');
            if (style != Style.STRING) {
                yaml.append("    name: Error").append(i).append('\n');
            }
            yaml.append("    message: 'Operation ").append(i).append(" failed because the resource is unavailable.'\n")
                    .append("    category: ").append(categories[i % 3]).append('\n');
        }
        return yaml.toString();
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void fiftyThousandCodesCompileAndWork(Style style) {
        int[] sparse = sparseCodes(SIZE);
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("big.yaml", catalog(style, SIZE, sparse))
                .inPackage("com.example.big")
                .options("--release 8 -Xlint:all,-options -Werror")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();

        CompiledClasses big = new CompiledClasses(compilation, "com.example.big");
        Class<?> errorType = big.type("BigError");
        assertThat(errorType.isEnum()).isFalse();
        // Every code, through the table form's code index (packed shards, or a run of codes) and its data classes,
        // loaded by the lookups themselves: values() comes after.
        for (int i = 0; i < SIZE; i++) {
            String code = code(style, i, sparse);
            Object key = style == Style.STRING ? code : (Object) Integer.valueOf(code);
            CatalogError entry = (CatalogError) ((Optional<?>) big.callStatic("BigError", "fromCode", key)).orElseThrow();
            assertThat(entry.codeString()).isEqualTo(code);
        }
        List<?> values = (List<?>) big.callStatic("BigError", "values");
        assertThat(values).hasSize(SIZE);
        for (int i : new int[] {0, 1, 2, 24_999, SIZE - 1}) {
            String code = code(style, i, sparse);
            Object key = style == Style.STRING ? code : (Object) Integer.valueOf(code);
            CatalogError entry = (CatalogError) ((Optional<?>) big.callStatic("BigError", "fromCode", key)).orElseThrow();
            assertThat(entry.codeString()).isEqualTo(code);
            // Entries are singletons: the lookup's is the list's.
            assertThat(values.get(i)).isSameInstanceAs(entry);
            assertThat(entry.message()).hasValue("Operation " + i + " failed because the resource is unavailable.");
            Object exception = big.callStatic("BigErrors", "exceptionFor", key, null);
            String category = new String[] {"BigClientException", "BigServerException", "BigFlowException"}[i % 3];
            assertThat(exception.getClass().getSimpleName()).isEqualTo(category);
            assertThat(((Throwable) exception).getStackTrace().length == 0).isEqualTo(i % 3 == 2);
        }
        Object unlisted = style == Style.STRING ? "NoSuchCode" : (Object) Integer.valueOf(style == Style.DENSE ? 0 : 1);
        if (style == Style.SPARSE) {
            while (contains(sparse, (Integer) unlisted)) {
                unlisted = (Integer) unlisted + 1;
            }
        }
        assertThat(((CatalogError) big.callStatic("BigErrors", "lookup", unlisted)).known()).isFalse();
        assertThat(big.callStatic("BigErrors", "exceptionFor", unlisted, null).getClass().getSimpleName())
                .isEqualTo("BigUnknownException");
    }

    private static boolean contains(int[] codes, int code) {
        for (int c : codes) {
            if (c == code) {
                return true;
            }
        }
        return false;
    }
}
