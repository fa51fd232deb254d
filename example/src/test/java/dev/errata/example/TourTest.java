package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tour runs, prints the same screen every time, in plain ASCII, and shows what the README promises. */
class TourTest {

    private static String tour(String... vendors) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Tour.print(out, vendors);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheSameScreenEveryTime() {
        assertThat(tour()).isEqualTo(tour());
    }

    @Test
    void isPlainAsciiAndFitsAHundredColumns() {
        for (String line : tour().split("\n", -1)) {
            assertThat(line.chars().allMatch(c -> c >= 0x20 && c < 0x7F)).isTrue();
            assertThat(line.length()).isAtMost(100);
        }
    }

    @Test
    void walksEveryVendorInOrder() {
        String tour = tour();
        int oma = tour.indexOf("=== OMA");
        int wildduck = tour.indexOf("=== WildDuck");
        int openx = tour.indexOf("=== OpenX");
        int osm = tour.indexOf("=== OSM");
        assertThat(oma).isAtLeast(0);
        assertThat(wildduck).isGreaterThan(oma);
        assertThat(openx).isGreaterThan(wildduck);
        assertThat(osm).isGreaterThan(openx);
    }

    @Test
    void turnsADriversSqlExceptionIntoTheTypedExceptionOfItsClass() {
        String postgresql = tour("postgresql");
        // 260 codes: past generation's auto limit, so the table form with one exception class per SQLSTATE class.
        assertThat(postgresql).contains("code 23505 -> PostgresqlError ERRCODE_UNIQUE_VIOLATION (table form)\n"
                + "   -> PostgresqlIntegrityConstraintViolationException\n");
        assertThat(postgresql).contains("caught as PostgresqlIntegrityConstraintViolationException");
        String mysql = tour("mysql");
        assertThat(mysql).contains("code 1062 -> MysqlError ER_DUP_ENTRY (table form)");
        assertThat(mysql).contains("caught as MysqlIntegrityConstraintViolationException");
    }

    @Test
    void showsTheCodeTheConstantTheClassAndTheCategoryClassThatCaughtIt() {
        String oma = tour("oma");
        // Each catalog's HTML page as a path that opens from where the tour runs (here the module folder; from the
        // repository root, example/target/...), and it is the page the processor wrote.
        assertThat(tour()).contains("  target/classes/META-INF/errata/docs/dev.errata.example.oma/Oma.html\n");
        assertThat(tour()).doesNotContain("(missing)");
        try {
            String page = java.nio.file.Files.readString(java.nio.file.Path.of(Tour.docs("oma")));
            assertThat(page).contains("<h3 id=\"code-20\">");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(oma).contains("code 20 -> OmaError.TRY_AGAIN_LATER -> OmaTryAgainLaterException");
        assertThat(oma).contains("caught as OmaTransientException (category transient)");
        assertThat(oma).contains("HTTP 200 | retryable yes");
        assertThat(oma).contains("OmaUnknownException");
        assertThat(oma).doesNotContain("=== OSM");

        String osm = tour("osm");
        assertThat(osm).contains("code OSM.01010015 -> OsmError.CASE_DOES_NOT_EXIST -> OsmCaseDoesNotExistException");
        assertThat(osm).contains("HTTP 200 | retryable no");
        assertThat(tour("openx")).contains("HTTP 429 | retryable yes");
        assertThat(tour("wildduck")).contains("caught as WildduckRateLimitException (category rate-limit)");
    }

    @Test
    void decodesARealisticBodyPerVendorAndShowsIt() {
        String oma = tour("oma");
        assertThat(oma).contains("OmaErrors.decode(200, body)");
        assertThat(oma).contains("   HTTP 200 {\"success\":false,\"error\":\"Invalid credentials supplied in request.\","
                + "\"error_number\":1}\n   code 1 -> OmaError.INVALID_CREDENTIALS -> OmaInvalidCredentialsException\n"
                + "   caught as OmaAuthenticationException (category authentication)");

        String wildduck = tour("wildduck");
        assertThat(wildduck).contains("   HTTP 404 {\"error\": \"This user does not exist\", \"code\": \"UserNotFound\"}\n"
                + "   code UserNotFound -> WildduckError.USER_NOT_FOUND -> WildduckUserNotFoundException\n"
                + "   caught as WildduckNotFoundException (category not-found)");

        String openx = tour("openx");
        assertThat(openx).contains("   HTTP 400 {\"type\": \"Object Validation\"");
        assertThat(openx).contains("-> OpenxError.OBJECT_VALIDATION -> OpenxObjectValidationException\n"
                + "   caught as OpenxInvalidInputException (category validation)");
        assertThat(openx).contains("   field_errors.name: OpenxRequireException \"This field requires a non-null value.\"\n"
                + "   field_errors.start_date: OpenxTypeException");

        String osm = tour("osm");
        assertThat(osm).contains("   HTTP 200 {\"error_code\": \"OSM.01010015\", \"error_msg\": \"This case does not exist.\"}\n"
                + "   code OSM.01010015 -> OsmError.CASE_DOES_NOT_EXIST -> OsmCaseDoesNotExistException");
    }

    @Test
    void everyVendorsScreenStaysCompact() {
        for (String vendor : new String[] {"oma", "wildduck", "openx", "osm"}) {
            String screen = tour(vendor);
            // The vendor's own screen: from its title to the list of docs that ends the tour.
            String own = screen.substring(screen.indexOf("=== "), screen.indexOf("Reference docs ("));
            assertWithMessage(vendor).that(own.split("\n", -1).length).isAtMost(31);
        }
    }
}
