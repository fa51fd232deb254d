package dev.errata.processor.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a reader of a doc comment sees of a catalog text: markup dropped, character references resolved. */
public final class JavadocText {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|lt|gt|amp|quot);");
    private static final Pattern MARKUP = Pattern.compile("</?(p|br|code|ul|li)>");

    private JavadocText() {}

    /**
     * The comment as text: the markup Errata adds ({@code <p>}, {@code <br>}, {@code <code>}) removed, then
     * character references resolved, then every run of white space one space. Markup a catalog wrote is
     * escaped, so it comes back here as text.
     */
    public static String plain(String comment) {
        String withoutMarkup = MARKUP.matcher(comment).replaceAll(" ");
        Matcher reference = REFERENCE.matcher(withoutMarkup);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String character = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                default -> String.valueOf((char) Integer.parseInt(name.substring(1)));
            };
            reference.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        reference.appendTail(out);
        return spaced(out.toString());
    }

    /** Every run of white space ({@link Character#isWhitespace}, as {@code String.strip} has it) one space, ends trimmed. */
    public static String spaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
