package dev.errata.feign;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.ErrorKind;
import dev.errata.ErrorResponse;
import dev.errata.feign.VendorFake.Reply;
import dev.errata.feign.oma.OmaError;
import dev.errata.feign.oma.OmaErrors;
import dev.errata.feign.openx.OpenxError;
import dev.errata.feign.openx.OpenxErrors;
import dev.errata.feign.openx.OpenxException;
import dev.errata.feign.osm.OsmError;
import dev.errata.feign.osm.OsmErrors;
import dev.errata.feign.stripe.StripeError;
import dev.errata.feign.stripe.StripeErrors;
import dev.errata.feign.stripe.StripeException;
import dev.errata.feign.stripe.StripeRateLimitExceededException;
import dev.errata.feign.stripe.StripeResourceMissingException;
import dev.errata.feign.wildduck.WildduckError;
import dev.errata.feign.wildduck.WildduckErrors;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Server to client with nothing lost: the vendor fake answers every error of every catalog as the codec renders
 * it ({@code toBody}, and {@code toProblemJson} as {@code application/problem+json}), at the status the codec
 * gives, and the Feign client gets the same class, code and message back, rendering again to the same body (so
 * the same details and parameters): errors inside 200 through the Decoder wrapper, the others through the
 * ErrorDecoder, retryable ones through the Retryer (which gives up at once here, and the catalog's exception is
 * unwrapped).
 */
class RoundTripTest {

    static VendorFake vendor;

    @BeforeAll
    static void start() throws IOException {
        vendor = new VendorFake();
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
            for (X received : List.of(viaBody(codec, sent), viaProblem(codec, sent))) {
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
        return assertThrows(codec.exceptionType(), () -> FeignFixture.api(vendor, codec).call(FeignFixture.n(uri)));
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
}
