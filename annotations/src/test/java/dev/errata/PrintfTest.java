package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Printf} against glibc: {@code printf-glibc.tsv} holds what glibc's printf printed for each case of
 * {@code src/test/c/printf_cases.py} (templates as MySQL writes them, every flag, width, precision and length,
 * rounding ties, infinities, NULL), and each must come out the same here.
 */
class PrintfTest {

    /** One line of the file: the template, the arguments as Java values, glibc's output. */
    static final class Case {
        final String template;
        final Object[] args;
        final String expected;

        Case(String template, Object[] args, String expected) {
            this.template = template;
            this.args = args;
            this.expected = expected;
        }

        @Override
        public String toString() {
            return template;
        }
    }

    static Stream<Case> glibcCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = PrintfTest.class.getResourceAsStream("printf-glibc.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                String[] encoded = fields[1].split("\u001f");
                Object[] args = new Object[encoded.length];
                for (int i = 0; i < encoded.length; i++) {
                    args[i] = decode(encoded[i]);
                }
                cases.add(new Case(fields[0], args, fields[2]));
            }
        }
        assertThat(cases.size()).isAtLeast(70);
        return cases.stream();
    }

    private static Object decode(String argument) {
        if (argument.equals("S")) {
            return null;
        }
        String value = argument.substring(argument.indexOf(':') + 1);
        switch (argument.substring(0, argument.indexOf(':'))) {
            case "i":
                return Integer.valueOf(value);
            case "l":
            case "p":
                return Long.valueOf(value);
            case "c":
                return (char) Integer.parseInt(value);
            case "s":
                return value;
            case "d":
                return value.equals("INFINITY") ? Double.POSITIVE_INFINITY
                        : value.equals("-INFINITY") ? Double.NEGATIVE_INFINITY
                        : value.equals("NAN") ? Double.NaN : Double.valueOf(value);
            default:
                throw new IllegalArgumentException(argument);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("glibcCases")
    void formatsAsGlibcDoes(Case c) {
        assertWithMessage("%s with %s", c.template, java.util.Arrays.toString(c.args))
                .that(Printf.format(c.template, c.args)).isEqualTo(c.expected);
    }

    @Test
    void textWithoutConversionsIsKeptAndPercentSignsAreHalved() {
        assertThat(Printf.format("No conversions here.")).isEqualTo("No conversions here.");
        assertThat(Printf.format("50%% and 100%%")).isEqualTo("50% and 100%");
        assertThat(Printf.format("")).isEmpty();
    }

    @Test
    void stringsAreCutAndPaddedByCharactersNotBytes() {
        assertThat(Printf.format("[%.3s]", "caf\u00e9s")).isEqualTo("[caf]");
        assertThat(Printf.format("[%.4s]", "caf\u00e9s")).isEqualTo("[caf\u00e9]");
        assertThat(Printf.format("[%5s]", "caf\u00e9")).isEqualTo("[ caf\u00e9]");
        // A character outside the BMP is one, never cut in half.
        assertThat(Printf.format("[%.1s]", "\uD83D\uDE00x")).isEqualTo("[\uD83D\uDE00]");
        assertThat(Printf.format("[%3s]", "\uD83D\uDE00")).isEqualTo("[  \uD83D\uDE00]");
    }

    @Test
    void anyObjectIsAStringAndAnyNumberANumber() {
        assertThat(Printf.format("%s %s", 42, java.util.Arrays.asList(1, 2))).isEqualTo("42 [1, 2]");
        assertThat(Printf.format("%d %lu %.1f %c", 7L, 3, 2, 'x')).isEqualTo("7 3 2.0 x");
        assertThat(Printf.format("%d", 'A')).isEqualTo("65");
        assertThat(Printf.format("%c", 66)).isEqualTo("B");
        assertThat(Printf.format("%s", (Object[]) null)).isEqualTo("(null)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "ends with %", "%n", "%a", "%A", "%1$s", "%lc", "%ls", "%hs", "%Ld", "%lp", "%y",
            "%5%", "%-%", "%.%", "%hhhd", "%99999999999d", "%10001s", "%.10001f", "%010000000d"})
    void templatesOutsideTheSupportedSetAreRefused(String template) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Printf.format(template, 1, 2, 3));
        assertThat(e).hasMessageThat().contains("Not a printf template");
    }

    @Test
    void argumentsMustFitTheTemplate() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> Printf.format("%s %s", "one")))
                .hasMessageThat().contains("Too few arguments");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Printf.format("%s", "one", "two")))
                .hasMessageThat().contains("takes 1 arguments, but 2 were given");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Printf.format("%d", "seven")))
                .hasMessageThat().contains("takes an integer");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Printf.format("%f", "seven")))
                .hasMessageThat().contains("takes a double");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Printf.format("%.*s", "3", "abc")))
                .hasMessageThat().contains("takes an int");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Printf.format("%c", "x")))
                .hasMessageThat().contains("takes a char");
    }

    @Test
    void widthsAndPrecisionsAreBounded() {
        assertThat(Printf.format("[%*d]", -3, 5)).isEqualTo("[5  ]");
        assertThat(Printf.format("[%.*f]", -1, 0.5)).isEqualTo("[0.500000]");
        assertThat(Printf.format("%10000d", 1)).hasLength(Printf.MAX_WIDTH);
        assertThat(Printf.format("%.*s", Printf.MAX_WIDTH, "abc")).isEqualTo("abc");
        for (int width : new int[] {Printf.MAX_WIDTH + 1, Integer.MAX_VALUE, -Printf.MAX_WIDTH - 1, Integer.MIN_VALUE}) {
            assertThat(assertThrows(IllegalArgumentException.class, () -> Printf.format("%*s", width, "x")))
                    .hasMessageThat().contains("over " + Printf.MAX_WIDTH);
        }
        assertThat(assertThrows(IllegalArgumentException.class, () -> Printf.format("%.*f", Integer.MAX_VALUE, 1.0)))
                .hasMessageThat().contains("The precision of %f");
    }
}
