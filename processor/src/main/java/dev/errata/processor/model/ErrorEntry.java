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
 * @param symbol the vendor's identifier of the code, as written, if the catalog gives one
 * @param aliases further identifiers of the same code, in catalog order
 * @param constantName the entry's enum constant: its symbol when that is SCREAMING_SNAKE and no other entry
 *     has it, else its Java name in SCREAMING_SNAKE
 * @param nameDerived whether the Java name was derived (from the symbol, else the code) rather than given
 * @param kind what the entry stands for: an error (the default), a warning, a success, or a reserved code
 * @param attributes the entry's values of the catalog's attributes, by name: {@code String}, {@code Integer},
 *     {@code Long}, {@code Double} or {@code Boolean} as declared
 * @param ownedByCategory whether the entry is its category's own code ({@code categories[].code}): then its
 *     exception is the category's class, and it has no class of its own
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
        SourcePosition messagePosition,
        Optional<Identifier> symbol,
        List<Identifier> aliases,
        String constantName,
        boolean nameDerived,
        EntryKind kind,
        Map<String, Object> attributes,
        boolean ownedByCategory) {

    public ErrorEntry {
        parameters = List.copyOf(parameters);
        aliases = List.copyOf(aliases);
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        suppressedWarnings = Set.copyOf(suppressedWarnings);
    }

    /**
     * The message as the vendor sends it, which every generated route gives: {@code {{} and {@code }}} read as
     * the single braces they stand for, placeholders left as {@code {name}}, in the named syntax; in the printf
     * and plain syntaxes the message as written (a printf template keeps its {@code %%}, as C sources do).
     */
    public Optional<String> messageText(MessageSyntax syntax) {
        return syntax == MessageSyntax.NAMED ? message.map(template -> MessageTemplate.parse(template).literalText())
                : message;
    }

    /** The symbol's text, if any. */
    public Optional<String> symbolText() {
        return symbol.map(Identifier::text);
    }

    /** The aliases' texts, in catalog order. */
    public List<String> aliasTexts() {
        return aliases.stream().map(Identifier::text).toList();
    }

    public boolean suppresses(String warningTag) {
        return suppressedWarnings.contains(warningTag);
    }
}
