package dev.errata.processor.bind;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.SourcePosition;
import dev.errata.processor.yaml.YamlNode;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to one YAML mapping of a catalog: each getter checks the value's type and reports a
 * {@link Message#WRONG_TYPE} naming the key, what was expected and what was found. Unknown keys are
 * reported once, on construction, with the closest allowed key.
 */
final class MappingReader {

    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?[0-9]+");

    private final YamlNode.Mapping mapping;
    private final String what;
    private final Diagnostics diagnostics;
    private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    /** Allowed keys that an unknown key was reported as a likely misspelling of. */
    private final Set<String> misspelt = new HashSet<>();

    /**
     * @param what how diagnostics call this mapping: "the catalog", "an error entry"
     * @param allowedKeys every key this mapping may hold, in documentation order
     */
    MappingReader(YamlNode.Mapping mapping, String what, List<String> allowedKeys, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.what = what;
        this.diagnostics = diagnostics;
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().value();
            if (allowedKeys.contains(key)) {
                entries.put(key, entry);
            } else {
                Optional<String> closest = Suggestions.closest(key, allowedKeys);
                closest.ifPresent(misspelt::add);
                diagnostics.report(Message.UNKNOWN_KEY, entry.key().position(), capitalized(what),
                        String.join(", ", allowedKeys), key,
                        closest.map(s -> "Did you mean '" + s + "'?").orElse("Remove it, or correct its spelling"));
            }
        }
    }

    SourcePosition position() {
        return mapping.position();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Where the key's value stands, else where the mapping starts. */
    SourcePosition positionOf(String key) {
        YamlNode.Entry entry = entries.get(key);
        return entry == null ? mapping.position() : entry.value().position();
    }

    Optional<YamlNode> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(YamlNode.Entry::value);
    }

    /**
     * Reports the key as missing when absent; {@code meaning} says what it is for. A key already reported
     * as misspelt ({@code mesage:} for {@code message:}) is not reported again as missing: one fault, one
     * error.
     */
    boolean require(String key, String meaning) {
        if (has(key)) {
            return true;
        }
        if (!misspelt.contains(key)) {
            diagnostics.report(Message.MISSING_KEY, mapping.position(), capitalized(what), key, meaning);
        }
        return false;
    }

    /** Whether an unknown key of this mapping was reported as a likely misspelling of {@code key}. */
    boolean misspelt(String key) {
        return misspelt.contains(key);
    }

    /** A text: any non-null scalar, kept exactly as written. */
    Optional<String> text(String key) {
        return node(key).flatMap(node -> asText(key, node));
    }

    Optional<String> asText(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return Optional.of(scalar.value());
        }
        wrongType(key, node, "a text", "Write the text, quoted if it starts with a special character");
        return Optional.empty();
    }

    /** An integer: a plain decimal scalar that fits an int. */
    OptionalInt integer(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return OptionalInt.empty();
        }
        return asInteger(key, node.get(), "Write a whole number without quotes");
    }

    OptionalInt asInteger(String key, YamlNode node, String fix) {
        if (node instanceof YamlNode.Scalar scalar && scalar.plain() && DECIMAL_INTEGER.matcher(scalar.value()).matches()) {
            BigInteger value = new BigInteger(scalar.value());
            if (value.bitLength() < 32) {
                return OptionalInt.of(value.intValueExact());
            }
        }
        wrongType(key, node, "a whole number (32-bit)", fix);
        return OptionalInt.empty();
    }

    /** A boolean: plain {@code true} or {@code false} (YAML 1.2; {@code yes}/{@code no} are texts). */
    Optional<Boolean> bool(String key) {
        return node(key).flatMap(node -> {
            Optional<Boolean> value = asBoolean(node);
            if (value.isEmpty()) {
                wrongType(key, node, "true or false", "Write true or false without quotes");
            }
            return value;
        });
    }

    static Optional<Boolean> asBoolean(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.plain()) {
            switch (scalar.value()) {
                case "true", "True", "TRUE" -> {
                    return Optional.of(true);
                }
                case "false", "False", "FALSE" -> {
                    return Optional.of(false);
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    Optional<YamlNode.Mapping> mapping(String key) {
        return node(key).flatMap(node -> {
            if (node instanceof YamlNode.Mapping m) {
                return Optional.of(m);
            }
            wrongType(key, node, "a mapping (key: value lines)", "Indent its keys below it");
            return Optional.empty();
        });
    }

    Optional<YamlNode.Sequence> sequence(String key) {
        return node(key).flatMap(node -> {
            if (node instanceof YamlNode.Sequence s) {
                return Optional.of(s);
            }
            wrongType(key, node, "a list", "Write each item on its own line, starting with '- '");
            return Optional.empty();
        });
    }

    void wrongType(String key, YamlNode node, String expected, String fix) {
        diagnostics.report(Message.WRONG_TYPE, node.position(), "'" + key + "'", expected, node.kind(), fix);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
