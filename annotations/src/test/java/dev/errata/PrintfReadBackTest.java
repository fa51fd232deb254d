package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** What a printf conversion printed, read back: only a value that prints the very same text. */
class PrintfReadBackTest {

    @Test
    void stringsAreTheirTextWithinWidthAndPrecision() {
        assertThat(Printf.readString("%s", "a@b.c")).isEqualTo("a@b.c");
        assertThat(Printf.readString("%-.192s", "users.email")).isEqualTo("users.email");
        assertThat(Printf.readString("%5s", "  abc")).isEqualTo("  abc");
        assertThat(Printf.readString("%5s", "abc")).isNull();
        assertThat(Printf.readString("%.2s", "abc")).isNull();
    }

    @Test
    void integersAreReadInTheirConversionsBase() {
        assertThat(Printf.readInt("%d", "42")).isEqualTo(42);
        assertThat(Printf.readInt("%d", "-7")).isEqualTo(-7);
        assertThat(Printf.readInt("%d", "042")).isNull();
        assertThat(Printf.readInt("%05d", "00042")).isEqualTo(42);
        assertThat(Printf.readInt("%x", "ff")).isEqualTo(255);
        assertThat(Printf.readInt("%X", "FF")).isEqualTo(255);
        assertThat(Printf.readInt("%x", "FF")).isNull();
        assertThat(Printf.readInt("%o", "17")).isEqualTo(15);
        assertThat(Printf.readInt("%u", "4294967295")).isEqualTo(-1);
        assertThat(Printf.readLong("%lu", "18446744073709551615")).isEqualTo(-1L);
        assertThat(Printf.readLong("%lld", "-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(Printf.readInt("%d", "99999999999")).isNull();
        assertThat(Printf.readInt("%d", "4e1")).isNull();
        assertThat(Printf.readInt("%d", "")).isNull();
    }

    @Test
    void doublesAreTheDigitsPrinted() {
        assertThat(Printf.readDouble("%.2f", "3.14")).isEqualTo(3.14);
        assertThat(Printf.readDouble("%f", "3.140000")).isEqualTo(3.14);
        assertThat(Printf.readDouble("%.2f", "3.1")).isNull();
        assertThat(Printf.readDouble("%f", "1d")).isNull();
        assertThat(Printf.readDouble("%f", "NaN")).isNull();
    }

    @Test
    void aCharIsOneCharacter() {
        assertThat(Printf.readChar("%c", "x")).isEqualTo('x');
        assertThat(Printf.readChar("%c", "xy")).isNull();
        assertThat(Printf.readChar("%3c", "  x")).isEqualTo('x');
    }
}
