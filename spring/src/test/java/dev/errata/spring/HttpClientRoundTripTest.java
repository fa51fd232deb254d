package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.ErrorCodec;
import dev.errata.httpclient.ErrataHttp;
import dev.errata.spring.app.TestServer;
import dev.errata.spring.stripe.StripeResourceMissingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The round trips through the JDK's {@code java.net.http.HttpClient} with {@link ErrataHttp#send} (and so
 * {@code ErrataBodyHandlers}), which throws the catalog's exception itself rather than the client's
 * {@code IOException} around it.
 */
class HttpClientRoundTripTest extends ClientRoundTrip {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    Map<String, Object> call(ErrorCodec<?> codec, HttpMethod method, String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method.name(), HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header(HttpHeaders.ACCEPT, accept);
        }
        try {
            HttpResponse<byte[]> response =
                    ErrataHttp.send(CLIENT, request.build(), codec, HttpResponse.BodyHandlers.ofByteArray());
            return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sendAsyncFailsWithTheCatalogsExceptionItself() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/stripe/customers/cus_9")).build();
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> ErrataHttp.sendAsync(CLIENT, request, TestCodecs.STRIPE, HttpResponse.BodyHandlers.ofString())
                        .get(30, TimeUnit.SECONDS));
        assertThat(failed).hasCauseThat().isInstanceOf(StripeResourceMissingException.class);
        StripeResourceMissingException e = (StripeResourceMissingException) failed.getCause();
        assertThat(e.id()).isEqualTo("cus_9");
        assertThat(e.response().orElseThrow().requestId()).hasValue(TestServer.REQUEST_ID);
    }
}
