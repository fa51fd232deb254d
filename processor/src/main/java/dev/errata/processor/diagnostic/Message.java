package dev.errata.processor.diagnostic;

import java.util.Locale;

/**
 * Every diagnostic Errata can report, in one place. Each has a stable tag (shown as {@code [errata:tag]},
 * used by catalogs to suppress warnings and by tests to assert) and is worded as the rule that was
 * broken, followed by how to fix it. Placeholders are {@link String#format} ones.
 */
public enum Message {
    // Finding and reading the file
    CATALOG_NOT_FOUND(Severity.ERROR, "catalog-not-found",
            "catalog file was not found; looked in: %s. Put the file in one of those places, fix the path in"
                    + " @ErrorCatalog, or set -Aerrata.catalogRoot to the folder that holds it"),
    CATALOG_UNREADABLE(Severity.ERROR, "catalog-unreadable",
            "catalog file cannot be read (%s). Make it a readable regular file"),
    CATALOG_PATH_ESCAPES(Severity.ERROR, "catalog-path-escapes",
            "a relative catalog path must stay inside its base folder, but '%s' climbs out with '..'."
                    + " Use a path below the folder, or an absolute path"),
    CATALOG_LOCATION_EMPTY(Severity.ERROR, "catalog-location-empty",
            "@ErrorCatalog needs a catalog location. Write the path of the YAML file, e.g."
                    + " @ErrorCatalog(\"catalogs/my-api.yaml\")"),
    CATALOG_TOO_LARGE(Severity.ERROR, "catalog-too-large",
            "a catalog may be at most %,d bytes, but this one has more. Split it into several catalogs"),
    NOT_UTF8(Severity.ERROR, "not-utf8",
            "a catalog must be UTF-8 text, but byte %d is not valid UTF-8. Save the file as UTF-8"),

    // YAML
    YAML_SYNTAX(Severity.ERROR, "yaml-syntax",
            "the file is not valid YAML: %s. Fix the YAML at this place (indent with spaces, close quotes"
                    + " and brackets)"),
    YAML_EMPTY(Severity.ERROR, "yaml-empty",
            "a catalog must be a YAML mapping, but the file is empty. Start from the example in the README"),
    YAML_MULTIPLE_DOCUMENTS(Severity.ERROR, "yaml-multiple-documents",
            "a catalog must be one YAML document, but a second one starts here. Remove the '---' and"
                    + " everything after it, or move it to its own file"),
    YAML_TOO_DEEP(Severity.ERROR, "yaml-too-deep",
            "YAML may nest at most %d levels deep in a catalog. Flatten the structure"),
    YAML_TOO_MANY_ALIASES(Severity.ERROR, "yaml-too-many-aliases",
            "a catalog may use at most %d aliases (*name) and expand to at most %,d nodes. Write the"
                    + " values out instead of repeating them through aliases"),
    YAML_UNDEFINED_ALIAS(Severity.ERROR, "yaml-undefined-alias",
            "alias *%s refers to no anchor defined before it. Define &%s first, or write the value out"),
    YAML_TAG_NOT_ALLOWED(Severity.ERROR, "yaml-tag-not-allowed",
            "YAML tags are not allowed in a catalog, but this value is tagged '%s'. Remove the tag; Errata"
                    + " never builds objects from a catalog"),
    DUPLICATE_KEY(Severity.ERROR, "duplicate-key",
            "a key may appear only once in a mapping, but '%s' was already given at line %d. Remove one of"
                    + " them"),

