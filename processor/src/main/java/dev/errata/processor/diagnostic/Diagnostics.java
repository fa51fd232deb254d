package dev.errata.processor.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Collects the findings about one catalog, so that all its faults are reported in one build. Past
 * {@link #MAX_ERRORS} errors it stops collecting and says so once: a catalog that broken is better fixed
 * in rounds than read as a wall of text (and javac prints only 100 errors of a whole build anyway).
 *
 * <p>Values quoted from a catalog are made printable before they enter a message: every character outside
 * printable ASCII is escaped as Java writes it ({@code \\u0435}), and long texts are shortened, so that every
 * diagnostic stays one readable line and shows exactly what the catalog holds: a Cyrillic {@code \\u0435} in
 * {@code Us\\u0435rNotFound}, a zero-width space or a non-breaking space, which look like nothing or like an
 * ASCII letter, cannot hide in a name.
 */
public final class Diagnostics {

    /** How many errors one catalog reports at most. */
    public static final int MAX_ERRORS = 50;

    /** How many characters of one quoted value a message shows. */
    static final int MAX_VALUE_LENGTH = 300;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Diagnostic cap;
    private int errors;

    /** Records a finding; {@code args} fill the message's placeholders. */
    public void report(Message message, SourcePosition position, Object... args) {
        if (message.severity() == Severity.ERROR) {
            if (errors == MAX_ERRORS) {
                if (cap == null) {
                    cap = new Diagnostic(Message.TOO_MANY_ERRORS, position, Message.TOO_MANY_ERRORS.format(MAX_ERRORS));
                }
                return;
            }
            errors++;
        }
        Object[] printable = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            printable[i] = args[i] instanceof CharSequence text ? printable(text.toString()) : args[i];
        }
        diagnostics.add(new Diagnostic(message, position, message.format(printable)));
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** How many errors were reported so far (at most {@link #MAX_ERRORS}). */
    public int errorCount() {
        return errors;
    }

    /**
     * All findings in file order (those about the whole file first; the note that errors were capped
     * last), so that the build log reads like the catalog.
     */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line())
                .thenComparingInt(d -> d.position().column()));
        if (cap != null) {
            sorted.add(cap);
        }
        return List.copyOf(sorted);
    }

    /**
     * A text of Errata's own making that must be shown whole, such as the list of places a catalog was looked
     * for: {@link #report} escapes its control characters but does not shorten it.
     */
    public record Whole(String text) {
        @Override
        public String toString() {
            return printable(text, Integer.MAX_VALUE);
        }
    }

    /** {@code text} as one short printable line: all but printable ASCII escaped, long texts cut. */
    static String printable(String text) {
        return printable(text, MAX_VALUE_LENGTH);
    }

    private static String printable(String text, int maxLength) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_VALUE_LENGTH) + 8);
        for (int i = 0; i < text.length(); ) {
            if (out.length() >= maxLength) {
                out.append("...");
                break;
            }
            char c = text.charAt(i++);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        // Each UTF-16 unit, as in a Java string: a character beyond U+FFFF shows as its two halves.
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    }
                }
            }
        }
        return out.toString();
    }
}
