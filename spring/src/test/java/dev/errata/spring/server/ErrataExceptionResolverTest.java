package dev.errata.spring.server;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.spring.ErrataCatalogs;
import dev.errata.spring.TestCodecs;
import dev.errata.spring.stripe.StripeErrors;
import dev.errata.spring.stripe.StripeException;
import dev.errata.spring.stripe.StripeRateLimitExceededException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The resolver alone, on Spring's mock servlet request and response. */
class ErrataExceptionResolverTest {

    private final ErrataExceptionResolver resolver =
            new ErrataExceptionResolver(ErrataCatalogs.of(TestCodecs.OMA, TestCodecs.STRIPE), null);

    private static MockHttpServletRequest request(String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/charges");
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return request;
    }

    @Test
    void theBodyFormatCanBeFixedWhateverTheAccept() throws Exception {
        resolver.setBodyFormat(BodyFormat.PROBLEM);
        MockHttpServletResponse problem = new MockHttpServletResponse();
        assertThat(resolver.resolveException(request(null), problem, null, new StripeRateLimitExceededException()))
                .isNotNull();
        assertThat(problem.getContentType()).startsWith("application/problem+json");
        assertThat(problem.getStatus()).isEqualTo(429);

        resolver.setBodyFormat(BodyFormat.VENDOR);
        MockHttpServletResponse vendor = new MockHttpServletResponse();
        StripeRateLimitExceededException thrown = new StripeRateLimitExceededException();
        resolver.resolveException(request("application/problem+json"), vendor, null, thrown);
        assertThat(vendor.getContentType()).startsWith("application/json");
        assertThat(vendor.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(StripeErrors.toBody(thrown));
    }

    @Test
    void anExceptionOfNoCatalogOrAnAnswerAlreadySentIsLeftAlone() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(resolver.resolveException(request(null), response, null, new IllegalStateException())).isNull();
        assertThat(response.getContentLength()).isEqualTo(0);

        MockHttpServletResponse committed = new MockHttpServletResponse();
        committed.setCommitted(true);
        assertThat(resolver.resolveException(request(null), committed, null, new StripeRateLimitExceededException()))
                .isNull();
    }

    @Test
    void headersOfAReceivedErrorAreSentOnUnlessTheApplicationSetThemAlready() {
        StripeException received = StripeErrors.decode(429,
                Map.of("Retry-After", List.of("9"), "Request-Id", List.of("req_up"), "Set-Cookie", List.of("s=1")),
                "{\"error\": {\"type\": \"rate_limit_error\", \"code\": \"rate_limit\"}}").orElseThrow();
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("Request-Id", "req_here");
        resolver.resolveException(request(null), response, null, received);
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("9");
        assertThat(response.getHeaders("Request-Id")).containsExactly("req_here");
        assertThat(response.getHeader("Set-Cookie")).isNull(); // never kept by the decoder, never sent on
    }

    @Test
    void negotiationPrefersTheProblemOnlyWhenNamedAndNotOutranked() {
        assertThat(ProblemNegotiation.prefersProblem(List.of())).isFalse();
        assertThat(ProblemNegotiation.prefersProblem(List.of("application/problem+json"))).isTrue();
        assertThat(ProblemNegotiation.prefersProblem(List.of("application/json", "application/problem+json"))).isTrue();
        assertThat(ProblemNegotiation.prefersProblem(List.of("application/problem+json;q=0.2, */*"))).isFalse();
        assertThat(ProblemNegotiation.prefersProblem(List.of("application/*+json"))).isFalse();
        assertThat(ProblemNegotiation.prefersProblem(List.of("not a media type"))).isFalse();
    }
}
