package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * Java string literals in pure ASCII. Catalog texts hold typographic quotes and other non-ASCII
 * characters; escaping them keeps generated sources byte-identical and correct whatever
 * {@code -encoding} or platform charset the build uses.
 */
final class Literals {

    private Literals() {}

    static CodeBlock string(String value) {
        return CodeBlock.of("$L", quote(value));
    }

    /** {@code null} for an absent text, else its literal. */
    static CodeBlock stringOrNull(java.util.Optional<String> value) {
        return value.map(Literals::string).orElse(CodeBlock.of("null"));
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
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
                        out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
                    } else if (c > 0x7E) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
