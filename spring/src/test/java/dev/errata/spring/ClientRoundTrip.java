package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import dev.errata.spring.app.TestServer;
import dev.errata.spring.app.VendorFake;
import dev.errata.spring.oma.OmaException;
import dev.errata.spring.oma.OmaInternalServerErrorException;
import dev.errata.spring.oma.OmaInvalidCredentialsException;
import dev.errata.spring.oma.OmaTryAgainLaterException;
import dev.errata.spring.openx.OpenxException;
import dev.errata.spring.openx.OpenxObjectValidationException;
import dev.errata.spring.openx.OpenxRequireException;
import dev.errata.spring.openx.OpenxTooManyRequestsException;
import dev.errata.spring.openx.OpenxTypeException;
import dev.errata.spring.stripe.StripeCardDeclinedException;
import dev.errata.spring.stripe.StripeRateLimitExceededException;
import dev.errata.spring.stripe.StripeResourceMissingException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Round trips through a real server: {@link TestServer} on embedded Tomcat at 127.0.0.1 throws the catalogs'
 * exceptions, Errata's resolver renders them, and an HTTP client with Errata's adapter for it (Spring's RestClient
 * and WebClient, OpenFeign, the JDK's HttpClient) turns each response back into the same exception. Each subclass
 * is one client; the scenarios are the same.
 */
@SpringBootTest(classes = TestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.messages.basename=errata-test-messages"})
abstract class ClientRoundTrip {

    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Calls the test server through the client with Errata's adapter for {@code codec}, reading a JSON object.
     *
     * @param accept the Accept header, or null for the client's own
     */
    abstract Map<String, Object> call(ErrorCodec<?> codec, HttpMethod method, String path, String accept);

    // ---- OMA: errors inside 200 ------------------------------------------------------------------------------

    @Test
    void omaErrorInside200IsThrownAsItsException() {
        OmaInvalidCredentialsException e = assertThrows(OmaInvalidCredentialsException.class,
                () -> call(TestCodecs.OMA, HttpMethod.POST, "/oma/authenticate", null));
        assertThat(e.getMessage()).isEqualTo("Invalid credentials supplied in request.");
        assertThat(e.error().codeString()).isEqualTo("1");
        assertThat(e.response().orElseThrow().httpStatus()).hasValue(200);
    }

    @Test
    void omaSuccessIsReadAsUsualAfterTheAdapterReadIt() {
        Map<String, Object> user = call(TestCodecs.OMA, HttpMethod.GET, "/oma/user", null);
        assertThat(user).containsEntry("success", true);
        assertThat(user.get("attributes")).isEqualTo(Map.of("account", "joe@example.com", "type", "mailbox"));
    }

    @Test
    void omaRetryAfterCrossesTheWire() {
        OmaTryAgainLaterException e = assertThrows(OmaTryAgainLaterException.class,
                () -> call(TestCodecs.OMA, HttpMethod.GET, "/oma/busy", null));
        assertThat(e.retryable()).isTrue();
        assertThat(e.response().orElseThrow().retryAfter()).hasValue(Duration.ofSeconds(30));
        assertThat(TestCodecs.OMA.retryAfter(e)).hasValue(Duration.ofSeconds(30));
    }

    @Test
    void aProxysHtml502PageBecomesTheCatalogsFallbackWithTheStatusAndTheBody() {
        OmaException e = assertThrows(OmaException.class,
                () -> call(TestCodecs.OMA, HttpMethod.GET, "/oma/bad-gateway", null));
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.httpStatus()).hasValue(502);
        assertThat(response.bodyExcerpt()).contains("<h1>502 Bad Gateway</h1>");
        assertThat(e.error().known()).isFalse();
    }

    @Test
    void anEmpty500IsTheCatalogsHttpLevelOutcome() {
        OmaInternalServerErrorException e = assertThrows(OmaInternalServerErrorException.class,
                () -> call(TestCodecs.OMA, HttpMethod.GET, "/oma/empty-500", null));
        assertThat(e.response().orElseThrow().httpStatus()).hasValue(500);
    }

    @Test
    void aBodyPastTheDecodersLimitIsReadNoFurtherAndGivesTheCatalogsException() {
        OmaException e = assertThrows(OmaException.class,
                () -> call(TestCodecs.OMA, HttpMethod.GET, "/oma/huge-500", null));
        assertThat(e.response().orElseThrow().httpStatus()).hasValue(500);
        assertThat(e.response().orElseThrow().bodyExcerpt()).startsWith("[[[[");
    }

    // ---- Stripe: nested error object, headers ----------------------------------------------------------------

    @Test
    void stripeErrorKeepsCodeMessageParametersDetailsAndRequestId() {
        StripeResourceMissingException e = assertThrows(StripeResourceMissingException.class,
                () -> call(TestCodecs.STRIPE, HttpMethod.GET, "/stripe/customers/cus_123", null));
        assertThat(e.getMessage()).isEqualTo("No such customer: 'cus_123'");
        assertThat(e.object()).isEqualTo("customer");
        assertThat(e.id()).isEqualTo("cus_123");
        assertThat(e.param()).hasValue("id");
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.httpStatus()).hasValue(404);
        assertThat(response.requestId()).hasValue(TestServer.REQUEST_ID);
    }

    @Test
    void stripeErrorAsProblemJsonKeepsCodeMessageParametersDetailsAndInstance() {
        StripeResourceMissingException e = assertThrows(StripeResourceMissingException.class,
                () -> call(TestCodecs.STRIPE, HttpMethod.GET, "/stripe/customers/cus_123", PROBLEM_JSON));
        assertThat(e.getMessage()).isEqualTo("No such customer: 'cus_123'");
        assertThat(e.parameters()).containsExactly("object", "customer", "id", "cus_123");
        assertThat(e.param()).hasValue("id");
        assertThat(e.response().orElseThrow().instance()).hasValue("/stripe/customers/cus_123");
        // The response's headers reach an exception read from a problem document as from the vendor's body.
        assertThat(e.response().orElseThrow().requestId()).hasValue(TestServer.REQUEST_ID);
    }

    @Test
    void stripeDetailsCrossTheWireBothWays() {
        for (String accept : new String[] {null, PROBLEM_JSON}) {
            StripeCardDeclinedException e = assertThrows(StripeCardDeclinedException.class,
                    () -> call(TestCodecs.STRIPE, HttpMethod.POST, "/stripe/charges", accept));
            assertThat(e.declineCode()).hasValue("insufficient_funds");
            assertThat(e.charge()).hasValue("ch_3MmlLr");
            assertThat(e.paymentMethodId()).hasValue("pm_1Mn");
            assertThat(e.category()).isEqualTo(dev.errata.spring.stripe.StripeError.Category.CARD);
        }
    }

    @Test
    void a429WithRetryAfterAndARetryHeaderIsRetryable() {
        StripeRateLimitExceededException e = assertThrows(StripeRateLimitExceededException.class,
                () -> call(TestCodecs.STRIPE, HttpMethod.GET, "/stripe/rate-limited", null));
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.httpStatus()).hasValue(429);
        assertThat(response.retryAfter()).hasValue(Duration.ofSeconds(7));
        assertThat(response.retryable()).hasValue(true);
        assertThat(TestCodecs.STRIPE.retryable(e)).isTrue();
    }

    @Test
    void aVendorsErrorPassedOnByAServiceKeepsTheVendorsRequestId() {
        StripeResourceMissingException e = assertThrows(StripeResourceMissingException.class,
                () -> call(TestCodecs.STRIPE, HttpMethod.GET, "/proxy/customers/cus_gone", null));
        assertThat(e.getMessage()).isEqualTo("No such customer: 'cus_gone'");
        assertThat(e.docUrl()).hasValue("https://stripe.com/docs/error-codes/resource-missing");
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.httpStatus()).hasValue(404);
        assertThat(response.requestId()).hasValue(VendorFake.REQUEST_ID);
    }

    // ---- OpenX: nested field errors, an empty 429 ------------------------------------------------------------

    @Test
    void openxNestedFieldErrorsCrossTheWireBothWays() {
        for (String accept : new String[] {null, PROBLEM_JSON}) {
            OpenxObjectValidationException e = assertThrows(OpenxObjectValidationException.class,
                    () -> call(TestCodecs.OPENX, HttpMethod.POST, "/openx/orders", accept));
            assertThat(e.getMessage()).isEqualTo("Order is not valid.");
            assertThat(e.uid()).hasValue("2001d9d5-e000-fff1-8123-0c9a66");
            Map<String, OpenxException> fields = e.fieldErrors();
            assertThat(fields.keySet()).containsExactly("name", "start_date").inOrder();
            assertThat(fields.get("name")).isInstanceOf(OpenxRequireException.class);
            assertThat(fields.get("name").getMessage()).isEqualTo("This field is required.");
            assertThat(fields.get("start_date")).isInstanceOf(OpenxTypeException.class);
        }
    }

    @Test
    void anEmpty429IsKnownByItsStatusWithItsRetryAfter() {
        OpenxTooManyRequestsException e = assertThrows(OpenxTooManyRequestsException.class,
                () -> call(TestCodecs.OPENX, HttpMethod.GET, "/openx/busy", null));
        assertThat(e.retryable()).isTrue();
        assertThat(e.response().orElseThrow().retryAfter()).hasValue(Duration.ofSeconds(60));
    }
}
