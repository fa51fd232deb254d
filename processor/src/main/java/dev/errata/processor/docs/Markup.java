package dev.errata.processor.docs;

/**
 * Escapes catalog text for the docs pages: catalog text is data, so it can never open a tag, a link, a code
 * block or a table cell of its own.
 *
 * <p>The escapers append to the page being written and copy the runs between special characters whole: the pages
 * of 50,000 codes are tens of megabytes each, and a new string per text and an append per character were most of
 * what writing them cost.
 */
final class Markup {

    private Markup() {}

    /** Text for HTML: {@code & < > "} as entities. */
    static String html(String text) {
        return html(text, new StringBuilder(text.length() + 16)).toString();
    }

    /** Appends {@code text} to {@code out} as {@link #html(String)} writes it. */
    static StringBuilder html(String text, StringBuilder out) {
        return escape(text, out, false);
    }

    /**
     * Text for Markdown, on one line: HTML's specials as entities, Markdown's punctuation backslash-escaped,
     * line breaks as spaces.
     */
    static String md(String text) {
        return md(text, new StringBuilder(text.length() + 16)).toString();
    }

    /** Appends {@code text} to {@code out} as {@link #md(String)} writes it. */
    static StringBuilder md(String text, StringBuilder out) {
        return escape(text, out, true);
    }

    /** Appends text for a table cell: as {@link #md(String, StringBuilder)}, never empty-looking. */
    static StringBuilder cell(String text, StringBuilder out) {
        return md(text, out);
    }

    private static StringBuilder escape(String text, StringBuilder out, boolean markdown) {
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            String replacement = markdown ? markdownReplacement(text.charAt(i)) : htmlReplacement(text.charAt(i));
            if (replacement != null) {
                out.append(text, copied, i).append(replacement);
                copied = i + 1;
            }
        }
        return out.append(text, copied, text.length());
    }

    /** What HTML text writes for {@code c}, or null for {@code c} itself. */
    private static String htmlReplacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
        };
    }

    /** What Markdown text on one line writes for {@code c}, or null for {@code c} itself. */
    private static String markdownReplacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\n', '\r' -> " ";
            case '\\' -> "\\\\";
            case '`' -> "\\`";
            case '*' -> "\\*";
            case '_' -> "\\_";
            case '[' -> "\\[";
            case ']' -> "\\]";
            case '|' -> "\\|";
            case '#' -> "\\#";
            case '~' -> "\\~";
            case '!' -> "\\!";
            default -> null;
        };
    }

    /** A fenced code block longer than any run of backticks inside {@code text}. */
    static String fenced(String text, String language) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
    }
}
