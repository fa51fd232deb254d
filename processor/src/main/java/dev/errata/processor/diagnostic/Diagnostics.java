package dev.errata.processor.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the findings about one catalog, so that all its faults are reported in one build. Past
 * {@link #MAX_ERRORS} errors it stops collecting and says so once: a catalog that broken is better fixed
 * in rounds than read as a wall of text.
 */
public final class Diagnostics {

    /** How many errors one catalog reports at most. */
    public static final int MAX_ERRORS = 100;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int errors;
    private boolean capped;

    /** Records a finding; {@code args} fill the message's placeholders. */
    public void report(Message message, SourcePosition position, Object... args) {
        if (message.severity() == Severity.ERROR) {
            if (errors == MAX_ERRORS) {
                if (!capped) {
                    capped = true;
                    diagnostics.add(new Diagnostic(Message.TOO_MANY_ERRORS, SourcePosition.wholeFile(position.file()),
                            Message.TOO_MANY_ERRORS.format(MAX_ERRORS)));
                }
                return;
            }
            errors++;
        }
        diagnostics.add(new Diagnostic(message, position, message.format(args)));
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** All findings in the order they were found (file order within each stage). */
    public List<Diagnostic> all() {
        return Collections.unmodifiableList(diagnostics);
    }
}
