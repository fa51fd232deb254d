package dev.errata.spring;

import dev.errata.ErrorCodec;
import dev.errata.spring.client.ErrataRestClient;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

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
}
