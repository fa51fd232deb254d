package dev.errata.processor.compat;

/**
 * The breaking-change rules, each with a stable id (reports, SARIF and a catalog's {@code accepted} list name
 * it) and a default severity. The ids never change meaning; new rules get new ids.
 */
public enum Rule {
    CODE_REMOVED("code-removed", Level.ERROR, "a published code was removed; clients that match on it stop matching"),
    DEPRECATED_CODE_REMOVED("deprecated-code-removed", Level.NOTE,
            "a code deprecated in the baseline was removed; it stays retired in the lock file"),
    CODE_REUSED("code-reused", Level.ERROR, "a code removed earlier is back; old clients read it with its old meaning"),
    CODE_TYPE_CHANGED("code-type-changed", Level.ERROR, "codes.type changed; every code changes its Java type"),
    NAME_CHANGED("name-changed", Level.ERROR, "a code's name changed; its enum constant and exception class are renamed"),
    CATEGORY_CHANGED("category-changed", Level.ERROR,
            "a code moved to another category; another catch block receives it"),
    HTTP_STATUS_CHANGED("http-status-changed", Level.ERROR, "a code's HTTP status changed"),
    RETRYABLE_CHANGED("retryable-changed", Level.WARNING, "a code's retryable flag changed; clients retry differently"),
    PARAMETER_ADDED("parameter-added", Level.ERROR, "a message parameter was added; the exception's constructor changes"),
    PARAMETER_REMOVED("parameter-removed", Level.ERROR, "a message parameter was removed; its accessor goes away"),
    PARAMETER_RETYPED("parameter-retyped", Level.ERROR, "a message parameter changed its type"),
    DETAIL_CHANGED("detail-changed", Level.WARNING, "a code's structured details changed"),
    WIRE_PATH_CHANGED("wire-path-changed", Level.ERROR,
            "where the code or message stands in a response body changed; decoders of the old shape fail"),
    PROBLEM_TYPE_CHANGED("problem-type-changed", Level.WARNING, "the problem+json type URIs changed"),
    MESSAGE_CHANGED("message-changed", Level.NOTE, "a code's message changed"),
    CODE_DEPRECATED("code-deprecated", Level.NOTE, "a code was deprecated; remove it in a later release"),
    CODE_ADDED("code-added", Level.NOTE, "a code was added; exhaustive switches over the enum need a case for it");

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
