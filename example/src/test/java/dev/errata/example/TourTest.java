package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;

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
    void showsTheCodeTheConstantTheClassAndTheCategoryClassThatCaughtIt() {
        String oma = tour("oma");
        assertThat(oma).contains("code 20 -> OmaError.TRY_AGAIN_LATER -> OmaTryAgainLaterException");
        assertThat(oma).contains("caught as OmaTransientException (category transient)");
        assertThat(oma).contains("HTTP none in catalog | retryable yes");
        assertThat(oma).contains("OmaUnknownException");
        assertThat(oma).doesNotContain("=== OSM");

        String osm = tour("osm");
        assertThat(osm).contains("code OSM.01010015 -> OsmError.CASE_DOES_NOT_EXIST -> OsmCaseDoesNotExistException");
        assertThat(osm).contains("HTTP 200 | retryable no");
        assertThat(tour("openx")).contains("HTTP 429 | retryable yes");
        assertThat(tour("wildduck")).contains("caught as WildduckRateLimitException (category rate-limit)");
    }
}
