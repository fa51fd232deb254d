package dev.errata.example;

import dev.errata.example.wildduck.WildduckAuthenticationException;
import dev.errata.example.wildduck.WildduckError;
import dev.errata.example.wildduck.WildduckErrors;
import dev.errata.example.wildduck.WildduckException;
import dev.errata.example.wildduck.WildduckNotFoundException;
import dev.errata.example.wildduck.WildduckRateLimitException;

/**
 * WildDuck: the codes are strings that are already identifiers ({@code UserNotFound}), sent beside the
 * error text. A client turns the response into an exception with {@link WildduckErrors#decode(int, String)}, or
 * a code and text, once read, with {@link WildduckErrors#exceptionFor(String, String)}.
 */
final class WildduckTour {

    private WildduckTour() {}

    static void run(Screen screen) {
        screen.heading("WildDuck - WildDuck mail server API",
                "wildduck.yaml -> package dev.errata.example.wildduck: " + WildduckError.values().length
                        + " codes, " + WildduckError.Category.values().length + " categories",
                "The body carries the code (\"UserNotFound\") and the error text; the page gives no HTTP statuses.");

        screen.situation("POST /authenticate, once too often: code RateLimitedError");
        call(screen, () -> failed("RateLimitedError", "Authentication was rate limited."));

        screen.situation("GET /users/{user} for a deleted account; WildduckErrors.decode(404, body)");
        String deleted = """
                {"error": "This user does not exist", "code": "UserNotFound"}""";
        screen.received(404, deleted);
        call(screen, () -> decode(404, deleted));

        screen.situation("an expired access token: code InvalidToken, a code the page gives no text for");
        call(screen, () -> failed("InvalidToken", null));

        screen.situation("a code the page does not list, MailboxLocked, from a newer server");
        call(screen, () -> failed("MailboxLocked", "Mailbox is locked"));
        screen.end();
    }

    /** What a WildDuck client does with every response: decode it (empty for a success), throw what comes. */
    private static void decode(int status, String body) {
        WildduckErrors.decode(status, body).ifPresent(e -> {
            throw e;
        });
    }

    /** What a WildDuck client does with an error body: its code and its error text, if any. */
    private static void failed(String code, String error) {
        throw WildduckErrors.exceptionFor(code, error);
    }

    /** How a caller handles WildDuck errors: a catch per category it treats apart, then the base class. */
    private static void call(Screen screen, Runnable request) {
        try {
            request.run();
        } catch (WildduckRateLimitException e) {
            screen.caught(e, e.error(), WildduckRateLimitException.class, "back off, then retry");
        } catch (WildduckNotFoundException e) {
            screen.caught(e, e.error(), WildduckNotFoundException.class, "drop the local copy of the user");
        } catch (WildduckAuthenticationException e) {
            screen.caught(e, e.error(), WildduckAuthenticationException.class, "get a new access token");
        } catch (WildduckException e) {
            screen.caught(e, e.error(), WildduckException.class, "log it and report a failure");
        }
    }
}
