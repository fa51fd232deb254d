package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("1994-11-06T08:49:00Z");

    @Test
    void secondsAreReadAsTheyStand() {
        assertThat(RetryAfter.parse("120", NOW)).hasValue(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).hasValue(Duration.ZERO);
        assertThat(RetryAfter.parse("007", NOW)).hasValue(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("120", null)).hasValue(Duration.ofSeconds(120));
    }

    @Test
    void moreSecondsThanALongHoldsAreTheLongestWait() {
        assertThat(RetryAfter.parse(repeat("9", 40), NOW)).hasValue(Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(RetryAfter.parse(repeat("0", 30) + "5", NOW)).hasValue(Duration.ofSeconds(5));
    }

    @Test
    void eachFormOfAnHttpDateIsTheTimeUntilThen() {
        Duration wait = Duration.ofSeconds(37);
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).hasValue(wait);
        assertThat(RetryAfter.parse("Sun Nov  6 08:49:37 1994", NOW)).hasValue(wait);
        assertThat(RetryAfter.parse("Sun Nov 16 08:49:37 1994", NOW)).hasValue(wait.plusDays(10));
        // RFC 850's two-digit year is the one within 50 years from now, in the past if need be.
        int year = LocalDate.now(ZoneOffset.UTC).getYear() % 100;
        Instant sameDayThisCentury = LocalDate.now(ZoneOffset.UTC).withMonth(11).withDayOfMonth(6).atStartOfDay()
                .toInstant(ZoneOffset.UTC).plusSeconds(8 * 3600 + 49 * 60 + 37);
        assertThat(RetryAfter.parseHttpDate(String.format("Sunday, 06-Nov-%02d 08:49:37 GMT", year)))
                .hasValue(sameDayThisCentury);
        assertThat(RetryAfter.parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"))
                .hasValue(Instant.parse("1994-11-06T08:49:37Z"));
    }

    @Test
    void aDatePastMeansNoWait() {
        assertThat(RetryAfter.parse("Sat, 05 Nov 1994 08:49:37 GMT", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void aLeapSecondIsTheNextSecond() {
        assertThat(RetryAfter.parseHttpDate("Sat, 31 Dec 2016 23:59:60 GMT"))
                .hasValue(Instant.parse("2017-01-01T00:00:00Z"));
    }

    @Test
    void anythingElseIsAbsent() {
        for (String value : Arrays.asList(null, "", " ", "-1", "+5", "1.5", "1e3", "0x10", "12 s", "soon",
                "Sun, 06 Nov 1994 08:49:37 UTC", "sun, 06 Nov 1994 08:49:37 GMT", "Sun, 6 Nov 1994 08:49:37 GMT",
                "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 24:49:37 GMT", "Sun, 06 Nov 1994 08:61:37 GMT",
                "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 94 08:49:37 GMT", "Sun, 06 Nov 1994 08:49 GMT",
                "Sunday, 06-Nov-1994 08:49:37 GMT", "Sun Nov 6 08:49:37 1994", "Sun Nov  6 08:49:37 94",
                "Funday, 06-Nov-94 08:49:37 GMT", repeat("1", 100), "Sun, 06 Nov 1994 08:49:37 GMT" + repeat(" ", 80) + "x",
                "\u0661\u0662")) {
            assertThat(RetryAfter.parse(value, NOW)).isEmpty();
        }
    }

    @Test
    void aDateWithoutATimeToCountFromIsAbsent() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", null)).isEmpty();
    }

    private static String repeat(String text, int times) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < times; i++) {
            out.append(text);
        }
        return out.toString();
    }
}
