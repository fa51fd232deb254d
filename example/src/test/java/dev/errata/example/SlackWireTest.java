package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.example.slack.SlackAuthenticationException;
import dev.errata.example.slack.SlackError;
import dev.errata.example.slack.SlackErrors;
import dev.errata.example.slack.SlackException;
import dev.errata.example.slack.SlackInvalidArgumentsException;
import dev.errata.example.slack.SlackInvalidAuthException;
import dev.errata.example.slack.SlackMissingScopeException;
import dev.errata.example.slack.SlackRateLimitException;
import dev.errata.example.slack.SlackRatelimitedException;
import dev.errata.example.slack.SlackUnknownException;
import dev.errata.example.slack.SlackUnlistedPermissionException;
import dev.errata.example.slack.SlackUnlistedRateLimitException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Slack's Web API on the wire, from "Web API basics" and "Rate limits": every response is a JSON object with a
 * boolean {@code ok}; an error is {@code "ok": false} and a short code in {@code error}, with HTTP 200 and no
 * message; details such as {@code needed} and {@code provided} (missing_scope) or {@code response_metadata.messages}
 * (invalid_arguments) stand beside; a rate-limited request gets HTTP 429 and {@code Retry-After}.
 */
class SlackWireTest extends WireContract<SlackError, SlackException> {

    @Override
    SlackError[] constants() {
        return SlackError.values();
    }

    @Override
    ErrorCodec<SlackException> codec() {
        return SlackErrors.codec();
    }

    @Override
    Class<SlackUnknownException> unknownClass() {
        return SlackUnknownException.class;
    }

    @Override
    boolean errorsInSuccess() {
        return true;
    }

    @Override
    boolean carriesMessages() {
        return false;
    }

    @Override
    Map<Integer, Class<? extends SlackException>> outcomesByStatus() {
        return Map.of(429, SlackRatelimitedException.class);
    }

    @Override
    Map<Integer, Class<? extends SlackException>> unlistedByStatus() {
        return Map.of(429, SlackUnlistedRateLimitException.class);
    }

    @Override
    Map<SlackException, Integer> unlistedInCategories() {
        return Map.of(SlackErrors.exceptionFor(SlackError.Category.RATE_LIMIT, "ratelimited_harder", null), 429);
    }

    @Override
    List<Integer> errorStatuses() {
        return List.of(429, 500);
    }

    @Override
    String codeMember() {
        return "error";
    }

    @Override
    String messageMember() {
        // Slack sends none: a member of this name is skipped like any other it does not use.
        return "message";
    }

    @Override
    String unlistedCodeJson() {
        return "\"team_access_not_granted\"";
    }

    @Override
    String unlistedCode() {
        return "team_access_not_granted";
    }

    @Override
    String requestIdHeader() {
        return "X-Slack-Req-Id";
    }

    @Override
    String successBody() {
        return """
                {"ok": true, "channel": "C123ABC456", "ts": "1503435956.000247",
                 "message": {"text": "Here's a message for you", "username": "ecto1", "bot_id": "B123ABC456",
                             "type": "message", "subtype": "bot_message", "ts": "1503435956.000247"}}""";
    }

    /** Every typed detail, one of them nested in response_metadata. */
    @Override
    SlackException withDetails(SlackException error) {
        return error.withNeeded("chat:write")
                .withProvided("identify,bot")
                .withWarning("superfluous_charset")
                .withResponseMetadataMessages(List.of("[ERROR] missing required field: channel"))
                .withResponseMetadataWarnings(List.of("superfluous_charset"));
    }

