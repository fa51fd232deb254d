package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import dev.errata.example.github.GithubAlreadyExistsException;
import dev.errata.example.github.GithubBadRequestException;
import dev.errata.example.github.GithubCustomException;
import dev.errata.example.github.GithubError;
import dev.errata.example.github.GithubErrors;
import dev.errata.example.github.GithubException;
import dev.errata.example.github.GithubForbiddenException;
import dev.errata.example.github.GithubMissingFieldException;
import dev.errata.example.github.GithubPermissionException;
import dev.errata.example.github.GithubResourceNotFoundException;
import dev.errata.example.github.GithubTooManyRequestsException;
import dev.errata.example.github.GithubUnauthorizedException;
import dev.errata.example.github.GithubUnknownException;
import dev.errata.example.github.GithubUnlistedAuthenticationException;
import dev.errata.example.github.GithubUnlistedInvalidRequestException;
import dev.errata.example.github.GithubUnlistedNotFoundException;
import dev.errata.example.github.GithubUnlistedPermissionException;
import dev.errata.example.github.GithubUnlistedRateLimitException;
import dev.errata.example.github.GithubUnlistedValidationException;
import dev.errata.example.github.GithubValidationException;
import dev.errata.example.github.GithubValidationFailedException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GitHub's REST API on the wire, from its troubleshooting and rate-limit pages: a failure is a 4xx whose JSON holds
 * a {@code message} and a {@code documentation_url}, and no code; a 422 "Validation Failed" lists in {@code errors}
 * an object per rejected field, {@code {"resource", "field", "code"}}, the code one of {@code missing},
 * {@code missing_field}, {@code invalid}, {@code already_exists}, {@code unprocessable} or {@code custom} (which
 * has a message of its own). The request id is in {@code X-GitHub-Request-Id}.
 */
class GithubWireTest extends WireContract<GithubError, GithubException> {

    @Override
    GithubError[] constants() {
        return GithubError.values();
    }

    @Override
    ErrorCodec<GithubException> codec() {
        return GithubErrors.codec();
    }

    @Override
    Class<GithubUnknownException> unknownClass() {
        return GithubUnknownException.class;
    }

    @Override
    boolean errorsInSuccess() {
        return false;
    }

    @Override
    Map<Integer, Class<? extends GithubException>> outcomesByStatus() {
        return Map.of(400, GithubBadRequestException.class, 401, GithubUnauthorizedException.class,
                403, GithubForbiddenException.class, 404, GithubResourceNotFoundException.class,
                422, GithubValidationFailedException.class, 429, GithubTooManyRequestsException.class);
    }

    @Override
    Map<Integer, Class<? extends GithubException>> unlistedByStatus() {
        return Map.of(400, GithubUnlistedInvalidRequestException.class, 401, GithubUnlistedAuthenticationException.class,
                403, GithubUnlistedPermissionException.class, 404, GithubUnlistedNotFoundException.class,
                422, GithubUnlistedValidationException.class, 429, GithubUnlistedRateLimitException.class);
    }

    @Override
    Map<GithubException, Integer> unlistedInCategories() {
        return Map.of(GithubErrors.exceptionFor(GithubError.Category.VALIDATION, "too_large", "a code added later"), 422);
    }

    @Override
    List<Integer> errorStatuses() {
        return List.of(400, 401, 403, 404, 422, 429);
    }

    @Override
    List<GithubException> httpLevelOutcomes() {
        return List.of(new GithubBadRequestException("Body should be a JSON object"), new GithubUnauthorizedException(),
                new GithubForbiddenException("Resource not accessible by integration"), new GithubResourceNotFoundException(),
                new GithubValidationFailedException(), new GithubTooManyRequestsException());
    }

    @Override
    String codeMember() {
        return "code";
    }

    @Override
    String messageMember() {
        return "message";
    }

    @Override
    String unlistedCodeJson() {
        return "\"too_large\"";
    }

    @Override
    String unlistedCode() {
        return "too_large";
    }

    @Override
    String requestIdHeader() {
        return "X-GitHub-Request-Id";
    }

    @Override
    String successBody() {
        return """
                {"id": 1, "number": 1347, "state": "open", "title": "Found a bug", "body": "I'm having a problem with this.",
                 "user": {"login": "octocat", "id": 1}}""";
    }

    /** Every typed detail: the field errors of a 422, each with its own resource and field. */
    @Override
    GithubException withDetails(GithubException error) {
        Map<Integer, GithubException> errors = new LinkedHashMap<>();
        errors.put(0, GithubErrors.exceptionFor("missing_field", null).withResource("Issue").withField("title"));
        errors.put(1, GithubErrors.exceptionFor("custom", "title is too long (maximum is 256 characters)")
                .withResource("Issue").withField("title"));
        return error.withErrors(errors).withDocumentationUrl("https://docs.github.com/rest/issues/issues#create-an-issue");
    }

