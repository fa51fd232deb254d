package dev.errata.spring.reactiveapp;

import dev.errata.ErrorCodec;
import dev.errata.spring.TestCodecs;
import dev.errata.spring.oma.OmaException;
import dev.errata.spring.oma.OmaTryAgainLaterException;
import dev.errata.spring.stripe.StripeException;
import dev.errata.spring.stripe.StripeResourceMissingException;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A Spring WebFlux service (Reactor Netty) whose handlers fail with the test catalogs' exceptions. */
@SpringBootApplication
public class ReactiveTestServer {

    @Bean
    ErrorCodec<OmaException> omaCodec() {
        return TestCodecs.OMA;
    }

    @Bean
    ErrorCodec<StripeException> stripeCodec() {
        return TestCodecs.STRIPE;
    }

    @RestController
    static class Api {

        @GetMapping("/stripe/customers/{id}")
        Mono<Map<String, Object>> customer(@PathVariable("id") String id) {
            return Mono.error(new StripeResourceMissingException("customer", id).withParam("id"));
        }

        @GetMapping("/oma/busy")
        Map<String, Object> busy(ServerHttpResponse response) {
            response.getHeaders().set("Retry-After", "30");
            throw new OmaTryAgainLaterException();
        }

        @GetMapping("/other/boom")
        Mono<Map<String, Object>> boom() {
            return Mono.error(new IllegalStateException("not a catalog's"));
        }
    }
}
