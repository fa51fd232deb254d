package dev.errata;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON as Java (String, Number, Boolean, List, Map with String keys, null) as JSON text. Generated
 * renderers use it to write error bodies and {@code application/problem+json}; it needs no JSON library.
 */
public final class JsonText {

    private JsonText() {}

    /** The JSON text of {@code value}. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(64);
        write(value, out);
        return out.toString();
    }

    /**
     * Appends the JSON text of {@code value}: maps become objects (keys in iteration order), lists arrays,
     * numbers as {@link #number} writes them or by {@code toString()}, anything else a string.
     */
    public static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean) {
            out.append(value.toString());
        } else if (value instanceof BigDecimal) {
            out.append(number((BigDecimal) value));
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.append(value.toString());
        } else if (value instanceof Number) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                out.append("null");
            } else {
                out.append(value.toString());
            }
        } else if (value instanceof Map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = ((Map<?, ?>) value).entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
                if (entries.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof List) {
            out.append('[');
            Iterator<?> items = ((List<?>) value).iterator();
            while (items.hasNext()) {
                write(items.next(), out);
                if (items.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else {
            string(value.toString(), out);
        }
    }

    /**
     * A number as JSON text of bounded length: plain digits ({@code 7}, {@code 0.25}) unless its exponent is
     * large, then scientific ({@code 1E+999999999}), so that a received {@code 1e999999999} never expands into
     * a billion digits.
     *
     * @param number the number
     * @return its text
     */
    public static String number(BigDecimal number) {
        int scale = number.scale();
        return scale > -64 && scale < 64 ? number.toPlainString() : number.toString();
    }

    /**
     * Appends {@code text} as a JSON string, escaping quotes, backslashes, control characters, and surrogates
     * that are not half of a pair: such a one has no UTF-8, so written raw it would reach the other side as
     * {@code ?}; escaped, a JSON parser gives it back.
     */
    public static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || loneSurrogate(text, i)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    /** Whether the char at {@code i} is a surrogate without its other half beside it. */
    private static boolean loneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
