package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import dev.errata.example.wildduck.WildduckError;
import dev.errata.example.wildduck.WildduckErrors;
import dev.errata.example.wildduck.WildduckException;
import dev.errata.example.wildduck.WildduckInputValidationErrorException;
import dev.errata.example.wildduck.WildduckInvalidTokenException;
import dev.errata.example.wildduck.WildduckNotFoundException;
import dev.errata.example.wildduck.WildduckRateLimitException;
import dev.errata.example.wildduck.WildduckRateLimitedErrorException;
import dev.errata.example.wildduck.WildduckUnknownException;
import dev.errata.example.wildduck.WildduckUserNotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * WildDuck on the wire: an error is a JSON body holding the text in {@code error} and the code in {@code code};
 * the page gives no HTTP statuses, and a success is {@code {"success": true, ...}}.
 */
class WildduckWireTest extends WireContract<WildduckError, WildduckException> {

    @Override
    WildduckError[] constants() {
        return WildduckError.values();
    }

    @Override
    ErrorCodec<WildduckException> codec() {
        return WildduckErrors.codec();
    }

    @Override
    Class<WildduckUnknownException> unknownClass() {
        return WildduckUnknownException.class;
    }

    @Override
    boolean errorsInSuccess() {
        return false;
    }

    @Override
    Map<Integer, Class<? extends WildduckException>> outcomesByStatus() {
        return Map.of();
    }

    @Override
    List<Integer> errorStatuses() {
        return List.of(400, 403, 404, 429, 500);
    }

    @Override
    String codeMember() {
        return "code";
    }

    @Override
    String messageMember() {
        return "error";
    }

    @Override
    String unlistedCodeJson() {
        return "\"MailboxLocked\"";
    }

    @Override
    String unlistedCode() {
        return "MailboxLocked";
    }

    @Override
    String successBody() {
        return """
                {"success": true, "id": "5e2f2b0b4d7a9e1c2c6e4a11"}""";
    }

    // ---- Realistic bodies ------------------------------------------------------------------------------------

    @Test
    void aUserThatDoesNotExistIsHttp404() {
        String body = """
                {"error": "This user does not exist", "code": "UserNotFound"}""";
        WildduckException e = WildduckErrors.decode(404, body).orElseThrow();
        assertThat(e).isInstanceOf(WildduckUserNotFoundException.class);
        assertThat(e).isInstanceOf(WildduckNotFoundException.class);
        assertThat(e.getMessage()).isEqualTo("This user does not exist");
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.httpStatus().getAsInt()).isEqualTo(404);
        assertThat(response.rawCode()).hasValue("UserNotFound");
        assertThat(response.rawMessage()).hasValue("This user does not exist");
        assertThat(response.bodyExcerpt()).isEqualTo(body);
        assertThrows(WildduckUserNotFoundException.class, () -> WildduckErrors.throwIfError(404, body));
    }

    @Test
    void aCodeWithoutATextOnThePageKeepsTheServersText() {
        WildduckException e = WildduckErrors.decode(403, """
                {"error": "Invalid accessToken value", "code": "InvalidToken"}""").orElseThrow();
        assertThat(e).isInstanceOf(WildduckInvalidTokenException.class);
        assertThat(e.getMessage()).isEqualTo("Invalid accessToken value");
    }

    @Test
    void inputValidationErrorsComeWithTheirOwnDescriptions() {
        // The page: "various descriptions about invalid input validation"; members the catalog does not name
        // (details here) are left alone.
        WildduckException e = WildduckErrors.decode(400, """
                {"error": "\\"user\\" must be a valid hex string of 24 characters", "code": "InputValidationError",
                 "details": {"user": "\\"user\\" must be a valid hex string of 24 characters"}}""").orElseThrow();
        assertThat(e).isInstanceOf(WildduckInputValidationErrorException.class);
        assertThat(e.getMessage()).isEqualTo("\"user\" must be a valid hex string of 24 characters");
        assertThat(e.response().orElseThrow().details()).isEmpty();
    }

    @Test
    void aRateLimitIsRetryableByItsCategory() {
        WildduckException e = WildduckErrors.decode(403, """
                {"error": "Authentication was rate limited.", "code": "RateLimitedError"}""").orElseThrow();
        assertThat(e).isInstanceOf(WildduckRateLimitedErrorException.class);
        assertThat(e).isInstanceOf(WildduckRateLimitException.class);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void anErrorWithoutACodeIsTheFallbackWithTheText() {
        WildduckException e = WildduckErrors.decode(500, "{\"error\": \"MongoError: connection closed\"}")
                .orElseThrow();
        assertThat(e).isInstanceOf(WildduckUnknownException.class);
        assertThat(e.getMessage()).isEqualTo("MongoError: connection closed");
        assertThat(e.response().orElseThrow().rawCode()).isEmpty();
    }

    @Test
    void a2xxWithoutACodeIsASuccessWhateverTheBody() {
        // No errorsInSuccess here: only a code makes a 2xx body an error.
        for (String body : List.of("", "{}", "[]", "null", WireContract.PROXY_PAGE, "{\"success\": false}")) {
            assertThat(WildduckErrors.decode(200, body)).isEmpty();
        }
        assertThat(WildduckErrors.decode(204, "")).isEmpty();
        assertThat(WildduckErrors.decode(200, "{\"error\": \"x\", \"code\": \"UserNotFound\"}").orElseThrow())
                .isInstanceOf(WildduckUserNotFoundException.class);
    }
}
