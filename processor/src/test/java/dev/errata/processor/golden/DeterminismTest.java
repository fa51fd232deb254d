package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same catalog gives byte-identical sources whatever the build machine's locale and time zone:
 * a Turkish locale (whose upper case of {@code i} is dotted) and a far-off zone change nothing.
 */
class DeterminismTest {

    @TempDir Path first;
    @TempDir Path second;

    @Test
    void sourcesDoNotDependOnLocaleOrTimeZone() throws IOException {
        Path catalog = GoldenSourcesTest.GOLDEN.resolve("integer-codes");
        Map<String, String> reference = GoldenSourcesTest.generatedSources(
                GoldenSourcesTest.compile(catalog, first, "--release 17"));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        Map<String, String> foreign;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Compilation compilation = GoldenSourcesTest.compile(catalog, second, "--release 17");
            foreign = GoldenSourcesTest.generatedSources(compilation);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(foreign).isEqualTo(reference);
        // The catalog's names hold an 'i' that a Turkish upper-casing would turn into a dotted capital.
        assertThat(reference.get("MailError.java")).contains("INVALID_CREDENTIALS(");
        assertThat(reference.values().stream().allMatch(s -> s.chars().allMatch(c -> c < 128))).isTrue();
    }
}
