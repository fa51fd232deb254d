package dev.errata.processor.compat;

import dev.errata.processor.diagnostic.SourcePosition;
import dev.errata.processor.model.Attribute;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The breaking-change rules of typed attributes: a declaration removed, retyped or no longer indexed changes
 * the generated accessors and lookups of every entry; a value changed changes what one entry answers, and for
 * an indexed attribute which entries {@code by<Attribute>} finds, so that is worse.
 */
final class AttributeChanges {

    private AttributeChanges() {}

    /** Declarations added, removed, retyped or no longer indexed. */
    static void compareDeclarations(Snapshot old, Snapshot current, SourcePosition catalogPosition, List<Change> changes) {
        for (Map.Entry<String, Snapshot.Attribute> declared : current.attributes().entrySet()) {
            String name = declared.getKey();
            Snapshot.Attribute now = declared.getValue();
            Snapshot.Attribute before = old.attributes().get(name);
            if (before == null) {
                changes.add(new Change(Rule.ATTRIBUTE_ADDED, Optional.empty(), "attribute '" + name + "' ("
                        + now.type() + ") was declared", now.position()));
                continue;
            }
            if (!before.type().equals(now.type())) {
                changes.add(new Change(Rule.ATTRIBUTE_RETYPED, Optional.empty(), "attribute '" + name
                        + "' changed its type from " + before.type() + " to " + now.type(), now.position()));
            }
            if (before.indexed() && !now.indexed()) {
                changes.add(new Change(Rule.ATTRIBUTE_LOOKUP_REMOVED, Optional.empty(), "attribute '" + name
                        + "' is no longer indexed", now.position()));
            }
        }
        for (String name : old.attributes().keySet()) {
            if (!current.attributes().containsKey(name)) {
                changes.add(new Change(Rule.ATTRIBUTE_REMOVED, Optional.empty(), "attribute '" + name + "' ("
                        + old.attributes().get(name).type() + ") was removed", catalogPosition));
            }
        }
    }

    /**
     * One code's values of the attributes declared in both, with the same type (a declaration's own change is
     * reported once, by {@link #compareDeclarations}, not again for every entry).
     */
    static void compareValues(Snapshot old, Snapshot current, Snapshot.Code before, Snapshot.Code now,
            List<Change> changes) {
        for (Map.Entry<String, Snapshot.Attribute> declared : current.attributes().entrySet()) {
            String name = declared.getKey();
            Snapshot.Attribute then = old.attributes().get(name);
            if (then == null || !then.type().equals(declared.getValue().type())) {
                continue;
            }
            Optional<String> was = Optional.ofNullable(before.attributes().get(name));
            Optional<String> is = Optional.ofNullable(now.attributes().get(name));
            if (was.equals(is)) {
                continue;
            }
            String text = "code " + now.code() + " changed its " + name + " from " + CatalogDiff.shown(was) + " to "
                    + CatalogDiff.shown(is);
            if (was.isEmpty()) {
                changes.add(CatalogDiff.change(Rule.ATTRIBUTE_VALUE_ADDED, now, text));
            } else if (then.indexed()) {
                // Lookups by the old value (a SQLSTATE a client maps) no longer find the code.
                changes.add(CatalogDiff.change(Rule.INDEXED_ATTRIBUTE_VALUE_CHANGED, now, text + " (indexed: "
                        + Attribute.lookupName(name) + "(" + CatalogDiff.shown(was) + ") no longer finds it)"));
            } else {
                changes.add(CatalogDiff.change(Rule.ATTRIBUTE_VALUE_CHANGED, now, text));
            }
        }
    }
}
