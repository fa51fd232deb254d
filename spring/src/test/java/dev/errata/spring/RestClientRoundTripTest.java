package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.spring.app.TestServer;
import dev.errata.spring.client.ErrataRestClient;
import dev.errata.spring.oma.OmaInvalidCredentialsException;
import dev.errata.spring.stripe.StripeResourceMissingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/** The round trips through Spring's {@code RestClient} with {@link ErrataRestClient#errors}. */
class RestClientRoundTripTest extends ClientRoundTrip {

    @Override
    Map<String, Object> call(ErrorCodec<?> codec, HttpMethod method, String path, String accept) {
        RestClient client = RestClient.builder().baseUrl(baseUrl()).apply(ErrataRestClient.errors(codec)).build();
        return client.method(method).uri(path)
                .headers(headers -> {
                    if (accept != null) {
                        headers.set(HttpHeaders.ACCEPT, accept);
                    }
                })
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {});
    }

    @Test
    void theSuccessReaderCatchesErrorsInside200ForExchangeToo() {
        RestClient client = RestClient.builder().baseUrl(baseUrl()).apply(ErrataRestClient.errors(TestCodecs.OMA))
                .build();
        assertThrows(OmaInvalidCredentialsException.class, () -> client.post().uri("/oma/authenticate")
                .exchange((request, response) -> response.getStatusCode()));
    }

    @Test
    void restTemplateTakesTheStatusHandlerAndTheSuccessReader() {
        RestTemplate stripe = new RestTemplate();
        stripe.setErrorHandler(ErrataRestClient.statusHandler(TestCodecs.STRIPE));
        StripeResourceMissingException missing = assertThrows(StripeResourceMissingException.class,
                () -> stripe.getForObject(baseUrl() + "/stripe/customers/cus_1", String.class));
        assertThat(missing.response().orElseThrow().requestId()).hasValue(TestServer.REQUEST_ID);

        RestTemplate oma = new RestTemplate();
        oma.setErrorHandler(ErrataRestClient.statusHandler(TestCodecs.OMA));
        oma.setInterceptors(List.of(ErrataRestClient.successReader(TestCodecs.OMA)));
        assertThrows(OmaInvalidCredentialsException.class,
                () -> oma.postForObject(baseUrl() + "/oma/authenticate", null, String.class));
        assertThat(oma.getForObject(baseUrl() + "/oma/user", String.class)).contains("joe@example.com");
    }
}
