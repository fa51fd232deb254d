package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.ErrorCodec;
import dev.errata.example.stripe.StripeApiException;
import dev.errata.example.stripe.StripeAuthenticationException;
import dev.errata.example.stripe.StripeCardDeclinedException;
import dev.errata.example.stripe.StripeCardException;
import dev.errata.example.stripe.StripeConflictException;
import dev.errata.example.stripe.StripeError;
import dev.errata.example.stripe.StripeErrors;
import dev.errata.example.stripe.StripeException;
import dev.errata.example.stripe.StripeExpiredCardException;
import dev.errata.example.stripe.StripeForbiddenException;
import dev.errata.example.stripe.StripeIdempotencyException;
import dev.errata.example.stripe.StripeIncorrectCvcException;
import dev.errata.example.stripe.StripeInvalidRequestException;
import dev.errata.example.stripe.StripeNotFoundException;
import dev.errata.example.stripe.StripeParameterMissingException;
import dev.errata.example.stripe.StripeProcessingErrorException;
import dev.errata.example.stripe.StripeResourceMissingException;
import dev.errata.example.stripe.StripeTooManyRequestsException;
import dev.errata.example.stripe.StripeUnauthorizedException;
import dev.errata.example.stripe.StripeUnknownException;
import dev.errata.example.stripe.StripeUnlistedApiException;
import dev.errata.example.stripe.StripeUnlistedAuthenticationException;
import dev.errata.example.stripe.StripeUnlistedCardException;
import dev.errata.example.stripe.StripeUnlistedIdempotencyException;
import dev.errata.example.stripe.StripeUnlistedInvalidRequestException;
import dev.errata.example.stripe.StripeUnlistedPermissionException;
import dev.errata.example.stripe.StripeUnlistedRateLimitException;
import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    ErrorCodec<StripeException> codec() {
        return StripeErrors.codec();
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
    Map<Integer, Class<? extends StripeException>> unlistedByStatus() {
        return Map.of(400, StripeUnlistedInvalidRequestException.class, 401, StripeUnlistedAuthenticationException.class,
                402, StripeUnlistedCardException.class, 403, StripeUnlistedPermissionException.class,
                404, StripeUnlistedInvalidRequestException.class, 409, StripeUnlistedIdempotencyException.class,
                429, StripeUnlistedRateLimitException.class, 500, StripeUnlistedApiException.class);
    }

    @Override
    Map<StripeException, Integer> unlistedInCategories() {
        Map<StripeException, Integer> unlisted = new LinkedHashMap<>();
        for (StripeError.Category category : StripeError.Category.values()) {
            // Sent at the category's own status, which names it where the type does not (authentication).
            int status = category.httpStatus().orElse(400);
            unlisted.put(StripeErrors.exceptionFor(category, "new_" + category.id().replace('-', '_'), "a new code"), status);
            // Without a code, a status the catalog documents (401) is that outcome: only the type tells then.
            if (List.of("api", "card", "idempotency", "invalid-request").contains(category.id())) {
                unlisted.put(StripeErrors.exceptionFor(category, null, "no code at all"), status);
            }
        }
        return unlisted;
    }

    @Override
    String requestIdHeader() {
        return "Request-Id";
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
                .withParam(error.param().orElse("source"))
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
        details.put("param", error.param());
        details.put("charge", error.charge());
        details.put("doc_url", error.docUrl());
        details.put("request_log_url", error.requestLogUrl());
        details.put("payment_intent", error.paymentIntent());
        details.put("payment_method.id", error.paymentMethodId());
        return details;
    }

    // ---- Realistic bodies, written from the reference -------------------------------------------------------

    @Test
    void aNewCardCodeIsStillACardError() {
        StripeException e = StripeErrors.decode(402, """
                {"error": {"code": "card_velocity_exceeded", "decline_code": "card_velocity_exceeded",
                 "message": "Your card was declined for making repeated attempts too frequently or exceeding its amount limit.",
                 "type": "card_error", "charge": "ch_1"}}""").orElseThrow();
        assertThat(e).isInstanceOf(StripeUnlistedCardException.class);
        assertThat(e).isInstanceOf(StripeCardException.class);
        assertThat(((StripeCardException) e).category()).isEqualTo(StripeError.Category.CARD);
        assertThat(e.codeString()).isEqualTo("card_velocity_exceeded");
        assertThat(e.error().known()).isFalse();
        assertThat(e.error().categoryId()).hasValue("card");
        assertThat(e.declineCode()).hasValue("card_velocity_exceeded");
        assertThat(e.charge()).hasValue("ch_1");
        assertThat(e.response().orElseThrow().rawCode()).hasValue("card_velocity_exceeded");
    }

    @Test
    void theTypeNamesTheCategoryWhateverTheStatus() {
        // An idempotency error has a type and no code, and comes with 400: the status's category is another.
        StripeException e = StripeErrors.decode(400, """
                {"error": {"message": "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'k1' if you meant to execute a different request.",
                 "type": "idempotency_error"}}""").orElseThrow();
        assertThat(e).isInstanceOf(StripeUnlistedIdempotencyException.class);
        assertThat(e).isInstanceOf(StripeIdempotencyException.class);
        assertThat(e.codeString()).isEmpty();
        assertThat(e.response().orElseThrow().rawCode()).isEmpty();
        // api_error, a 500 with a type only.
        assertThat(StripeErrors.decode(500, "{\"error\": {\"type\": \"api_error\", \"message\": \"An unknown error occurred\"}}")
                .orElseThrow()).isInstanceOf(StripeUnlistedApiException.class);
        // A listed code keeps its own class, whatever the type says.
        assertThat(StripeErrors.decode(402, "{\"error\": {\"code\": \"expired_card\", \"type\": \"invalid_request_error\"}}")
                .orElseThrow()).isInstanceOf(StripeExpiredCardException.class);
        // A type the catalog does not map: the status decides.
        assertThat(StripeErrors.decode(400, "{\"error\": {\"code\": \"brand_new\", \"type\": \"brand_new_error\"}}")
                .orElseThrow()).isInstanceOf(StripeUnlistedInvalidRequestException.class);
        // A status documented as an outcome wins over the type for a body without a code, as Stripe's libraries do.
        StripeException unauthorized = StripeErrors.decode(401, """
                {"error": {"message": "Invalid API Key provided: sk_test_********************1234",
                 "type": "invalid_request_error"}}""").orElseThrow();
        assertThat(unauthorized).isInstanceOf(StripeUnauthorizedException.class);
        assertThat(unauthorized).isInstanceOf(StripeAuthenticationException.class);
    }

    @Test
    void anUnlistedCodeWithTheStatusOfACategoryIsCaughtAsThatCategory() {
        StripeException e = StripeErrors.decode(400, """
                {"error": {"code": "parameter_invalid_string_blank", "message": "Blank values are not allowed.",
                 "param": "description"}}""").orElseThrow();
        StripeInvalidRequestException caught = org.junit.jupiter.api.Assertions.assertThrows(
                StripeInvalidRequestException.class, () -> {
                    throw e;
                });
        assertThat(caught.category()).isEqualTo(StripeError.Category.INVALID_REQUEST);
        // A status no category has alone, with no type: the catalog's fallback.
        assertThat(StripeErrors.decode(503, "{\"error\": {\"code\": \"brand_new\"}}").orElseThrow())
                .isInstanceOf(StripeUnknownException.class);
    }

    @Test
    void theHierarchyStaysSealedWithTheUnlistedClassInsideEachCategory() {
        assertThat(StripeCardException.class.isSealed()).isTrue();
        assertThat(StripeCardException.class.getPermittedSubclasses()).asList().containsExactly(
                StripeCardDeclinedException.class, StripeExpiredCardException.class, StripeIncorrectCvcException.class,
                StripeProcessingErrorException.class, StripeUnlistedCardException.class);
        // A category without codes of its own (api_error) is sealed over its unlisted class alone.
        assertThat(StripeApiException.class.getPermittedSubclasses()).asList()
                .containsExactly(StripeUnlistedApiException.class);
        assertThat(java.lang.reflect.Modifier.isFinal(StripeUnlistedApiException.class.getModifiers())).isTrue();
        assertThat(StripeException.class.getPermittedSubclasses()).asList().doesNotContain(StripeUnlistedCardException.class);
    }

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
                + "\"Your card was declined.\",\"type\":\"card_error\",\"decline_code\":\"insufficient_funds\",\"param\":"
                + "\"source\",\"charge\":"
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

    @Test
    void stripeShouldRetryOverridesWhatTheCatalogSays() {
        String lock = "{\"error\": {\"code\": \"lock_timeout\", \"message\": \"This object cannot be accessed right now"
                + " because another API request or Stripe process is currently accessing it.\", \"type\":"
                + " \"invalid_request_error\"}}";
        assertThat(StripeErrors.decode(429, lock).orElseThrow().retryable()).isTrue();
        Map<String, List<String>> headers = Map.of("request-id", List.of("req_lock"), "stripe-should-retry",
                List.of("false"), "Idempotent-Replayed", List.of("false"));
        StripeException e = StripeErrors.decode(429, headers, lock).orElseThrow();
        assertThat(e.error().retryable()).isTrue();
        assertThat(e.retryable()).isFalse();
        assertThat(e.response().orElseThrow().requestId()).hasValue("req_lock");
        assertThat(e.response().orElseThrow().headers()).containsExactly("Request-Id", List.of("req_lock"),
                "Stripe-Should-Retry", List.of("false"), "Idempotent-Replayed", List.of("false")).inOrder();

        StripeException declined = StripeErrors.decode(402, Map.of("Stripe-Should-Retry", List.of("true")), CARD_DECLINED)
                .orElseThrow();
        assertThat(declined.error().retryable()).isFalse();
        assertThat(declined.retryable()).isTrue();
        // What is neither true nor false says nothing.
        assertThat(StripeErrors.decode(402, Map.of("Stripe-Should-Retry", List.of("yes")), CARD_DECLINED)
                .orElseThrow().retryable()).isFalse();
    }

    @Test
    void java11sHttpHeadersWork() {
        HttpHeaders headers = HttpHeaders.of(Map.of("Request-Id", List.of("req_java"), "Retry-After", List.of("3")),
                (name, value) -> true);
        StripeException e = StripeErrors.decode(402, headers, CARD_DECLINED.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow();
        assertThat(e.response().orElseThrow().requestId()).hasValue("req_java");
        assertThat(e.response().orElseThrow().retryAfter()).hasValue(java.time.Duration.ofSeconds(3));
        StripeCardDeclinedException thrown = org.junit.jupiter.api.Assertions.assertThrows(
                StripeCardDeclinedException.class, () -> StripeErrors.throwIfError(402, headers, CARD_DECLINED));
        assertThat(thrown.response().orElseThrow().requestId()).hasValue("req_java");
    }

    // ---- Typed parameters and problem+json ------------------------------------------------------------------

    @Test
    void typedParametersAreReadBackFromAReceivedMessage() {
        StripeException e = StripeErrors.decode(404, """
                {"error": {"code": "resource_missing", "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
                 "message": "No such customer: 'cus_123'", "param": "id", "type": "invalid_request_error"}}""")
                .orElseThrow();
        StripeResourceMissingException missing = (StripeResourceMissingException) e;
        assertThat(missing.object()).isEqualTo("customer");
        assertThat(missing.id()).isEqualTo("cus_123");
        assertThat(missing.parameters()).containsExactly("object", "customer", "id", "cus_123").inOrder();
        // A message of another shape: the parameters stay unknown.
        StripeResourceMissingException other = (StripeResourceMissingException) StripeErrors.decode(404,
                "{\"error\": {\"code\": \"resource_missing\", \"message\": \"Customer cus_123 was deleted.\"}}").orElseThrow();
        assertThat(other.object()).isNull();
        assertThat(other.parameters()).isEmpty();
        // Built by its typed constructor, it reads back the same.
        StripeResourceMissingException built = new StripeResourceMissingException("invoice", "in_9");
        assertThat(built.getMessage()).isEqualTo("No such invoice: 'in_9'");
        StripeResourceMissingException back = (StripeResourceMissingException) StripeErrors.decode(404,
                StripeErrors.toBody(built)).orElseThrow();
        assertThat(back.object()).isEqualTo("invoice");
        assertThat(back.id()).isEqualTo("in_9");
        // The catalog's own template, as it stands, carries no values.
        StripeResourceMissingException template = (StripeResourceMissingException) StripeErrors.exceptionFor(
                StripeError.RESOURCE_MISSING, null, null);
        assertThat(template.object()).isNull();
    }

    @Test
    void aParameterBoundToTheParamDetailIsOneValue() {
        StripeException e = StripeErrors.decode(400, """
                {"error": {"code": "parameter_missing", "doc_url": "https://stripe.com/docs/error-codes/parameter-missing",
                 "message": "Missing required param: amount.", "param": "amount", "type": "invalid_request_error"}}""")
                .orElseThrow();
        assertThat(e).isInstanceOf(StripeParameterMissingException.class);
        assertThat(e.param()).hasValue("amount");
        assertThat(e.parameters()).containsExactly("param", "amount");
        // The body's member is the detail; the message only fills it where the body has none.
        assertThat(StripeErrors.decode(400, "{\"error\": {\"code\": \"parameter_missing\", \"message\":"
                + " \"Missing required param: currency.\"}}").orElseThrow().param()).hasValue("currency");
        assertThat(StripeErrors.decode(400, "{\"error\": {\"code\": \"parameter_missing\", \"message\":"
                + " \"Missing required param: currency.\", \"param\": \"payment_method_data[type]\"}}").orElseThrow().param())
                .hasValue("payment_method_data[type]");
        StripeParameterMissingException built = new StripeParameterMissingException("customer");
        assertThat(built.param()).hasValue("customer");
        assertThat(StripeErrors.toBody(built)).contains("\"param\":\"customer\"");
    }

    @Test
    void problemJsonKeepsItsOwnMembersAndCarriesTheRest() {
        StripeException e = StripeErrors.decode(404, Map.of("Request-Id", List.of("req_1")), """
                {"error": {"code": "resource_missing", "message": "No such customer: 'cus_123'", "param": "id",
                 "type": "invalid_request_error"}}""").orElseThrow();
        String problem = StripeErrors.toProblemJson(e, "/v1/customers/cus_123#req_1");
        assertThat(problem).isEqualTo("{\"type\":\"urn:errata:Stripe:resource_missing\",\"title\":\"No such customer:"
                + " 'cus_123'\",\"status\":404,\"detail\":\"No such customer: 'cus_123'\",\"instance\":"
                + "\"/v1/customers/cus_123#req_1\",\"code\":\"resource_missing\",\"retryable\":false,\"category\":"
                + "\"invalid-request\",\"param\":\"id\",\"object\":\"customer\",\"id\":\"cus_123\"}");
        StripeResourceMissingException back = (StripeResourceMissingException) StripeErrors.fromProblemJson(problem)
                .orElseThrow();
        assertThat(back.object()).isEqualTo("customer");
        assertThat(back.id()).isEqualTo("cus_123");
        assertThat(back.param()).hasValue("id");
        assertThat(back.response().orElseThrow().instance()).hasValue("/v1/customers/cus_123#req_1");
        assertThat(back.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(404);
        // Read back from problem+json, it writes the same document again, instance included.
        assertThat(StripeErrors.toProblemJson(back)).isEqualTo(problem);
        // A title is never a template: a message without placeholders is the title as it stands.
        assertThat(StripeErrors.toProblemJson(new StripeCardDeclinedException("Your card has insufficient funds.")))
                .contains("\"title\":\"Your card was declined.\",\"status\":402,\"detail\":\"Your card has insufficient funds.\"");
    }
}
