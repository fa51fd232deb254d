package dev.errata.processor.write.text;

import com.palantir.javapoet.CodeBlock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Javadoc from catalog texts. Texts are copied word for word from vendor pages, so anything Javadoc
 * would read as markup ({@code <}, {@code &}, {@code @} tags, a closing comment) is escaped, and non-ASCII
 * and control characters become unicode escapes, to keep sources pure ASCII; blank control characters (tab,
 * form feed, the separators) become spaces, since Javadoc is prose and javac's doc reader drops some of them.
 *
 * <p>Not HTML character references for those: doclint ({@code -Xdoclint}) refuses a reference to a control
 * character, to either half of a surrogate pair and to any character its JDK's Unicode does not assign,
 * which would make the output depend on the JDK. javac reads a unicode escape in a comment as the character
 * itself, which doclint takes as text. Only characters that cannot end the comment or its line are
 * escaped so: never a line break, {@code *}, {@code /} or a backslash.
 */
public final class Docs {

    /** A line break, blanks, another line break: the end of a paragraph. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Docs() {}

    /**
     * Escaped text; a blank line starts a new paragraph, other line breaks ({@code \n}, {@code \r\n},
     * {@code \r}) stay breaks. Empty for a text of white space only.
     */
    public static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        String stripped = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (stripped.indexOf('\n') < 0) {
            // One line, as most catalog texts are: no paragraphs to split, by a regular expression per text.
            escapeLine(stripped, out);
            return out.toString();
        }
        for (String paragraph : PARAGRAPH_BREAK.split(stripped)) {
            StringBuilder escaped = new StringBuilder(paragraph.length() + 16);
            for (String line : paragraph.split("\\n")) {
                // A line of white space only (U+2003, say) is no line: a paragraph of such would be an empty <p>.
                if (!line.isBlank()) {
                    escapeLine(line.strip(), escaped.append(escaped.length() > 0 ? "<br>\n" : ""));
                }
            }
            if (escaped.length() > 0) {
                out.append(out.length() > 0 ? "\n\n<p>" : "").append(escaped);
            }
        }
        return out.toString();
    }

    /**
     * Appends {@code line} as Javadoc shows it and javac cannot misread it: a backslash as {@code &#92;}, so
     * that no text forms a unicode escape, which javac translates before it lexes the comment
     * (<code>&#92;u002a/</code> would close it, <code>&#92;users</code> is an illegal escape); {@code /} after
     * {@code *} as {@code &#47;}, so no text closes the comment; {@code *} starting a line as {@code &#42;},
     * which javac would drop with the line's leading asterisks; markup characters as references, so text
     * stays text; control and non-ASCII characters as unicode escapes (see the class comment).
     */
    private static void escapeLine(String line, StringBuilder out) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(out.length() > 0 && out.charAt(out.length() - 1) == '*' ? "&#47;" : "/");
                case '*' -> out.append(i == 0 ? "&#42;" : "*");
                // Never an escape javac would read as a line break: the callers split lines, this is a safeguard.
                case '\n', '\r' -> out.append(' ');
                default -> {
                    if (c < 0x20 && Character.isWhitespace(c)) {
                        // A tab, form feed or separator is blank in prose; javac's doc reader drops some of them.
                        out.append(' ');
                    } else if (c > 0x7E || c < 0x20) {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                                .append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /**
     * Text set as code: {@code {@code raw}} when Javadoc can take it verbatim, else {@code <code>} with the
     * text escaped (braces, markup characters and non-ASCII cannot stand inside {@code {@code}}).
     */
    public static String code(String raw) {
        String oneLine = raw.replace('\n', ' ').replace('\r', ' ');
        boolean verbatim = true;
        for (int i = 0; i < oneLine.length() && verbatim; i++) {
            char c = oneLine.charAt(i);
            verbatim = c >= 0x20 && c <= 0x7E && "{}<>&@*\\".indexOf(c) < 0;
        }
        if (verbatim) {
            return "{@code " + oneLine + "}";
        }
        StringBuilder out = new StringBuilder("<code>");
        if (oneLine.isBlank()) {
            // A tab or U+2003 alone would leave the <code> empty to doclint: such a text is shown as its escapes.
            for (int i = 0; i < oneLine.length(); i++) {
                char c = oneLine.charAt(i);
                out.append("&#92;u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
            return out.append("</code>").toString();
        }
        escapeLine(oneLine, out);
        return out.append("</code>").toString().replace("{", "&#123;").replace("}", "&#125;");
    }

    /**
     * The Javadoc of an accessor: {@code {@return WHAT}}, which javadoc shows as "Returns WHAT." and counts as the
     * method's {@code @return}, so that {@code -Xdoclint:all} finds nothing missing. {@code what} is the value as
     * a phrase ("the HTTP status, or 0 when ..."); catalog text goes in as an argument, never into it.
     */
    public static String returns(String what) {
        return "{@return " + what + "}\n";
    }

    /**
     * A Javadoc block, for {@code addJavadoc}: the text goes in as the argument of {@code $L}, never as the
     * format, so a {@code $} in it stays a {@code $}.
     */
    public static CodeBlock block(String javadoc) {
        return CodeBlock.of("$L", javadoc.endsWith("\n") ? javadoc : javadoc + "\n");
    }

    /** A paragraph {@code label} + {@code text}; none when both are empty (an empty {@code <p>} for doclint). */
    public static void appendParagraph(StringBuilder doc, String label, Optional<String> text) {
        text.map(Docs::text).filter(escaped -> !label.isEmpty() || !escaped.isEmpty())
                .ifPresent(escaped -> doc.append("\n<p>").append(label).append(escaped).append('\n'));
    }
}
