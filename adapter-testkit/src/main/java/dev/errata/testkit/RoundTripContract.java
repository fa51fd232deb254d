package dev.errata.testkit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.ErrorKind;
import dev.errata.ErrorResponse;
import dev.errata.testkit.VendorFake.Reply;
import dev.errata.testkit.oma.OmaError;
import dev.errata.testkit.oma.OmaErrors;
import dev.errata.testkit.openx.OpenxError;
import dev.errata.testkit.openx.OpenxErrors;
import dev.errata.testkit.openx.OpenxException;
import dev.errata.testkit.osm.OsmError;
import dev.errata.testkit.osm.OsmErrors;
import dev.errata.testkit.stripe.StripeError;
import dev.errata.testkit.stripe.StripeErrors;
import dev.errata.testkit.stripe.StripeException;
import dev.errata.testkit.stripe.StripeRateLimitExceededException;
import dev.errata.testkit.stripe.StripeResourceMissingException;
import dev.errata.testkit.wildduck.WildduckError;
import dev.errata.testkit.wildduck.WildduckErrors;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Server to client with nothing lost, for any client adapter: the vendor fake answers every error of every
 * catalog as the codec renders it ({@code toBody}, and {@code toProblemJson} as {@code application/problem+json}),
 * at the status the codec gives, and the adapter gives back the same class, code and message, which render again
 * to the same body (so the same details and parameters); Stripe's request id and retryable header, and OpenX's
 * nested errors, through the adapter too.
 */
public abstract class RoundTripContract {

    private static VendorFake vendor;

    @BeforeAll
    static void startVendor() throws IOException {
        vendor = new VendorFake();
    }

    @AfterAll
    static void stopVendor() {
        vendor.close();
    }

    /** The fake the adapter calls. */
    protected static VendorFake vendor() {
        return vendor;
    }

    /**
     * Has the adapter call the fake once, answered with {@code reply}, and returns the catalog's exception it
     * gives the caller (failing if it gives anything else).
     */
    protected abstract <X extends RuntimeException> X failure(ErrorCodec<X> codec, Reply reply) throws Exception;

    /** The same by another way of calling (asynchronously), if the adapter has one. */
    protected <X extends RuntimeException> Optional<X> otherFailure(ErrorCodec<X> codec, Reply reply)
            throws Exception {
        return Optional.empty();
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
            List<X> received = new ArrayList<>(List.of(viaBody(codec, sent), viaProblem(codec, sent)));
            otherFailure(codec, bodyOf(codec, sent)).ifPresent(received::add);
            for (X back : received) {
                String label = codec.catalogName() + " " + codec.error(sent).codeString();
                assertWithMessage(label).that(back.getClass()).isEqualTo(sent.getClass());
                assertWithMessage(label).that(codec.error(back)).isEqualTo(codec.error(sent));
                assertWithMessage(label).that(back.getMessage()).isEqualTo(sent.getMessage());
                assertWithMessage(label).that(codec.toBody(back)).isEqualTo(codec.toBody(sent));
                assertWithMessage(label).that(codec.httpStatus(back)).isEqualTo(codec.httpStatus(sent));
            }
        }
    }

    private static <X extends RuntimeException> Reply bodyOf(ErrorCodec<X> codec, X sent) {
        return Reply.json(codec.httpStatus(sent), codec.toBody(sent));
    }

    private <X extends RuntimeException> X viaBody(ErrorCodec<X> codec, X sent) throws Exception {
        return failure(codec, bodyOf(codec, sent));
    }

    /** A problem document is an error's: sent at an error status even for an error the vendor sends inside 200. */
    private <X extends RuntimeException> X viaProblem(ErrorCodec<X> codec, X sent) throws Exception {
        int status = codec.httpStatus(sent);
        return failure(codec, Reply.of(status >= 400 ? status : 500, "application/problem+json",
                codec.toProblemJson(sent, null)));
    }
}
