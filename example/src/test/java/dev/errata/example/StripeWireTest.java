package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogError;
import dev.errata.ErrorResponse;
import dev.errata.example.stripe.StripeCardDeclinedException;
import dev.errata.example.stripe.StripeCardException;
import dev.errata.example.stripe.StripeConflictException;
import dev.errata.example.stripe.StripeError;
import dev.errata.example.stripe.StripeErrors;
import dev.errata.example.stripe.StripeException;
import dev.errata.example.stripe.StripeForbiddenException;
import dev.errata.example.stripe.StripeNotFoundException;
import dev.errata.example.stripe.StripeTooManyRequestsException;
import dev.errata.example.stripe.StripeUnauthorizedException;
import dev.errata.example.stripe.StripeUnknownException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Stripe on the wire, from its API reference ("Errors"): every error is {@code {"error": {...}}}, the error object
 * holding {@code type} (the category), {@code code}, {@code message}, and details such as {@code decline_code},
 * {@code param}, {@code charge} and {@code doc_url}; the status says what kind of failure it is (402 for card
 * errors, 400 for invalid requests, 401, 403, 404, 409, 429, 5xx).
 */
class StripeWireTest extends WireContract<StripeError, StripeException> {

    @Override
    StripeError[] constants() {
        return StripeError.values();
    }

    @Override
    StripeException exceptionFor(String code, String message) {
        return StripeErrors.exceptionFor(code, message);
    }

    @Override
    Optional<StripeException> decode(int status, String body) {
        return StripeErrors.decode(status, body);
    }

    @Override
    Optional<StripeException> decode(int status, byte[] body) {
        return StripeErrors.decode(status, body);
    }

    @Override
    Optional<StripeException> decode(int status, InputStream body) {
        return StripeErrors.decode(status, body);
    }

    @Override
    void throwIfError(int status, String body) {
        StripeErrors.throwIfError(status, body);
    }

    @Override
    void throwIfError(int status, byte[] body) {
        StripeErrors.throwIfError(status, body);
    }

    @Override
    void throwIfError(int status, InputStream body) {
        StripeErrors.throwIfError(status, body);
    }

    @Override
    String toBody(StripeException error) {
        return StripeErrors.toBody(error);
    }

    @Override
    String toProblemJson(StripeException error) {
        return StripeErrors.toProblemJson(error);
    }

    @Override
    Optional<StripeException> fromProblemJson(String problem) {
        return StripeErrors.fromProblemJson(problem);
    }

    @Override
    Optional<StripeException> fromProblemJson(byte[] problem) {
        return StripeErrors.fromProblemJson(problem);
    }

    @Override
    Optional<ErrorResponse> response(StripeException error) {
        return error.response();
    }

    @Override
    CatalogError errorOf(StripeException error) {
        return error.error();
    }

    @Override
    Class<StripeException> baseClass() {
        return StripeException.class;
    }

    @Override
    Class<StripeUnknownException> unknownClass() {
        return StripeUnknownException.class;
    }

    @Override
    boolean errorsInSuccess() {
        return false;
    }

    @Override
    Map<Integer, Class<? extends StripeException>> outcomesByStatus() {
        return Map.of(401, StripeUnauthorizedException.class, 403, StripeForbiddenException.class,
                404, StripeNotFoundException.class, 409, StripeConflictException.class,
                429, StripeTooManyRequestsException.class);
    }

    @Override
    List<Integer> errorStatuses() {
        return List.of(400, 401, 402, 403, 404, 409, 429, 500);
    }

    @Override
    String codeMember() {
        return "code";
    }

    @Override
    String messageMember() {
        return "message";
    }

    @Override
    String errorBody(String members) {
        return "{\"error\": {" + members + "}}";
    }

    @Override
    String unlistedCodeJson() {
        return "\"card_velocity_exceeded\"";
    }

    @Override
    String unlistedCode() {
        return "card_velocity_exceeded";
    }

    @Override
    String successBody() {
        return """
                {"id": "ch_3MmlLrLkdIwHu7ix0snN0B15", "object": "charge", "amount": 1099, "currency": "usd",
                 "paid": true, "status": "succeeded"}""";
    }

    @Override
    List<StripeException> httpLevelOutcomes() {
        return List.of(new StripeUnauthorizedException("Invalid API Key provided: sk_test_****1234"),
                new StripeForbiddenException(), new StripeNotFoundException("Unrecognized request URL (GET: /v1/chargez)."),
                new StripeConflictException(), new StripeTooManyRequestsException());
    }

