package dev.errata.processor.compat;

import dev.errata.processor.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a baseline snapshot (the last release's lock file or catalog) with the current one and lists every
 * change under its {@link Rule}, in the current catalog's order: catalog-wide changes, then per code, then
 * removed codes.
 */
public final class CatalogDiff {

    private CatalogDiff() {}

    /**
     * The changes from {@code old} to {@code current}; {@code catalogPosition} stands for catalog-wide changes
     * and removed codes.
     */
    public static List<Change> compare(Snapshot old, Snapshot current, SourcePosition catalogPosition) {
        List<Change> changes = new ArrayList<>();
        if (!old.codeType().equals(current.codeType())) {
            changes.add(new Change(Rule.CODE_TYPE_CHANGED, Optional.empty(),
                    "codes.type changed from " + old.codeType() + " to " + current.codeType(), catalogPosition));
        }
        for (String key : List.of("codePath", "messagePath", "successMember", "batchPath", "codeAfter",
                "categoryMember", "warningsPath", "requestIdHeader", "retryAfterHeader", "retryableHeader",
                "problemType")) {
            String before = old.wire().get(key);
            String after = current.wire().get(key);
            if (before != null && !before.equals(after)) {
                Rule rule = key.equals("problemType") ? Rule.PROBLEM_TYPE_CHANGED : Rule.WIRE_PATH_CHANGED;
                changes.add(new Change(rule, Optional.empty(), "wire." + key + " changed from '" + before + "' to "
                        + (after == null ? "nothing" : "'" + after + "'"), catalogPosition));
            }
        }
        AttributeChanges.compareDeclarations(old, current, catalogPosition, changes);
        for (Snapshot.Code now : current.codes().values()) {
            Snapshot.Code before = old.codes().get(now.code());
            if (before == null) {
                if (old.retired().contains(now.code()) && now.reserved()) {
                    changes.add(change(Rule.CODE_RESERVED, now, "code " + now.code() + " was removed in an earlier"
                            + " release and is listed again as reserved"));
                } else if (old.retired().contains(now.code())) {
                    changes.add(change(Rule.CODE_REUSED, now, "code " + now.code() + " was removed in an earlier"
                            + " release and is listed again (as " + now.name() + ")"));
                } else {
                    changes.add(change(Rule.CODE_ADDED, now, "code " + now.code() + " (" + now.name() + ") was added"));
                }
            } else if (!before.reserved() && now.reserved()) {
                // Reserving a code retires its meaning: the same two releases as removing it, nothing else compared.
                changes.add(before.deprecated()
                        ? change(Rule.CODE_RESERVED, now, "code " + now.code() + " (" + before.name() + ") is reserved"
                                + " after its deprecation")
                        : change(Rule.CODE_REMOVED, now, "code " + now.code() + " (" + before.name() + ") was made"
                                + " reserved without being deprecated in a release first"));
            } else if (before.reserved() && !now.reserved()) {
                changes.add(change(Rule.CODE_REUSED, now, "code " + now.code() + " was reserved and is given a meaning"
                        + " again (as " + now.kind() + " " + now.name() + ")"));
            } else {
                compareCode(before, now, changes);
                AttributeChanges.compareValues(old, current, before, now, changes);
            }
        }
        for (Snapshot.Code before : old.codes().values()) {
            if (!current.codes().containsKey(before.code())) {
                boolean announced = before.deprecated() || before.reserved();
                Rule rule = announced ? Rule.DEPRECATED_CODE_REMOVED : Rule.CODE_REMOVED;
                changes.add(new Change(rule, Optional.of(before.code()), "code " + before.code() + " (" + before.name()
                        + ") was removed" + (before.reserved() ? " after being reserved" : before.deprecated()
                                ? " after its deprecation" : " without being deprecated in a release first"),
                        catalogPosition));
            }
        }
        return changes;
    }

    private static void compareCode(Snapshot.Code before, Snapshot.Code now, List<Change> changes) {
        String code = "code " + now.code();
        boolean symbolChanged = before.symbol().isPresent() && !before.symbol().equals(now.symbol());
        String symbolChange = " its symbol from " + shown(before.symbol()) + " to " + shown(now.symbol());
        if (!before.name().equals(now.name()) || !before.constant().equals(now.constant())) {
            // A symbol is the constant: one edit, one finding.
            changes.add(change(Rule.NAME_CHANGED, now, code + " was renamed from " + before.name() + " ("
                    + before.constant() + ") to " + now.name() + " (" + now.constant() + ")"
                    + (symbolChanged ? ", and changed" + symbolChange : "")));
        } else if (symbolChanged) {
            changes.add(change(Rule.SYMBOL_CHANGED, now, code + " changed" + symbolChange));
        }
        compareAliases(code, before, now, changes);
        compareKind(code, before, now, changes);
        if (!before.category().equals(now.category())) {
            changes.add(change(Rule.CATEGORY_CHANGED, now, code + " moved from category " + shown(before.category())
                    + " to " + shown(now.category())));
        }
        if (!before.httpStatus().equals(now.httpStatus())) {
            changes.add(change(Rule.HTTP_STATUS_CHANGED, now, code + " changed its HTTP status from "
                    + shown(before.httpStatus()) + " to " + shown(now.httpStatus())));
        }
        if (before.retryable() != now.retryable()) {
            changes.add(change(Rule.RETRYABLE_CHANGED, now, code + " changed retryable from " + before.retryable()
                    + " to " + now.retryable()));
        }
        compareParameters(code, before, now, changes);
        if (!before.details().equals(now.details())) {
            changes.add(change(Rule.DETAIL_CHANGED, now, code + " changed its details from " + before.details()
                    + " to " + now.details()));
        }
        if (!before.message().equals(now.message())) {
            changes.add(change(Rule.MESSAGE_CHANGED, now, code + " changed its message from " + shown(before.message())
                    + " to " + shown(now.message())));
        }
        if (!before.deprecated() && now.deprecated()) {
            changes.add(change(Rule.CODE_DEPRECATED, now, code + " was deprecated"));
        }
    }

    /** The aliases: what {@code fromSymbol} finds the code by besides its symbol. */
    private static void compareAliases(String code, Snapshot.Code before, Snapshot.Code now, List<Change> changes) {
        for (String alias : before.aliases()) {
            if (!now.aliases().contains(alias) && !now.symbol().equals(Optional.of(alias))) {
                changes.add(change(Rule.ALIAS_REMOVED, now, code + " lost alias '" + alias + "'"));
            }
        }
    }

    /** Reserved codes never come here: {@link #compare} takes them. */
    private static void compareKind(String code, Snapshot.Code before, Snapshot.Code now, List<Change> changes) {
        if (before.kind().equals(now.kind())) {
            return;
        }
        boolean wasError = before.kind().equals(Snapshot.Code.DEFAULT_KIND);
        boolean isError = now.kind().equals(Snapshot.Code.DEFAULT_KIND);
        String text = code + " changed its kind from " + before.kind() + " to " + now.kind();
        if (wasError != isError) {
            changes.add(change(Rule.KIND_CHANGED, now, text + (wasError ? ": it has no exception class any more"
                    : ": it is thrown now")));
        } else {
            changes.add(change(Rule.OUTCOME_KIND_CHANGED, now, text));
        }
    }

    private static void compareParameters(String code, Snapshot.Code before, Snapshot.Code now, List<Change> changes) {
        for (Map.Entry<String, String> parameter : now.parameters().entrySet()) {
            String oldType = before.parameters().get(parameter.getKey());
            if (oldType == null) {
                changes.add(change(Rule.PARAMETER_ADDED, now, code + " gained parameter '" + parameter.getKey() + ": "
                        + parameter.getValue() + "'"));
            } else if (!oldType.equals(parameter.getValue())) {
                changes.add(change(Rule.PARAMETER_RETYPED, now, code + " changed parameter '" + parameter.getKey()
                        + "' from " + oldType + " to " + parameter.getValue()));
            }
        }
        for (String name : before.parameters().keySet()) {
            if (!now.parameters().containsKey(name)) {
                changes.add(change(Rule.PARAMETER_REMOVED, now, code + " lost parameter '" + name + "'"));
            }
        }
    }

    static Change change(Rule rule, Snapshot.Code code, String text) {
        return new Change(rule, Optional.of(code.code()), text, code.position());
    }

    static String shown(Optional<?> value) {
        return value.map(v -> v instanceof String ? "'" + v + "'" : Objects.toString(v)).orElse("(none)");
    }
}
