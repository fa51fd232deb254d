package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.testing.CompiledClasses.call;

import com.google.testing.compile.Compilation;
import dev.errata.CatalogError;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table form keeps an entry's texts in its data class's methods and its HTTP status, flags and category
 * packed into one {@code int}: every entry of a catalog spread over three data classes must still answer every
 * accessor as the enum form of the same catalog does, exactly, whichever thread loads it first.
 */
class TableFormEntriesTest {

    /** Three data classes of 500, the last one partly filled. */
    private static final int SIZE = 1_234;

    @TempDir Path dir;

    /** Entries that vary in every value the table form packs or looks up, each in its own rhythm. */
    static String catalog(String generation) {
        StringBuilder yaml = new StringBuilder("errata: 1\nname: Mixed\ncodes: {type: integer}\ngeneration:\n")
                .append(generation)
                .append("  exceptionClasses: perCategory\ncategories:\n"
                        + "  - id: busy\n    httpStatus: 503\n    retryable: true\n"
                        + "  - id: plain\n"
                        + "  - id: flow\n    stackTraces: false\nerrors:\n");
        String[] categories = {null, "busy", "plain", "flow"};
        for (int i = 0; i < SIZE; i++) {
            yaml.append("  - code: ").append(1_000 + 7 * i).append('\n')
                    .append("    name: Error").append(i).append('\n');
            if (i % 5 != 0) {
                yaml.append("    message: \"Operation \\\"").append(i).append("\\\" failed \\\\ at caf\\u00e9\"\n");
            }
            if (i % 3 == 0) {
                yaml.append("    description: 'Description ").append(i).append(".'\n");
            }
            if (i % 7 == 0) {
                yaml.append("    solution: 'Solution ").append(i).append(".'\n");
            }
            if (i % 8 == 3) {
                yaml.append("    httpStatus: ").append(400 + i % 200).append('\n');
            }
            if (i % 5 == 2) {
                yaml.append("    retryable: true\n");
            }
            if (i % 6 == 0) {
                yaml.append("    deprecated: true\n");
            }
            if (i % 2 == 0) {
                yaml.append("    symbol: ER_").append(i).append('\n');
            }
            if (categories[i % 4] != null) {
                yaml.append("    category: ").append(categories[i % 4]).append('\n');
            }
            if (i % 5 == 0) {
                yaml.append("    suppress: [missing-message]\n");
            }
        }
        return yaml.toString();
    }

    private CompiledClasses compile(String name, String generation) {
        Compilation compilation = CatalogCompiler.in(dir.resolve(name))
                .catalog("catalog.yaml", catalog(generation))
                .inPackage("com.example.mixed")
                .options("--release 8 -Xlint:all,-options -Werror")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledClasses(compilation, "com.example.mixed");
    }

    @Test
    void everyEntryAnswersAsTheEnumFormDoes() {
        CompiledClasses table = compile("table", "  enum: never\n");
        CompiledClasses enumForm = compile("enum", "  enum: always\n");
        assertThat(table.type("MixedError").isEnum()).isFalse();
        assertThat(enumForm.type("MixedError").isEnum()).isTrue();
        assertThat(table.generated("MixedErrorTable2")).isTrue();
        List<?> tableValues = (List<?>) table.callStatic("MixedError", "values");
        Object[] enumValues = (Object[]) enumForm.callStatic("MixedError", "values");
        assertThat(tableValues).hasSize(SIZE);
        for (int i = 0; i < SIZE; i++) {
            Object entry = tableValues.get(i);
            Object expected = enumValues[i];
            assertThat(describe(table, entry)).isEqualTo(describe(enumForm, expected));
            assertThat(call(entry, "index")).isEqualTo(i);
            // The enum names a constant by its symbol where it has one; the table form keeps the catalog's name.
            assertThat(call(entry, "name")).isEqualTo("Error" + i);
            assertThat(entry.toString()).isEqualTo("Error" + i);
        }
        // The texts themselves, not only their agreement: quotes, a backslash and a non-Latin-1 letter.
        CatalogError quoted = (CatalogError) tableValues.get(1_001);
        assertThat(quoted.message()).hasValue("Operation \"1001\" failed \\ at caf\u00e9");
        assertThat(quoted.codeString()).isEqualTo(String.valueOf(1_000 + 7 * 1_001));
        assertThat(((CatalogError) tableValues.get(1_000)).message()).isEmpty();
        assertThat(((CatalogError) tableValues.get(1_004)).retryable()).isFalse();
        assertThat(((CatalogError) tableValues.get(1_002)).retryable()).isTrue();
        assertThat(((CatalogError) tableValues.get(1_011)).httpStatus()).hasValue(400 + 1_011 % 200);
    }

