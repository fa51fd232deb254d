package dev.errata.processor.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every diagnostic Errata can report, in one place. Each has a stable tag (shown as {@code [errata:tag]},
 * used by catalogs to suppress warnings and by tests to assert) and is worded as the rule that was
 * broken, followed by how to fix it. Placeholders are {@link String#format} ones.
 */
public enum Message {
    // Finding and reading the file
    CATALOG_NOT_FOUND(Severity.ERROR, "catalog-not-found",
            "the catalog named in @ErrorCatalog must exist, but it was not found; looked in: %s.%s Put the file in"
                    + " one of those places, fix the path in @ErrorCatalog, or set -Aerrata.catalogRoot to the folder"
                    + " that holds it"),
    CATALOG_UNREADABLE(Severity.ERROR, "catalog-unreadable",
            "a catalog must be a readable regular file, but %s. Name the YAML file itself, and make it readable"),
    CATALOG_PATH_ESCAPES(Severity.ERROR, "catalog-path-escapes",
            "a relative catalog path must stay inside its base folder, but '%s' climbs out with '..'."
                    + " Use a path below the folder, or an absolute path"),
    CATALOG_LOCATION_EMPTY(Severity.ERROR, "catalog-location-empty",
            "@ErrorCatalog needs a catalog location, but it is empty. Write the path of the YAML file, e.g."
                    + " @ErrorCatalog(\"catalogs/my-api.yaml\")"),
    CATALOG_TOO_LARGE(Severity.ERROR, "catalog-too-large",
            "a catalog may be at most %,d bytes, but this one has more. Split it into several catalogs"),
    NOT_UTF8(Severity.ERROR, "not-utf8",
            "a catalog must be UTF-8 text, but %s. Save the file as UTF-8"),

    // YAML
    YAML_SYNTAX(Severity.ERROR, "yaml-syntax",
            "a catalog must be valid YAML, but here %s. %s"),
    YAML_TAB(Severity.ERROR, "yaml-tab",
            "YAML allows only spaces for indentation, but this line has a tab here. Indent with spaces, not tabs"),
    YAML_EMPTY(Severity.ERROR, "yaml-empty",
            "a catalog must be a YAML mapping, but the file holds nothing (or only comments). Write at least the"
                    + " keys errata, name, codes and errors"),
    YAML_MULTIPLE_DOCUMENTS(Severity.ERROR, "yaml-multiple-documents",
            "a catalog must be one YAML document, but a second one starts here. Remove the '---' and"
                    + " everything after it, or move it to its own file"),
    YAML_TOO_DEEP(Severity.ERROR, "yaml-too-deep",
            "a catalog may nest mappings and lists at most %d levels deep, but here it goes deeper. Flatten the"
                    + " structure"),
    YAML_TOO_MANY_ALIASES(Severity.ERROR, "yaml-too-many-aliases",
            "a catalog may use at most %d aliases (*name), but here it uses one more. Write the values out"
                    + " instead of repeating them through aliases"),
    YAML_TOO_MANY_NODES(Severity.ERROR, "yaml-too-many-nodes",
            "a catalog may expand to at most %,d YAML values, mappings and lists (each alias counted in full),"
                    + " but here it expands further. Write repeated values out instead of through aliases, or"
                    + " split the catalog"),
    YAML_UNDEFINED_ALIAS(Severity.ERROR, "yaml-undefined-alias",
            "an alias must refer to an anchor defined before it, but *%s does not. Define &%s first, or write"
                    + " the value out"),
    YAML_TAG_NOT_ALLOWED(Severity.ERROR, "yaml-tag-not-allowed",
            "a catalog may not use YAML tags, but this value is tagged '%s'. Remove the tag; Errata never"
                    + " builds objects from a catalog"),
    DUPLICATE_KEY(Severity.ERROR, "duplicate-key",
            "a key may appear only once in a mapping, but '%s' was already given at line %d. Remove one of"
                    + " them"),

    // The format
    UNSUPPORTED_FORMAT_VERSION(Severity.ERROR, "unsupported-format-version",
            "'errata' must be the catalog format version 1, but it is %s. Write 'errata: 1'"),
    UNKNOWN_KEY(Severity.ERROR, "unknown-key",
            "%s may hold only the keys %s, but it holds '%s'. %s"),
    MISSING_KEY(Severity.ERROR, "missing-key",
            "%s must have the key '%s' (%s). Add it"),
    WRONG_TYPE(Severity.ERROR, "wrong-type",
            "%s must be %s, but it is %s. %s"),
    EMPTY_ERRORS(Severity.ERROR, "no-errors",
            "a catalog must list at least one entry under 'errors', but this list is empty. Add the vendor's"
                    + " error codes"),
    TOO_MANY_ERRORS_FOR_ENUM(Severity.ERROR, "catalog-too-large-for-enum",
            "an enum holds at most %,d entries (the JVM caps its static initializer at 64 KiB), but"
                    + " generation.enum is 'always' and the catalog has %,d. Set generation.enum to 'auto' (a table"
                    + " past the cap), or split the catalog"),
    ENTRIES_TOO_LARGE_FOR_ENUM(Severity.ERROR, "entries-too-large-for-enum",
            "an enum's constants are all built in its static initializer, which the JVM caps at 64 KiB, but"
                    + " generation.enum is 'always' and these %,d entries need about %,d bytes of it (Errata allows"
                    + " %,d): each symbol, alias, kind and attribute is an argument of every constant. Set"
                    + " generation.enum to 'auto' (the table form past that size), or split the catalog"),
    HTTP_STATUS_RANGE(Severity.ERROR, "http-status-range",
            "an HTTP status must lie between 100 and 599, but '%s' is %d. Use the status the vendor sends"),
    CODE_TYPE_MISMATCH(Severity.ERROR, "code-type",
            "codes of this catalog are %s (codes.type), but this code is %s. %s"),
    CODE_EMPTY(Severity.ERROR, "code-empty",
            "a code must hold at least one character (generated code reads an empty code as no code at all), but"
                    + " this one is empty. Write the code as the vendor sends it"),
    CODE_PATTERN_MISMATCH(Severity.ERROR, "code-pattern",
            "every code must match codes.pattern '%s', but '%s' does not. Fix the code or the pattern"),
    CODE_PATTERN_INVALID(Severity.ERROR, "code-pattern-invalid",
            "codes.pattern must be a Java regular expression that matches in reasonable time, but %s. Fix the"
                    + " expression"),
    CODE_BASE_NOT_FOR_STRINGS(Severity.ERROR, "code-base-string",
            "codes.base applies only to integer codes, but codes.type is string. Remove the base, or make the codes"
                    + " integers"),
    CODE_BASE_RANGE(Severity.ERROR, "code-base-range",
            "with codes.base, an entry's code is the base plus the code written, which must fit a 32-bit int, but"
                    + " %d + %s is %s. Write the code as its offset from the base"),
    UNKNOWN_ATTRIBUTE(Severity.ERROR, "unknown-attribute",
            "an entry's 'attributes' may give only attributes the catalog declares under the top-level"
                    + " 'attributes' (%s), but '%s' is not one. %s"),
    CODE_PATTERN_NOT_FOR_INTEGERS(Severity.ERROR, "code-pattern-integer",
            "codes.pattern applies only to string codes, but codes.type is integer. Remove the pattern"),
    DUPLICATE_CODE(Severity.ERROR, "duplicate-code",
            "each code may appear once, but code %s was already listed at line %d. Remove or correct one"
                    + " of them"),
    NAME_REQUIRED(Severity.ERROR, "name-required",
            "an entry needs a 'name' unless one can be derived from its symbol, else its code (words such as"
                    + " UserNotFound, card_declined, ER_DUP_ENTRY, not-found), but code %s has none. %s"),
    DERIVED_NAME_CLASH(Severity.ERROR, "derived-name-clash",
            "names derived from symbols and codes must differ, but %s gives '%s', as %s at line %d does. Add a"
                    + " 'name' to one of them, e.g. 'name: %s'"),
    DUPLICATE_SYMBOL(Severity.ERROR, "duplicate-symbol",
            "each symbol, alias and name must stand for one code only (fromSymbol and fromName find codes by"
                    + " them), but '%s' already stands for code %s (line %d). Correct one of them; only entries of"
                    + " kind reserved may share a symbol"),
    NAME_NOT_IDENTIFIER(Severity.ERROR, "name-not-identifier",
            "%s must be a Java name in %s, but it is '%s'. %s"),
    NAME_IS_KEYWORD(Severity.ERROR, "name-keyword",
            "%s must not be a Java keyword or literal, but it is '%s'. Choose another name, e.g. '%s'"),
    DUPLICATE_NAME(Severity.ERROR, "duplicate-name",
            "each name may appear once, but '%s' was already used at line %d. Rename one of them"),
    NAME_COLLISION(Severity.ERROR, "name-collision",
            "names must stay distinct in Java, but '%s' becomes %s '%s', as '%s' at line %d does. Rename one"
                    + " of them"),
    GENERATED_TYPE_CLASH(Severity.ERROR, "generated-type-clash",
            "every generated type needs a name of its own in its package, but %s needed by %s and by %s. %s"),
    RESERVED_NAME(Severity.ERROR, "reserved-name",
            "%s must not be '%s', because %s. Choose another name"),
    CATEGORY_ID_FORMAT(Severity.ERROR, "category-id",
            "a category id must be lower-kebab-case (like 'rate-limit'), but it is '%s'. %s"),
    DUPLICATE_CATEGORY(Severity.ERROR, "duplicate-category",
            "each category id may appear once, but '%s' was already defined at line %d. Remove one"),
    UNKNOWN_CATEGORY(Severity.ERROR, "unknown-category",
            "'category' must name a category defined under 'categories' (%s), but '%s' is not one. %s"),
    CATEGORY_CODE(Severity.ERROR, "category-code",
            "a category's 'code' must be a code listed under 'errors', in that category and no other category's"
                    + " code, but %s. %s"),
    DUPLICATE_HTTP_STATUS(Severity.ERROR, "duplicate-http-status",
            "each HTTP status may appear once under httpStatuses, but %d was already listed at line %d."
                    + " Remove one"),
    UNDECLARED_PARAMETER(Severity.ERROR, "undeclared-parameter",
            "every {placeholder} in a message must be declared under 'parameters', but '{%s}' is not."
                    + " Declare it (e.g. '%s: string'), or write '{{' and '}}' for literal braces"),
    UNUSED_PARAMETER(Severity.ERROR, "unused-parameter",
            "every declared parameter must appear in the message as a placeholder, but '{%s}' does not."
                    + " Use it in the message or remove it"),
    PLACEHOLDER_NAME(Severity.ERROR, "placeholder-name",
            "a {placeholder} must be named as a parameter is, in lowerCamelCase (ASCII letters and digits,"
                    + " starting with a small letter) and not a Java keyword, but '{%s}' is not. %s, or write '{{'"
                    + " and '}}' for literal braces"),
    PARAMETER_TYPE(Severity.ERROR, "parameter-type",
            "a parameter type must be one of %s, but parameter '%s' has type '%s'. Use one of those (string"
                    + " for any other value)"),
    PARAMETERS_WITHOUT_MESSAGE(Severity.ERROR, "parameters-without-message",
            "'parameters' describe placeholders in 'message', but this entry has no message. Add the"
                    + " message or remove the parameters"),
    PRINTF_CONVERSION(Severity.ERROR, "printf-conversion",
            "with 'messages: printf', a message may hold only C printf conversions the generated formatter knows"
                    + " (such as %%s, %%d, %%-.192s, %%lu, %%.2f) and '%%%%' for a percent sign, but the conversion"
                    + " at character %d, '%s': %s. Fix it, or set messages to none if the texts are no templates"),
    PRINTF_PARAMETERS(Severity.ERROR, "printf-parameters",
            "with 'messages: printf', an entry's 'parameters' must name the message's arguments in order, one each,"
                    + " typed as their conversions take them (%s), but %s. Correct them, or leave 'parameters' out"
                    + " to have them named arg1, arg2, ..."),
    PARAMETERS_IN_PLAIN_TEXT(Severity.ERROR, "parameters-in-plain-text",
            "with 'messages: none', messages are plain text without parameters, but this entry declares"
                    + " 'parameters'. Remove them, or set messages to named ({placeholder}) or printf (%%s)"),
    UNBALANCED_BRACE(Severity.ERROR, "unbalanced-brace",
            "a message may hold braces only as {placeholder}, '{{' or '}}', but this one has a lone '%s' at"
                    + " character %d. Write it doubled for a literal brace"),
    EXCEPTION_BASE_INVALID(Severity.ERROR, "exception-base",
            "exceptionBase must name a Throwable class that the generated exceptions can extend, but '%s' %s."
                    + " Name such a class, or remove the key for java.lang.RuntimeException"),
    UNKNOWN_SUPPRESSION(Severity.ERROR, "unknown-suppression",
            "'suppress' may list only the warnings %s, but '%s' is not one. %s"),

    // The wire section
    WIRE_PATH(Severity.ERROR, "wire-path",
            "'%s' must name a JSON member, or members joined with dots (like 'error.code'), but it is '%s'. %s"),
    WIRE_UNKNOWN_CODE(Severity.ERROR, "wire-unknown-code",
            "wire.statusOnly must map an HTTP status to a code listed under 'errors', but %s is not one. Use a"
                    + " listed code"),
    WIRE_DETAIL_KIND(Severity.ERROR, "wire-detail-kind",
            "a wire detail must be one of %s, but '%s' is '%s'. Use one of those"),
    WIRE_DETAIL_NAME(Severity.ERROR, "wire-detail-name",
            "A wire detail becomes the accessor '%s()' of every exception, but %s. Leave this member out of"
                    + " wire.details: such a detail cannot be typed"),
    WIRE_DETAIL_PATH(Severity.ERROR, "wire-detail-path",
            "A wire detail is read inside the object that holds the code ('%s'), so its path starts there, but"
                    + " '%s' names that object again. Write '%s'"),
    WIRE_DETAIL_PROBLEM_MEMBER(Severity.ERROR, "wire-detail-problem-member",
            "A wire detail is written in problem+json documents under its own name, beside the members RFC 9457 and"
                    + " Errata give them (type, title, status, detail, instance, code, retryable, category), which none"
                    + " may overwrite, but '%s' would take the member '%s'. Leave it out of wire.details (what names a"
                    + " category belongs in wire.category)"),
    WIRE_HEADER_NAME(Severity.ERROR, "wire-header-name",
            "'%s' must name an HTTP header (letters, digits and !#$%%&'*+-.^_`|~, as RFC 9110 allows), but it is"
                    + " '%s'. Write the header's name alone, like 'Request-Id', without ':' or a value"),
    WIRE_STATUS_KEY(Severity.ERROR, "wire-status-key",
            "The keys of wire.statusOnly must be HTTP statuses from 100 to 599, but '%s' is not one. Write the"
                    + " status the vendor answers with, like '429'"),
    WIRE_PROBLEM_TYPE(Severity.ERROR, "wire-problem-type",
            "wire.problemType must be a URI template holding '{code}' or '{anchor}' at most once, like"
                    + " 'https://example.com/problems/{code}', but it is '%s'. Fix the template"),
    WIRE_DOCS_BASE_URL(Severity.ERROR, "wire-docs-base-url",
            "wire.docsBaseUrl must be the absolute URL, ending in '/', of the folder the docs pages are served"
                    + " from, and stands instead of wire.problemType, but %s. %s"),

    // Likely mistakes that may be intended
    DUPLICATE_MESSAGE(Severity.WARNING, "duplicate-message",
            "each code should have a message of its own, but code %s has the same as code %s (line %d). If"
                    + " the vendor really sends one text for both, add 'suppress: [duplicate-message]' to the"
                    + " entry"),
    MISSING_MESSAGE(Severity.WARNING, "missing-message",
            "each code should have a message, but code %s has none, so its exceptions carry its description"
                    + " (else its code) as their text. Add the vendor's message, or, if the vendor sends none, add"
                    + " 'suppress: [missing-message]' to the entry"),
    EMPTY_CATEGORY(Severity.WARNING, "empty-category",
            "each category should hold errors, but category '%s' has none, so nothing is ever thrown as it."
                    + " Assign errors to it or remove it"),

    // Compatibility with the last release (the lock file beside the catalog)
    LOCK_FILE_INVALID(Severity.ERROR, "lock-file",
            "a lock file must be as 'errata lock' writes it, but here %s. Write it again with 'errata lock', or"
                    + " restore it from version control"),
    ACCEPTED_CHANGE_INVALID(Severity.ERROR, "accepted-change",
            "each entry of 'accepted' must name a rule (one of %s), the code it concerns (unless the change is"
                    + " catalog-wide) and a reason, but %s. %s"),
    BREAKING_CHANGE(Severity.ERROR, "breaking-change",
            "a released catalog must not break its clients, but %s (rule %s, against %s). Undo the change, or"
                    + " accept it under the catalog's 'accepted' list with the rule, the code and a reason, then run"
                    + " 'errata lock' to make this the new baseline"),

    // The processor itself
    INTERNAL_ERROR(Severity.ERROR, "internal-error",
            "Errata must never fail on a catalog, but it failed while processing this one: %s. This is a bug in"
                    + " Errata, not in your catalog; please report it with the catalog attached"),
    OPTION_INVALID(Severity.ERROR, "option-invalid",
            "processor option -A%s must be %s, but it is '%s'. %s"),
    WRITE_FAILED(Severity.ERROR, "write-failed",
            "every generated source must be written, but %s could not be: %s. Check that the build's"
                    + " generated-sources folder is writable and that no other processor generates the same type"),
    TOO_MANY_ERRORS(Severity.ERROR, "too-many-errors",
            "a build reports at most %d errors of one catalog, and this one has more. Fix these and build"
                    + " again to see the rest");

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

    /**
     * The warnings an error entry may suppress with {@code suppress: [tag]}, by tag: every warning about one
     * entry. {@link #EMPTY_CATEGORY} is about a category, which has no {@code suppress} key, so it is not one.
     */
    public static boolean isSuppressibleWarning(String tag) {
        return suppressibleTags().contains(tag);
    }

    /** The tags {@link #isSuppressibleWarning} accepts, in declaration order. */
    public static List<String> suppressibleTags() {
        List<String> tags = new ArrayList<>();
        for (Message message : values()) {
            if (message.severity == Severity.WARNING && message != EMPTY_CATEGORY) {
                tags.add(message.tag);
            }
        }
        return tags;
    }

    /** The message with this tag, if any. */
    public static Optional<Message> byTag(String tag) {
        for (Message message : values()) {
            if (message.tag.equals(tag)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }
}
