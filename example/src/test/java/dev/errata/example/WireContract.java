package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import dev.errata.JsonText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What holds for the wire codec of every generated catalog (the decoder, generated here because Jackson 2 is on
 * the example's compile class path, and the renderers): every code survives render, then decode, as the same
 * class, code, message and details, through the vendor's own body and through {@code application/problem+json};
 * and no body, however broken, large or deep, gets anything but the catalog's own exception to the caller.
 *
 * @param <E> the generated {@code <Name>Error} enum
 * @param <X> the generated {@code <Name>Exception} base class
 */
abstract class WireContract<E extends Enum<E> & CatalogError, X extends RuntimeException> {

    /** The decoders' body limit: 1 MiB. */
    static final int MAX_BODY_BYTES = 1 << 20;

    /** The longest excerpt an {@link ErrorResponse} holds: its length, then "...". */
    static final int MAX_EXCERPT = ErrorResponse.EXCERPT_LENGTH + 3;

    /** A message with everything JSON must escape or carry through: quotes, controls, non-ASCII, a surrogate pair. */
    static final String AWKWARD_MESSAGE = "as sent: \"quoted\", back\\slash, tab\t, line\nbreak, \u0001, "
            + "\u00fcn\u00efc\u00f6d\u00e9 \u2019 \u2028 \uD83D\uDE00 <b>&amp;</b>";

    static final String PROXY_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private static final int DEEP = 100_000;

    // ---- The generated API of one catalog -----------------------------------------------------------------

    /** {@code <Name>Error.values()}. */
    abstract E[] constants();

    /**
     * {@code <Name>Errors.codec()}: what HTTP adapters call. The contract runs through it where it covers a call
     * (rendering, decoding with headers, problem+json from bytes, the exception's entry and response), through
     * the static methods of {@code <Name>Errors} elsewhere, and checks that both give the same.
     */
    abstract ErrorCodec<X> codec();

    /** {@code <Name>UnknownException.class}. */
    abstract Class<? extends X> unknownClass();

    private GeneratedStatics<X> statics;

    /** The static methods of {@code <Name>Errors}, which the codec does not cover. */
    final GeneratedStatics<X> statics() {
        if (statics == null) {
            statics = new GeneratedStatics<>(codec());
        }
        return statics;
    }

    /** {@code <Name>Errors.exceptionFor(code, message)}. */
    final X exceptionFor(String code, String message) {
        return statics().exceptionFor(code, message);
    }

    final Optional<X> decode(int status, String body) {
        return statics().decode(status, body);
    }

    final Optional<X> decode(int status, byte[] body) {
        return statics().decode(status, body);
    }

    final Optional<X> decode(int status, InputStream body) {
        return statics().decode(status, body);
    }

    /** {@code <Name>Errors.decode(status, headers, body)}, headers as a map. */
    final Optional<X> decode(int status, Map<String, ? extends List<String>> headers, String body) {
        return statics().decode(status, headers, body);
    }

    /** {@code <Name>Errors.decode(status, headers, body)}, headers as {@code java.net.http} has them. */
    final Optional<X> decode(int status, HttpHeaders headers, byte[] body) {
        return statics().decode(status, headers, body);
    }

    final void throwIfError(int status, String body) {
        statics().throwIfError(status, body);
    }

    final void throwIfError(int status, byte[] body) {
        statics().throwIfError(status, body);
    }

    final void throwIfError(int status, InputStream body) {
        statics().throwIfError(status, body);
    }

    final String toBody(X error) {
        return codec().toBody(error);
    }

    final String toProblemJson(X error) {
        return codec().toProblemJson(error, null);
    }

    final Optional<X> fromProblemJson(String problem) {
        return statics().fromProblemJson(problem);
    }

    final Optional<X> fromProblemJson(byte[] problem) {
        return codec().fromProblemJson(problem);
    }

    /** {@code e.response()}. */
    final Optional<ErrorResponse> response(X error) {
        return codec().response(error);
    }

    /** {@code e.error()}. */
    final CatalogError errorOf(X error) {
        return codec().error(error);
    }

    /** {@code e.parameters()}. */
    final Map<String, Object> parametersOf(X error) {
        return statics().parametersOf(error);
    }

    /** {@code <Name>Exception.class}. */
    final Class<X> baseClass() {
        return codec().exceptionType();
    }

    // ---- What the catalog's wire section says ---------------------------------------------------------------

    /** {@code wire.errorsInSuccess}: whether a 2xx body that holds no error object is malformed. */
    abstract boolean errorsInSuccess();

    /** The class a non-2xx response without a code becomes, by status ({@code httpStatuses}, then {@code statusOnly}). */
    abstract Map<Integer, Class<? extends X>> outcomesByStatus();

    /** The statuses the vendor's errors come with, other than 200: the bad-body corpus runs at each. */
    abstract List<Integer> errorStatuses();

    /** {@code wire.code}: the member holding the code, in the error object. */
    abstract String codeMember();

    /** {@code wire.message}: the member holding the message, in the error object. */
    abstract String messageMember();

    /**
     * A body holding an error object of {@code members} (JSON text without the braces): the object itself by
     * default; where the vendor nests it ({@code {"error": {...}}}), overridden to nest it so.
     */
    String errorBody(String members) {
        return "{" + members + "}";
    }

    /** A code the catalog does not list, as JSON, the way the vendor writes codes (a number or a string). */
    abstract String unlistedCodeJson();

    /** {@link #unlistedCodeJson()} in text form, as {@code rawCode()} holds it. */
    abstract String unlistedCode();

    /**
     * The class a code the catalog does not list (or an error without a code, where the status has no outcome of
     * its own) becomes at each error status that stands for one category alone; none by default.
     */
    Map<Integer, Class<? extends X>> unlistedByStatus() {
        return Map.of();
    }

    /**
     * Exceptions of codes the catalog does not list, each of a category ({@code <Name>Errors.exceptionFor(category,
     * code, message)}), with the status to send them at; none by default.
     */
    Map<X, Integer> unlistedInCategories() {
        return Map.of();
    }

    /** {@code wire.headers.requestId}: the header naming the request, or null when the catalog names none. */
    String requestIdHeader() {
        return null;
    }

    /** Whether the vendor's error bodies carry a message ({@code wire.message}); Slack's carry a code alone. */
    boolean carriesMessages() {
        return true;
    }

    /** The messages each code is sent with through the vendor's body: none (the catalog's), and an awkward one. */
    private List<String> messagesToSend() {
        return carriesMessages() ? Arrays.asList(null, AWKWARD_MESSAGE) : Arrays.asList((String) null);
    }

    /** A successful response's body, at HTTP 200. */
    abstract String successBody();

    /** One exception per HTTP-level outcome of the catalog ({@code httpStatuses}); none by default. */
    List<X> httpLevelOutcomes() {
        return List.of();
    }

    /** Gives {@code error} the typed details it carries through the round trip; none by default. */
    X withDetails(X error) {
        return error;
    }

    /** The typed details of {@code error}, as values to compare; none by default. */
    Map<String, Object> typedDetails(X error) {
        return Map.of();
    }

    /** The status the vendor sends an entry's error with: its own, else 200 where errors come inside 2xx, else 400. */
    int statusOf(CatalogError error) {
        return error.httpStatus().orElse(errorsInSuccess() ? 200 : 400);
    }

    // ---- Round trips ------------------------------------------------------------------------------------------

    /**
     * The docs the processor wrote into the class output show, for every code, the bodies the compiled renderer
     * writes: the docs generator and the generated renderer cannot drift apart unnoticed.
     */
    @Test
    void docsExamplesAreWhatTheRendererWrites() throws IOException {
        Class<?> errorEnum = constants()[0].getClass();
        String name = errorEnum.getSimpleName().substring(0, errorEnum.getSimpleName().length() - "Error".length());
        String resource = "META-INF/errata/docs/" + errorEnum.getPackage().getName() + "/" + name + ".json";
        String index;
        try (InputStream in = errorEnum.getClassLoader().getResourceAsStream(resource)) {
            assertWithMessage("%s in the class output", resource).that(in).isNotNull();
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> codes = (List<Map<String, Object>>) ((Map<String, Object>) JsonTree.parse(index)).get("codes");
        assertThat(codes).hasSize(constants().length);
        for (Map<String, Object> code : codes) {
            Object text = code.get("message") != null ? code.get("message")
                    : code.get("description") != null ? code.get("description") : code.get("code");
            X error = exceptionFor((String) code.get("code"), (String) text);
            @SuppressWarnings("unchecked")
            Map<String, Object> examples = (Map<String, Object>) code.get("examples");
            assertWithMessage("body of %s", code.get("code")).that(examples.get("body"))
                    .isEqualTo(JsonTree.parse(toBody(error)));
            assertWithMessage("problem+json of %s", code.get("code")).that(examples.get("problemJson"))
                    .isEqualTo(JsonTree.parse(toProblemJson(error)));
        }
    }

    @Test
    void everyCodeRoundTripsThroughTheVendorsBody() {
        for (E constant : constants()) {
            for (String message : messagesToSend()) {
                X sent = withDetails(exceptionFor(constant.codeString(), message));
                String body = toBody(sent);
                int status = statusOf(constant);
                String label = constant.name() + " at HTTP " + status + ": " + body;
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                for (Optional<X> decoded : List.of(decode(status, body), decode(status, bytes),
                        decode(status, new ByteArrayInputStream(bytes)), codec().decode(status, Map.of(), bytes),
                        codec().decode(status, Map.of(), new ByteArrayInputStream(bytes)))) {
                    assertWithMessage(label).that(decoded).isPresent();
                    X received = decoded.get();
                    assertSameError(label, received, sent);
                    assertThat(errorOf(received)).isSameInstanceAs(constant);
                    ErrorResponse response = response(received).orElseThrow();
                    assertWithMessage(label).that(response.httpStatus().getAsInt()).isEqualTo(status);
                    assertWithMessage(label).that(response.rawCode()).hasValue(constant.codeString());
                    assertWithMessage(label).that(response.rawMessage())
                            .isEqualTo(carriesMessages() ? Optional.of(sent.getMessage()) : Optional.empty());
                    assertWithMessage(label).that(response.bodyExcerpt()).isEqualTo(excerptOf(bytes));
                }
                X thrown = assertThrows(baseClass(), () -> throwIfError(status, body), label);
                assertSameError(label, thrown, sent);
            }
        }
    }

    @Test
    void everyCodeRoundTripsThroughProblemJson() {
        for (E constant : constants()) {
            for (String message : Arrays.asList(null, AWKWARD_MESSAGE)) {
                X sent = withDetails(exceptionFor(constant.codeString(), message));
                String problem = toProblemJson(sent);
                String label = constant.name() + ": " + problem;
                assertWithMessage(label).that(problem).contains("\"code\":" + json(constant.codeString()));
                assertWithMessage(label).that(problem).contains("\"retryable\":" + constant.retryable());
                assertWithMessage(label).that(problem).contains("\"detail\":" + json(sent.getMessage()));
                if (constant.httpStatus().isPresent()) {
                    assertWithMessage(label).that(problem).contains("\"status\":" + constant.httpStatus().getAsInt());
                } else {
                    assertWithMessage(label).that(problem).doesNotContain("\"status\":");
                }
                for (Optional<X> decoded : List.of(fromProblemJson(problem),
                        fromProblemJson(problem.getBytes(StandardCharsets.UTF_8)))) {
                    assertWithMessage(label).that(decoded).isPresent();
                    assertSameError(label, decoded.get(), sent);
                    assertThat(errorOf(decoded.get())).isSameInstanceAs(constant);
                }
            }
        }
    }

    // ---- The codec, what HTTP adapters call ----------------------------------------------------------------

    /**
     * For every code, the codec gives what the static methods of {@code <Name>Errors} and the exception's own
     * give: the same bodies and documents, and from the same response the same class, code, message, parameters,
     * details and response.
     */
    @Test
    void theCodecGivesWhatTheStaticMethodsGive() {
        ErrorCodec<X> codec = codec();
        assertThat(codec.catalogName()).isEqualTo(constants()[0].catalogName());
        assertThat(codec.errorsInSuccess()).isEqualTo(errorsInSuccess());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (requestIdHeader() != null) {
            headers.put(requestIdHeader(), List.of("req_codec"));
        }
        headers.put("Retry-After", List.of("9"));
        for (E constant : constants()) {
            for (String message : messagesToSend()) {
                X sent = withDetails(exceptionFor(constant.codeString(), message));
                String label = constant.name() + " (" + message + ")";
                assertWithMessage(label).that(codec.exceptionType().isInstance(sent)).isTrue();
                assertWithMessage(label).that(codec.error(sent)).isSameInstanceAs(constant);
                assertWithMessage(label).that(codec.retryable(sent)).isEqualTo(constant.retryable());
                assertWithMessage(label).that(codec.response(sent)).isEmpty();
                assertWithMessage(label).that(codec.retryAfter(sent)).isEmpty();
                String body = codec.toBody(sent);
                assertWithMessage(label).that(body).isEqualTo(statics().toBody(sent));
                assertWithMessage(label).that(codec.toProblemJson(sent, null)).isEqualTo(statics().toProblemJson(sent));
                assertWithMessage(label).that(codec.toProblemJson(sent, "/orders/7"))
                        .isEqualTo(statics().toProblemJson(sent, "/orders/7"));

                int status = statusOf(constant);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                X viaStatics = statics().decode(status, headers, bytes).orElseThrow();
                for (Optional<X> decoded : List.of(codec.decode(status, headers, bytes),
                        codec.decode(status, headers, new ByteArrayInputStream(bytes)))) {
                    X received = decoded.orElseThrow();
                    assertSameError(label, received, viaStatics);
                    assertSameResponse(label, codec.response(received).orElseThrow(),
                            response(viaStatics).orElseThrow());
                    assertWithMessage(label).that(codec.httpStatus(received)).isEqualTo(status);
                    assertWithMessage(label).that(codec.retryAfter(received)).hasValue(java.time.Duration.ofSeconds(9));
                }
                String problem = codec.toProblemJson(sent, "/orders/7");
                X fromProblem = codec.fromProblemJson(problem.getBytes(StandardCharsets.UTF_8)).orElseThrow();
                X fromProblemStatic = statics().fromProblemJson(problem).orElseThrow();
                assertSameError(problem, fromProblem, fromProblemStatic);
                assertSameResponse(problem, response(fromProblem).orElseThrow(),
                        response(fromProblemStatic).orElseThrow());
                assertWithMessage(problem).that(response(fromProblem).orElseThrow().instance()).hasValue("/orders/7");
            }
        }
    }

    /**
     * Every exception the catalog makes has a status to send, never 0: the one it arrived with, else its entry's,
     * else 200 where errors come inside successes, else 500; and the problem type the document carries.
     */
    @Test
    void theCodecGivesEveryErrorAStatusAndTheProblemTypeTheDocumentCarries() {
        List<X> errors = new ArrayList<>();
        for (E constant : constants()) {
            errors.add(withDetails(exceptionFor(constant.codeString(), null)));
        }
        errors.addAll(httpLevelOutcomes());
        errors.addAll(unlistedInCategories().keySet());
        errors.add(exceptionFor(unlistedCode(), null));
        errors.add(exceptionFor("", null));
        int otherwise = errorsInSuccess() ? 200 : 500;
        for (X error : errors) {
            String label = error.getClass().getSimpleName() + " " + errorOf(error).codeString();
            int status = codec().httpStatus(error);
            assertWithMessage(label).that(status).isEqualTo(errorOf(error).httpStatus().orElse(otherwise));
            assertWithMessage(label).that(status).isAtLeast(100);
            assertWithMessage(label).that(status).isAtMost(599);
            @SuppressWarnings("unchecked")
            Map<String, Object> problem = (Map<String, Object>) JsonTree.parse(codec().toProblemJson(error, null));
            assertWithMessage(label).that(problem.get("type")).isEqualTo(codec().problemType(error));
            // A decoded error is sent back with the status it arrived with; one no response has, with the catalog's.
            X received = decode(503, toBody(error)).orElseThrow();
            assertWithMessage(label).that(codec().httpStatus(received)).isEqualTo(503);
            X odd = decode(999, toBody(error)).orElseThrow();
            assertWithMessage(label).that(codec().httpStatus(odd))
                    .isEqualTo(errorOf(odd).httpStatus().orElse(otherwise));
        }
    }

    /** The same response: status, raw code and message, details, excerpt, headers kept and instance. */
    static void assertSameResponse(String label, ErrorResponse actual, ErrorResponse expected) {
        assertWithMessage(label).that(actual.httpStatus()).isEqualTo(expected.httpStatus());
        assertWithMessage(label).that(actual.rawCode()).isEqualTo(expected.rawCode());
        assertWithMessage(label).that(actual.rawMessage()).isEqualTo(expected.rawMessage());
        assertWithMessage(label).that(actual.details()).isEqualTo(expected.details());
        assertWithMessage(label).that(actual.bodyExcerpt()).isEqualTo(expected.bodyExcerpt());
        assertWithMessage(label).that(actual.headers()).isEqualTo(expected.headers());
        assertWithMessage(label).that(actual.instance()).isEqualTo(expected.instance());
    }

    @Test
    void aDecodedErrorsProblemJsonCarriesTheStatusItArrivedWith() {
        E constant = constants()[0];
        X received = decode(599, toBody(exceptionFor(constant.codeString(), "at 599"))).orElseThrow();
        String problem = toProblemJson(received);
        assertThat(problem).contains("\"status\":599");
        X back = fromProblemJson(problem).orElseThrow();
        assertSameError(problem, back, received);
        assertThat(response(back).orElseThrow().httpStatus().getAsInt()).isEqualTo(599);
    }

    @Test
    void anUnlistedCodeIsOfTheCategoryItsStatusStandsForElseTheUnknownException() {
        X sent = exceptionFor(unlistedCode(), carriesMessages() ? "from a newer server" : null);
        assertThat(sent).isInstanceOf(unknownClass());
        for (int status : statusesToTry()) {
            String body = toBody(sent);
            X received = decode(status, body).orElseThrow();
            Class<? extends X> expected = unlistedByStatus().getOrDefault(status, unknownClass());
            assertWithMessage(body + " at HTTP " + status).that(received.getClass()).isEqualTo(expected);
            assertWithMessage(body).that(errorOf(received).codeString()).isEqualTo(unlistedCode());
            assertWithMessage(body).that(errorOf(received).known()).isFalse();
            assertWithMessage(body).that(received.getMessage()).isEqualTo(sent.getMessage());
            assertThat(response(received).orElseThrow().rawCode()).hasValue(unlistedCode());
            // Through problem+json, as the status it arrived with and its category say.
            String problem = toProblemJson(received);
            assertSameError(problem, fromProblemJson(problem).orElseThrow(), received);
        }
        X back = fromProblemJson(toProblemJson(sent)).orElseThrow();
        assertSameError(toProblemJson(sent), back, sent);
    }

    @Test
    void anUnlistedCodeOfACategoryRoundTripsAsThatCategorysException() {
        for (Map.Entry<X, Integer> unlisted : unlistedInCategories().entrySet()) {
            X sent = unlisted.getKey();
            int status = unlisted.getValue();
            assertWithMessage(sent.toString()).that(errorOf(sent).known()).isFalse();
            assertWithMessage(sent.toString()).that(errorOf(sent).categoryId()).isPresent();
            String body = toBody(sent);
            X received = decode(status, body).orElseThrow();
            assertSameError(body + " at HTTP " + status, received, sent);
            assertThat(errorOf(received)).isEqualTo(errorOf(sent));
            String problem = toProblemJson(sent);
            assertWithMessage(problem).that(problem).contains("\"category\":" + json(errorOf(sent).categoryId().get()));
            assertSameError(problem, fromProblemJson(problem).orElseThrow(), sent);
        }
    }

    @Test
    void everyHttpLevelOutcomeRoundTrips() {
        for (X sent : httpLevelOutcomes()) {
            int status = errorOf(sent).httpStatus().getAsInt();
            String body = toBody(sent);
            String label = sent.getClass().getSimpleName() + " at HTTP " + status + ": " + body;
            X received = decode(status, body).orElseThrow();
            assertSameError(label, received, sent);
            assertWithMessage(label).that(response(received).orElseThrow().rawCode()).isEmpty();

            String problem = toProblemJson(sent);
            assertSameError(problem, fromProblemJson(problem).orElseThrow(), sent);
        }
    }

    @Test
    void theHeadersTheCatalogNamesReachTheResponseOfEveryCodeAndNoOther() {
        for (E constant : constants()) {
            String body = toBody(exceptionFor(constant.codeString(), "with headers"));
            int status = statusOf(constant);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            if (requestIdHeader() != null) {
                headers.put(requestIdHeader().toLowerCase(java.util.Locale.ROOT), List.of("req_" + constant.ordinal()));
            }
            headers.put("retry-after", List.of("17"));
            headers.put("Set-Cookie", List.of("session=secret"));
            headers.put(null, List.of("HTTP/1.1 " + status));
            HttpHeaders httpHeaders = HttpHeaders.of(headers.entrySet().stream().filter(e -> e.getKey() != null)
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), (name, value) -> true);
            for (Optional<X> decoded : List.of(decode(status, headers, body),
                    decode(status, httpHeaders, body.getBytes(StandardCharsets.UTF_8)))) {
                X received = decoded.orElseThrow();
                assertThat(errorOf(received)).isSameInstanceAs(constant);
                ErrorResponse response = response(received).orElseThrow();
                assertWithMessage(body).that(response.retryAfter()).hasValue(java.time.Duration.ofSeconds(17));
                if (requestIdHeader() != null) {
                    assertWithMessage(body).that(response.requestId()).hasValue("req_" + constant.ordinal());
                    assertThat(response.headers().keySet()).containsExactly(requestIdHeader(), "Retry-After");
                } else {
                    assertThat(response.requestId()).isEmpty();
                    assertThat(response.headers().keySet()).containsExactly("Retry-After");
                }
            }
        }
        // A Retry-After date counts from the response's Date header.
        Map<String, List<String>> dated = Map.of("Date", List.of("Sun, 06 Nov 1994 08:49:37 GMT"),
                "Retry-After", List.of("Sun, 06 Nov 1994 08:50:07 GMT"));
        X error = decode(statusOf(constants()[0]), dated, toBody(exceptionFor(constants()[0].codeString(), null)))
                .orElseThrow();
        assertThat(response(error).orElseThrow().retryAfter()).hasValue(java.time.Duration.ofSeconds(30));
    }

    @Test
    void headersReachTheFallbackOfABodyThatIsNoJson() {
        int status = 502;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (requestIdHeader() != null) {
            headers.put(requestIdHeader(), List.of("req_proxy"));
        }
        headers.put("Retry-After", List.of("5"));
        X error = decode(status, headers, PROXY_PAGE).orElseThrow();
        assertThat(error.getClass()).isEqualTo(expectedWithoutCode(status));
        assertThat(response(error).orElseThrow().retryAfter()).hasValue(java.time.Duration.ofSeconds(5));
        assertThat(response(error).orElseThrow().requestId())
                .isEqualTo(Optional.ofNullable(requestIdHeader() == null ? null : "req_proxy"));
        assertThat(decode(200, headers, successBody())).isEmpty();
    }

    // ---- Successes ----------------------------------------------------------------------------------------

    @Test
    void aSuccessIsEmptyAndThrowsNothing() {
        String body = successBody();
        assertThat(decode(200, body)).isEmpty();
        assertThat(decode(200, body.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(decode(200, stream(body))).isEmpty();
        assertDoesNotThrow(() -> throwIfError(200, body));
        assertDoesNotThrow(() -> throwIfError(200, body.getBytes(StandardCharsets.UTF_8)));
        assertDoesNotThrow(() -> throwIfError(200, stream(body)));
    }

    // ---- The bad-body corpus ------------------------------------------------------------------------------

    /** A body, and the code in text form that a decoder can read from it (null when it can read none). */
    record BadBody(String name, byte[] body, String rawCode) {

        static BadBody of(String name, String body) {
            return new BadBody(name, body.getBytes(StandardCharsets.UTF_8), null);
        }

        static BadBody withCode(String name, String body, String rawCode) {
            return new BadBody(name, body.getBytes(StandardCharsets.UTF_8), rawCode);
        }

        @Override
        public String toString() {
            return name + " (" + body.length + " bytes)";
        }
    }

    /** The corpus, the same for each vendor but for the members the vendor's bodies use. */
    List<BadBody> corpus() {
        String code = json(codeMember());
        String message = json(messageMember());
        String known = json(constants()[0].codeString());
        if (constants()[0].codeString().matches("\\d+")) {
            known = constants()[0].codeString();
        }
        String errorBody = toBody(exceptionFor(constants()[0].codeString(), "a known error"));
        List<BadBody> corpus = new ArrayList<>();
        corpus.add(BadBody.of("an empty body", ""));
        corpus.add(BadBody.of("white space", " \r\n\t "));
        corpus.add(BadBody.of("plain text", "upstream connect error or disconnect/reset before headers"));
        corpus.add(BadBody.of("a proxy's HTML error page", PROXY_PAGE));
        corpus.add(BadBody.of("truncated JSON", errorBody.substring(0, errorBody.length() / 2)));
        corpus.add(BadBody.of("JSON and then more", errorBody + " {}"));
        corpus.add(BadBody.of("a JSON null", "null"));
        corpus.add(BadBody.of("a JSON string", "\"Service Unavailable\""));
        corpus.add(BadBody.of("a JSON number with a huge exponent", "1e999999999"));
        corpus.add(BadBody.of("a number of a million digits", "9".repeat(1_000_000)));
        corpus.add(BadBody.of("single quotes", errorBody("'" + codeMember() + "': " + known)));
        corpus.add(BadBody.of("a comment", errorBody(code + ": " + known + " /* known */")));
        corpus.add(BadBody.of("arrays nested 100,000 deep", "[".repeat(DEEP) + "]".repeat(DEEP)));
        corpus.add(BadBody.of("objects nested 100,000 deep", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        corpus.add(BadBody.of("an error object with a member nested 100,000 deep",
                errorBody(code + ": " + known + ", \"extra\": " + "[".repeat(DEEP) + "]".repeat(DEEP))));
        corpus.add(BadBody.of("arrays nested 65 deep, one over the limit", "[".repeat(65) + "]".repeat(65)));
        // A lead byte followed by no continuation byte, inside the message, in a body otherwise well formed.
        byte[] brokenCharacter = {(byte) 0xC3, (byte) 0x28};
        String errorStart = errorBody(code + ": " + known + ", " + message + ": \"caf\u00e9 @\"");
        corpus.add(new BadBody("invalid UTF-8", withBytes(errorStart, brokenCharacter), null));
        // A member the decoder does not use is skipped, not read; a fault in it still makes the body malformed.
        String withUnused = errorBody(code + ": " + known + ", " + message + ": \"a known error\", \"unused\": @");
        corpus.add(BadBody.of("an unused member with a syntax error", withUnused.replace("@", "[1,,2]")));
        corpus.add(BadBody.of("an unused member nested 64 deep, one over the limit",
                withUnused.replace("@", "[".repeat(64) + "]".repeat(64))));
        corpus.add(BadBody.of("an unused member with a number no BigDecimal holds",
                withUnused.replace("@", "1e9999999999")));
        corpus.add(new BadBody("invalid UTF-8 in an unused member",
                withBytes(withUnused.replace("@", "\"caf\u00e9 @\""), brokenCharacter), null));

        corpus.add(BadBody.withCode("a code the catalog does not list",
                errorBody(code + ": " + unlistedCodeJson() + ", " + message + ": \"from a newer server\""), unlistedCode()));
        corpus.add(BadBody.withCode("a code that is an object",
                errorBody(code + ": {\"value\": " + known + "}, " + message + ": \"odd\""), "{\"value\":" + known + "}"));
        corpus.add(BadBody.withCode("a code that is a boolean", errorBody(code + ": true"), "true"));
        corpus.add(BadBody.withCode("a code that is an array", errorBody(code + ": [" + known + "]"), "[" + known + "]"));
        corpus.add(BadBody.withCode("a code that is an empty string", errorBody(code + ": \"\""), ""));
        corpus.add(BadBody.withCode("a code of 1,000 digits", errorBody(code + ": " + "7".repeat(1000)),
                "7".repeat(1000)));
        corpus.add(BadBody.withCode("a code of 20 digits", errorBody(code + ": 12345678901234567890"),
                "12345678901234567890"));
        return corpus;
    }

    @Test
    void everyBadBodyGivesTheCatalogsOwnExceptionWithTheResponse() {
        for (BadBody bad : corpus()) {
            for (int status : statusesToTry()) {
                assertBadBody(bad, status);
            }
        }
    }

    /** The decoder skips members it does not use, whatever they hold, up to the depth limit, and still decodes. */
    @Test
    void unusedMembersAreSkippedWhateverTheyHold() {
        E constant = constants()[0];
        String error = toBody(exceptionFor(constant.codeString(), "kept"));
        String unused = "\"unused\": {\"a\": [1, -2.5e-3, 1e999999999, 123456789012345678901234567890, \"x\", true,"
                + " false, null, {}]}, \"deep\": " + "[".repeat(63) + "]".repeat(63) + ", ";
        String body = "{" + unused + error.substring(1);
        int status = statusOf(constant);
        for (Optional<X> decoded : List.of(decode(status, body), decode(status, body.getBytes(StandardCharsets.UTF_8)))) {
            X received = decoded.orElseThrow();
            assertWithMessage(body).that(errorOf(received)).isSameInstanceAs(constant);
            if (carriesMessages()) {
                assertWithMessage(body).that(received.getMessage()).isEqualTo("kept");
            }
            assertWithMessage(body).that(response(received).orElseThrow().details().keySet())
                    .containsNoneOf("unused", "deep");
        }
    }

    @Test
    void tenMegabyteBodiesAreMalformedAndNotReadPastTheLimit() {
        String padding = "x".repeat(10 * 1024 * 1024);
        List<BadBody> huge = List.of(
                BadBody.of("a 10 MB message in a known error", errorBody(json(codeMember()) + ": "
                        + json(constants()[0].codeString()) + ", " + json(messageMember()) + ": \"" + padding + "\"")),
                BadBody.of("a 10 MB HTML page", "<html><body>" + padding + "</body></html>"),
                BadBody.of("1 MiB and one byte of white space around a known error",
                        " ".repeat(MAX_BODY_BYTES + 1 - toBody(exceptionFor(constants()[0].codeString(), null))
                                .getBytes(StandardCharsets.UTF_8).length)
                                + toBody(exceptionFor(constants()[0].codeString(), null))));
        // At 200 and at the vendor's first error status only: each decode of 10 MB costs its copy.
        for (BadBody bad : huge) {
            for (int status : List.of(200, errorStatuses().get(0))) {
                assertBadBody(bad, status);
            }
        }
    }

    @Test
    void aBodyOfExactlyOneMebibyteIsStillRead() {
        E constant = constants()[0];
        String error = toBody(exceptionFor(constant.codeString(), null));
        String body = " ".repeat(MAX_BODY_BYTES - error.getBytes(StandardCharsets.UTF_8).length) + error;
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasLength(MAX_BODY_BYTES);
        int status = statusOf(constant);
        assertThat(errorOf(decode(status, body).orElseThrow())).isSameInstanceAs(constant);
        CountingStream in = new CountingStream(stream(body));
        assertThat(errorOf(decode(status, in).orElseThrow())).isSameInstanceAs(constant);
        assertThat(in.count).isEqualTo(MAX_BODY_BYTES);
    }

    @Test
    void anEndlessStreamIsReadNoFurtherThanTheLimit() {
        for (int status : statusesToTry()) {
            CountingStream endless = new CountingStream(new InputStream() {
                @Override
                public int read() {
                    return ' ';
                }
            });
            Optional<X> decoded = assertDoesNotThrow(() -> decode(status, endless));
            assertOutcome("an endless stream at HTTP " + status, status, decoded, expectedWithoutCode(status), null);
            assertThat(endless.count).isAtMost(MAX_BODY_BYTES + 1L);
            assertThat(endless.closed).isFalse();
        }
    }

    @Test
    void aStreamThatFailsGivesTheFallbackToo() {
        for (int status : statusesToTry()) {
            InputStream broken = new InputStream() {
                private int left = 10;

                @Override
                public int read() throws IOException {
                    if (left-- == 0) {
                        throw new IOException("Connection reset");
                    }
                    return '{';
                }
            };
            Optional<X> decoded = assertDoesNotThrow(() -> decode(status, broken));
            assertOutcome("a reset connection at HTTP " + status, status, decoded, expectedWithoutCode(status), null);
        }
    }

    @Test
    void aNullBodyIsNoBody() {
        for (int status : statusesToTry()) {
            Class<? extends X> expected = expectedWithoutCode(status);
            assertOutcome("null String at " + status, status, assertDoesNotThrow(() -> decode(status, (String) null)),
                    expected, null);
            assertOutcome("null byte[] at " + status, status, assertDoesNotThrow(() -> decode(status, (byte[]) null)),
                    expected, null);
            assertOutcome("null InputStream at " + status, status,
                    assertDoesNotThrow(() -> decode(status, (InputStream) null)), expected, null);
        }
    }

    @Test
    void whatIsNotAProblemDocumentGivesTheUnknownException() {
        List<BadBody> bodies = new ArrayList<>(corpus());
        bodies.add(BadBody.of("a problem with a status out of range", "{\"status\": 99999999999, \"detail\": \"x\"}"));
        for (BadBody bad : bodies) {
            Optional<X> decoded = assertDoesNotThrow(() -> fromProblemJson(bad.body()), bad.toString());
            assertWithMessage(bad.toString()).that(decoded).isPresent();
            assertWithMessage(bad.toString()).that(decoded.get().getClass()).isEqualTo(unknownClass());
            assertWithMessage(bad.toString()).that(response(decoded.get()).orElseThrow().bodyExcerpt().length())
                    .isAtMost(MAX_EXCERPT);
        }
    }

    /**
     * A code written with a huge exponent is a number the parser reads in a few bytes, but its plain text has a
     * billion digits.
     */
    @Test
    void aCodeOrMessageWithAHugeExponentGivesTheFallback() {
        for (String number : List.of("1e999999999", "1E+999999999", "-1e999999999", "1e-999999999")) {
            for (int status : statusesToTry()) {
                String asCode = errorBody(json(codeMember()) + ": " + number);
                Optional<X> decoded = assertDoesNotThrow(() -> decode(status, asCode), asCode);
                assertThat(decoded.orElseThrow().getClass())
                        .isEqualTo(unlistedByStatus().getOrDefault(status, unknownClass()));
                String asMessage = errorBody(json(codeMember()) + ": " + json(unlistedCode()) + ", "
                        + json(messageMember()) + ": " + number);
                decoded = assertDoesNotThrow(() -> decode(status, asMessage), asMessage);
                assertThat(decoded.orElseThrow().getMessage().length()).isLessThan(100);
            }
        }
    }

    // ---- Helpers ----------------------------------------------------------------------------------------------

    /** 200 and the vendor's error statuses, and one no vendor documents. */
    List<Integer> statusesToTry() {
        List<Integer> statuses = new ArrayList<>();
        statuses.add(200);
        statuses.addAll(errorStatuses());
        statuses.add(502);
        return statuses;
    }

    /**
     * What a body without a readable code gives: at 2xx nothing, unless errors come inside 2xx (then the
     * fallback); otherwise the outcome the catalog documents for the status, else the exception of the category
     * the status stands for, else the fallback.
     */
    Class<? extends X> expectedWithoutCode(int status) {
        if (status >= 200 && status <= 299) {
            return errorsInSuccess() ? unknownClass() : null;
        }
        return outcomesByStatus().getOrDefault(status, unlistedByStatus().getOrDefault(status, unknownClass()));
    }

    private void assertBadBody(BadBody bad, int status) {
        String label = bad + " at HTTP " + status;
        Class<? extends X> expected = bad.rawCode() != null ? unlistedByStatus().getOrDefault(status, unknownClass())
                : expectedWithoutCode(status);
        byte[] bytes = bad.body();
        String text = new String(bytes, StandardCharsets.UTF_8);

        Optional<X> fromBytes = assertDoesNotThrow(() -> decode(status, bytes), label);
        assertOutcome(label + " (byte[])", status, fromBytes, expected, bad.rawCode());
        Optional<X> fromCodec = assertDoesNotThrow(() -> codec().decode(status, Map.of(), bytes), label);
        assertOutcome(label + " (codec)", status, fromCodec, expected, bad.rawCode());
        fromBytes.ifPresent(e -> assertWithMessage(label).that(response(e).orElseThrow().bodyExcerpt())
                .isEqualTo(excerptOf(bytes)));

        // Bytes that are no UTF-8 have no String form: decoding them into one repairs them.
        boolean hasText = Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes);
        if (hasText) {
            Optional<X> fromText = assertDoesNotThrow(() -> decode(status, text), label);
            assertOutcome(label + " (String)", status, fromText, expected, bad.rawCode());
        }

        CountingStream in = new CountingStream(new ByteArrayInputStream(bytes));
        Optional<X> fromStream = assertDoesNotThrow(() -> decode(status, in), label);
        assertOutcome(label + " (InputStream)", status, fromStream, expected, bad.rawCode());
        assertWithMessage(label).that(in.count).isAtMost(MAX_BODY_BYTES + 1L);
        assertWithMessage(label).that(in.closed).isFalse();
        if (bytes.length <= MAX_BODY_BYTES) {
            fromStream.ifPresent(e -> assertWithMessage(label).that(response(e).orElseThrow().bodyExcerpt())
                    .isEqualTo(excerptOf(bytes)));
        }

        if (expected == null) {
            assertDoesNotThrow(() -> throwIfError(status, bytes), label);
            if (hasText) {
                assertDoesNotThrow(() -> throwIfError(status, text), label);
            }
            assertDoesNotThrow(() -> throwIfError(status, new ByteArrayInputStream(bytes)), label);
        } else {
            List<X> thrown = new ArrayList<>();
            thrown.add(assertThrows(baseClass(), () -> throwIfError(status, bytes), label));
            thrown.add(assertThrows(baseClass(), () -> throwIfError(status, new ByteArrayInputStream(bytes)), label));
            if (hasText) {
                thrown.add(assertThrows(baseClass(), () -> throwIfError(status, text), label));
            }
            for (X e : thrown) {
                assertOutcome(label + " (thrown)", status, Optional.of(e), expected, bad.rawCode());
            }
        }
    }

    /** The outcome is exactly {@code expected} (empty for null), carrying the status, the raw code and an excerpt. */
    private void assertOutcome(String label, int status, Optional<X> decoded, Class<? extends X> expected,
            String rawCode) {
        if (expected == null) {
            assertWithMessage(label).that(decoded).isEmpty();
            return;
        }
        assertWithMessage(label).that(decoded).isPresent();
        X e = decoded.get();
        assertWithMessage(label).that(e.getClass()).isEqualTo(expected);
        assertWithMessage(label).that(e.getMessage()).isNotNull();
        ErrorResponse response = response(e).orElseThrow();
        assertWithMessage(label).that(response.httpStatus().getAsInt()).isEqualTo(status);
        assertWithMessage(label).that(response.rawCode()).isEqualTo(Optional.ofNullable(rawCode));
        assertWithMessage(label).that(response.bodyExcerpt().length()).isAtMost(MAX_EXCERPT);
        if (rawCode != null) {
            assertWithMessage(label).that(errorOf(e).codeString()).isEqualTo(rawCode);
        }
    }

    /** Same class, code, message, typed parameters and typed details. */
    void assertSameError(String label, X actual, X expected) {
        assertWithMessage(label).that(actual.getClass()).isEqualTo(expected.getClass());
        assertWithMessage(label).that(errorOf(actual).codeString()).isEqualTo(errorOf(expected).codeString());
        assertWithMessage(label).that(actual.getMessage()).isEqualTo(expected.getMessage());
        assertWithMessage(label).that(parametersOf(actual)).isEqualTo(parametersOf(expected));
        assertWithMessage(label).that(typedDetails(actual)).isEqualTo(typedDetails(expected));
    }

    /** What {@code bodyExcerpt()} shows of a body: its first characters, control characters as '?'. */
    static String excerptOf(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 4 * ErrorResponse.EXCERPT_LENGTH), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), ErrorResponse.EXCERPT_LENGTH); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 && c != '\n' && c != '\t' ? '?' : c);
        }
        return text.length() > ErrorResponse.EXCERPT_LENGTH ? out + "..." : out.toString();
    }

    /** {@code text} as UTF-8, its one {@code @} replaced by {@code bytes}. */
    static byte[] withBytes(String text, byte[] bytes) {
        byte[] before = text.substring(0, text.indexOf('@')).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(text.indexOf('@') + 1).getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(before, before.length + bytes.length + after.length);
        System.arraycopy(bytes, 0, out, before.length, bytes.length);
        System.arraycopy(after, 0, out, before.length + bytes.length, after.length);
        return out;
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder();
        JsonText.string(text, out);
        return out.toString();
    }

    static InputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Counts the bytes read from it, and remembers whether it was closed. */
    static final class CountingStream extends InputStream {
        private final InputStream in;
        long count;
        boolean closed;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            in.close();
        }
    }

    /** Describes nested errors for {@link #typedDetails}: class, code, message and their own details. */
    Map<String, Object> describe(X error) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("class", error.getClass().getName());
        description.put("code", errorOf(error).codeString());
        description.put("message", error.getMessage());
        description.put("details", typedDetails(error));
        return description;
    }
}
