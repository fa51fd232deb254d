package dev.errata.processor.write.text;

import com.palantir.javapoet.CodeBlock;
import java.util.Optional;

/**
 * Java string literals in pure ASCII. Catalog texts hold typographic quotes and other non-ASCII
 * characters; escaping them keeps generated sources byte-identical and correct whatever
 * {@code -encoding} or platform charset the build uses.
 */
public final class Literals {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Literals() {}

    public static CodeBlock string(String value) {
        return CodeBlock.of("$L", quote(value));
    }

    /** {@code null} for an absent text, else its literal. */
    public static CodeBlock stringOrNull(Optional<String> value) {
        return CodeBlock.of("$L", quoteOrNull(value));
    }

    /** The text of {@link #stringOrNull}, for initializers written without JavaPoet. */
    public static String quoteOrNull(Optional<String> value) {
        return value.isPresent() ? quote(value.get()) : "null";
    }

    public static String quote(String value) {
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
                case '\\' -> out.append("\\\\");
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
