package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.spring.app.TestServer;
import dev.errata.spring.stripe.StripeCardDeclinedException;
import dev.errata.spring.stripe.StripeResourceMissingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Errata's resolver sends, read with the JDK's client (no Errata on the client side): the status, the
 * vendor's body or the problem document by {@code Accept}, headers, translated problem texts.
 */
@SpringBootTest(classes = TestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.messages.basename=errata-test-messages"})
class ServerRenderingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void withoutAcceptTheVendorsOwnBodyWithTheCatalogsStatus() throws Exception {
        HttpResponse<String> response = get("/stripe/customers/cus_123", null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).startsWith("application/json");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(
                TestCodecs.STRIPE.toBody(new StripeResourceMissingException("customer", "cus_123").withParam("id"))));
        assertThat(response.headers().firstValue("Request-Id")).hasValue(TestServer.REQUEST_ID);
    }

    @Test
    void problemJsonWhenAcceptPrefersIt() throws Exception {
        HttpResponse<String> response = get("/stripe/customers/cus_123", "application/problem+json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).startsWith("application/problem+json");
        StripeResourceMissingException thrown = new StripeResourceMissingException("customer", "cus_123");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo(TestCodecs.STRIPE.problemType(thrown));
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("resource_missing");
        assertThat(problem.path("instance").asText()).isEqualTo("/stripe/customers/cus_123");
    }

    @Test
    void acceptIsNegotiatedByQualityAndWildcardsMeanTheVendorsBody() throws Exception {
        String[][] cases = {
            {"application/problem+json, application/json", "application/problem+json"},
            {"application/json;q=0.9, application/problem+json", "application/problem+json"},
            {"application/json, application/problem+json;q=0.5", "application/json"},
            {"*/*", "application/json"},
            {"application/json, application/*+json", "application/json"},
            {"text/html", "application/json"},
        };
        for (String[] c : cases) {
            assertThat(contentType(get("/stripe/customers/cus_123", c[0]))).startsWith(c[1]);
        }
    }

    @Test
    void problemTitleAndDetailAreTranslatedThroughTheMessageSourceWithSpringsCodes() throws Exception {
        HttpResponse<String> problem = send("POST", "/stripe/charges", "application/problem+json");
        JsonNode document = JSON.readTree(problem.body());
        assertThat(document.path("title").asText()).isEqualTo("Card problem"); // the category's class's message
        assertThat(document.path("detail").asText()).isEqualTo("Declined (card_declined): Your card was declined.");
        assertThat(document.path("type").asText())
                .isEqualTo(TestCodecs.STRIPE.problemType(new StripeCardDeclinedException()));
        assertThat(document.path("decline_code").asText()).isEqualTo("insufficient_funds");

        // The vendor's body is the vendor's: never translated.
        HttpResponse<String> vendor = send("POST", "/stripe/charges", null);
        assertThat(JSON.readTree(vendor.body()).path("error").path("message").asText())
                .isEqualTo("Your card was declined.");
    }

    @Test
    void anExceptionOfNoCatalogIsLeftToSpring() throws Exception {
        HttpResponse<String> response = get("/other/boom", "application/json");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(response.body()).path("path").asText()).isEqualTo("/other/boom"); // Boot's error body
    }

    private HttpResponse<String> send(String method, String path, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
