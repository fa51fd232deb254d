package dev.errata.processor.compat;

/**
 * The breaking-change rules, each with a stable id (reports, SARIF and a catalog's {@code accepted} list name
 * it) and a default severity. The ids never change meaning; new rules get new ids.
 */
public enum Rule {
    CODE_REMOVED("code-removed", Level.ERROR, "a published code was removed; clients that match on it stop matching"),
    DEPRECATED_CODE_REMOVED("deprecated-code-removed", Level.NOTE,
            "a code deprecated or reserved in the baseline was removed; it stays retired in the lock file"),
    CODE_RESERVED("code-reserved", Level.NOTE,
            "a code deprecated in the baseline, or retired, is kept as reserved: its number stays taken, with no meaning"),
    CODE_REUSED("code-reused", Level.ERROR,
            "a code removed or reserved earlier has a meaning again; old clients read it with its old meaning"),
    CODE_TYPE_CHANGED("code-type-changed", Level.ERROR, "codes.type changed; every code changes its Java type"),
    NAME_CHANGED("name-changed", Level.ERROR, "a code's name changed; its enum constant and exception class are renamed"),
    SYMBOL_CHANGED("symbol-changed", Level.ERROR,
            "a code's symbol changed or went away; symbol() changes and fromSymbol no longer finds it by the old one"),
    ALIAS_REMOVED("alias-removed", Level.ERROR, "an alias of a code went away; fromSymbol no longer finds the code by it"),
    KIND_CHANGED("kind-changed", Level.ERROR,
            "an error became a warning or success or the other way round; its exception class appears or goes away"),
    OUTCOME_KIND_CHANGED("outcome-kind-changed", Level.WARNING,
            "a warning became a success or the other way round; kind() changes"),
    CATEGORY_CHANGED("category-changed", Level.ERROR,
            "a code moved to another category; another catch block receives it"),
    HTTP_STATUS_CHANGED("http-status-changed", Level.ERROR, "a code's HTTP status changed"),
    RETRYABLE_CHANGED("retryable-changed", Level.WARNING, "a code's retryable flag changed; clients retry differently"),
    PARAMETER_ADDED("parameter-added", Level.ERROR, "a message parameter was added; the exception's constructor changes"),
    PARAMETER_REMOVED("parameter-removed", Level.ERROR, "a message parameter was removed; its accessor goes away"),
    PARAMETER_RETYPED("parameter-retyped", Level.ERROR, "a message parameter changed its type"),
    DETAIL_CHANGED("detail-changed", Level.WARNING, "a code's structured details changed"),
    ATTRIBUTE_REMOVED("attribute-removed", Level.ERROR, "a declared attribute was removed; its accessor goes away"),
    ATTRIBUTE_RETYPED("attribute-retyped", Level.ERROR, "a declared attribute changed its type; its accessor's type changes"),
    ATTRIBUTE_LOOKUP_REMOVED("attribute-lookup-removed", Level.ERROR,
            "an attribute is no longer indexed; its by<Attribute> lookup goes away"),
    INDEXED_ATTRIBUTE_VALUE_CHANGED("indexed-attribute-value-changed", Level.ERROR,
            "a code's value of an indexed attribute changed or went away; by<Attribute> of the old value no longer finds it"),
    ATTRIBUTE_VALUE_CHANGED("attribute-value-changed", Level.WARNING,
            "a code's value of an attribute changed or went away"),
    WIRE_PATH_CHANGED("wire-path-changed", Level.ERROR,
            "where the code or message stands in a response body changed; decoders of the old shape fail"),
    PROBLEM_TYPE_CHANGED("problem-type-changed", Level.WARNING, "the problem+json type URIs changed"),
    MESSAGE_CHANGED("message-changed", Level.NOTE, "a code's message changed"),
    CODE_DEPRECATED("code-deprecated", Level.NOTE, "a code was deprecated; remove it in a later release"),
    CODE_ADDED("code-added", Level.NOTE, "a code was added; exhaustive switches over the enum need a case for it"),
    ATTRIBUTE_ADDED("attribute-added", Level.NOTE, "an attribute was declared; every entry gains its accessor"),
    ATTRIBUTE_VALUE_ADDED("attribute-value-added", Level.NOTE, "a code gained a value of an attribute it had none of");

    /** How bad a change is: an error fails the build unless accepted. */
    public enum Level {
        ERROR, WARNING, NOTE
    }

    private final String id;
    private final Level level;
    private final String summary;

    Rule(String id, Level level, String summary) {
        this.id = id;
        this.level = level;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public String summary() {
        return summary;
    }

    public static java.util.Optional<Rule> byId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return java.util.Optional.of(rule);
            }
        }
        return java.util.Optional.empty();
    }
}
