package dev.errata.processor.bind;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.SourcePosition;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.Deprecation;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.HttpStatusEntry;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.model.Parameter;
import dev.errata.processor.model.ParameterType;
import dev.errata.processor.yaml.YamlNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a catalog's YAML tree into the {@link Catalog} model, checking keys and value types and
 * resolving category references and defaults. It keeps going after a fault, so one build reports every
 * fault it can see; cross-entry rules (duplicates, collisions, placeholders) are the validator's.
 */
public final class CatalogBinder {

    static final List<String> CATALOG_KEYS = List.of("errata", "name", "title", "description", "version", "source",
            "codes", "exceptionBase", "categories", "httpStatuses", "errors");
    static final List<String> CODES_KEYS = List.of("type", "pattern");
    static final List<String> CATEGORY_KEYS = List.of("id", "name", "description", "httpStatus", "retryable");
    static final List<String> HTTP_STATUS_KEYS = List.of("status", "name", "message", "success", "category", "retryable");
    static final List<String> ERROR_KEYS = List.of("code", "name", "message", "description", "solution", "httpStatus",
            "category", "retryable", "deprecated", "parameters", "details", "suppress");

    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?[0-9]+");

    private final Diagnostics diagnostics;

    public CatalogBinder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Binds the whole catalog; empty when the tree is too broken to describe a catalog at all. */
    public Optional<Catalog> bind(String location, YamlNode root) {
        if (!(root instanceof YamlNode.Mapping rootMapping)) {
            diagnostics.report(Message.WRONG_TYPE, root.position(), "the catalog", "a mapping of the keys errata, name,"
                    + " codes, errors, ...", root.kind(), "Start from the example in the README");
            return Optional.empty();
        }
        MappingReader top = new MappingReader(rootMapping, "the catalog", CATALOG_KEYS, diagnostics);
        checkFormatVersion(top);
        Optional<String> name = top.require("name", "the prefix of the generated types, such as Oma")
                ? top.text("name") : Optional.empty();
        Codes codes = bindCodes(top);
        CodeType codeType = codes.type();
        List<Category> categories = bindCategories(top);
        Map<String, Category> categoriesById = new LinkedHashMap<>();
        categories.forEach(c -> categoriesById.putIfAbsent(c.id(), c));
        List<HttpStatusEntry> httpStatuses = bindHttpStatuses(top, categoriesById);
        List<ErrorEntry> errors = bindErrors(top, codeType, categoriesById);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Catalog(location, name.get(), top.text("title"), top.text("description"),
                top.text("version"), top.text("source"), codeType, codes.pattern(),
                top.text("exceptionBase").orElse("java.lang.RuntimeException"), categories, httpStatuses, errors,
                top.positionOf("name"), top.has("exceptionBase") ? top.positionOf("exceptionBase") : top.positionOf("name")));
    }

    private void checkFormatVersion(MappingReader top) {
        if (!top.require("errata", "the catalog format version; write 'errata: 1'")) {
            return;
        }
        YamlNode node = top.node("errata").orElseThrow();
        if (!(node instanceof YamlNode.Scalar scalar && scalar.plain() && scalar.value().equals("1"))) {
            diagnostics.report(Message.UNSUPPORTED_FORMAT_VERSION, node.position(), node.kind());
        }
    }

    /** What {@code codes:} says; string codes without a pattern when it says nothing usable. */
    private record Codes(CodeType type, Optional<String> pattern) {}

    private Codes bindCodes(MappingReader top) {
        Codes fallback = new Codes(CodeType.STRING, Optional.empty());
        if (!top.require("codes", "how codes look, e.g. 'codes: {type: integer}'")) {
            return fallback;
        }
        Optional<YamlNode.Mapping> codesNode = top.mapping("codes");
        if (codesNode.isEmpty()) {
            return fallback;
        }
        MappingReader codes = new MappingReader(codesNode.get(), "codes", CODES_KEYS, diagnostics);
        CodeType type = CodeType.STRING;
        if (codes.require("type", "integer or string")) {
            Optional<String> word = codes.text("type");
            if (word.isPresent()) {
                switch (word.get()) {
                    case "integer" -> type = CodeType.INTEGER;
                    case "string" -> type = CodeType.STRING;
                    default -> codes.wrongType("type", codes.node("type").orElseThrow(), "integer or string",
                            "Write 'type: integer' for numeric codes, 'type: string' for all others");
                }
            }
        }
        return new Codes(type, codes.text("pattern"));
    }

    private List<Category> bindCategories(MappingReader top) {
        List<Category> categories = new ArrayList<>();
        for (YamlNode item : items(top, "categories")) {
            mappingItem(item, "categories").ifPresent(mapping -> {
                MappingReader category = new MappingReader(mapping, "a category", CATEGORY_KEYS, diagnostics);
                if (!category.require("id", "how errors refer to it, like 'rate-limit'")) {
                    return;
                }
                category.text("id").ifPresent(id -> {
                    String javaName = category.text("name").orElse(JavaNames.fromCategoryId(id));
                    categories.add(new Category(id, javaName, category.text("description"),
                            httpStatus(category, "httpStatus"), category.bool("retryable").orElse(false),
                            category.positionOf("id")));
                });
            });
        }
        return categories;
    }

    private List<HttpStatusEntry> bindHttpStatuses(MappingReader top, Map<String, Category> categories) {
        List<HttpStatusEntry> statuses = new ArrayList<>();
        for (YamlNode item : items(top, "httpStatuses")) {
            mappingItem(item, "httpStatuses").ifPresent(mapping -> {
                MappingReader entry = new MappingReader(mapping, "an httpStatuses entry", HTTP_STATUS_KEYS, diagnostics);
                boolean complete = entry.require("status", "the HTTP status, 100-599")
                        & entry.require("name", "its Java name, like BadRequest")
                        & entry.require("message", "the page's text for this status");
                OptionalInt status = httpStatus(entry, "status");
                Optional<String> name = entry.text("name");
                Optional<String> message = entry.text("message");
                Optional<Category> category = category(entry, categories);
                boolean success = entry.bool("success").orElse(false);
                boolean retryable = entry.bool("retryable").orElse(category.map(Category::retryable).orElse(false));
                if (complete && status.isPresent() && name.isPresent() && message.isPresent()) {
                    statuses.add(new HttpStatusEntry(status.getAsInt(), name.get(), message.get(), success, category,
                            retryable, entry.position()));
                }
            });
        }
        return statuses;
    }

    private List<ErrorEntry> bindErrors(MappingReader top, CodeType codeType, Map<String, Category> categories) {
        if (!top.require("errors", "the list of error codes")) {
            return List.of();
        }
        List<ErrorEntry> errors = new ArrayList<>();
        List<YamlNode> items = items(top, "errors");
        if (items.isEmpty() && top.sequence("errors").isPresent()) {
            diagnostics.report(Message.EMPTY_ERRORS, top.positionOf("errors"));
        }
        for (YamlNode item : items) {
            mappingItem(item, "errors").flatMap(mapping -> bindError(mapping, codeType, categories)).ifPresent(errors::add);
        }
        return errors;
    }

    private Optional<ErrorEntry> bindError(YamlNode.Mapping mapping, CodeType codeType, Map<String, Category> categories) {
        MappingReader entry = new MappingReader(mapping, "an error entry", ERROR_KEYS, diagnostics);
        if (!entry.require("code", "the code as the vendor sends it")) {
            return Optional.empty();
        }
        Optional<String> code = code(entry, codeType);
        Optional<String> givenName = entry.text("name");
        Optional<String> message = entry.text("message");
        Optional<Category> category = category(entry, categories);
        OptionalInt ownStatus = httpStatus(entry, "httpStatus");
        Optional<Boolean> ownRetryable = entry.bool("retryable");
        Deprecation deprecation = deprecation(entry);
        List<Parameter> parameters = parameters(entry);
        Map<String, String> details = details(entry);
        Set<String> suppressed = suppressions(entry);
        Optional<String> description = entry.text("description");
        Optional<String> solution = entry.text("solution");
        if (code.isEmpty()) {
            return Optional.empty();
        }
        String javaName = givenName.orElseGet(() -> derivedName(code.get(), codeType, entry.positionOf("code")));
        OptionalInt httpStatus = ownStatus.isPresent() ? ownStatus
                : category.map(Category::httpStatus).orElse(OptionalInt.empty());
        boolean retryable = ownRetryable.orElse(category.map(Category::retryable).orElse(false));
        return Optional.of(new ErrorEntry(code.get(), javaName, message, description, solution, httpStatus, category,
                retryable, deprecation, parameters, details, suppressed, entry.position(), entry.positionOf("code"),
                entry.has("name") ? entry.positionOf("name") : entry.positionOf("code"),
                entry.has("message") ? entry.positionOf("message") : entry.position()));
    }

    /** The code's text; integer codes are normalised to plain decimal, so {@code 007} and {@code 7} collide. */
    private Optional<String> code(MappingReader entry, CodeType codeType) {
        YamlNode node = entry.node("code").orElseThrow();
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            entry.wrongType("code", node, codeType == CodeType.INTEGER ? "a whole number" : "a text",
                    "Write the code as the vendor sends it");
            return Optional.empty();
        }
        if (codeType == CodeType.STRING) {
            return Optional.of(scalar.value());
        }
        if (scalar.plain() && DECIMAL_INTEGER.matcher(scalar.value()).matches()) {
            BigInteger value = new BigInteger(scalar.value());
            if (value.bitLength() < 32) {
                return Optional.of(value.toString());
            }
        }
        diagnostics.report(Message.CODE_TYPE_MISMATCH, scalar.position(), "integers", scalar.kind(),
                "Write a whole number without quotes, or set codes.type to string");
        return Optional.empty();
    }

    private String derivedName(String code, CodeType codeType, SourcePosition at) {
        if (codeType == CodeType.STRING && JavaNames.isUpperCamel(code) && !JavaNames.isKeyword(code)) {
            return code;
        }
        String suggestion = codeType == CodeType.INTEGER ? "Code" + code.replace('-', 'M') : JavaNames.suggestUpperCamel(code);
        diagnostics.report(Message.NAME_REQUIRED, at, code, suggestion);
        return suggestion;
    }

    private Optional<Category> category(MappingReader entry, Map<String, Category> categories) {
        return entry.text("category").flatMap(id -> {
            Category category = categories.get(id);
            if (category == null) {
                String hint = Suggestions.closest(id, categories.keySet()).map(s -> "; did you mean '" + s + "'?").orElse("");
                diagnostics.report(Message.UNKNOWN_CATEGORY, entry.positionOf("category"), id, hint,
                        categories.isEmpty() ? "none" : String.join(", ", categories.keySet()));
            }
            return Optional.ofNullable(category);
        });
    }

    private OptionalInt httpStatus(MappingReader mapping, String key) {
        OptionalInt status = mapping.integer(key);
        if (status.isPresent() && (status.getAsInt() < 100 || status.getAsInt() > 599)) {
            diagnostics.report(Message.HTTP_STATUS_RANGE, mapping.positionOf(key), key, status.getAsInt());
            return OptionalInt.empty();
        }
        return status;
    }

    private Deprecation deprecation(MappingReader entry) {
        Optional<YamlNode> node = entry.node("deprecated");
        if (node.isEmpty()) {
            return Deprecation.NONE;
        }
        Optional<Boolean> flag = MappingReader.asBoolean(node.get());
        if (flag.isPresent()) {
            return new Deprecation(flag.get(), Optional.empty());
        }
        if (node.get() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return new Deprecation(true, Optional.of(scalar.value()));
        }
        entry.wrongType("deprecated", node.get(), "true, false or the reason as a text", "Write e.g. 'deprecated: true'");
        return Deprecation.NONE;
    }

    private List<Parameter> parameters(MappingReader entry) {
        List<Parameter> parameters = new ArrayList<>();
        entry.mapping("parameters").ifPresent(mapping -> {
            for (YamlNode.Entry parameter : mapping.entries()) {
                String name = parameter.key().value();
                if (!JavaNames.isParameterName(name)) {
                    diagnostics.report(Message.NAME_NOT_IDENTIFIER, parameter.key().position(), "a parameter name", name,
                            lowerCamel(JavaNames.suggestUpperCamel(name)));
                    continue;
                }
                entry.asText(name, parameter.value()).ifPresent(word -> {
                    Optional<ParameterType> type = ParameterType.fromKeyword(word);
                    if (type.isEmpty()) {
                        diagnostics.report(Message.PARAMETER_TYPE, parameter.value().position(), ParameterType.keywords(),
                                name, word);
                    } else {
                        parameters.add(new Parameter(name, type.get(), parameter.key().position()));
                    }
                });
            }
        });
        return parameters;
    }

    private Map<String, String> details(MappingReader entry) {
        Map<String, String> details = new LinkedHashMap<>();
        entry.mapping("details").ifPresent(mapping -> {
            for (YamlNode.Entry detail : mapping.entries()) {
                entry.asText(detail.key().value(), detail.value()).ifPresent(text -> details.put(detail.key().value(), text));
            }
        });
        return details;
    }

    private Set<String> suppressions(MappingReader entry) {
        Set<String> tags = new LinkedHashSet<>();
        entry.sequence("suppress").ifPresent(list -> {
            for (YamlNode item : list.items()) {
                entry.asText("suppress", item).ifPresent(tag -> {
                    if (Message.isSuppressibleWarning(tag)) {
                        tags.add(tag);
                    } else {
                        diagnostics.report(Message.UNKNOWN_SUPPRESSION, item.position(), suppressibleTags(), tag);
                    }
                });
            }
        });
        return tags;
    }

    private static String suppressibleTags() {
        List<String> tags = new ArrayList<>();
        for (Message message : Message.values()) {
            if (Message.isSuppressibleWarning(message.tag())) {
                tags.add(message.tag());
            }
        }
        return String.join(", ", tags);
    }

    private List<YamlNode> items(MappingReader top, String key) {
        return top.sequence(key).map(YamlNode.Sequence::items).orElse(List.of());
    }

    private Optional<YamlNode.Mapping> mappingItem(YamlNode item, String listKey) {
        if (item instanceof YamlNode.Mapping mapping) {
            return Optional.of(mapping);
        }
        diagnostics.report(Message.WRONG_TYPE, item.position(), "each item of " + listKey, "a mapping of keys", item.kind(),
                "Write the item's keys indented below its '- '");
        return Optional.empty();
    }

    private static String lowerCamel(String upperCamel) {
        return Character.toLowerCase(upperCamel.charAt(0)) + upperCamel.substring(1);
    }
}
