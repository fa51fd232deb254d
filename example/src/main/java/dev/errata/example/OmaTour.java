package dev.errata.example;

import dev.errata.example.oma.OmaAuthenticationException;
import dev.errata.example.oma.OmaConflictException;
import dev.errata.example.oma.OmaError;
import dev.errata.example.oma.OmaErrors;
import dev.errata.example.oma.OmaException;
import dev.errata.example.oma.OmaHttpStatus;
import dev.errata.example.oma.OmaTransientException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * OpenSRS Email Admin (OMA): a well-formed request always gets HTTP 200, and an API error arrives inside
 * that 200, as the JSON body's {@code success: false}, {@code error} (the text) and {@code error_number}
 * (the code). A client turns the response into an exception with {@link OmaErrors#decode(int, String)}, or the
 * pair, once read, with {@link OmaErrors#exceptionFor(int, String)}.
 */
final class OmaTour {

    private OmaTour() {}

    static void run(Screen screen) {
        screen.heading("OMA - OpenSRS Email Admin (OMA) API",
                "opensrs-oma.yaml -> package dev.errata.example.oma: " + OmaError.values().length + " codes, "
                        + OmaError.Category.values().length + " categories, " + OmaHttpStatus.values().length
                        + " HTTP statuses",
                "API errors arrive inside HTTP 200: the body's error_number is the code, its error the text.");

        screen.situation("change_user answers HTTP 200; the body says error_number 20, error \"Try again later\"");
        call(screen, () -> failed(20, "Try again later"));

        screen.situation("signing in with a wrong password; the response goes through OmaErrors.decode(200, body)");
        String wrongPassword = """
                {"success":false,"error":"Invalid credentials supplied in request.","error_number":1}""";
        screen.received(200, wrongPassword);
        call(screen, () -> decode(200, wrongPassword));

        screen.situation("creating a user whose name is taken: error_number 8 (code 7 sends the very same text)");
        call(screen, () -> failed(8, "An object with this name already exists."));

        screen.situation("an error_number the page does not list, 57, from a newer server");
        call(screen, () -> failed(57, "Mailbox is being migrated"));

        OmaHttpStatus notFound = OmaErrors.httpStatus(404).orElseThrow();
        String statuses = Arrays.stream(OmaHttpStatus.values()).map(s -> Integer.toString(s.status()))
                .collect(Collectors.joining(", "));
        screen.note("HTTP-level outcomes (" + statuses + ") are OmaHttpStatus constants: OmaErrors.httpStatus(404) is",
                "   OmaHttpStatus." + notFound.name() + ", category " + notFound.categoryId().orElse("none") + ", \""
                        + notFound.message().orElse("") + "\"");
        screen.end();
    }

    /**
     * What an OMA client does with every response: {@link OmaErrors#decode} it (empty for a success) and throw
     * what it returns; {@link OmaErrors#throwIfError} does the same in one call.
     */
    private static void decode(int status, String body) {
        OmaErrors.decode(status, body).ifPresent(e -> {
            throw e;
        });
    }

    /** What an OMA client does with a body whose success is false. */
    private static void failed(int errorNumber, String error) {
        throw OmaErrors.exceptionFor(errorNumber, error);
    }

    /** How a caller handles OMA errors: a catch per category it treats apart, then the base class. */
    private static void call(Screen screen, Runnable request) {
        try {
            request.run();
        } catch (OmaTransientException e) {
            screen.caught(e, e.error(), OmaTransientException.class, "retry in a few minutes");
        } catch (OmaAuthenticationException e) {
            screen.caught(e, e.error(), OmaAuthenticationException.class, "ask the user to sign in again");
        } catch (OmaConflictException e) {
            screen.caught(e, e.error(), OmaConflictException.class, "pick another name");
        } catch (OmaException e) {
            screen.caught(e, e.error(), OmaException.class, "log it and report a failure");
        }
    }
}
