package dev.errata.processor.write.text;

import com.palantir.javapoet.CodeBlock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Javadoc from catalog texts. Texts are copied word for word from vendor pages, so anything Javadoc
 * would read as markup ({@code <}, {@code &}, {@code @} tags, a closing comment) is escaped, and non-ASCII
 * characters become HTML character references to keep sources pure ASCII.
 */
public final class Docs {

    /** A line break, blanks, another line break: the end of a paragraph. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private Docs() {}

    /** Escaped text; a blank line starts a new paragraph, other line breaks stay breaks. */
    public static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        String stripped = raw.strip();
        if (stripped.indexOf('\n') < 0) {
            // One line, as most catalog texts are: no paragraphs to split, by a regular expression per text.
            escapeLine(stripped, out);
            return out.toString();
        }
        String[] paragraphs = PARAGRAPH_BREAK.split(stripped);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append("\n\n<p>");
            }
            String[] lines = paragraphs[p].split("\\n");
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    out.append("<br>\n");
                }
                escapeLine(lines[l].strip(), out);
            }
        }
        return out.toString();
    }

    private static void escapeLine(String line, StringBuilder out) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("&#64;");
                case '/' -> out.append(i > 0 && line.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '$' -> out.append("$");
                default -> {
                    if (c > 0x7E || c < 0x20) {
                        out.append("&#").append((int) c).append(';');
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
        String oneLine = raw.replace('\n', ' ');
        boolean verbatim = true;
        for (int i = 0; i < oneLine.length() && verbatim; i++) {
            char c = oneLine.charAt(i);
            verbatim = c >= 0x20 && c <= 0x7E && "{}<>&@*\\".indexOf(c) < 0;
        }
        if (verbatim) {
            return "{@code " + oneLine + "}";
        }
        StringBuilder out = new StringBuilder("<code>");
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

    /** A Javadoc block; {@code $} in text needs no care because text is passed as an argument. */
    public static CodeBlock block(String javadoc) {
        return CodeBlock.of("$L", javadoc.endsWith("\n") ? javadoc : javadoc + "\n");
    }

    public static void appendParagraph(StringBuilder doc, String label, Optional<String> text) {
        text.ifPresent(t -> doc.append("\n<p>").append(label).append(text(t)).append('\n'));
    }
}
