package dev.errata.spring.app;

import dev.errata.ErrorCodec;
import dev.errata.spring.TestCodecs;
import dev.errata.spring.client.ErrataRestClient;
import dev.errata.spring.oma.OmaException;
import dev.errata.spring.oma.OmaInvalidCredentialsException;
import dev.errata.spring.oma.OmaTryAgainLaterException;
import dev.errata.spring.openx.OpenxException;
import dev.errata.spring.openx.OpenxObjectValidationException;
import dev.errata.spring.openx.OpenxRequireException;
import dev.errata.spring.openx.OpenxTypeException;
import dev.errata.spring.stripe.StripeCardDeclinedException;
import dev.errata.spring.stripe.StripeException;
import dev.errata.spring.stripe.StripeRateLimitExceededException;
import dev.errata.spring.stripe.StripeResourceMissingException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A service whose controllers throw the test catalogs' exceptions, and answer as real servers and proxies do
 * (an HTML 502 page, an empty 500, an empty 429 with {@code Retry-After}). The catalogs are its codec beans; the
 * auto-configuration does the rest.
 */
@SpringBootApplication
public class TestServer {

    /** The request id the service's filter gives every Stripe-shaped response. */
    public static final String REQUEST_ID = "req_local_42";

    @Bean
    ErrorCodec<OmaException> omaCodec() {
        return TestCodecs.OMA;
    }

    @Bean
    ErrorCodec<OpenxException> openxCodec() {
        return TestCodecs.OPENX;
    }

    @Bean
    ErrorCodec<StripeException> stripeCodec() {
        return TestCodecs.STRIPE;
    }

    /** A filter as services have one: every response under /stripe/ carries a request id. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIds() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        response.setHeader("Request-Id", REQUEST_ID);
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns("/stripe/*");
        return registration;
    }

    @RestController
    static class Oma {

        @PostMapping("/oma/authenticate")
        Map<String, Object> authenticate() {
            throw new OmaInvalidCredentialsException();
        }

        @GetMapping("/oma/user")
        Map<String, Object> user() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", true);
            body.put("attributes", Map.of("account", "joe@example.com", "type", "mailbox"));
            return body;
        }

        @GetMapping("/oma/busy")
        Map<String, Object> busy(HttpServletResponse response) {
            response.setHeader("Retry-After", "30");
            throw new OmaTryAgainLaterException();
        }

        @GetMapping("/oma/bad-gateway")
        ResponseEntity<String> badGateway() {
            return ResponseEntity.status(502).contentType(MediaType.TEXT_HTML)
                    .body("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
                            + "</h1></center><hr><center>nginx</center></body></html>");
        }

        /** Three megabytes of garbage, past any decoder's limit. */
        @GetMapping("/oma/huge-500")
        ResponseEntity<String> huge500() {
            return ResponseEntity.status(500).contentType(MediaType.APPLICATION_JSON).body("[".repeat(3 << 20));
        }

        @GetMapping("/oma/empty-500")
        ResponseEntity<Void> empty500() {
            return ResponseEntity.status(500).build();
        }
    }

    @RestController
    static class Stripe {

        @GetMapping("/stripe/customers/{id}")
        Map<String, Object> customer(@PathVariable("id") String id) {
            throw new StripeResourceMissingException("customer", id).withParam("id");
        }

        @PostMapping("/stripe/charges")
        Map<String, Object> charge() {
            throw new StripeCardDeclinedException().withDeclineCode("insufficient_funds").withCharge("ch_3MmlLr")
                    .withPaymentMethodId("pm_1Mn");
        }

        @GetMapping("/stripe/rate-limited")
        Map<String, Object> rateLimited(HttpServletResponse response) {
            response.setHeader("Retry-After", "7");
            response.setHeader("Stripe-Should-Retry", "true");
            throw new StripeRateLimitExceededException();
        }
    }

    @RestController
    static class Openx {

        @PostMapping("/openx/orders")
        Map<String, Object> order() {
            Map<String, OpenxException> fields = new LinkedHashMap<>();
            fields.put("name", new OpenxRequireException("This field is required."));
            fields.put("start_date", new OpenxTypeException("Enter a valid date."));
            throw new OpenxObjectValidationException("Order is not valid.").withFieldErrors(fields)
                    .withUid("2001d9d5-e000-fff1-8123-0c9a66");
        }

        @GetMapping("/openx/busy")
        ResponseEntity<Void> busy() {
            return ResponseEntity.status(429).header("Retry-After", "60").build();
        }
    }

    @RestController
    static class Other {

        @GetMapping("/other/boom")
        Map<String, Object> boom() {
            throw new IllegalStateException("not a catalog's");
        }
    }

    /** A service passing a vendor's error on: the exception decoded from upstream is thrown as is. */
    @RestController
    static class Proxy {

        private final RestClient stripe = RestClient.builder().baseUrl(VendorFake.url())
                .apply(ErrataRestClient.errors(TestCodecs.STRIPE)).build();

        @GetMapping("/proxy/customers/{id}")
        String customer(@PathVariable("id") String id) {
            return stripe.get().uri("/v1/customers/{id}", id).retrieve().body(String.class);
        }
    }
}
