package dev.errata.example;

import dev.errata.example.osm.OsmAuthenticationException;
import dev.errata.example.osm.OsmError;
import dev.errata.example.osm.OsmErrors;
import dev.errata.example.osm.OsmException;
import dev.errata.example.osm.OsmNotFoundException;
import dev.errata.example.osm.OsmRateLimitException;

/**
 * Huawei Cloud Service Tickets (OSM): the body {@code {"error_code": "OSM.0001", "error_msg": "failed"}}
 * names the code. Four codes come with a real HTTP status (400, 401, 403, 500); the other 45 arrive
 * inside HTTP 200. So a client checks the body for an {@code error_code} whatever the status:
 * {@link OsmErrors#decode(int, String)} does, or, once read, {@link OsmErrors#exceptionFor(String, String)}.
 */
final class OsmTour {

    private OsmTour() {}

    static void run(Screen screen) {
        screen.heading("OSM - Huawei Cloud Service Tickets (OSM) API, historical error codes",
                "huawei-cloud-osm.yaml -> package dev.errata.example.osm: " + OsmError.values().length + " codes, "
                        + OsmError.Category.values().length + " categories",
                "The body's error_code is the code, error_msg the text; 45 of the codes arrive with HTTP 200.");

        screen.situation("a call with an expired token: HTTP 401, error_code OSM.0002, error_msg \"Unauthorized\"");
        call(screen, () -> failed("OSM.0002", "Unauthorized"));

        screen.situation("querying a ticket that is gone: HTTP 200, yet an error_code; OsmErrors.decode(200, body)");
        String gone = """
                {"error_code": "OSM.01010015", "error_msg": "This case does not exist."}""";
        screen.received(200, gone);
        call(screen, () -> decode(200, gone));

        screen.situation("urging a ticket twice in a row: HTTP 200, error_code OSM.01010004");
        call(screen, () -> failed("OSM.01010004", "You have asked for the order, please ask for it later."));

        screen.situation("error_code OSM.01010023: a gap in the page's numbering, no such code");
        call(screen, () -> failed("OSM.01010023", null));
        screen.end();
    }

    /** What an OSM client does with every response, 200 included: decode it (empty for a success), throw what comes. */
    private static void decode(int status, String body) {
        OsmErrors.decode(status, body).ifPresent(e -> {
            throw e;
        });
    }

    /** What an OSM client does with a body that holds an error_code, whatever the HTTP status. */
    private static void failed(String errorCode, String errorMsg) {
        throw OsmErrors.exceptionFor(errorCode, errorMsg);
    }

    /** How a caller handles OSM errors: a catch per category it treats apart, then the base class. */
    private static void call(Screen screen, Runnable request) {
        try {
            request.run();
        } catch (OsmAuthenticationException e) {
            screen.caught(e, e.error(), OsmAuthenticationException.class, "get a new token");
        } catch (OsmNotFoundException e) {
            screen.caught(e, e.error(), OsmNotFoundException.class, "check the ticket ID");
        } catch (OsmRateLimitException e) {
            screen.caught(e, e.error(), OsmRateLimitException.class, "urge again later");
        } catch (OsmException e) {
            screen.caught(e, e.error(), OsmException.class, "log it and report a failure");
        }
    }
}
