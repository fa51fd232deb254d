package dev.errata.processor.model;

import dev.errata.processor.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One error code of a catalog, with every value resolved: defaults from the category are already
 * applied, so writers need not know the rules.
 *
 * @param code the code as written in the catalog, in text form ({@code "7"}, {@code "UserNotFound"})
 * @param javaName UpperCamelCase Java name (given, or the code itself when it is an identifier)
 * @param message the text the vendor sends, possibly with {@code {placeholders}}
 * @param description what the error means
 * @param solution what to do about it
 * @param httpStatus the entry's HTTP status, else its category's
 * @param category the entry's category, if any
 * @param retryable the entry's value, else its category's, else false
 * @param deprecation whether it is deprecated
 * @param parameters the message's placeholders, in declaration order
 * @param details structured details the vendor sends with it: wire name to what it holds
 * @param suppressedWarnings warning tags accepted for this entry
 * @param position where the entry starts
 * @param codePosition where its code is written
 * @param namePosition where its name is written (the code's position when the name is derived)
 * @param messagePosition where its message is written (the entry's when absent)
 */
public record ErrorEntry(
        String code,
        String javaName,
        Optional<String> message,
        Optional<String> description,
        Optional<String> solution,
        OptionalInt httpStatus,
        Optional<Category> category,
        boolean retryable,
        Deprecation deprecation,
        List<Parameter> parameters,
        Map<String, String> details,
        Set<String> suppressedWarnings,
        SourcePosition position,
        SourcePosition codePosition,
        SourcePosition namePosition,
        SourcePosition messagePosition) {

    public ErrorEntry {
        parameters = List.copyOf(parameters);
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        suppressedWarnings = Set.copyOf(suppressedWarnings);
    }

    /**
     * The message as the vendor sends it, which every generated route gives: {@code {{} and {@code }}} read as
     * the single braces they stand for, placeholders left as {@code {name}}.
     */
    public Optional<String> messageText() {
        return message.map(template -> MessageTemplate.parse(template).literalText());
    }

    public boolean suppresses(String warningTag) {
        return suppressedWarnings.contains(warningTag);
    }
}
