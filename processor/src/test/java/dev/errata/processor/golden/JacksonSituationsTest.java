package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.ErrorResponse;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decoder follows the user's class path: Jackson 2, Jackson 3, or none (then no decoder, and the
 * rest still compiles and works). Each situation compiles warning-free, and the decoders of both majors
 * give the same answers.
 */
class JacksonSituationsTest {

    @TempDir Path dir;

    private static final String JACKSON_2 = "jackson-core-2.";
    private static final String JACKSON_3 = "jackson-core-3.";

    private Compilation compileWith(String... classpathFragments) throws IOException {
        List<String> fragments = new ArrayList<>(List.of(classpathFragments));
        fragments.add("annotations");
        List<File> classpath = CatalogCompiler.testClasspathEntries(fragments.toArray(String[]::new));
        return CatalogCompiler.in(dir)
                .catalog("catalog.yaml", Files.readAllBytes(GoldenSourcesTest.GOLDEN.resolve("wire-json/catalog.yaml")))
                .inPackage(GoldenSourcesTest.PACKAGE)
                .classpath(classpath)
                .options("--release 17 -Xlint:all -Werror")
                .compile();
    }

    @Test
    void withoutJacksonNoDecoderIsGeneratedAndTheRestWorks() throws IOException {
        Compilation compilation = compileWith();
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> sources = GoldenSourcesTest.generatedSources(compilation);
        assertThat(sources).doesNotContainKey("ShopDecoder.java");
        assertThat(sources).doesNotContainKey("ShopJson.java");
        assertThat(sources).containsKey("ShopRenderer.java");
        assertThat(sources.get("ShopErrors.java")).doesNotContain("decode(");
        assertThat(sources.get("ShopErrors.java")).contains("toProblemJson(");

        CompiledClasses shop = new CompiledClasses(compilation, GoldenSourcesTest.PACKAGE);
        Object error = shop.callStatic("ShopErrors", "exceptionFor", 5, null);
        assertThat(shop.callStatic("ShopErrors", "toBody", error))
                .isEqualTo("{\"ok\":false,\"error\":{\"code\":5,\"text\":\"Request badly formatted.\",\"kind\":\"invalid\"}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {JACKSON_2, JACKSON_3})
    void eachJacksonGetsItsOwnDecoder(String jackson) throws IOException {
        Compilation compilation = compileWith(jackson);
        assertThat(compilation).succeededWithoutWarnings();
        String reader = GoldenSourcesTest.generatedSources(compilation).get("ShopJson.java");
        String otherPackage = jackson.equals(JACKSON_2) ? "tools.jackson" : "com.fasterxml.jackson";
        assertThat(reader).doesNotContain(otherPackage);
        assertThat(reader).contains(jackson.equals(JACKSON_2) ? "com.fasterxml.jackson.core" : "tools.jackson.core");

        CompiledClasses shop = new CompiledClasses(compilation, GoldenSourcesTest.PACKAGE);
        assertDecodes(shop, 200, "{\"ok\":false,\"error\":{\"code\":6,\"text\":\"bad\",\"uid\":\"u-1\","
                + "\"field_errors\":{\"name\":{\"error\":{\"code\":5,\"text\":\"required\"}}},"
                + "\"item_errors\":[{\"error\":{\"code\":5}}],\"referencing_objects\":[\"a\",2]}}",
                "ShopInvalidException", "bad");
        assertDecodes(shop, 200, "{\"ok\":true}", null, null);
        assertDecodes(shop, 404, "<html>Not Found</html>", "ShopNoSuchMethodException",
                "Not Found. Non-existent method requested.");
        assertDecodes(shop, 429, "", "ShopThrottledException", "Too many requests.");
        assertDecodes(shop, 502, "<html>Bad Gateway</html>", "ShopUnknownException",
                "HTTP 502 response without an error Shop knows");
        assertDecodes(shop, 200, "{\"error\":{\"code\":77,\"text\":\"new\"}}", "ShopUnknownException", "new");
        // An unlisted code, or none, goes to the category the body names, else the one its error status stands for.
        assertDecodes(shop, 200, "{\"error\":{\"code\":77,\"kind\":\"throttled\"}}", "ShopUnlistedRateLimitException",
                "Code not in catalog Shop: 77");
        assertDecodes(shop, 200, "{\"ok\":false,\"error\":{\"kind\":\"bad_request\",\"text\":\"no code\"}}",
                "ShopUnlistedValidationException", "no code");
        assertDecodes(shop, 400, "{\"error\":{\"code\":77}}", "ShopUnlistedValidationException", null);
        assertDecodes(shop, 400, "<html>Bad Request</html>", "ShopUnlistedValidationException",
                "HTTP 400 response without an error Shop knows");
        assertDecodes(shop, 400, "{\"error\":{\"code\":6,\"kind\":\"throttled\"}}", "ShopInvalidException", null);
        assertDecodes(shop, 200, "{\"error\":{\"code\":true}}", "ShopUnknownException",
                "Code not in catalog Shop: true");
        assertDecodes(shop, 200, "[".repeat(100_000), "ShopUnknownException",
                "HTTP 200 response without an error Shop knows");
        assertDecodes(shop, 200, "{\"ok\":true,\"results\":[{\"ok\":true},{\"error\":{\"code\":5}}]}",
                "ShopBatchException", null);

        // What the decoder does not use is skipped, at the top, inside the error object and in batch results;
        // checked all the same, so that a fault or too deep a nesting there is a malformed body.
        String malformed = "HTTP 200 response without an error Shop knows";
        assertDecodes(shop, 200, "{\"trace\":{\"frames\":[1,2.5,\"x\",null,1e999999999]},"
                + "\"error\":{\"hint\":[[[]]],\"code\":6,\"text\":\"bad\",\"more\":{\"a\":{}}}}", "ShopInvalidException", "bad");
        assertDecodes(shop, 200, "{\"error\":{\"code\":6,\"hint\":[1,,2]}}", "ShopUnknownException", malformed);
        assertDecodes(shop, 200, "{\"error\":{\"code\":6},\"trace\":[1e9999999999]}", "ShopUnknownException", malformed);
        // The limit is the same whether a value is read or skipped: 64 levels in all, the body's object included.
        assertDecodes(shop, 200, "{\"error\":{\"code\":6},\"trace\":" + "[".repeat(63) + "]".repeat(63) + "}",
                "ShopInvalidException", null);
        assertDecodes(shop, 200, "{\"error\":{\"code\":6},\"trace\":" + "[".repeat(64) + "]".repeat(64) + "}",
                "ShopUnknownException", malformed);
        assertDecodes(shop, 200, "{\"error\":{\"code\":6,\"hint\":" + "[".repeat(62) + "]".repeat(62) + "}}",
                "ShopInvalidException", null);
        assertDecodes(shop, 200, "{\"error\":{\"code\":6,\"hint\":" + "[".repeat(63) + "]".repeat(63) + "}}",
                "ShopUnknownException", malformed);
        assertDecodes(shop, 200, "{\"ok\":true,\"results\":[{\"ok\":true,\"trace\":[1]},{\"error\":{\"code\":5},"
                + "\"trace\":{\"a\":[1,2]}}]}", "ShopBatchException", null);
        assertDecodes(shop, 200, "{\"ok\":true,\"results\":[{\"ok\":true,\"trace\":[1 2]}]}", "ShopUnknownException",
                malformed);
        Object fromProblem = ((Optional<?>) shop.callStatic("ShopErrors", "fromProblemJson", "{\"type\":\"t\",\"title\":\"x\","
                + "\"status\":400,\"instance\":{\"deep\":[[1.5]]},\"code\":6,\"detail\":\"d\"}")).orElseThrow();
        assertThat(fromProblem.getClass().getSimpleName()).isEqualTo("ShopInvalidException");
        assertThat(((Throwable) fromProblem).getMessage()).isEqualTo("d");
        fromProblem = ((Optional<?>) shop.callStatic("ShopErrors", "fromProblemJson", "{\"instance\":{\"deep\":[[1.5}},"
                + "\"code\":6,\"detail\":\"d\"}")).orElseThrow();
        assertThat(fromProblem.getClass().getSimpleName()).isEqualTo("ShopUnknownException");

        // A member named twice counts once, with its later value, in objects kept whole or in part.
        assertDecodes(shop, 200, "{\"error\":{\"code\":5,\"text\":\"a\",\"code\":6,\"text\":\"b\"}}",
                "ShopInvalidException", "b");
        assertDecodes(shop, 200, "{\"ok\":true,\"trace\":1,\"ok\":false,\"error\":{\"code\":5},\"error\":{\"code\":6}}",
                "ShopInvalidException", null);
        Object twice = ((Optional<?>) shop.callStatic("ShopErrors", "decode", 200, "{\"error\":{\"code\":6,"
                + "\"uid\":\"a\",\"field\":{\"x\":1,\"y\":2,\"x\":3},\"uid\":\"b\"}}")).orElseThrow();
        assertThat(CompiledClasses.call(twice, "uid")).isEqualTo(Optional.of("b"));
        assertThat(((Map<?, ?>) CompiledClasses.call(twice, "field")).keySet()).containsExactly("x", "y").inOrder();

        // A code is the same whole number whatever its notation; anything else is the fallback, as written.
        for (String notation : List.of("6", "6.0", "6e0", "60e-1", "0.6E+1")) {
            assertRawCode(shop, "{\"error\":{\"code\":" + notation + "}}", "ShopInvalidException", "6");
        }
        assertRawCode(shop, "{\"error\":{\"code\":-6}}", "ShopUnknownException", "-6");
        assertRawCode(shop, "{\"error\":{\"code\":6.5}}", "ShopUnknownException", "6.5");
        assertRawCode(shop, "{\"error\":{\"code\":4294967302}}", "ShopUnknownException", "4294967302");
        assertRawCode(shop, "{\"error\":{\"code\":-2147483648}}", "ShopUnknownException", "-2147483648");
        assertRawCode(shop, "{\"error\":{\"code\":98765432109876543210}}", "ShopUnknownException",
                "98765432109876543210");

        Object invalid = shop.callStatic("ShopErrors", "decode", 200, "{\"error\":{\"code\":6,\"uid\":\"u-1\","
                + "\"field_errors\":{\"name\":{\"error\":{\"code\":5,\"text\":\"required\"}}}},"
                + "\"uid\":\"beside the error object: not the detail\"}");
        Object exception = ((Optional<?>) invalid).orElseThrow();
        assertThat(CompiledClasses.call(exception, "uid")).isEqualTo(Optional.of("u-1"));
        Map<?, ?> fieldErrors = (Map<?, ?>) CompiledClasses.call(exception, "fieldErrors");
        assertThat(fieldErrors.get("name").getClass().getSimpleName()).isEqualTo("ShopBadRequestException");
        assertThat(((Throwable) fieldErrors.get("name")).getMessage()).isEqualTo("required");
        ErrorResponse response = (ErrorResponse) ((Optional<?>) CompiledClasses.call(exception, "response")).orElseThrow();
        assertThat(response.httpStatus().getAsInt()).isEqualTo(200);
        assertThat(response.rawCode()).hasValue("6");

        String problem = (String) shop.callStatic("ShopErrors", "toProblemJson", exception);
        assertThat(problem).startsWith("{\"type\":\"https://shop.example/problems/6\",\"title\":\"Some fields did not pass"
                + " validation.\",\"status\":200,");
        Object back = ((Optional<?>) shop.callStatic("ShopErrors", "fromProblemJson", problem)).orElseThrow();
        assertThat(back.getClass()).isEqualTo(exception.getClass());
        assertThat(((Map<?, ?>) CompiledClasses.call(back, "fieldErrors")).keySet()).containsExactly("name");
    }

    private static void assertRawCode(CompiledClasses shop, String body, String expectedClass, String rawCode) {
        Object exception = ((Optional<?>) shop.callStatic("ShopErrors", "decode", 200, body)).orElseThrow();
        assertThat(exception.getClass().getSimpleName()).isEqualTo(expectedClass);
        ErrorResponse response = (ErrorResponse) ((Optional<?>) CompiledClasses.call(exception, "response")).orElseThrow();
        assertThat(response.rawCode()).hasValue(rawCode);
    }

    private static void assertDecodes(CompiledClasses shop, int status, String body, String expectedClass,
            String expectedMessage) {
        for (Object input : new Object[] {body, body.getBytes(StandardCharsets.UTF_8)}) {
            Optional<?> decoded = (Optional<?>) shop.callStatic("ShopErrors", "decode", status, input);
            if (expectedClass == null) {
                assertThat(decoded).isEmpty();
                continue;
            }
            Object exception = decoded.orElseThrow();
            assertThat(exception.getClass().getSimpleName()).isEqualTo(expectedClass);
            if (expectedMessage != null) {
                assertThat(((Throwable) exception).getMessage()).isEqualTo(expectedMessage);
            }
            ErrorResponse response = (ErrorResponse) ((Optional<?>) CompiledClasses.call(exception, "response")).orElseThrow();
            assertThat(response.httpStatus().getAsInt()).isEqualTo(status);
            assertThat(response.bodyExcerpt().length()).isAtMost(ErrorResponse.EXCERPT_LENGTH + 3);
        }
    }
}