    // The format
    UNSUPPORTED_FORMAT_VERSION(Severity.ERROR, "unsupported-format-version",
            "'errata' must be the catalog format version 1, but it is %s. Write 'errata: 1'"),
    UNKNOWN_KEY(Severity.ERROR, "unknown-key",
            "'%s' is not a key of %s%s. Allowed keys: %s"),
    MISSING_KEY(Severity.ERROR, "missing-key",
            "%s must have the key '%s' (%s). Add it"),
    WRONG_TYPE(Severity.ERROR, "wrong-type",
            "'%s' must be %s, but it is %s. %s"),
    EMPTY_ERRORS(Severity.ERROR, "no-errors",
            "a catalog must list at least one entry under 'errors'. Add the vendor's error codes"),
    TOO_MANY_ERRORS_FOR_ENUM(Severity.ERROR, "catalog-too-large-for-enum",
            "this version generates an enum, which holds at most %,d entries, but the catalog has %,d."
                    + " Split the catalog into several"),
    HTTP_STATUS_RANGE(Severity.ERROR, "http-status-range",
            "an HTTP status must lie between 100 and 599, but '%s' is %d. Use the status the vendor sends"),
    CODE_TYPE_MISMATCH(Severity.ERROR, "code-type",
            "codes of this catalog are %s (codes.type), but this code is %s. %s"),
    CODE_PATTERN_MISMATCH(Severity.ERROR, "code-pattern",
            "every code must match codes.pattern '%s', but '%s' does not. Fix the code or the pattern"),
    CODE_PATTERN_INVALID(Severity.ERROR, "code-pattern-invalid",
            "codes.pattern must be a Java regular expression, but it is not: %s. Fix the expression"),
    CODE_PATTERN_NOT_FOR_INTEGERS(Severity.ERROR, "code-pattern-integer",
            "codes.pattern applies only to string codes, but codes.type is integer. Remove the pattern"),
    DUPLICATE_CODE(Severity.ERROR, "duplicate-code",
            "each code may appear once, but code %s was already listed at line %d. Remove or correct one"
                    + " of them"),
    NAME_REQUIRED(Severity.ERROR, "name-required",
            "an entry whose code is not a Java identifier needs a 'name', but code %s has none. Add e.g."
                    + " 'name: %s'"),
    NAME_NOT_IDENTIFIER(Severity.ERROR, "name-not-identifier",
            "'%s' must be a Java identifier in UpperCamelCase (letters and digits, starting with a capital"
                    + " letter), but it is '%s'. Use e.g. '%s'"),
    NAME_IS_KEYWORD(Severity.ERROR, "name-keyword",
            "'%s' must not be a Java keyword or literal, but it is '%s'. Choose another name, e.g. '%s'"),
    DUPLICATE_NAME(Severity.ERROR, "duplicate-name",
            "each name may appear once, but '%s' was already used at line %d. Rename one of them"),
    NAME_COLLISION(Severity.ERROR, "name-collision",
            "names must stay distinct in Java, but '%s' becomes %s '%s', as '%s' at line %d does. Rename one"
                    + " of them"),
    GENERATED_TYPE_CLASH(Severity.ERROR, "generated-type-clash",
            "generated type %s would be declared twice in package %s (%s). Rename the catalog or the entry"),
    RESERVED_NAME(Severity.ERROR, "reserved-name",
            "'%s' is reserved because %s. Choose another name"),
    CATEGORY_ID_FORMAT(Severity.ERROR, "category-id",
            "a category id must be lower-kebab-case (like 'rate-limit'), but it is '%s'. Use '%s'"),
    DUPLICATE_CATEGORY(Severity.ERROR, "duplicate-category",
            "each category id may appear once, but '%s' was already defined at line %d. Remove one"),
    UNKNOWN_CATEGORY(Severity.ERROR, "unknown-category",
            "'category' must name a category defined under 'categories', but '%s' is not one%s. Defined: %s"),
    DUPLICATE_HTTP_STATUS(Severity.ERROR, "duplicate-http-status",
            "each HTTP status may appear once under httpStatuses, but %d was already listed at line %d."
                    + " Remove one"),
    UNDECLARED_PARAMETER(Severity.ERROR, "undeclared-parameter",
            "every {placeholder} in a message must be declared under 'parameters', but '{%s}' is not."
                    + " Declare it (e.g. '%s: string'), or write '{{' and '}}' for literal braces"),
    UNUSED_PARAMETER(Severity.ERROR, "unused-parameter",
            "every declared parameter must appear in the message as a placeholder, but '{%s}' does not."
                    + " Use it in the message or remove it"),
    PARAMETER_TYPE(Severity.ERROR, "parameter-type",
            "a parameter type must be one of %s, but '%s' is '%s'. Use one of those"),
    PARAMETERS_WITHOUT_MESSAGE(Severity.ERROR, "parameters-without-message",
            "'parameters' describe placeholders in 'message', but this entry has no message. Add the"
                    + " message or remove the parameters"),
    UNBALANCED_BRACE(Severity.ERROR, "unbalanced-brace",
            "a message may hold braces only as {placeholder}, '{{' or '}}', but this one has a lone '%s' at"
                    + " character %d. Write it doubled for a literal brace"),
    EXCEPTION_BASE_INVALID(Severity.ERROR, "exception-base",
            "exceptionBase must name a class that extends java.lang.Throwable and has an accessible"
                    + " (String, Throwable) constructor, but '%s' %s. Name such a class, or remove the key for"
                    + " java.lang.RuntimeException"),
    UNKNOWN_SUPPRESSION(Severity.ERROR, "unknown-suppression",
            "'suppress' may list only warning tags (%s), but '%s' is not one. Remove it"),

    // Likely mistakes that may be intended
    DUPLICATE_MESSAGE(Severity.WARNING, "duplicate-message",
            "code %s has the same message as code %s (line %d); if the vendor really sends one text for both,"
                    + " add 'suppress: [duplicate-message]' to the entry"),
    MISSING_MESSAGE(Severity.WARNING, "missing-message",
            "code %s has no message, so its exceptions carry its description (else its code) as their"
                    + " text; if the vendor sends none, add 'suppress: [missing-message]' to the entry"),
    EMPTY_CATEGORY(Severity.WARNING, "empty-category",
            "category '%s' has no errors, so nothing is ever thrown as it. Assign errors to it or remove it"),

    // The processor itself
    INTERNAL_ERROR(Severity.ERROR, "internal-error",
            "Errata failed while processing this catalog: %s. This is a bug in Errata, not in your catalog;"
                    + " please report it with the catalog attached"),
    WRITE_FAILED(Severity.ERROR, "write-failed",
            "generated source %s could not be written: %s. Check that the build's generated-sources folder"
                    + " is writable and that no other processor generates the same type"),
    TOO_MANY_ERRORS(Severity.ERROR, "too-many-errors",
            "stopped after %d errors in this catalog; fix these and build again to see the rest");

    private final Severity severity;
    private final String tag;
    private final String template;

    Message(Severity severity, String tag, String template) {
        this.severity = severity;
        this.tag = tag;
        this.template = template;
    }

    public Severity severity() {
        return severity;
    }

    /** The stable identifier shown as {@code [errata:tag]}. */
    public String tag() {
        return tag;
    }

    /** The rule's wording with {@code args} filled in; {@link Locale#ROOT} keeps numbers machine-independent. */
    public String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }

    /** The warnings a catalog entry may suppress, by tag. */
    public static boolean isSuppressibleWarning(String tag) {
        for (Message message : values()) {
            if (message.severity == Severity.WARNING && message.tag.equals(tag) && message != EMPTY_CATEGORY) {
                return true;
            }
        }
        return false;
    }
}
