package dev.errata.processor.json;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
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
        return write(value, new StringBuilder(256));
    }

    /** As {@link #write(Object)}, into {@code out} (empty, sized by the caller for a large value). */
    public static String write(Object value, StringBuilder out) {
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
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * A JSON string literal: quotes, backslashes, controls and all but printable ASCII escaped. Runs that need no
     * escape are copied whole: the docs index of a large catalog is tens of megabytes of such strings.
     */
    public static void string(String text, StringBuilder out) {
        out.append('"');
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, copied, i);
            copied = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                        .append(HEX[c & 15]);
            }
        }
        out.append(text, copied, text.length()).append('"');
    }
}
