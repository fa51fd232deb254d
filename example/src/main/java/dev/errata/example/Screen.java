package dev.errata.example;

import dev.errata.CatalogError;
import java.io.PrintStream;
import java.util.OptionalInt;

/**
 * Prints the tour: one heading per vendor, then a few lines per situation. Plain ASCII, no times and no
 * hash order, so the same build prints the same screen.
 */
final class Screen {

    private static final int WIDTH = 100;

    private final PrintStream out;
    private int situation;

    Screen(PrintStream out) {
        this.out = out;
    }

    /** A vendor's heading: its name, what the generated code holds, and the one thing to know about it. */
    void heading(String vendor, String facts, String howErrorsArrive) {
        situation = 0;
        String title = "=== " + vendor + " ";
        out.println(title + "=".repeat(Math.max(3, WIDTH - title.length())));
        out.println(facts);
        out.println(howErrorsArrive);
    }

    /** A situation: what happened on the wire, in words. */
    void situation(String whatArrived) {
        out.println();
        out.println(++situation + ") " + whatArrived);
    }

    /** A response as it arrived: its status and its raw body on one line, cut to the screen's width. */
    void received(int status, String body) {
        fit("   HTTP " + status + " " + body.strip().replaceAll("\\s*\n\\s*", " "));
    }

    /** A line under what a catch clause received: a detail of the exception. */
    void detail(String line) {
        fit("   " + line);
    }

    /**
     * What a caller's {@code catch} clause received: the code, the generated constant and exception class,
     * the category class that caught it, and the entry's facts.
     *
     * @param e the exception the catch clause received
     * @param error {@code e.error()}: the catalog entry, or an unknown-code entry
     * @param caughtAs the class named in the catch clause that received it
     * @param then what the caller does next
     */
    void caught(RuntimeException e, CatalogError error, Class<?> caughtAs, String then) {
        String constant = error instanceof Enum<?> value
                ? value.getDeclaringClass().getSimpleName() + "." + value.name()
                : error instanceof dev.errata.UnknownCatalogError ? "no constant (not in the catalog)"
                : error.getClass().getSimpleName() + " " + error.symbol().orElse(error.codeString())
                        + " (table form)";
        String code = "   code " + quoteIfSpaced(error.codeString()) + " -> " + constant;
        String thrown = " -> " + e.getClass().getSimpleName();
        // A table-form entry with a long class (PostgreSQL's) would pass the width: the class on a line of its own.
        out.println(code.length() + thrown.length() <= WIDTH ? code + thrown : code + "\n  " + thrown);
        String caught = "   caught as " + caughtAs.getSimpleName();
        String category = error.categoryId().map(id -> " (category " + id + ")").orElse(" (no category)") + ": " + then;
        // Long class names (PostgreSQL's classes) would pass the width: the category goes on a line of its own.
        out.println(caught.length() + category.length() <= WIDTH ? caught + category : caught + "\n   " + category.strip());
        String facts = "   HTTP " + status(error.httpStatus()) + " | retryable " + (error.retryable() ? "yes" : "no")
                + " | message " + quote(e.getMessage());
        out.println(facts.length() <= WIDTH ? facts : facts.substring(0, WIDTH - 4) + "...\"");
    }

    /** A note after the situations. */
    void note(String... lines) {
        out.println();
        for (String line : lines) {
            out.println(line);
        }
    }

    void end() {
        out.println();
    }

    private void fit(String line) {
        out.println(line.length() <= WIDTH ? line : line.substring(0, WIDTH - 3) + "...");
    }

    private static String status(OptionalInt status) {
        return status.isPresent() ? Integer.toString(status.getAsInt()) : "none in catalog";
    }

    private static String quoteIfSpaced(String code) {
        return code.isEmpty() || code.indexOf(' ') >= 0 ? quote(code) : code;
    }

    private static String quote(String text) {
        return text == null ? "(none)" : "\"" + text.replace("\n", " ") + "\"";
    }
}
