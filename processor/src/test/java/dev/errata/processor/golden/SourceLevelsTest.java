package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated sources compile without a single warning under {@code -Xlint:all} at every source level
 * Errata supports, and use what each level has: {@code sealed} from 17, {@code @Generated} from
 * {@code javax.annotation.processing} from 9 and from {@code javax.annotation} at 8.
 */
class SourceLevelsTest {

    @TempDir Path dir;

    @ParameterizedTest(name = "{0} at --release {1}")
    @CsvSource({
        "integer-codes, 8", "integer-codes, 11", "integer-codes, 17",
        "string-codes, 8", "string-codes, 11", "string-codes, 17",
        "patterned-codes, 8", "patterned-codes, 11", "patterned-codes, 17",
        "wire-json, 8", "wire-json, 11", "wire-json, 17",
        "table-form, 8", "table-form, 17", "category-exceptions, 8", "category-exceptions, 17",
    })
    void compilesWithoutWarnings(String name, int release) throws IOException {
        Compilation compilation = GoldenSourcesTest.compile(GoldenSourcesTest.GOLDEN.resolve(name), dir,
                "--release " + release + " -Xlint:all,-options -Werror");
        assertThat(compilation).succeededWithoutWarnings();

        Map<String, String> sources = GoldenSourcesTest.generatedSources(compilation);
        boolean anySealed = sources.values().stream().anyMatch(s -> s.contains(" sealed class "));
        assertThat(anySealed).isEqualTo(release >= 17);
        if (name.equals("wire-json")) {
            // java.net.http's HttpHeaders exists from 11: the decoding methods take it there and only there.
            assertThat(sources.get("ShopErrors.java").contains("import java.net.http.HttpHeaders;")).isEqualTo(release >= 11);
        }
        for (String source : sources.values()) {
            if (release >= 9) {
                assertThat(source).contains("import javax.annotation.processing.Generated;");
            } else {
                assertThat(source).contains("import javax.annotation.Generated;");
            }
        }
    }
}
