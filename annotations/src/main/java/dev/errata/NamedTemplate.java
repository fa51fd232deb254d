package dev.errata;

/**
 * Messages of the named syntax, {@code No such {object}: '{id}'} ({@code {{} and {@code }}} for literal braces),
 * at run time: generated exceptions read their typed parameters back from a message received in that shape, and
 * renderers tell a template with placeholders from one without. The processor has already checked every
 * template, so none holds a lone brace.
 */
public final class NamedTemplate {

    private NamedTemplate() {}

    /**
     * Whether a template has a placeholder: a brace that is not one of a doubled pair.
     *
     * @param template a template of the named syntax
     * @return whether it has a placeholder
     */
    public static boolean hasPlaceholders(String template) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' || c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == c) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The text of a template without placeholders, as an exception carries it: each doubled brace a single one.
     *
     * @param template a template of the named syntax without placeholders
     * @return the text
     */
    public static String literal(String template) {
        if (template.indexOf('{') < 0 && template.indexOf('}') < 0) {
            return template;
        }
        return template.replace("{{", "{").replace("}}", "}");
    }

    /**
     * The text of each placeholder in a message received in a template's shape, or null when it has another.
     * The template is given as its literal parts, braces already single, one more than it has placeholders
     * ({@code "No such ", ": '", "'"}): the message must start with the first and end with the last, and hold the
     * others in order between, each placeholder taking the text up to the next one's first occurrence. Two
     * placeholders side by side (an empty part between them) could split anywhere: such a template matches
     * nothing.
     *
     * @param message the message as received, or null
     * @param literals the template's literal parts, in order
     * @return the placeholders' texts, in the template's order, or null
     */
    public static String[] match(String message, String... literals) {
        if (message == null || literals.length < 2) {
            return null;
        }
        String first = literals[0];
        String last = literals[literals.length - 1];
        if (message.length() < first.length() + last.length() || !message.startsWith(first)
                || !message.endsWith(last)) {
            return null;
        }
        int end = message.length() - last.length();
        String[] values = new String[literals.length - 1];
        int from = first.length();
        for (int i = 1; i < literals.length - 1; i++) {
            String between = literals[i];
            if (between.isEmpty()) {
                return null;
            }
            int at = message.indexOf(between, from);
            if (at < 0 || at + between.length() > end) {
                return null;
            }
            values[i - 1] = message.substring(from, at);
            from = at + between.length();
        }
        if (from > end) {
            return null;
        }
        values[values.length - 1] = message.substring(from, end);
        return values;
    }

    /**
     * An {@code int} parameter's value, when {@code text} is exactly how the template writes one
     * ({@code String.valueOf}): {@code 42}, {@code -7}; not {@code 042}, {@code +7} or {@code 4e1}.
     *
     * @param text the placeholder's text
     * @return the value, or null
     */
    public static Integer parseInt(String text) {
        Long value = parseLong(text);
        return value == null || value.longValue() != value.intValue() ? null : Integer.valueOf(value.intValue());
    }

    /**
     * A {@code long} parameter's value, when {@code text} is exactly how the template writes one.
     *
     * @param text the placeholder's text
     * @return the value, or null
     */
    public static Long parseLong(String text) {
        if (text.isEmpty() || text.length() > 20) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            return String.valueOf(value).equals(text) ? Long.valueOf(value) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A {@code double} parameter's value, when {@code text} is exactly how the template writes one
     * ({@code String.valueOf}: {@code 0.5}, {@code 1.0E10}, {@code NaN}); not {@code .5} or {@code 0.50}.
     *
     * @param text the placeholder's text
     * @return the value, or null
     */
    public static Double parseDouble(String text) {
        if (text.isEmpty() || text.length() > 32) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return String.valueOf(value).equals(text) ? Double.valueOf(value) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A {@code char} parameter's value: a text of one character.
     *
     * @param text the placeholder's text
     * @return the value, or null
     */
    public static Character parseChar(String text) {
        return text.length() == 1 ? Character.valueOf(text.charAt(0)) : null;
    }

    /**
     * A {@code boolean} parameter's value: {@code true} or {@code false}, as the template writes them.
     *
     * @param text the placeholder's text
     * @return the value, or null
     */
    public static Boolean parseBoolean(String text) {
        return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
    }
}