    /** Every typed detail, one of them nested in an object of the error object. */
    @Override
    StripeException withDetails(StripeException error) {
        Map<String, Object> paymentIntent = new LinkedHashMap<>();
        paymentIntent.put("id", "pi_3MtwBwLkdIwHu7ix28a3tqPa");
        paymentIntent.put("amount", new BigDecimal("2000"));
        paymentIntent.put("status", "requires_payment_method");
        return error.withDeclineCode("insufficient_funds")
                .withCharge("ch_3MmlLrLkdIwHu7ix0snN0B15")
                .withDocUrl("https://stripe.com/docs/error-codes/card-declined")
                .withRequestLogUrl("https://dashboard.stripe.com/test/logs/req_xyz")
                .withPaymentIntent(paymentIntent)
                .withPaymentMethodId("pm_1MtwBwLkdIwHu7ixM5gdmAbc");
    }

    @Override
    Map<String, Object> typedDetails(StripeException error) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decline_code", error.declineCode());
        details.put("charge", error.charge());
        details.put("doc_url", error.docUrl());
        details.put("request_log_url", error.requestLogUrl());
        details.put("payment_intent", error.paymentIntent());
        details.put("payment_method.id", error.paymentMethodId());
        return details;
    }

    // ---- Realistic bodies, written from the reference -------------------------------------------------------

    static final String CARD_DECLINED = """
            {
              "error": {
                "charge": "ch_3MmlLrLkdIwHu7ix0snN0B15",
                "code": "card_declined",
                "decline_code": "insufficient_funds",
                "doc_url": "https://stripe.com/docs/error-codes/card-declined",
                "message": "Your card has insufficient funds.",
                "payment_method": {
                  "id": "pm_1MtwBwLkdIwHu7ixM5gdmAbc",
                  "object": "payment_method",
                  "card": {"brand": "visa", "last4": "9995"},
                  "type": "card"
                },
                "request_log_url": "https://dashboard.stripe.com/test/logs/req_1MmlLrLkdIwHu7ix?t=1679000000",
                "type": "card_error"
              }
            }
            """;

    @Test
    void theDetailsAreReadInsideTheErrorObjectAtAnyDepth() {
        StripeException e = StripeErrors.decode(402, CARD_DECLINED).orElseThrow();
        assertThat(e).isInstanceOf(StripeCardDeclinedException.class);
        assertThat(e).isInstanceOf(StripeCardException.class);
        assertThat(e.getMessage()).isEqualTo("Your card has insufficient funds.");
        assertThat(e.declineCode()).hasValue("insufficient_funds");
        assertThat(e.charge()).hasValue("ch_3MmlLrLkdIwHu7ix0snN0B15");
        assertThat(e.docUrl()).hasValue("https://stripe.com/docs/error-codes/card-declined");
        assertThat(e.paymentMethodId()).hasValue("pm_1MtwBwLkdIwHu7ixM5gdmAbc");
        assertThat(e.paymentIntent()).isEmpty();
        assertThat(e.response().orElseThrow().details())
                .containsExactly("decline_code", "insufficient_funds", "charge", "ch_3MmlLrLkdIwHu7ix0snN0B15",
                        "doc_url", "https://stripe.com/docs/error-codes/card-declined", "request_log_url",
                        "https://dashboard.stripe.com/test/logs/req_1MmlLrLkdIwHu7ix?t=1679000000",
                        "payment_method.id", "pm_1MtwBwLkdIwHu7ixM5gdmAbc").inOrder();
    }

    @Test
    void toBodyWritesTheDetailsWhereTheDecoderReadsThem() {
        StripeException sent = withDetails(StripeErrors.exceptionFor("card_declined", "Your card was declined."));
        assertThat(StripeErrors.toBody(sent)).isEqualTo("{\"error\":{\"code\":\"card_declined\",\"message\":"
                + "\"Your card was declined.\",\"decline_code\":\"insufficient_funds\",\"charge\":"
                + "\"ch_3MmlLrLkdIwHu7ix0snN0B15\",\"doc_url\":\"https://stripe.com/docs/error-codes/card-declined\","
                + "\"request_log_url\":\"https://dashboard.stripe.com/test/logs/req_xyz\",\"payment_intent\":"
                + "{\"id\":\"pi_3MtwBwLkdIwHu7ix28a3tqPa\",\"amount\":2000,\"status\":\"requires_payment_method\"},"
                + "\"payment_method\":{\"id\":\"pm_1MtwBwLkdIwHu7ixM5gdmAbc\"}}}");
    }

    @Test
    void membersBesideTheErrorObjectAreNotItsDetails() {
        StripeException e = StripeErrors.decode(402, """
                {"decline_code": "beside", "error": {"code": "card_declined", "message": "Your card was declined."}}""")
                .orElseThrow();
        assertThat(e.declineCode()).isEmpty();
    }
}