    @Override
    Map<String, Object> typedDetails(GithubException error) {
        Map<String, Object> details = new LinkedHashMap<>();
        Map<Integer, Object> errors = new LinkedHashMap<>();
        error.errors().forEach((index, nested) -> errors.put(index, describe(nested)));
        details.put("errors", errors);
        details.put("documentation_url", error.documentationUrl());
        details.put("resource", error.resource());
        details.put("field", error.field());
        return details;
    }

    // ---- Realistic bodies, written from the pages ---------------------------------------------------------------

    @Test
    void validationFailedListsEachRejectedField() {
        GithubException e = GithubErrors.decode(422, """
                {
                  "message": "Validation Failed",
                  "errors": [
                    {"resource": "Issue", "field": "title", "code": "missing_field"},
                    {"resource": "Label", "field": "name", "code": "already_exists"},
                    {"resource": "Issue", "field": "body", "code": "custom",
                     "message": "body is too long (maximum is 65536 characters)"}
                  ],
                  "documentation_url": "https://docs.github.com/rest/issues/issues#create-an-issue",
                  "status": "422"
                }""").orElseThrow();
        assertThat(e).isInstanceOf(GithubValidationFailedException.class);
        assertThat(e).isInstanceOf(GithubValidationException.class);
        assertThat(e.getMessage()).isEqualTo("Validation Failed");
        assertThat(e.documentationUrl()).hasValue("https://docs.github.com/rest/issues/issues#create-an-issue");
        assertThat(e.errors().keySet()).containsExactly(0, 1, 2).inOrder();
        GithubException title = e.errors().get(0);
        assertThat(title).isInstanceOf(GithubMissingFieldException.class);
        assertThat(title.resource()).hasValue("Issue");
        assertThat(title.field()).hasValue("title");
        assertThat(e.errors().get(1)).isInstanceOf(GithubAlreadyExistsException.class);
        GithubException custom = e.errors().get(2);
        assertThat(custom).isInstanceOf(GithubCustomException.class);
        assertThat(custom.getMessage()).isEqualTo("body is too long (maximum is 65536 characters)");
        // The nested errors are items: they carry no stack trace of their own.
        assertThat(title.getStackTrace()).isEmpty();
    }

    @Test
    void aFailureWithoutErrorsIsKnownByItsStatus() {
        GithubException notFound = GithubErrors.decode(404, """
                {"message": "Not Found", "documentation_url": "https://docs.github.com/rest/repos/repos#get-a-repository",
                 "status": "404"}""").orElseThrow();
        assertThat(notFound).isInstanceOf(GithubResourceNotFoundException.class);
        assertThat(notFound.documentationUrl()).isPresent();
        GithubException unauthorized = GithubErrors.decode(401, """
                {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}""").orElseThrow();
        assertThat(unauthorized).isInstanceOf(GithubUnauthorizedException.class);
        assertThat(unauthorized.getMessage()).isEqualTo("Bad credentials");
        // A status the catalog does not list, from a proxy: the fallback, the page in the excerpt.
        GithubException gateway = GithubErrors.decode(502, WireContract.PROXY_PAGE).orElseThrow();
        assertThat(gateway).isInstanceOf(GithubUnknownException.class);
        assertThat(gateway.response().orElseThrow().bodyExcerpt()).startsWith("<html>");
    }

    @Test
    void aRateLimitKeepsTheHeadersThatTellItFromAPermissionDenied() {
        Map<String, List<String>> headers = Map.of("x-ratelimit-limit", List.of("60"), "x-ratelimit-remaining",
                List.of("0"), "x-ratelimit-reset", List.of("1713890000"), "x-ratelimit-resource", List.of("core"),
                "X-GitHub-Request-Id", List.of("CF3A:1F5B:2F3C1:3F4D2:6627A5B1"), "Set-Cookie", List.of("logged_in=no"));
        GithubException e = GithubErrors.decode(403, headers, """
                {"message": "API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
                 "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}""")
                .orElseThrow();
        assertThat(e).isInstanceOf(GithubForbiddenException.class);
        assertThat(e).isInstanceOf(GithubPermissionException.class);
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.requestId()).hasValue("CF3A:1F5B:2F3C1:3F4D2:6627A5B1");
        assertThat(response.headers().get("x-ratelimit-remaining")).containsExactly("0");
        assertThat(response.headers()).doesNotContainKey("Set-Cookie");
        // A secondary rate limit: 429 and retry-after.
        GithubException secondary = GithubErrors.decode(429, HttpHeaders.of(Map.of("retry-after", List.of("60")),
                (name, value) -> true), """
                {"message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
        assertThat(secondary).isInstanceOf(GithubTooManyRequestsException.class);
        assertThat(secondary.retryable()).isTrue();
        assertThat(secondary.response().orElseThrow().retryAfter()).hasValue(Duration.ofSeconds(60));
    }
}
