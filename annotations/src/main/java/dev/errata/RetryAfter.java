package dev.errata;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads the HTTP {@code Retry-After} header (RFC 9110, section 10.2.3) in both of its forms, a number of
 * seconds ({@code 120}) or an HTTP-date ({@code Fri, 31 Dec 1999 23:59:59 GMT}), as the time to wait. Generated
 * decoders use it for the response of every error they decode; it serves any HTTP client as well.
 *
 * <p>HTTP-dates are read in all three forms RFC 9110 (section 5.6.7) says a recipient must accept: the
 * preferred IMF-fixdate, and the obsolete RFC 850 ({@code Friday, 31-Dec-99 23:59:59 GMT}) and asctime
 * ({@code Fri Dec 31 23:59:59 1999}) forms. Nothing here throws, and nothing depends on the default locale or
 * time zone: what is not one of these forms is absent.
 */
public final class RetryAfter {

    /** Longest header value read: the longest HTTP-date is 35 characters; anything longer is no value of it. */
    private static final int MAX_LENGTH = 64;

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] LONG_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private RetryAfter() {}

    /**
     * The time to wait that a {@code Retry-After} value asks for: its seconds, or the time from {@code now} to
     * its date (zero for a date already past); empty for anything else. Seconds beyond what a {@code Duration}
     * holds are read as the longest one.
     *
     * @param value the header's value, or null
     * @param now the time the response was sent (its {@code Date} header) or received; only a date needs it
     * @return the time to wait, or empty
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (isDigits(text, 0, text.length())) {
            // 1*DIGIT: leading zeros allowed; more than a long holds is "a very long time", not an error.
            String digits = stripLeadingZeros(text);
            long seconds = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
            return Optional.of(Duration.ofSeconds(seconds));
        }
        Optional<Instant> date = parseHttpDate(text);
        if (!date.isPresent() || now == null) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, date.get());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    /**
     * An HTTP-date in any of the three forms RFC 9110 names, as an instant; empty for anything else. RFC 850's
     * two-digit years are read as RFC 9110 says: a year that would be more than 50 years in the future is the
     * latest past year with the same two last digits.
     *
     * @param value the date as sent (the {@code Date} or {@code Retry-After} header), or null
     * @return the instant, or empty
     */
    public static Optional<Instant> parseHttpDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            int comma = text.indexOf(',');
            if (comma < 0) {
                return asctime(text);
            }
            String day = text.substring(0, comma);
            if (indexOf(DAYS, day) >= 0) {
                return imfFixdate(text.substring(comma + 1));
            }
            if (indexOf(LONG_DAYS, day) >= 0) {
                return rfc850(text.substring(comma + 1));
            }
            return Optional.empty();
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            // A day that does not exist (31 Feb), or a field out of range: not a date.
            return Optional.empty();
        }
    }

    /** {@code " 06 Nov 1994 08:49:37 GMT"}, the day name and comma already read. */
    private static Optional<Instant> imfFixdate(String rest) {
        // " DD Mon YYYY HH:MM:SS GMT": exactly 25 characters.
        if (rest.length() != 25 || rest.charAt(0) != ' ' || rest.charAt(3) != ' ' || rest.charAt(7) != ' '
                || rest.charAt(12) != ' ' || !rest.endsWith(" GMT")) {
            return Optional.empty();
        }
        int month = indexOf(MONTHS, rest.substring(4, 7));
        if (month < 0 || !isDigits(rest, 1, 3) || !isDigits(rest, 8, 12)) {
            return Optional.empty();
        }
        return at(Integer.parseInt(rest.substring(8, 12)), month + 1, Integer.parseInt(rest.substring(1, 3)),
                rest.substring(13, 21));
    }

    /** {@code " 06-Nov-94 08:49:37 GMT"}, the day name and comma already read. */
    private static Optional<Instant> rfc850(String rest) {
        // " DD-Mon-YY HH:MM:SS GMT": exactly 23 characters.
        if (rest.length() != 23 || rest.charAt(0) != ' ' || rest.charAt(3) != '-' || rest.charAt(7) != '-'
                || rest.charAt(10) != ' ' || !rest.endsWith(" GMT")) {
            return Optional.empty();
        }
        int month = indexOf(MONTHS, rest.substring(4, 7));
        if (month < 0 || !isDigits(rest, 1, 3) || !isDigits(rest, 8, 10)) {
            return Optional.empty();
        }
        int twoDigits = Integer.parseInt(rest.substring(8, 10));
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        int year = thisYear - Math.floorMod(thisYear, 100) + twoDigits;
        if (year > thisYear + 50) {
            year -= 100;
        }
        return at(year, month + 1, Integer.parseInt(rest.substring(1, 3)), rest.substring(11, 19));
    }

    /** {@code "Sun Nov  6 08:49:37 1994"}: the day of the month padded with a space, no zone (it is GMT). */
    private static Optional<Instant> asctime(String text) {
        // "Www Mmm DD HH:MM:SS YYYY": exactly 24 characters.
        if (text.length() != 24 || text.charAt(3) != ' ' || text.charAt(7) != ' ' || text.charAt(10) != ' '
                || text.charAt(19) != ' ' || indexOf(DAYS, text.substring(0, 3)) < 0) {
            return Optional.empty();
        }
        int month = indexOf(MONTHS, text.substring(4, 7));
        String day = text.charAt(8) == ' ' ? text.substring(9, 10) : text.substring(8, 10);
        if (month < 0 || !isDigits(day, 0, day.length()) || !isDigits(text, 20, 24)) {
            return Optional.empty();
        }
        return at(Integer.parseInt(text.substring(20, 24)), month + 1, Integer.parseInt(day), text.substring(11, 19));
    }

    /** The instant of a date and a {@code HH:MM:SS} time, in GMT; a second of 60 (a leap second) is the next. */
    private static Optional<Instant> at(int year, int month, int day, String time) {
        if (time.length() != 8 || time.charAt(2) != ':' || time.charAt(5) != ':' || !isDigits(time, 0, 2)
                || !isDigits(time, 3, 5) || !isDigits(time, 6, 8)) {
            return Optional.empty();
        }
        int second = Integer.parseInt(time.substring(6, 8));
        LocalDateTime dateTime = LocalDateTime.of(year, month, day, Integer.parseInt(time.substring(0, 2)),
                Integer.parseInt(time.substring(3, 5)), Math.min(second, 59));
        Instant instant = dateTime.toInstant(ZoneOffset.UTC);
        return Optional.of(second == 60 ? instant.plusSeconds(1) : instant);
    }

    private static boolean isDigits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
