package dev.errata.processor.write.text;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Catalog text as Java expressions: string literals in pure ASCII, split where the class file cannot hold
 * the text as one constant. Catalog texts hold typographic quotes and other non-ASCII characters; escaping
 * them keeps generated sources byte-identical and correct whatever {@code -encoding} or platform charset
 * the build uses. Backslashes are doubled, so no text becomes a unicode escape
 * (<code>&#92;u002a</code>) that javac would translate before it even reads the literal.
 *
 * <p>A string constant of a class file holds at most 65,535 bytes of modified UTF-8 (one byte for
 * U+0001-U+007F, two for U+0000 and up to U+07FF, three for the rest, each half of a surrogate pair
 * apart), and javac also refuses one of 65,535 characters or more ("constant string too long"). A longer
 * text is written as {@code String.join("", "piece", "piece", ...)}: never joined with {@code +}, which javac
 * folds back into one constant.
 */
public final class Literals {

    /** The most bytes of modified UTF-8 one string constant holds: its length is a class file's u2. */
    public static final int MAX_CONSTANT_BYTES = 65_535;

    /** The most characters javac lets one string constant have (it refuses 65,535 and more). */
    public static final int MAX_CONSTANT_CHARS = 65_534;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Literals() {}

    /** {@link #quote} as a code block, for {@code $L}. */
    public static CodeBlock string(String value) {
        return CodeBlock.of("$L", quote(value));
    }

    /** {@code null} for an absent text, else its expression. */
    public static CodeBlock stringOrNull(Optional<String> value) {
        return CodeBlock.of("$L", quoteOrNull(value));
    }

    /** The text of {@link #stringOrNull}, for initializers written without JavaPoet. */
    public static String quoteOrNull(Optional<String> value) {
        return value.isPresent() ? quote(value.get()) : "null";
    }

    /**
     * A Java expression whose value is exactly {@code value}: one literal, or for a text beyond the limit of
     * one string constant, {@code String.join} of literals each within it. Not a constant expression then:
     * where Java requires one (annotation values, case labels), use {@link #constant}.
     */
    public static String quote(String value) {
        if (fitsOneConstant(value)) {
            return literal(value);
        }
        StringBuilder out = new StringBuilder(value.length() + 64).append("String.join(\"\"");
        for (String piece : pieces(value)) {
            out.append(", ").append(literal(piece));
        }
        return out.append(')').toString();
    }

    /**
     * One literal, for places that need a constant expression; a text too long for one constant is cut
     * there and ends with {@code ...}. Only for Errata's own notes (the {@code @Generated} comment), never
     * for a text that must read back.
     */
    public static String constant(String value) {
        if (fitsOneConstant(value)) {
            return literal(value);
        }
        // Three characters off the first piece make room for the three dots: each took a byte or more.
        String first = pieces(value).get(0);
        return literal(first.substring(0, first.length() - 3) + "...");
    }

    /**
     * Text for a {@code //} comment: as it is when it is printable ASCII without a backslash, else quoted as a
     * literal, escaped. Either way no line break ends the comment early and no unicode escape forms, which
     * javac translates in comments too.
     */
    public static String inLineComment(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '\\') {
                return literal(value);
            }
        }
        return value;
    }

    /** Whether {@code value} fits one string constant of a class file, as javac checks it. */
    public static boolean fitsOneConstant(String value) {
        return value.length() <= MAX_CONSTANT_CHARS && constantBytes(value) <= MAX_CONSTANT_BYTES;
    }

    /** The bytes {@code value} takes as a class file's string constant (modified UTF-8). */
    public static long constantBytes(String value) {
        long bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            bytes += constantBytes(value.charAt(i));
        }
        return bytes;
    }

    private static int constantBytes(char c) {
        return c >= 0x01 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
    }

    /**
     * {@code value} cut into pieces that each fit one string constant, never between the two halves of a
     * surrogate pair; the whole value as one piece when it fits.
     */
    public static List<String> pieces(String value) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            int size = constantBytes(value.charAt(i));
            if (bytes + size > MAX_CONSTANT_BYTES || i - start + 1 > MAX_CONSTANT_CHARS) {
                int cut = Character.isLowSurrogate(value.charAt(i)) && Character.isHighSurrogate(value.charAt(i - 1))
                        && i - 1 > start ? i - 1 : i;
                pieces.add(value.substring(start, cut));
                bytes = (int) constantBytes(value.substring(cut, i));
                start = cut;
            }
            bytes += size;
        }
        pieces.add(value.substring(start));
        return pieces;
    }

    /** One literal of {@code piece}, whatever its length: only for text known to fit one constant. */
    static String literal(String value) {
        int plain = 0;
        while (plain < value.length() && !needsEscape(value.charAt(plain))) {
            plain++;
        }
        if (plain == value.length()) {
            // Most catalog texts need no escape at all: one copy instead of one append per character.
            return '"' + value + '"';
        }
        StringBuilder out = new StringBuilder(value.length() + 16).append('"').append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                // After a lone high surrogate, javac (17 to 25 at least) misreads "\\\\u0041" as a unicode
                // escape: it peeks past the surrogate for its other half and loses count of backslashes.
                // Octal 134 is the same backslash, and no backslash pair.
                case '\\' -> out.append(i > 0 && Character.isHighSurrogate(value.charAt(i - 1)) ? "\\134" : "\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        // Octal, never \\u000a-style: javac translates unicode escapes before lexing.
                        out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                                .append((char) ('0' + (c & 7)));
                    } else if (c > 0x7E) {
                        // By hand, not String.format: catalogs of typographic quotes have thousands of these.
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                                .append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c > 0x7E || c == '"' || c == '\\';
    }
}
