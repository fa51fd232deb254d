package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link ErrorCodec#decodeResponse}: which reader a response goes to, by its {@code Content-Type}. */
class ErrorCodecTest {

    /** A codec whose two readers say which of them read the body, and with what status. */
    private static final ErrorCodec<IllegalStateException> READERS = new ErrorCodec<IllegalStateException>() {
        @Override
        public Optional<IllegalStateException> decode(int status, Map<String, ? extends List<String>> headers,
                byte[] body) {
            return Optional.of(new IllegalStateException("vendor " + status));
        }

        @Override
        public Optional<IllegalStateException> fromProblemJson(int status,
                Map<String, ? extends List<String>> headers, byte[] body) {
            return Optional.of(new IllegalStateException("problem " + status + " " + headers.size()));
        }

        @Override
        public Optional<IllegalStateException> decode(int status, Map<String, ? extends List<String>> headers,
                InputStream body) {
            throw new AssertionError("not called");
        }

        @Override
        public Optional<IllegalStateException> fromProblemJson(byte[] body) {
            throw new AssertionError("the response's status and headers are to be kept");
        }

        @Override
        public boolean errorsInSuccess() {
            return true;
        }

        @Override
        public Optional<ErrorResponse> response(IllegalStateException error) {
            return Optional.empty();
        }

        @Override
        public boolean retryable(IllegalStateException error) {
            return false;
        }

        @Override
        public Optional<Duration> retryAfter(IllegalStateException error) {
            return Optional.empty();
        }

        @Override
        public String catalogName() {
            return "Test";
        }

        @Override
        public Class<IllegalStateException> exceptionType() {
            return IllegalStateException.class;
        }

        @Override
        public CatalogError error(IllegalStateException error) {
            throw new AssertionError("not called");
        }

        @Override
        public int httpStatus(IllegalStateException error) {
            return 500;
        }

        @Override
        public String toBody(IllegalStateException error) {
            return "{}";
        }

        @Override
        public String toProblemJson(IllegalStateException error, String instance) {
            return "{}";
        }

        @Override
        public String problemType(IllegalStateException error) {
            return "about:blank";
        }
    };

    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    private static String read(int status, Map<String, List<String>> headers) {
        return READERS.decodeResponse(status, headers, BODY).get().getMessage();
    }

    private static Map<String, List<String>> contentType(String name, String... values) {
        return Collections.singletonMap(name, Arrays.asList(values));
    }

    @Test
    void aProblemDocumentIsReadAsOneAtAnyStatusWithItsHeaders() {
        assertThat(read(404, contentType("Content-Type", "application/problem+json"))).isEqualTo("problem 404 1");
        assertThat(read(200, contentType("content-type", "Application/Problem+JSON; charset=utf-8")))
                .isEqualTo("problem 200 1");
        Map<String, List<String>> several = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        several.put("CONTENT-TYPE", Arrays.asList(" application/problem+json "));
        several.put("Retry-After", Arrays.asList("7"));
        assertThat(read(503, several)).isEqualTo("problem 503 2");
    }

    @Test
    void anyOtherBodyGoesToTheVendorsDecoder() {
        assertThat(read(200, Collections.<String, List<String>>emptyMap())).isEqualTo("vendor 200");
        assertThat(read(400, contentType("Content-Type", "application/json"))).isEqualTo("vendor 400");
        assertThat(read(400, contentType("Content-Type", "application/problem+jsonx"))).isEqualTo("vendor 400");
        assertThat(read(400, contentType("Content-Type"))).isEqualTo("vendor 400");
        assertThat(read(400, contentType("Content-Type", (String) null))).isEqualTo("vendor 400");
        assertThat(read(400, contentType("X-Content-Type", "application/problem+json"))).isEqualTo("vendor 400");
    }
}
