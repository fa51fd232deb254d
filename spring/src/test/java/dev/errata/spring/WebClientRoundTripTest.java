package dev.errata.spring;

import dev.errata.ErrorCodec;
import dev.errata.spring.client.ErrataWebClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

/** The round trips through Spring's {@code WebClient} (Reactor Netty) with {@link ErrataWebClient#errors}. */
class WebClientRoundTripTest extends ClientRoundTrip {

    @Override
    Map<String, Object> call(ErrorCodec<?> codec, HttpMethod method, String path, String accept) {
        WebClient client = WebClient.builder().baseUrl(baseUrl()).filter(ErrataWebClient.errors(codec)).build();
        return client.method(method).uri(path)
                .headers(headers -> {
                    if (accept != null) {
                        headers.set(HttpHeaders.ACCEPT, accept);
                    }
                })
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {})
                .block(Duration.ofSeconds(30));
    }
}
