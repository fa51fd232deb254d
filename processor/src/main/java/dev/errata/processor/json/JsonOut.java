package dev.errata.processor.json;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON as Java (Map with String keys, List, String, Number, Boolean, null) as indented JSON text, for
 * the files Errata produces besides Java sources: the docs index, the lock file, diff reports, SARIF. Keys
 * keep their map's order and every character outside printable ASCII is escaped, so the same value always
 * gives the same bytes whatever the platform's encoding.
 */
public final class JsonOut {

    private JsonOut() {}

    /** {@code value} as JSON, indented by two spaces, ending in a line feed. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out, 0, true);
        return out.append('\n').toString();
    }

    /** {@code value} as JSON on one line. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder(64);
        write(value, out, 0, false);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int depth, boolean indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            writeMembers(map.entrySet().iterator(), map.isEmpty(), '{', '}', out, depth, indent);
        } else if (value instanceof List<?> list) {
            writeMembers(list.iterator(), list.isEmpty(), '[', ']', out, depth, indent);
        } else {
            string(value.toString(), out);
        }
    }

    private static void writeMembers(Iterator<?> items, boolean empty, char open, char close, StringBuilder out, int depth,
            boolean indent) {
        out.append(open);
        if (empty) {
            out.append(close);
            return;
        }
        boolean first = true;
        while (items.hasNext()) {
            Object item = items.next();
            out.append(first ? "" : ",");
            first = false;
            newline(out, depth + 1, indent);
            if (item instanceof Map.Entry<?, ?> member) {
                string(String.valueOf(member.getKey()), out);
                out.append(indent ? ": " : ":");
                write(member.getValue(), out, depth + 1, indent);
            } else {
                write(item, out, depth + 1, indent);
            }
        }
        newline(out, depth, indent);
        out.append(close);
    }

    private static void newline(StringBuilder out, int depth, boolean indent) {
        if (indent) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    /** A JSON string literal: quotes, backslashes, controls and all but printable ASCII escaped. */
    public static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        out.append('"');
    }
}
