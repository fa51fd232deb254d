package dev.errata.httpclient;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.ErrorKind;
import dev.errata.ErrorResponse;
import dev.errata.httpclient.VendorFake.Reply;
import dev.errata.httpclient.oma.OmaError;
import dev.errata.httpclient.oma.OmaErrors;
import dev.errata.httpclient.openx.OpenxError;
import dev.errata.httpclient.openx.OpenxErrors;
import dev.errata.httpclient.openx.OpenxException;
import dev.errata.httpclient.osm.OsmError;
import dev.errata.httpclient.osm.OsmErrors;
import dev.errata.httpclient.stripe.StripeError;
import dev.errata.httpclient.stripe.StripeErrors;
import dev.errata.httpclient.stripe.StripeException;
import dev.errata.httpclient.stripe.StripeRateLimitExceededException;
import dev.errata.httpclient.stripe.StripeResourceMissingException;
import dev.errata.httpclient.wildduck.WildduckError;
import dev.errata.httpclient.wildduck.WildduckErrors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Server to client with nothing lost: the vendor fake answers every error of every catalog as the codec renders
 * it ({@code toBody}, and {@code toProblemJson} as {@code application/problem+json}), at the status the codec
 * gives, and the client gets the same class, code and message back, rendering again to the same body (so the
 * same details and parameters), sync and async.
 */
class RoundTripTest {

    static VendorFake vendor;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        vendor = new VendorFake();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    static <E extends CatalogError, X extends RuntimeException> List<X> everyError(E[] entries,
            Function<E, X> exceptionFor) {
        List<X> errors = new ArrayList<>();
        for (E entry : entries) {
            if (entry.kind() == ErrorKind.ERROR) {
                errors.add(exceptionFor.apply(entry));
            }
        }
        assertThat(errors).isNotEmpty();
        return errors;
    }

    @Test
    void everyErrorOfEveryCatalogRoundTrips() throws Exception {
        roundTripAll(Codecs.OMA, everyError(OmaError.values(), e -> OmaErrors.exceptionFor(e, null, null)));
        roundTripAll(Codecs.OSM, everyError(OsmError.values(), e -> OsmErrors.exceptionFor(e, null, null)));
        roundTripAll(Codecs.OPENX, everyError(OpenxError.values(), e -> OpenxErrors.exceptionFor(e, null, null)));
        roundTripAll(Codecs.WILDDUCK,
                everyError(WildduckError.values(), e -> WildduckErrors.exceptionFor(e, null, null)));
        roundTripAll(Codecs.STRIPE, everyError(StripeError.values(), e -> StripeErrors.exceptionFor(e, null, null)));
    }

    /** OpenX's nested errors and typed details, two levels deep, through both renderings. */
    @Test
    void openxDetailsAndNestedErrorsRoundTrip() throws Exception {
        Map<String, OpenxException> fieldErrors = new LinkedHashMap<>();
        fieldErrors.put("name", OpenxErrors.exceptionFor("Require", "This field requires a non-null value.")
                .withField(Map.of("name", "name", "type", "string")));
        fieldErrors.put("targeting", OpenxErrors.exceptionFor("Validation", null)
                .withItemErrors(Map.of(3, OpenxErrors.exceptionFor("Range", "must be at most 100"))));
        OpenxException sent = OpenxErrors.exceptionFor("Object Validation", "Some of the input fields did not pass.")
                .withFieldErrors(fieldErrors)
                .withReferencingObjects(List.of(Map.of("uid", "6000c4a1-e0c9-fff1-8123-0c9a66", "type", "lineitem")))
                .withUid("60000b3c-c001-fff1-8123-0c9a66");
        for (OpenxException received : List.of(viaBody(Codecs.OPENX, sent), viaProblem(Codecs.OPENX, sent))) {
            assertThat(received.getClass()).isEqualTo(sent.getClass());
            assertThat(received.uid()).hasValue("60000b3c-c001-fff1-8123-0c9a66");
            assertThat(received.fieldErrors().keySet()).containsExactly("name", "targeting").inOrder();
            assertThat(received.fieldErrors().get("targeting").itemErrors().get(3).codeString()).isEqualTo("Range");
            assertThat(received.referencingObjects()).isEqualTo(sent.referencingObjects());
            assertThat(Codecs.OPENX.toBody(received)).isEqualTo(Codecs.OPENX.toBody(sent));
        }
    }

