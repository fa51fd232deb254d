package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.ErrorRenderer;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code <Name>Codec}: generated for a catalog with a {@code wire} section (an {@code ErrorCodec} with Jackson, an
 * {@code ErrorRenderer} without), absent without one or with checked exceptions, and giving what the static
 * methods it delegates to give.
 */
class CodecTest {

    @TempDir Path dir;

    private static final String SHOP = "wire-json/catalog.yaml";

    private Compilation compile(String catalog, String release, String... classpathFragments) throws IOException {
        return compileYaml(new String(Files.readAllBytes(GoldenSourcesTest.GOLDEN.resolve(catalog)),
                StandardCharsets.UTF_8), release, classpathFragments);
    }

    private Compilation compileYaml(String yaml, String release, String... classpathFragments) {
        List<String> fragments = new ArrayList<>(List.of(classpathFragments));
        fragments.add("annotations");
        return CatalogCompiler.in(dir)
                .catalog("catalog.yaml", yaml)
                .inPackage(GoldenSourcesTest.PACKAGE)
                .classpath(CatalogCompiler.testClasspathEntries(fragments.toArray(String[]::new)))
                .options("--release " + release + " -Xlint:all,-options -Xdoclint:all/protected -Werror")
                .compile();
    }

    @ParameterizedTest(name = "--release {0}")
    @ValueSource(strings = {"8", "11", "17"})
    void withJacksonTheCodecIsAnErrorCodecThatGivesWhatTheStaticsGive(String release) throws IOException {
        Compilation compilation = compile(SHOP, release, "jackson-core-2.");
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses shop = new CompiledClasses(compilation, GoldenSourcesTest.PACKAGE);
        Object instance = shop.callStatic("ShopErrors", "codec");
        assertThat(instance).isSameInstanceAs(staticField(shop.type("ShopCodec"), "INSTANCE"));
        assertThat(instance).isInstanceOf(ErrorCodec.class);
        @SuppressWarnings("unchecked")
        ErrorCodec<RuntimeException> codec = (ErrorCodec<RuntimeException>) instance;

        assertThat(codec.catalogName()).isEqualTo("Shop");
        assertThat(codec.exceptionType()).isEqualTo(shop.type("ShopException"));
        assertThat(codec.errorsInSuccess()).isTrue();

        String body = "{\"ok\":false,\"error\":{\"code\":6,\"text\":\"bad\",\"uid\":\"u-1\",\"kind\":\"invalid\"}}";
        Map<String, List<String>> headers = Map.of("x-should-retry", List.of("true"), "Retry-After", List.of("7"));
        RuntimeException decoded = codec.decode(400, headers, body.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        Object viaStatic = ((Optional<?>) shop.callStatic("ShopErrors", "decode", 400, headers, body)).orElseThrow();
        assertThat(decoded.getClass()).isEqualTo(viaStatic.getClass());
        assertThat(decoded.getClass().getSimpleName()).isEqualTo("ShopInvalidException");
        assertThat(decoded.getMessage()).isEqualTo("bad");
        RuntimeException streamed = codec.decode(400, headers, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow();
        assertThat(streamed.getClass()).isEqualTo(decoded.getClass());
        assertThat(codec.decode(200, Map.of(), "{\"ok\":true}".getBytes(StandardCharsets.UTF_8))).isEmpty();

        assertThat(codec.error(decoded)).isSameInstanceAs(CompiledClasses.call(decoded, "error"));
        assertThat(codec.response(decoded)).isEqualTo(CompiledClasses.call(decoded, "response"));
        assertThat(codec.response(decoded).orElseThrow().details()).containsEntry("uid", "u-1");
        assertThat(codec.retryable(decoded)).isTrue();   // the header, over the catalog's false
        assertThat(codec.retryAfter(decoded)).hasValue(Duration.ofSeconds(7));
        assertThat(codec.httpStatus(decoded)).isEqualTo(400);
        assertThat(codec.toBody(decoded)).isEqualTo(shop.callStatic("ShopErrors", "toBody", decoded));
        String problem = codec.toProblemJson(decoded, "/orders/1");
        assertThat(problem).isEqualTo(shop.callStatic("ShopErrors", "toProblemJson", decoded, "/orders/1"));
        assertThat(problem).contains("\"type\":\"" + codec.problemType(decoded) + "\"");
        assertThat(codec.problemType(decoded)).isEqualTo("https://shop.example/problems/6");
        RuntimeException back = codec.fromProblemJson(problem.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(back.getClass()).isEqualTo(decoded.getClass());
        assertThat(back.getMessage()).isEqualTo("bad");
        assertThat(codec.response(back).orElseThrow().instance()).hasValue("/orders/1");
        assertThat(codec.retryAfter(back)).isEmpty();
        // A problem document received as a response: its headers count as they do for the vendor's body.
        RuntimeException received = codec.fromProblemJson(503, headers, problem.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
        assertThat(received.getClass()).isEqualTo(decoded.getClass());
        assertThat(codec.retryAfter(received)).hasValue(Duration.ofSeconds(7));
        assertThat(codec.response(received).orElseThrow().instance()).hasValue("/orders/1");
        assertThat(codec.response(received).orElseThrow().httpStatus()).hasValue(400);   // the document's status wins
        RuntimeException statusless = codec.fromProblemJson(503, headers,
                "{\"code\":6,\"detail\":\"bad\"}".getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(codec.response(statusless).orElseThrow().httpStatus()).hasValue(503);
        RuntimeException broken = codec.fromProblemJson(502, headers, "<html>".getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
        assertThat(codec.response(broken).orElseThrow().httpStatus()).hasValue(502);
        assertThat(codec.retryAfter(broken)).hasValue(Duration.ofSeconds(7));

        // Never 0: a made exception has no response; its entry's status, else 200 (errors come inside 2xx).
        RuntimeException throttled = (RuntimeException) shop.callStatic("ShopErrors", "exceptionFor", 9, null);
        assertThat(codec.httpStatus(throttled)).isEqualTo(429);
        assertThat(codec.retryAfter(throttled)).isEmpty();
        RuntimeException unknown = (RuntimeException) shop.callStatic("ShopErrors", "exceptionFor", 77, "new");
        assertThat(((CatalogError) codec.error(unknown)).httpStatus()).isEmpty();
        assertThat(codec.httpStatus(unknown)).isEqualTo(200);
        // A status no HTTP response has is not sent back: the catalog's is.
        RuntimeException oddStatus = codec.decode(999, Map.of(), body.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(codec.httpStatus(oddStatus)).isEqualTo(400);
    }

    @Test
    void withoutJacksonTheCodecIsARenderer() throws IOException {
        Compilation compilation = compile(SHOP, "8");
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses shop = new CompiledClasses(compilation, GoldenSourcesTest.PACKAGE);
        Object instance = shop.callStatic("ShopErrors", "codec");
        assertThat(instance).isInstanceOf(ErrorRenderer.class);
        assertThat(instance).isNotInstanceOf(ErrorCodec.class);
        @SuppressWarnings("unchecked")
        ErrorRenderer<RuntimeException> renderer = (ErrorRenderer<RuntimeException>) instance;
        RuntimeException error = (RuntimeException) shop.callStatic("ShopErrors", "exceptionFor", 5, null);
        assertThat(renderer.httpStatus(error)).isEqualTo(400);
        assertThat(renderer.toBody(error))
                .isEqualTo("{\"ok\":false,\"error\":{\"code\":5,\"text\":\"Request badly formatted.\",\"kind\":\"invalid\"}}");
        assertThat(renderer.problemType(error)).isEqualTo("https://shop.example/problems/5");
    }

    @Test
    void anApiThatSendsErrorsWithErrorStatusesFallsBackTo500() {
        String yaml = "errata: 1\nname: Api\ncodes:\n  type: string\nerrors:\n  - code: 'no such/thing'\n"
                + "    name: NoSuchThing\n    message: Not found.\n    httpStatus: 404\n  - code: odd\n"
                + "    name: Odd\n    message: Odd.\nwire:\n  code: code\n  message: message\n";
        Compilation compilation = compileYaml(yaml, "17", "jackson-core-2.");
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses api = new CompiledClasses(compilation, GoldenSourcesTest.PACKAGE);
        @SuppressWarnings("unchecked")
        ErrorCodec<RuntimeException> codec = (ErrorCodec<RuntimeException>) api.callStatic("ApiErrors", "codec");
        assertThat(codec.errorsInSuccess()).isFalse();
        RuntimeException odd = (RuntimeException) api.callStatic("ApiErrors", "exceptionFor", "odd", null);
        assertThat(codec.httpStatus(odd)).isEqualTo(500);
        RuntimeException missing = (RuntimeException) api.callStatic("ApiErrors", "exceptionFor", "no such/thing", null);
        assertThat(codec.httpStatus(missing)).isEqualTo(404);
        assertThat(codec.problemType(missing)).isEqualTo("urn:errata:Api:no%20such%2Fthing");
        assertThat(codec.toProblemJson(missing, null)).contains("\"type\":\"" + codec.problemType(missing) + "\"");
    }

    @Test
    void noWireSectionNoCodec() throws IOException {
        Compilation compilation = compile("integer-codes/catalog.yaml", "17", "jackson-core-2.");
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> sources = GoldenSourcesTest.generatedSources(compilation);
        assertThat(sources).doesNotContainKey("MailCodec.java");
        assertThat(sources.get("MailErrors.java")).doesNotContain("codec()");
    }

    @Test
    void checkedExceptionsGetNoCodec() {
        // The contract's exceptions are unchecked: a catalog of checked ones keeps its static wire methods only.
        String yaml = "errata: 1\nname: Api\nexceptionBase: java.lang.Exception\ncodes:\n  type: string\nerrors:\n"
                + "  - code: odd\n    name: Odd\n    message: Odd.\nwire:\n  code: code\n";
        Compilation compilation = compileYaml(yaml, "17", "jackson-core-2.");
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> sources = GoldenSourcesTest.generatedSources(compilation);
        assertThat(sources).containsKey("ApiRenderer.java");
        assertThat(sources).doesNotContainKey("ApiCodec.java");
        assertThat(sources.get("ApiErrors.java")).doesNotContain("codec()");
    }

    private static Object staticField(Class<?> type, String name) {
        try {
            return type.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
