package dev.errata.processor.compat;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.model.Catalog;
import java.util.List;

/**
 * The build's breaking-change check: compares a catalog with its baseline (the lock file beside it) and
 * reports every error-level change its {@code accepted} list does not accept as one
 * {@link Message#BREAKING_CHANGE} at the change's line and column. The processor and {@code errata lint} run it.
 */
public final class CompatibilityCheck {

    private CompatibilityCheck() {}

    /** Every change from {@code baseline}, reporting the breaking ones not accepted. */
    public static List<Change> check(Catalog catalog, AcceptedChanges accepted, Snapshot baseline, String against,
            Diagnostics diagnostics) {
        Snapshot current = Snapshot.of(catalog, baseline.retired());
        List<Change> changes = CatalogDiff.compare(baseline, current, catalog.namePosition());
        for (Change change : changes) {
            if (change.level() == Rule.Level.ERROR && !accepted.accepts(change)) {
                diagnostics.report(Message.BREAKING_CHANGE, change.position(), change.text(), change.rule().id(), against);
            }
        }
        return changes;
    }
}
