package dev.errata.testkit;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The seed vendors' bodies as their pages show them (OSM's page prints its example; the others' pages describe
 * the members, and these bodies are written from them, as the example module's wire tests write them).
 */
public final class VendorBodies {

    /** OMA: an API error inside HTTP 200. */
    public static final String OMA_WRONG_CREDENTIALS = """
            {"success": false, "error": "Invalid credentials supplied in request.", "error_number": 1}""";

    /** OMA: error 20, "Try again later", retryable. */
    public static final String OMA_TRY_AGAIN_LATER = """
            {"success": false, "error": "Try again later", "error_number": 20}""";

    public static final String OMA_SUCCESS = """
            {"success": true, "attributes": {"account": "joe@example.com", "type": "mailbox"}}""";

    /** OMA: a batch method (restore_deleted_messages) answering one result per object. */
    public static final String OMA_BATCH = """
            [
              {"success": true, "id": "1614255012.M716104P21838.mail.example.com"},
              {"success": false, "error": "The requested object does not exist.", "error_number": 2},
              {"success": false, "error": "Try again later", "error_number": 20}
            ]
            """;

    /** OSM: the page's own example, at HTTP 400. */
    public static final String OSM_PAGE_EXAMPLE = """
            {
                "error_code": "OSM.0001",
                "error_msg": "failed"
            }""";

    /** OSM: a code of the 01010 series, inside HTTP 200. */
    public static final String OSM_CASE_GONE = """
            {"error_code": "OSM.01010015", "error_msg": "This case does not exist."}""";

    /** OSM: urging too often, retryable, inside HTTP 200. */
    public static final String OSM_URGING = """
            {"error_code": "OSM.01010004", "error_msg": "You have asked for the order, please ask for it later."}""";

    public static final String OSM_TICKET = """
            {"incident_id": "20231218000123", "total_count": 1}""";

    /** OpenX: a 400 listing the rejected fields, nested errors under field_errors. */
    public static final String OPENX_OBJECT_VALIDATION = """
            {
              "type": "Object Validation",
              "message": "Some of the input fields did not pass validation.",
              "uid": "6000c4a1-e0c9-fff1-8123-0c9a66",
              "field_errors": {
                "name": {"type": "Require", "message": "This field requires a non-null value.",
                         "field": {"name": "name", "type": "string", "required": true}},
                "start_date": {"type": "Type", "message": "Cannot parse 'tomorrow' as a date/time.",
                               "field": {"name": "start_date", "type": "datetime"}}
              }
            }
            """;

    /** OpenX: the hourly rate limit, HTTP 429 (known by its status alone). */
    public static final String OPENX_RATE_LIMITED = """
            {"message": "Hourly API rate limit exceeded."}""";

    public static final String OPENX_CREATED = """
            {"uid": "60000b3c-c001-fff1-8123-0c9a66", "name": "Homepage leaderboard", "status": "Active"}""";

    /** WildDuck: a code and its text, at HTTP 404. */
    public static final String WILDDUCK_USER_NOT_FOUND = """
            {"error": "This user does not exist", "code": "UserNotFound"}""";

    /** WildDuck: a rate limit, at HTTP 403. */
    public static final String WILDDUCK_RATE_LIMITED = """
            {"error": "Authentication was rate limited.", "code": "RateLimitedError"}""";

    /** RFC 9110's preferred HTTP-date (IMF-fixdate), as Retry-After writes one. */
    public static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern(
            "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private VendorBodies() {}
}