    /** Typed parameters, the request id and the retryable header, as Stripe sends them. */
    @Test
    void stripeParametersAndHeadersRoundTrip() throws Exception {
        StripeException sent = new StripeResourceMissingException("customer", "cus_123");
        StripeResourceMissingException received = (StripeResourceMissingException) failure(Codecs.STRIPE,
                Reply.json(404, Codecs.STRIPE.toBody(sent)).with("Request-Id", "req_7Xq2"));
        assertThat(received.object()).isEqualTo("customer");
        assertThat(received.id()).isEqualTo("cus_123");
        assertThat(received.parameters()).isEqualTo(sent.parameters());
        assertThat(received.getMessage()).isEqualTo("No such customer: 'cus_123'");
        assertThat(received.response().orElseThrow().requestId()).hasValue("req_7Xq2");

        StripeException limited = failure(Codecs.STRIPE, Reply.json(429,
                        Codecs.STRIPE.toBody(new StripeRateLimitExceededException()))
                .with("Request-Id", "req_9Lm1").with("Stripe-Should-Retry", "false").with("Retry-After", "3"));
        assertThat(limited).isInstanceOf(StripeRateLimitExceededException.class);
        ErrorResponse response = limited.response().orElseThrow();
        assertThat(response.requestId()).hasValue("req_9Lm1");
        assertThat(response.retryable()).hasValue(false);
        assertThat(Codecs.STRIPE.retryable(limited)).isFalse();
        assertThat(Codecs.STRIPE.retryAfter(limited)).hasValue(Duration.ofSeconds(3));
    }

    private <X extends RuntimeException> void roundTripAll(ErrorCodec<X> codec, List<X> errors) throws Exception {
        for (X sent : errors) {
            for (X received : List.of(viaBody(codec, sent), viaProblem(codec, sent), viaBodyAsync(codec, sent))) {
                String label = codec.catalogName() + " " + codec.error(sent).codeString();
                assertWithMessage(label).that(received.getClass()).isEqualTo(sent.getClass());
                assertWithMessage(label).that(codec.error(received)).isEqualTo(codec.error(sent));
                assertWithMessage(label).that(received.getMessage()).isEqualTo(sent.getMessage());
                assertWithMessage(label).that(codec.toBody(received)).isEqualTo(codec.toBody(sent));
                assertWithMessage(label).that(codec.httpStatus(received)).isEqualTo(codec.httpStatus(sent));
            }
        }
    }

    private static <X extends RuntimeException> X failure(ErrorCodec<X> codec, Reply reply) {
        URI uri = vendor.serve(reply);
        return assertThrows(codec.exceptionType(), () -> ErrataHttp.send(client,
                HttpRequest.newBuilder(uri).build(), codec, BodyHandlers.ofString()));
    }

    private static <X extends RuntimeException> X viaBody(ErrorCodec<X> codec, X sent) {
        return failure(codec, Reply.json(codec.httpStatus(sent), codec.toBody(sent)));
    }

    private static <X extends RuntimeException> X viaProblem(ErrorCodec<X> codec, X sent) {
        return failure(codec, Reply.of(problemStatus(codec, sent), "application/problem+json",
                codec.toProblemJson(sent, null)));
    }

    /** A problem document is an error's: sent at an error status even for an error the vendor sends inside 200. */
    private static <X extends RuntimeException> int problemStatus(ErrorCodec<X> codec, X sent) {
        int status = codec.httpStatus(sent);
        return status >= 400 ? status : 500;
    }

    private static <X extends RuntimeException> X viaBodyAsync(ErrorCodec<X> codec, X sent) throws Exception {
        URI uri = vendor.serve(Reply.json(codec.httpStatus(sent), codec.toBody(sent)));
        ExecutionException e = assertThrows(ExecutionException.class, () -> ErrataHttp.sendAsync(client,
                HttpRequest.newBuilder(uri).build(), codec, BodyHandlers.ofString()).get(20, TimeUnit.SECONDS));
        return codec.exceptionType().cast(e.getCause());
    }
}