    @Override
    Map<String, Object> typedDetails(SlackException error) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("needed", error.needed());
        details.put("provided", error.provided());
        details.put("warning", error.warning());
        details.put("response_metadata.messages", error.responseMetadataMessages());
        details.put("response_metadata.warnings", error.responseMetadataWarnings());
        return details;
    }

    // ---- Realistic bodies, written from the pages ---------------------------------------------------------------

    @Test
    void anErrorArrivesInsideHttp200() {
        SlackException e = SlackErrors.decode(200, "{\"ok\": false, \"error\": \"invalid_auth\"}").orElseThrow();
        assertThat(e).isInstanceOf(SlackInvalidAuthException.class);
        assertThat(e).isInstanceOf(SlackAuthenticationException.class);
        assertThat(e.getMessage()).isEqualTo(SlackError.INVALID_AUTH.description().orElseThrow());
        assertThat(e.response().orElseThrow().rawMessage()).isEmpty();
        assertThrows(SlackInvalidAuthException.class,
                () -> SlackErrors.throwIfError(200, "{\"ok\": false, \"error\": \"invalid_auth\"}"));
    }

    @Test
    void missingScopeNamesTheScopeNeededAndThoseProvided() {
        SlackException e = SlackErrors.decode(200, """
                {"ok": false, "error": "missing_scope", "needed": "chat:write:bot", "provided": "identify,bot"}""")
                .orElseThrow();
        assertThat(e).isInstanceOf(SlackMissingScopeException.class);
        assertThat(e.needed()).hasValue("chat:write:bot");
        assertThat(e.provided()).hasValue("identify,bot");
    }

    @Test
    void invalidArgumentsExplainsItselfInResponseMetadata() {
        SlackException e = SlackErrors.decode(200, """
                {"ok": false, "error": "invalid_arguments",
                 "response_metadata": {"messages": ["[ERROR] missing required field: channel"]}}""").orElseThrow();
        assertThat(e).isInstanceOf(SlackInvalidArgumentsException.class);
        assertThat(e.responseMetadataMessages()).containsExactly("[ERROR] missing required field: channel");
        assertThat(e.response().orElseThrow().details().keySet()).containsExactly("response_metadata.messages");
    }

    @Test
    void aRateLimitedRequestSaysHowLongToWait() {
        Map<String, List<String>> headers = Map.of("retry-after", List.of("30"), "x-slack-req-id",
                List.of("e0f1a2b3c4d5e6f7"));
        for (String body : List.of("{\"ok\": false, \"error\": \"ratelimited\"}", "", WireContract.PROXY_PAGE)) {
            SlackException e = SlackErrors.decode(429, headers, body).orElseThrow();
            assertThat(e).isInstanceOf(SlackRatelimitedException.class);
            assertThat(e).isInstanceOf(SlackRateLimitException.class);
            assertThat(e.retryable()).isTrue();
            assertThat(e.response().orElseThrow().retryAfter()).hasValue(Duration.ofSeconds(30));
            assertThat(e.response().orElseThrow().requestId()).hasValue("e0f1a2b3c4d5e6f7");
        }
        HttpHeaders java = HttpHeaders.of(headers, (name, value) -> true);
        assertThat(SlackErrors.decode(429, java, new byte[0]).orElseThrow().response().orElseThrow().retryAfter())
                .hasValue(Duration.ofSeconds(30));
    }

    @Test
    void aCodeSlackAddedLaterIsStillAnError() {
        SlackException e = SlackErrors.decode(200, "{\"ok\": false, \"error\": \"team_access_not_granted\"}")
                .orElseThrow();
        assertThat(e).isInstanceOf(SlackUnknownException.class);
        assertThat(e.codeString()).isEqualTo("team_access_not_granted");
        // The same code at 429: the rate-limit category, the one 429 stands for.
        assertThat(SlackErrors.decode(429, "{\"ok\": false, \"error\": \"team_access_not_granted\"}").orElseThrow())
                .isInstanceOf(SlackUnlistedRateLimitException.class);
        assertThat(SlackErrors.exceptionFor(SlackError.Category.PERMISSION, "team_access_not_granted", null))
                .isInstanceOf(SlackUnlistedPermissionException.class);
    }

    @Test
    void okFalseWithoutAnErrorIsStillAnError() {
        SlackException e = SlackErrors.decode(200, "{\"ok\": false}").orElseThrow();
        assertThat(e).isInstanceOf(SlackUnknownException.class);
        assertThat(e.codeString()).isEmpty();
    }

    @Test
    void aSuccessWithAWarningIsASuccess() {
        String body = """
                {"ok": true, "warning": "superfluous_charset",
                 "response_metadata": {"warnings": ["superfluous_charset"]}}""";
        assertThat(SlackErrors.decode(200, body)).isEmpty();
        assertDoesNotThrow(() -> SlackErrors.throwIfError(200, body));
        // The warnings are reachable all the same: each the catalog's entry, or a code it does not list.
        assertThat(SlackErrors.warnings(body)).containsExactly(SlackError.SUPERFLUOUS_CHARSET);
        List<CatalogError> two = SlackErrors.warnings("{\"ok\": true, \"warning\": \"missing_charset, brand_new_warning\"}");
        assertThat(two.get(0)).isEqualTo(SlackError.MISSING_CHARSET);
        assertThat(two.get(1).known()).isFalse();
        assertThat(two.get(1).codeString()).isEqualTo("brand_new_warning");
        assertThat(SlackErrors.warnings(successBody())).isEmpty();
        assertThat(SlackErrors.warnings(WireContract.PROXY_PAGE)).isEmpty();
        assertThat(SlackErrors.warnings((String) null)).isEmpty();
        assertThat(SlackErrors.warnings("{\"warning\": \"" + "w,".repeat(10_000) + "\"}")).hasSize(100);
        // An error's own warning is a detail of it.
        SlackException e = SlackErrors.decode(200, "{\"ok\": false, \"error\": \"no_text\", \"warning\":"
                + " \"missing_charset\"}").orElseThrow();
        assertThat(e.warning()).hasValue("missing_charset");
    }
}
