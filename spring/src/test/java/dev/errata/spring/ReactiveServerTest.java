package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.spring.client.ErrataWebClient;
import dev.errata.spring.oma.OmaTryAgainLaterException;
import dev.errata.spring.reactiveapp.ReactiveTestServer;
import dev.errata.spring.stripe.StripeResourceMissingException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Round trips through a Spring WebFlux server (Reactor Netty on 127.0.0.1) and {@code WebClient}. */
@SpringBootTest(classes = ReactiveTestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.main.web-application-type=reactive"})
class ReactiveServerTest {

    @LocalServerPort
    int port;

    private Map<String, Object> call(ErrorCodec<?> codec, String path, String accept) {
        return WebClient.builder().baseUrl("http://127.0.0.1:" + port).filter(ErrataWebClient.errors(codec)).build()
                .get().uri(path)
                .headers(headers -> {
                    if (accept != null) {
                        headers.set(HttpHeaders.ACCEPT, accept);
                    }
                })
                .retrieve().bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {})
                .block(Duration.ofSeconds(30));
    }

    @Test
    void aCatalogsExceptionCrossesTheWireAsTheVendorsBodyOrAProblem() {
        for (String accept : new String[] {null, "application/problem+json"}) {
            StripeResourceMissingException e = assertThrows(StripeResourceMissingException.class,
                    () -> call(TestCodecs.STRIPE, "/stripe/customers/cus_9", accept));
            assertThat(e.getMessage()).isEqualTo("No such customer: 'cus_9'");
            assertThat(e.param()).hasValue("id");
            assertThat(e.response().orElseThrow().httpStatus()).hasValue(404);
        }
        StripeResourceMissingException problem = assertThrows(StripeResourceMissingException.class,
                () -> call(TestCodecs.STRIPE, "/stripe/customers/cus_9", "application/problem+json"));
        assertThat(problem.response().orElseThrow().instance()).hasValue("/stripe/customers/cus_9");
    }

    @Test
    void anErrorInside200KeepsTheHeadersTheHandlerSet() {
        OmaTryAgainLaterException e = assertThrows(OmaTryAgainLaterException.class,
                () -> call(TestCodecs.OMA, "/oma/busy", null));
        assertThat(e.response().orElseThrow().httpStatus()).hasValue(200);
        assertThat(e.response().orElseThrow().retryAfter()).hasValue(Duration.ofSeconds(30));
    }

    @Test
    void anExceptionOfNoCatalogIsLeftToSpring() {
        ResponseEntity<String> response = WebClient.create("http://127.0.0.1:" + port).get().uri("/other/boom")
                .retrieve().onStatus(status -> true, ignored -> Mono.empty())
                .toEntity(String.class).block(Duration.ofSeconds(30));
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody()).contains("\"path\":\"/other/boom\""); // Boot's error body
    }
}
