package dev.errata.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.CatalogError;
import dev.errata.benchmarks.seeds.oma.OmaErrors;
import dev.errata.benchmarks.seeds.openx.OpenxErrors;
import dev.errata.benchmarks.seeds.osm.OsmErrors;
import dev.errata.benchmarks.seeds.wildduck.WildduckErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding a typical error body of each seed vendor ({@code <Name>Errors.decode(status, bytes)}, generated for
 * Jackson 2) beside Jackson alone parsing the same bytes: {@code JsonFactory.createParser(bytes)} and every
 * token ({@code jackson*Tokens}, the baseline), and the same reading each name and value as text
 * ({@code jackson*Text}, the least any decoder must do), and {@code ObjectMapper.readTree(bytes)}
 * ({@code jackson*Tree}, where a hand-written decoder usually starts: "parsing" in its everyday sense).
 * {@code *DecodeStackless} decodes with the same
 * catalog compiled with {@code generation: stackTraces: false}, which isolates the stack trace's cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecodeBenchmark {

    /** OMA: API errors arrive inside HTTP 200 as success/error/error_number (the page's "Errors" section). */
    static final int OMA_STATUS = 200;
    static final byte[] OMA = utf8("{\"success\":false,\"error\":\"Invalid credentials supplied in request.\","
            + "\"error_number\":1}");

    /** WildDuck: the text in 'error', the code in 'code'; the page gives no status, the server sends 404. */
    static final int WILDDUCK_STATUS = 404;
    static final byte[] WILDDUCK = utf8("{\"error\":\"This user does not exist\",\"code\":\"UserNotFound\"}");

    /** OpenX: a 4xx with the error type, a text and the rejected fields (field_errors), and the object's uid. */
    static final int OPENX_STATUS = 400;
    static final byte[] OPENX = utf8("{\"type\":\"Object Validation\",\"message\":\"Some of the input fields did not"
            + " pass validation.\",\"uid\":\"6000a1b2-c0a8-fff1-8123-4e7a1f3b2c9d\",\"field_errors\":{\"name\":"
            + "{\"type\":\"Require\",\"message\":\"The field requires a non-null value.\"}}}");

    /** Huawei Cloud OSM: the page's own example body, at the 400 the page gives OSM.0001. */
    static final int OSM_STATUS = 400;
    static final byte[] OSM = utf8("{\"error_code\": \"OSM.0001\", \"error_msg\": \"failed\"}");

    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper mapper = new ObjectMapper(factory);

    /** Each body decodes to its listed code, not to the fallback: else the benchmark would measure a failure. */
    @Setup
    public void check() {
        expect("OMA", OmaErrors.decode(OMA_STATUS, OMA), "1");
        expect("WildDuck", WildduckErrors.decode(WILDDUCK_STATUS, WILDDUCK), "UserNotFound");
        expect("OpenX", OpenxErrors.decode(OPENX_STATUS, OPENX), "Object Validation");
        expect("OSM", OsmErrors.decode(OSM_STATUS, OSM), "OSM.0001");
        expect("OMA", dev.errata.benchmarks.seeds.stackless.oma.OmaErrors.decode(OMA_STATUS, OMA), "1");
        expect("WildDuck", dev.errata.benchmarks.seeds.stackless.wildduck.WildduckErrors.decode(WILDDUCK_STATUS,
                WILDDUCK), "UserNotFound");
        expect("OpenX", dev.errata.benchmarks.seeds.stackless.openx.OpenxErrors.decode(OPENX_STATUS, OPENX),
                "Object Validation");
        expect("OSM", dev.errata.benchmarks.seeds.stackless.osm.OsmErrors.decode(OSM_STATUS, OSM), "OSM.0001");
    }

    static void expect(String vendor, Optional<? extends RuntimeException> decoded, String code) {
        RuntimeException error = decoded.orElseThrow(() -> new IllegalStateException(vendor + ": decoded as a success"));
        String actual = ((CatalogError) invoke(error, "error")).codeString();
        if (!actual.equals(code) || error.getClass().getSimpleName().endsWith("UnknownException")) {
            throw new IllegalStateException(vendor + ": decoded as " + error.getClass().getSimpleName() + " " + actual);
        }
    }

    private static Object invoke(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Object omaDecode() {
        return OmaErrors.decode(OMA_STATUS, OMA);
    }

    /** The same body and catalog, the catalog compiled with {@code stackTraces: false}. */
    @Benchmark
    public Object omaDecodeStackless() {
        return dev.errata.benchmarks.seeds.stackless.oma.OmaErrors.decode(OMA_STATUS, OMA);
    }

    @Benchmark
    public void omaJacksonTokens(Blackhole bh) throws IOException {
        tokens(OMA, bh);
    }

    @Benchmark
    public void omaJacksonText(Blackhole bh) throws IOException {
        text(OMA, bh);
    }

    @Benchmark
    public Object omaJacksonTree() throws IOException {
        return mapper.readTree(OMA);
    }

    @Benchmark
    public Object wildduckDecode() {
        return WildduckErrors.decode(WILDDUCK_STATUS, WILDDUCK);
    }

    /** The same body and catalog, the catalog compiled with {@code stackTraces: false}. */
    @Benchmark
    public Object wildduckDecodeStackless() {
        return dev.errata.benchmarks.seeds.stackless.wildduck.WildduckErrors.decode(WILDDUCK_STATUS, WILDDUCK);
    }

    @Benchmark
    public void wildduckJacksonTokens(Blackhole bh) throws IOException {
        tokens(WILDDUCK, bh);
    }

    @Benchmark
    public void wildduckJacksonText(Blackhole bh) throws IOException {
        text(WILDDUCK, bh);
    }

    @Benchmark
    public Object wildduckJacksonTree() throws IOException {
        return mapper.readTree(WILDDUCK);
    }

    @Benchmark
    public Object openxDecode() {
        return OpenxErrors.decode(OPENX_STATUS, OPENX);
    }

    /** The same body and catalog, the catalog compiled with {@code stackTraces: false}. */
    @Benchmark
    public Object openxDecodeStackless() {
        return dev.errata.benchmarks.seeds.stackless.openx.OpenxErrors.decode(OPENX_STATUS, OPENX);
    }

    @Benchmark
    public void openxJacksonTokens(Blackhole bh) throws IOException {
        tokens(OPENX, bh);
    }

    @Benchmark
    public void openxJacksonText(Blackhole bh) throws IOException {
        text(OPENX, bh);
    }

    @Benchmark
    public Object openxJacksonTree() throws IOException {
        return mapper.readTree(OPENX);
    }

    @Benchmark
    public Object osmDecode() {
        return OsmErrors.decode(OSM_STATUS, OSM);
    }

    /** The same body and catalog, the catalog compiled with {@code stackTraces: false}. */
    @Benchmark
    public Object osmDecodeStackless() {
        return dev.errata.benchmarks.seeds.stackless.osm.OsmErrors.decode(OSM_STATUS, OSM);
    }

    @Benchmark
    public void osmJacksonTokens(Blackhole bh) throws IOException {
        tokens(OSM, bh);
    }

    @Benchmark
    public void osmJacksonText(Blackhole bh) throws IOException {
        text(OSM, bh);
    }

    @Benchmark
    public Object osmJacksonTree() throws IOException {
        return mapper.readTree(OSM);
    }

    private void tokens(byte[] body, Blackhole bh) throws IOException {
        try (JsonParser parser = factory.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                bh.consume(token);
            }
        }
    }

    private void text(byte[] body, Blackhole bh) throws IOException {
        try (JsonParser parser = factory.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isScalarValue()) {
                    bh.consume(parser.getText());
                } else {
                    bh.consume(token);
                }
            }
        }
    }
}
