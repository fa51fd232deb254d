package dev.errata.processor.testing;

/** Any Java string as a YAML scalar that reads back as exactly that string. */
public final class YamlText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private YamlText() {}

    /**
     * A double-quoted YAML scalar: printable ASCII as it is, everything else (line breaks, NUL, non-ASCII,
     * lone surrogates) as a {@code \\uXXXX} escape, which SnakeYAML Engine reads back char for char.
     */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c <= 0x7E) {
                out.append(c);
            } else {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return out.append('"').toString();
    }
}
