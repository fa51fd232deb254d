package dev.errata.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.CatalogError;
import dev.errata.benchmarks.seeds.oma.OmaErrors;
import dev.errata.benchmarks.seeds.openx.OpenxErrors;
import dev.errata.benchmarks.seeds.osm.OsmErrors;
import dev.errata.benchmarks.seeds.wildduck.WildduckErrors;
import dev.errata.benchmarks.shapes.dynamodb.DynamodbErrors;
import dev.errata.benchmarks.shapes.github.GithubErrors;
import dev.errata.benchmarks.shapes.slack.SlackErrors;
import dev.errata.benchmarks.shapes.stripe.StripeErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Errata's {@code decode(status, bytes)} against what a user writes by hand with Jackson (issue 18): {@code
 * ObjectMapper.readValue} into a small error POJO of the vendor's shape, a {@code HashMap} lookup of the code
 * among the catalog's entries, and a {@code new} of the exception ({@code handWritten*}: a {@code
 * RuntimeException} with a stack trace, as Errata's default; {@code handWritten*Stackless}: the JDK's stackless
 * form, beside Errata's catalog compiled with {@code stackTraces: false}). Nested errors (OpenX's field errors,
 * GitHub's {@code errors}) are looked up too and kept as small objects, not exceptions. For every seed vendor
 * (bodies of {@link DecodeBenchmark}) and the shapes of issue 14: Stripe (nested), Slack (inside HTTP 200),
 * GitHub (422 with field errors), DynamoDB (AWS JSON, {@code __type} with a namespace). {@code *Tree} is {@code
 * readTree} of the same bytes, the second baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HandWrittenDecodeBenchmark {

    static final int STRIPE_STATUS = 402;
    static final byte[] STRIPE = DecodeBenchmark.utf8("{\"error\": {\"code\": \"card_declined\", \"type\": \"card_error\","
            + " \"message\": \"Your card was declined.\", \"decline_code\": \"generic_decline\", \"param\": \"\","
            + " \"doc_url\": \"https://stripe.com/docs/error-codes/card-declined\","
            + " \"request_log_url\": \"https://dashboard.stripe.com/logs/req_8Cn2Kx1v\"}}");

    static final int SLACK_STATUS = 200;
    static final byte[] SLACK = DecodeBenchmark.utf8("{\"ok\": false, \"error\": \"invalid_auth\"}");

    static final int GITHUB_STATUS = 422;
    static final byte[] GITHUB = DecodeBenchmark.utf8("{\"message\": \"Validation Failed\", \"errors\": ["
            + "{\"resource\": \"Issue\", \"field\": \"title\", \"code\": \"missing_field\"},"
            + " {\"resource\": \"Label\", \"field\": \"name\", \"code\": \"already_exists\"}],"
            + " \"documentation_url\": \"https://docs.github.com/rest/issues/issues#create-an-issue\","
            + " \"status\": \"422\"}");

    static final int DYNAMODB_STATUS = 400;
    static final byte[] DYNAMODB = DecodeBenchmark.utf8("{\"__type\": \"com.amazonaws.dynamodb.v20120810#"
            + "ConditionalCheckFailedException\", \"message\": \"The conditional request failed\"}");

    // ---- What a user writes: POJOs of each shape, a map of the catalog's entries, an exception ----

    public static final class OmaBody { public boolean success; public String error; public int error_number; }
    public static final class WildduckBody { public String error; public String code; }
    public static final class OpenxFieldError { public String type; public String message; }
    public static final class OpenxBody {
        public String type; public String message; public String uid; public Map<String, OpenxFieldError> field_errors;
    }
    public static final class OsmBody { public String error_code; public String error_msg; }
    public static final class StripeError {
        public String code; public String type; public String message; public String decline_code; public String param;
        public String doc_url; public String request_log_url;
    }
    public static final class StripeBody { public StripeError error; }
    public static final class SlackBody { public boolean ok; public String error; }
    public static final class GithubItem { public String resource; public String field; public String code; public String message; }
    public static final class GithubBody {
        public String message; public List<GithubItem> errors; public String documentation_url; public String status;
    }
    public static final class DynamodbBody { public String __type; public String message; }

    /** A nested error as a user keeps it: the entry and the item. */
    static final class Item {
        final CatalogError error;
        final Object body;

        Item(CatalogError error, Object body) {
            this.error = error;
            this.body = body;
        }
    }

    static final class ApiException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Object error;
        final transient Object body;

        ApiException(Object error, String message, Object body) {
            super(message);
            this.error = error;
            this.body = body;
        }
    }

    static final class StacklessApiException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Object error;
        final transient Object body;

        StacklessApiException(Object error, String message, Object body) {
            super(message, null, false, false);
            this.error = error;
            this.body = body;
        }
    }

    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            false);
    private final Map<Integer, CatalogError> oma = new HashMap<>();
    private final Map<String, CatalogError> wildduck = new HashMap<>();
    private final Map<String, CatalogError> openx = new HashMap<>();
    private final Map<String, CatalogError> osm = new HashMap<>();
    private final Map<String, CatalogError> stripe = new HashMap<>();
    private final Map<String, CatalogError> slack = new HashMap<>();
    private final Map<String, CatalogError> github = new HashMap<>();
    private final Map<String, CatalogError> dynamodb = new HashMap<>();
    /** GitHub's top level has no code: the status names the error, as the catalog's httpStatuses do. */
    private final Map<Integer, String> githubStatuses = new HashMap<>();

    @Setup
    public void setUp() throws IOException {
        for (CatalogError e : dev.errata.benchmarks.seeds.oma.OmaError.values()) {
            oma.put(Integer.valueOf(e.codeString()), e);
        }
        fill(wildduck, dev.errata.benchmarks.seeds.wildduck.WildduckError.values());
        fill(openx, dev.errata.benchmarks.seeds.openx.OpenxError.values());
        fill(osm, dev.errata.benchmarks.seeds.osm.OsmError.values());
        fill(stripe, dev.errata.benchmarks.shapes.stripe.StripeError.values());
        fill(slack, dev.errata.benchmarks.shapes.slack.SlackError.values());
        fill(github, dev.errata.benchmarks.shapes.github.GithubError.values());
        fill(dynamodb, dev.errata.benchmarks.shapes.dynamodb.DynamodbError.values());
        githubStatuses.put(400, "BadRequest");
        githubStatuses.put(401, "Unauthorized");
        githubStatuses.put(403, "Forbidden");
        githubStatuses.put(404, "ResourceNotFound");
        githubStatuses.put(422, "ValidationFailed");
        githubStatuses.put(429, "TooManyRequests");
        // Every body decodes to its listed code, by both routes: else a benchmark would measure a failure.
        DecodeBenchmark.expect("Stripe", StripeErrors.decode(STRIPE_STATUS, STRIPE), "card_declined");
        DecodeBenchmark.expect("Slack", SlackErrors.decode(SLACK_STATUS, SLACK), "invalid_auth");
        DecodeBenchmark.expect("DynamoDB", DynamodbErrors.decode(DYNAMODB_STATUS, DYNAMODB),
                "ConditionalCheckFailedException");
        if (!GithubErrors.decode(GITHUB_STATUS, GITHUB).isPresent()) {
            throw new IllegalStateException("GitHub: decoded as a success");
        }
        DecodeBenchmark.expect("Stripe", dev.errata.benchmarks.shapes.stackless.stripe.StripeErrors.decode(
                STRIPE_STATUS, STRIPE), "card_declined");
        Object[] handWritten = {omaHandWritten(), wildduckHandWritten(), openxHandWritten(), osmHandWritten(),
            stripeHandWritten(), slackHandWritten(), githubHandWritten(), dynamodbHandWritten()};
        for (Object exception : handWritten) {
            if (((ApiException) exception).error == null) {
                throw new IllegalStateException("hand-written decoder found no entry: " + exception);
            }
        }
    }

    private static void fill(Map<String, CatalogError> map, Iterable<? extends CatalogError> values) {
        for (CatalogError e : values) {
            map.put(e.codeString(), e);
        }
    }

    private static <E extends CatalogError> void fill(Map<String, CatalogError> map, E[] values) {
        for (CatalogError e : values) {
            map.put(e.codeString(), e);
        }
    }

    // ---- OMA ----

    @Benchmark
    public Object omaDecode() {
        return OmaErrors.decode(DecodeBenchmark.OMA_STATUS, DecodeBenchmark.OMA);
    }

    @Benchmark
    public Object omaDecodeStackless() {
        return dev.errata.benchmarks.seeds.stackless.oma.OmaErrors.decode(DecodeBenchmark.OMA_STATUS, DecodeBenchmark.OMA);
    }

    @Benchmark
    public Object omaHandWritten() throws IOException {
        OmaBody body = mapper.readValue(DecodeBenchmark.OMA, OmaBody.class);
        return new ApiException(oma.get(body.error_number), body.error, body);
    }

    @Benchmark
    public Object omaHandWrittenStackless() throws IOException {
        OmaBody body = mapper.readValue(DecodeBenchmark.OMA, OmaBody.class);
        return new StacklessApiException(oma.get(body.error_number), body.error, body);
    }

    // ---- WildDuck ----

    @Benchmark
    public Object wildduckDecode() {
        return WildduckErrors.decode(DecodeBenchmark.WILDDUCK_STATUS, DecodeBenchmark.WILDDUCK);
    }

    @Benchmark
    public Object wildduckDecodeStackless() {
        return dev.errata.benchmarks.seeds.stackless.wildduck.WildduckErrors.decode(DecodeBenchmark.WILDDUCK_STATUS,
                DecodeBenchmark.WILDDUCK);
    }

    @Benchmark
    public Object wildduckHandWritten() throws IOException {
        WildduckBody body = mapper.readValue(DecodeBenchmark.WILDDUCK, WildduckBody.class);
        return new ApiException(wildduck.get(body.code), body.error, body);
    }

    @Benchmark
    public Object wildduckHandWrittenStackless() throws IOException {
        WildduckBody body = mapper.readValue(DecodeBenchmark.WILDDUCK, WildduckBody.class);
        return new StacklessApiException(wildduck.get(body.code), body.error, body);
    }

    // ---- OpenX ----

    @Benchmark
    public Object openxDecode() {
        return OpenxErrors.decode(DecodeBenchmark.OPENX_STATUS, DecodeBenchmark.OPENX);
    }

    @Benchmark
    public Object openxDecodeStackless() {
        return dev.errata.benchmarks.seeds.stackless.openx.OpenxErrors.decode(DecodeBenchmark.OPENX_STATUS,
                DecodeBenchmark.OPENX);
    }

    @Benchmark
    public Object openxHandWritten() throws IOException {
        OpenxBody body = mapper.readValue(DecodeBenchmark.OPENX, OpenxBody.class);
        return new ApiException(openx.get(body.type), body.message, openxItems(body));
    }

    @Benchmark
    public Object openxHandWrittenStackless() throws IOException {
        OpenxBody body = mapper.readValue(DecodeBenchmark.OPENX, OpenxBody.class);
        return new StacklessApiException(openx.get(body.type), body.message, openxItems(body));
    }

    private Map<String, Item> openxItems(OpenxBody body) {
        Map<String, Item> items = new LinkedHashMap<>();
        if (body.field_errors != null) {
            for (Map.Entry<String, OpenxFieldError> e : body.field_errors.entrySet()) {
                items.put(e.getKey(), new Item(openx.get(e.getValue().type), e.getValue()));
            }
        }
        return items;
    }

    // ---- Huawei OSM ----

    @Benchmark
    public Object osmDecode() {
        return OsmErrors.decode(DecodeBenchmark.OSM_STATUS, DecodeBenchmark.OSM);
    }

    @Benchmark
    public Object osmDecodeStackless() {
        return dev.errata.benchmarks.seeds.stackless.osm.OsmErrors.decode(DecodeBenchmark.OSM_STATUS, DecodeBenchmark.OSM);
    }

    @Benchmark
    public Object osmHandWritten() throws IOException {
        OsmBody body = mapper.readValue(DecodeBenchmark.OSM, OsmBody.class);
        return new ApiException(osm.get(body.error_code), body.error_msg, body);
    }

    @Benchmark
    public Object osmHandWrittenStackless() throws IOException {
        OsmBody body = mapper.readValue(DecodeBenchmark.OSM, OsmBody.class);
        return new StacklessApiException(osm.get(body.error_code), body.error_msg, body);
    }

    // ---- Stripe ----

    @Benchmark
    public Object stripeDecode() {
        return StripeErrors.decode(STRIPE_STATUS, STRIPE);
    }

    @Benchmark
    public Object stripeDecodeStackless() {
        return dev.errata.benchmarks.shapes.stackless.stripe.StripeErrors.decode(STRIPE_STATUS, STRIPE);
    }

    @Benchmark
    public Object stripeHandWritten() throws IOException {
        StripeError error = mapper.readValue(STRIPE, StripeBody.class).error;
        return new ApiException(stripe.get(error.code), error.message, error);
    }

    @Benchmark
    public Object stripeHandWrittenStackless() throws IOException {
        StripeError error = mapper.readValue(STRIPE, StripeBody.class).error;
        return new StacklessApiException(stripe.get(error.code), error.message, error);
    }

    @Benchmark
    public Object stripeTree() throws IOException {
        return mapper.readTree(STRIPE);
    }

    // ---- Slack ----

    @Benchmark
    public Object slackDecode() {
        return SlackErrors.decode(SLACK_STATUS, SLACK);
    }

    @Benchmark
    public Object slackDecodeStackless() {
        return dev.errata.benchmarks.shapes.stackless.slack.SlackErrors.decode(SLACK_STATUS, SLACK);
    }

    @Benchmark
    public Object slackHandWritten() throws IOException {
        SlackBody body = mapper.readValue(SLACK, SlackBody.class);
        return body.ok ? null : new ApiException(slack.get(body.error), body.error, body);
    }

    @Benchmark
    public Object slackHandWrittenStackless() throws IOException {
        SlackBody body = mapper.readValue(SLACK, SlackBody.class);
        return body.ok ? null : new StacklessApiException(slack.get(body.error), body.error, body);
    }

    @Benchmark
    public Object slackTree() throws IOException {
        return mapper.readTree(SLACK);
    }

    // ---- GitHub ----

    @Benchmark
    public Object githubDecode() {
        return GithubErrors.decode(GITHUB_STATUS, GITHUB);
    }

    @Benchmark
    public Object githubDecodeStackless() {
        return dev.errata.benchmarks.shapes.stackless.github.GithubErrors.decode(GITHUB_STATUS, GITHUB);
    }

    @Benchmark
    public Object githubHandWritten() throws IOException {
        GithubBody body = mapper.readValue(GITHUB, GithubBody.class);
        return new ApiException(githubStatuses.get(GITHUB_STATUS), body.message, githubItems(body));
    }

    @Benchmark
    public Object githubHandWrittenStackless() throws IOException {
        GithubBody body = mapper.readValue(GITHUB, GithubBody.class);
        return new StacklessApiException(githubStatuses.get(GITHUB_STATUS), body.message, githubItems(body));
    }

    @Benchmark
    public Object githubTree() throws IOException {
        return mapper.readTree(GITHUB);
    }

    private List<Item> githubItems(GithubBody body) {
        List<Item> items = new ArrayList<>();
        if (body.errors != null) {
            for (GithubItem item : body.errors) {
                items.add(new Item(github.get(item.code), item));
            }
        }
        return items;
    }

    // ---- DynamoDB (AWS JSON) ----

    @Benchmark
    public Object dynamodbDecode() {
        return DynamodbErrors.decode(DYNAMODB_STATUS, DYNAMODB);
    }

    @Benchmark
    public Object dynamodbDecodeStackless() {
        return dev.errata.benchmarks.shapes.stackless.dynamodb.DynamodbErrors.decode(DYNAMODB_STATUS, DYNAMODB);
    }

    @Benchmark
    public Object dynamodbHandWritten() throws IOException {
        DynamodbBody body = mapper.readValue(DYNAMODB, DynamodbBody.class);
        String type = body.__type.substring(body.__type.indexOf('#') + 1);
        return new ApiException(dynamodb.get(type), body.message, body);
    }

    @Benchmark
    public Object dynamodbHandWrittenStackless() throws IOException {
        DynamodbBody body = mapper.readValue(DYNAMODB, DynamodbBody.class);
        String type = body.__type.substring(body.__type.indexOf('#') + 1);
        return new StacklessApiException(dynamodb.get(type), body.message, body);
    }

    @Benchmark
    public Object dynamodbTree() throws IOException {
        return mapper.readTree(DYNAMODB);
    }
}
