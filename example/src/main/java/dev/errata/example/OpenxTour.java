package dev.errata.example;

import dev.errata.example.openx.OpenxError;
import dev.errata.example.openx.OpenxErrors;
import dev.errata.example.openx.OpenxException;
import dev.errata.example.openx.OpenxInvalidInputException;
import dev.errata.example.openx.OpenxNotFoundException;
import dev.errata.example.openx.OpenxPermissionDeniedException;
import dev.errata.example.openx.OpenxRateLimitException;

/**
 * OpenX Platform API: a failure is an HTTP 4xx whose body names an error type in words with spaces
 * ({@code "Object Not Found"}); the type is the code. A client turns the response into an exception with
 * {@link OpenxErrors#decode(int, String)}, the rejected fields included, or a type, once read, with
 * {@link OpenxErrors#exceptionFor(String, String)}; the page gives the types no message, so a client that has
 * no text of its own passes null and gets the catalog's description.
 */
final class OpenxTour {

    private OpenxTour() {}

    static void run(Screen screen) {
        screen.heading("OpenX - OpenX Platform API",
                "openx-platform.yaml -> package dev.errata.example.openx: " + OpenxError.values().length
                        + " codes, " + OpenxError.Category.values().length + " categories",
                "Failures are HTTP 4xx naming an error type (\"Object Not Found\"), the code; the page gives no texts.");

        screen.situation("a script's calls pass the hourly limit: HTTP 429, type \"Too Many Requests\", no text");
        call(screen, () -> failed("Too Many Requests", null));

        screen.situation("POST /lineitem with two bad fields: HTTP 400; OpenxErrors.decode(400, body)");
        String rejected = """
                {"type": "Object Validation", "message": "Some of the input fields did not pass validation.",
                 "uid": "6000c4a1-e0c9-fff1-8123-0c9a66",
                 "field_errors": {
                   "name": {"type": "Require", "message": "This field requires a non-null value."},
                   "start_date": {"type": "Type", "message": "Cannot parse 'tomorrow' as a date/time."}}}""";
        screen.received(400, rejected);
        call(screen, () -> decode(400, rejected));

        screen.situation("DELETE of an ad unit the user may not touch: type \"Permission\", no text");
        call(screen, () -> failed("Permission", null));

        screen.situation("a type the page does not list, \"Quota Exceeded\", from a newer API");
        call(screen, () -> failed("Quota Exceeded", "Quota exceeded for the instance"));

        screen.note("The catalog names categories permission and validation PermissionDenied and InvalidInput,",
                "so that their classes do not clash with the entries Permission and Validation.");
        screen.end();
    }

    /** What an OpenX client does with every response: decode it (empty for a success), throw what comes. */
    private static void decode(int status, String body) {
        OpenxErrors.decode(status, body).ifPresent(e -> {
            throw e;
        });
    }

    /** What an OpenX client does with a 4xx body: its error type and, if any, its text. */
    private static void failed(String type, String text) {
        throw OpenxErrors.exceptionFor(type, text);
    }

    /** How a caller handles OpenX errors: a catch per category it treats apart, then the base class. */
    private static void call(Screen screen, Runnable request) {
        try {
            request.run();
        } catch (OpenxRateLimitException e) {
            screen.caught(e, e.error(), OpenxRateLimitException.class, "wait for the next hour, then retry");
        } catch (OpenxNotFoundException e) {
            screen.caught(e, e.error(), OpenxNotFoundException.class, "forget the uid");
        } catch (OpenxPermissionDeniedException e) {
            screen.caught(e, e.error(), OpenxPermissionDeniedException.class, "tell the user they may not");
        } catch (OpenxInvalidInputException e) {
            screen.caught(e, e.error(), OpenxInvalidInputException.class, "show the user each rejected field");
            e.fieldErrors().forEach((field, error) -> screen.detail("field_errors." + field + ": "
                    + error.getClass().getSimpleName() + " \"" + error.getMessage() + "\""));
        } catch (OpenxException e) {
            screen.caught(e, e.error(), OpenxException.class, "log it and report a failure");
        }
    }
}
