package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.ErrorCodec;
import dev.errata.feign.ErrataDecoder;
import dev.errata.feign.ErrataErrorDecoder;
import dev.errata.feign.ErrataResponseInterceptor;
import dev.errata.spring.stripe.StripeRateLimitExceededException;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.HeaderMap;
import feign.RequestLine;
import feign.RetryableException;
import feign.Retryer;
import feign.Target;
import feign.codec.Decoder;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The round trips through OpenFeign (its default {@code HttpURLConnection} client) with Errata's three Feign
 * adapters, set up as errata-feign documents. Retryable errors (OMA's try-again-later inside a 200, Stripe's 429,
 * OpenX's empty 429) reach Feign as {@code RetryableException}s so that its {@code Retryer} may retry them; with no
 * retries and {@code UNWRAP}, the caller gets the catalog's exception itself, as from the other clients.
 */
class FeignRoundTripTest extends ClientRoundTrip {

    /** The test server as Feign sees it: the URI argument is the whole address, so one method fits every path. */
    interface TestServerApi {
        @RequestLine("GET")
        Map<String, Object> get(URI uri, @HeaderMap Map<String, Object> headers);

        @RequestLine("POST")
        Map<String, Object> post(URI uri, @HeaderMap Map<String, Object> headers);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The successful bodies' decoder: the JSON objects the test server answers with. */
    private static final Decoder JSON_OBJECTS =
            (response, type) -> JSON.readValue(response.body().asInputStream(), JSON.constructType(type));

    private static Feign.Builder builder(ErrorCodec<?> codec) {
        return Feign.builder()
                .decoder(ErrataDecoder.wrap(codec, JSON_OBJECTS))
                .errorDecoder(ErrataErrorDecoder.of(codec))
                .responseInterceptor(ErrataResponseInterceptor.of(codec))
                .retryer(Retryer.NEVER_RETRY);
    }

    @Override
    Map<String, Object> call(ErrorCodec<?> codec, HttpMethod method, String path, String accept) {
        TestServerApi api = builder(codec).exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
                .target(Target.EmptyTarget.create(TestServerApi.class));
        URI uri = URI.create(baseUrl() + path);
        Map<String, Object> headers = accept == null ? Map.of() : Map.of(HttpHeaders.ACCEPT, accept);
        if (method.equals(HttpMethod.GET)) {
            return api.get(uri, headers);
        }
        if (method.equals(HttpMethod.POST)) {
            return api.post(uri, headers);
        }
        throw new IllegalArgumentException("no Feign method for " + method);
    }

    @Test
    void withoutUnwrapARetryableErrorIsFeignsRetryableExceptionAroundTheCatalogsWithItsRetryAfter() {
        TestServerApi api = builder(TestCodecs.STRIPE).target(Target.EmptyTarget.create(TestServerApi.class));
        long before = System.currentTimeMillis();
        RetryableException e = assertThrows(RetryableException.class,
                () -> api.get(URI.create(baseUrl() + "/stripe/rate-limited"), Map.of()));
        long after = System.currentTimeMillis();
        assertThat(e.status()).isEqualTo(429);
        assertThat(e).hasCauseThat().isInstanceOf(StripeRateLimitExceededException.class);
        // Retry-After: 7, as the epoch milliseconds Feign's Retryer waits until.
        assertThat(e.retryAfter()).isAtLeast(before + 7_000);
        assertThat(e.retryAfter()).isAtMost(after + 7_000);
    }
}
