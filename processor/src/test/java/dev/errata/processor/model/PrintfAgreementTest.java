package dev.errata.processor.model;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.Printf;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The processor reads printf messages with {@link PrintfTemplate}, the generated code formats them with the
 * runtime's {@link Printf}: the grammar is written twice (the processor runs without the runtime jar), so
 * here both must agree on every template, written or generated: the same templates accepted, and arguments of
 * the types the processor declares always accepted by the formatter.
 */
class PrintfAgreementTest {

    private static final List<String> WRITTEN = List.of("", "plain", "%%", "50%% of %d", "%s", "%-.192s", "%.*s",
            "%-.*s", "%*s", "%*.*f", "%lu", "%llu", "%zu", "%hhd", "%hu", "%ld", "%lld", "%qd", "%jd", "%td", "%x",
            "%#X", "%#o", "%08.3d", "%+ d", "%c", "%p", "%f", "%lf", "%Lf", "%.2f%%", "%e", "%E", "%g", "%G", "%F",
            "%", "%n", "%a", "%A", "%1$s", "%lc", "%ls", "%hs", "%Ld", "%lp", "%Ls", "%hhhd", "%lll", "%5%", "%-%",
            "%.%", "%y", "%,d", "%99999999999d", "%.99999999999f", "%2147483647s", "%2147483648s", "%10000s", "%10001s",
            "%.10000s", "%.10001s", "%0010000d", "100% sure");

    @Test
    void writtenTemplates() {
        WRITTEN.forEach(PrintfAgreementTest::assertAgree);
    }

    @Test
    void generatedTemplates() {
        String alphabet = "%%%-+ #0123456789.*hlqjztLdiouxXcspfFeEgGnaA$,!y";
        Random random = new Random(13);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder template = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int i = 0; i < length; i++) {
                template.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertAgree(template.toString());
        }
    }

    private static void assertAgree(String template) {
        PrintfTemplate parsed = PrintfTemplate.parse(template);
        Object[] arguments = parsed.arguments().stream().map(a -> sample(a.type())).toArray();
        String refusal = null;
        try {
            Printf.format(template, arguments);
        } catch (IllegalArgumentException e) {
            refusal = e.getMessage();
        }
        if (parsed.fault().isPresent()) {
            assertWithMessage("the processor refuses '%s' (%s), so the formatter must", template, parsed.fault().get())
                    .that(refusal).isNotNull();
        } else {
            assertWithMessage("the processor accepts '%s' with %s, so the formatter must", template, parsed.arguments())
                    .that(refusal).isNull();
        }
    }

    /** A value of the Java type the generated constructor declares for an argument. */
    private static Object sample(ParameterType type) {
        return switch (type) {
            case INT -> 7;
            case LONG -> -7L;
            case DOUBLE -> 2.5;
            case CHAR -> 'x';
            case STRING -> "text";
            case BOOLEAN -> true;
        };
    }
}
