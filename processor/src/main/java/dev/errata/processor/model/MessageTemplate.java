package dev.errata.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A message split into literal text and {@code {placeholder}} parts. {@code {{} and {@code }}} stand for
 * literal braces. Parsing never fails: a lone brace becomes a {@link Part.LoneBrace} for the validator
 * to report, and writers only ever see templates that have none. A brace pair around something that is
 * not a Java name ({@code {user-id}}, {@code {0}}) is one {@code LoneBrace} at its {@code {}, standing for
 * the whole pair.
 */
public record MessageTemplate(List<Part> parts) {

    /** One piece of a message. */
    public sealed interface Part permits Part.Text, Part.Placeholder, Part.LoneBrace {
        /** Literal text, braces already unescaped. */
        record Text(String text) implements Part {}

        /** {@code {name}}. */
        record Placeholder(String name) implements Part {}

        /** A brace that is neither doubled nor part of a placeholder; {@code index} is 0-based. */
        record LoneBrace(char brace, int index) implements Part {}
    }

    public static MessageTemplate parse(String message) {
        if (message.indexOf('{') < 0 && message.indexOf('}') < 0) {
            // Most messages have no braces: the whole message is one text, as the loop below would find.
            return new MessageTemplate(message.isEmpty() ? List.of() : List.of(new Part.Text(message)));
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < message.length() && message.charAt(i + 1) == c) {
                text.append(c);
                i += 2;
            } else if (c == '{') {
                int close = message.indexOf('}', i + 1);
                String name = close < 0 ? "" : message.substring(i + 1, close);
                if (close > 0 && JavaNames.isIdentifier(name)) {
                    flush(text, parts);
                    parts.add(new Part.Placeholder(name));
                    i = close + 1;
                } else if (close > 0 && name.indexOf('{') < 0) {
                    // {user-id}, {0}, {}: meant as a placeholder, but not named like one. One fault, one part.
                    flush(text, parts);
                    parts.add(new Part.LoneBrace(c, i));
                    i = close + 1;
                } else {
                    flush(text, parts);
                    parts.add(new Part.LoneBrace(c, i));
                    i++;
                }
            } else if (c == '}') {
                flush(text, parts);
                parts.add(new Part.LoneBrace(c, i));
                i++;
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, parts);
        return new MessageTemplate(List.copyOf(parts));
    }

    private static void flush(StringBuilder text, List<Part> parts) {
        if (text.length() > 0) {
            parts.add(new Part.Text(text.toString()));
            text.setLength(0);
        }
    }

    /** Placeholder names in order of first appearance. */
    public List<String> placeholderNames() {
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Part.Placeholder p && !names.contains(p.name())) {
                names.add(p.name());
            }
        }
        return names;
    }

    /** The message as the vendor sends it when it has no placeholders: escapes resolved. */
    public String literalText() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Part.Text t) {
                out.append(t.text());
            } else if (part instanceof Part.Placeholder p) {
                out.append('{').append(p.name()).append('}');
            } else if (part instanceof Part.LoneBrace b) {
                out.append(b.brace());
            }
        }
        return out.toString();
    }
}
