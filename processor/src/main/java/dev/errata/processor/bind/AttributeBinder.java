package dev.errata.processor.bind;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.model.Attribute;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.model.ParameterType;
import dev.errata.processor.yaml.YamlNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds the top-level {@code attributes} declarations and each entry's {@code attributes} values, typed as
 * declared.
 */
final class AttributeBinder {

    static final List<String> DECLARATION_KEYS = List.of("type", "indexed", "description");

    /**
     * Members every {@code <Name>Error} has, in the enum form, the table form or from {@code Object}: an
     * attribute's accessor may not take their names.
     */
    static final Set<String> TAKEN = Set.of("code", "codeString", "catalogName", "message", "description", "solution",
            "httpStatus", "retryable", "deprecated", "category", "categoryId", "known", "kind", "symbol", "aliases",
            "name", "ordinal", "index", "offset", "values", "valueOf", "fromCode", "fromOffset", "fromName", "lookup",
            "find", "at", "load", "loadChunk", "readResolve", "compareTo", "getDeclaringClass", "describeConstable",
            "equals", "hashCode", "toString", "getClass", "clone", "finalize", "notify", "notifyAll", "wait",
            "stackTrace");

    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private final Diagnostics diagnostics;

    AttributeBinder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The declarations under the top-level {@code attributes}, in catalog order. */
    List<Attribute> declarations(MappingReader top) {
        List<Attribute> attributes = new ArrayList<>();
        top.mapping("attributes").ifPresent(mapping -> {
            for (YamlNode.Entry entry : mapping.entries()) {
                String name = entry.key().value();
                if (!JavaNames.isParameterName(name)) {
                    diagnostics.report(Message.NAME_NOT_IDENTIFIER, entry.key().position(), "An attribute's name",
                            CatalogBinder.LOWER_CAMEL, name, Suggestions.advise(JavaNames.suggestLowerCamel(name)
                                    .filter(s -> !TAKEN.contains(s)), name, s -> "Use e.g. '" + s + "'"));
                    continue;
                }
                if (TAKEN.contains(name)) {
                    diagnostics.report(Message.RESERVED_NAME, entry.key().position(), "An attribute's name", name,
                            "every entry already has a member " + name + "() or a static method of that name");
                    continue;
                }
                if (!(entry.value() instanceof YamlNode.Mapping declaration)) {
                    top.wrongType(name, entry.value(), "a mapping such as '{type: string}'",
                            "Write the attribute's type under it, e.g. '" + name + ": {type: string}'");
                    continue;
                }
                MappingReader reader = new MappingReader(declaration, "attribute '" + name + "'", DECLARATION_KEYS,
                        diagnostics);
                if (!reader.require("type", "the values' type: string, int, long, double or boolean")) {
                    continue;
                }
                Optional<String> word = reader.text("type");
                Optional<ParameterType> type = word.flatMap(ParameterType::fromKeyword)
                        .filter(t -> t != ParameterType.CHAR);
                if (word.isPresent() && type.isEmpty()) {
                    reader.wrongType("type", reader.node("type").orElseThrow(), "one of string, int, long, double,"
                            + " boolean", Suggestions.closest(word.get(), List.of("string", "int", "long", "double",
                                    "boolean")).map(s -> "Did you mean '" + s + "'?").orElse("Write one of those"));
                }
                boolean indexed = reader.bool("indexed").orElse(false);
                type.ifPresent(t -> attributes.add(new Attribute(name, t, indexed, reader.text("description"),
                        entry.key().position())));
            }
        });
        return attributes;
    }

    /**
     * An entry's values, by attribute name: {@code String}, {@code Integer}, {@code Long}, {@code Double} or
     * {@code Boolean} as declared. An attribute not declared, or a value of the wrong type, is reported.
     */
    Map<String, Object> values(MappingReader entry, Map<String, Attribute> declared) {
        Map<String, Object> values = new LinkedHashMap<>();
        entry.mapping("attributes").ifPresent(mapping -> {
            for (YamlNode.Entry value : mapping.entries()) {
                String name = value.key().value();
                Attribute attribute = declared.get(name);
                if (attribute == null) {
                    String known = declared.isEmpty() ? "the catalog declares none" : "declared: "
                            + String.join(", ", declared.keySet());
                    diagnostics.report(Message.UNKNOWN_ATTRIBUTE, value.key().position(), known, name,
                            Suggestions.closest(name, declared.keySet()).map(s -> "Did you mean '" + s + "'?")
                                    .orElse("Declare it under the top-level 'attributes', or remove it"));
                    continue;
                }
                typed(entry, attribute, value.value()).ifPresent(v -> values.put(name, v));
            }
        });
        return values;
    }

    private Optional<Object> typed(MappingReader entry, Attribute attribute, YamlNode node) {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            return wrong(entry, attribute, node);
        }
        String text = scalar.value();
        switch (attribute.type()) {
            case STRING -> {
                return Optional.of(text);
            }
            case BOOLEAN -> {
                return MappingReader.asBoolean(node).<Object>map(b -> b).or(() -> wrong(entry, attribute, node));
            }
            case INT, LONG -> {
                if (scalar.plain() && DECIMAL_INTEGER.matcher(text).matches()) {
                    BigInteger number = new BigInteger(text);
                    if (attribute.type() == ParameterType.INT && number.bitLength() < 32) {
                        return Optional.of(number.intValueExact());
                    }
                    if (attribute.type() == ParameterType.LONG && number.bitLength() < 64) {
                        return Optional.of(number.longValueExact());
                    }
                }
                return wrong(entry, attribute, node);
            }
            case DOUBLE -> {
                if (scalar.plain() && DECIMAL.matcher(text).matches()) {
                    double number = new BigDecimal(text).doubleValue();
                    if (Double.isFinite(number)) {
                        return Optional.of(number);
                    }
                }
                return wrong(entry, attribute, node);
            }
            default -> {
                return wrong(entry, attribute, node);
            }
        }
    }

    private Optional<Object> wrong(MappingReader entry, Attribute attribute, YamlNode node) {
        String expected = switch (attribute.type()) {
            case STRING -> "a text";
            case INT -> "a whole number (32-bit)";
            case LONG -> "a whole number (64-bit)";
            case DOUBLE -> "a finite decimal number";
            case BOOLEAN -> "true or false";
            case CHAR -> "a character";
        };
        entry.wrongType(attribute.name(), node, expected + ", as attribute '" + attribute.name() + "' is declared "
                + attribute.type().keyword(), "Write a value of that type, without quotes unless it is a text");
        return Optional.empty();
    }
}