    /** Every value an entry answers, and whether its exception records a stack trace, as one string. */
    private static String describe(CompiledClasses classes, Object entry) {
        CatalogError error = (CatalogError) entry;
        Object code = call(entry, "code");
        Throwable exception = (Throwable) classes.callStatic("MixedErrors", "exceptionFor", code, "probe");
        return String.join(" | ", error.codeString(), String.valueOf(code), String.valueOf(error.message()), String.valueOf(error.description()),
                String.valueOf(error.solution()), String.valueOf(error.httpStatus()), String.valueOf(error.retryable()),
                String.valueOf(error.deprecated()), String.valueOf(error.categoryId()),
                String.valueOf(((Optional<?>) call(entry, "category")).map(Object::toString)),
                String.valueOf(error.symbol()), String.valueOf(error.kind()),
                exception.getClass().getSimpleName(), String.valueOf(exception.getStackTrace().length == 0));
    }

    @Test
    void threadsLoadingTheDataClassesAtOnceSeeOneEntryPerCode() throws Exception {
        CompiledClasses table = compile("table", "  enum: never\n");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * SIZE / threads;
                Callable<Object[]> lookUp = () -> {
                    start.await();
                    // Each thread from its own place, so that they reach the data classes in different orders.
                    Object[] found = new Object[SIZE];
                    for (int k = 0; k < SIZE; k++) {
                        int i = (first + k) % SIZE;
                        CatalogError entry = (CatalogError) ((Optional<?>) table.callStatic("MixedError", "fromCode",
                                1_000 + 7 * i)).orElseThrow();
                        entry.message();
                        found[i] = entry;
                    }
                    return found;
                };
                results.add(pool.submit(lookUp));
            }
            start.countDown();
            List<?> values = (List<?>) table.callStatic("MixedError", "values");
            for (Future<Object[]> result : results) {
                Object[] found = result.get();
                for (int i = 0; i < SIZE; i++) {
                    assertThat(found[i]).isSameInstanceAs(values.get(i));
                    assertThat(((CatalogError) found[i]).message())
                            .isEqualTo(i % 5 == 0 ? Optional.empty() : Optional.of("Operation \"" + i + "\" failed \\ at caf\u00e9"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void serializationKeepsEntriesSingletons() throws IOException, ClassNotFoundException {
        CompiledClasses table = compile("table", "  enum: never\n");
        List<?> values = (List<?>) table.callStatic("MixedError", "values");
        for (int i : new int[] {0, 499, 500, SIZE - 1}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(values.get(i));
            }
            try (ObjectInputStream in = new LoaderInputStream(new ByteArrayInputStream(bytes.toByteArray()), table)) {
                assertThat(in.readObject()).isSameInstanceAs(values.get(i));
            }
        }
    }

    /** Resolves the generated classes in the loader that compiled them. */
    private static final class LoaderInputStream extends ObjectInputStream {
        private final ClassLoader loader;

        LoaderInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws ClassNotFoundException {
            return Class.forName(description.getName(), false, loader);
        }
    }
}
