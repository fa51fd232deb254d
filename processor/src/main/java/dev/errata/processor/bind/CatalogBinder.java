package dev.errata.processor.bind;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.Severity;
import dev.errata.processor.diagnostic.SourcePosition;
import dev.errata.processor.model.Attribute;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.Deprecation;
import dev.errata.processor.model.EntryKind;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.Generation;
import dev.errata.processor.model.HttpStatusEntry;
import dev.errata.processor.model.Identifier;
import dev.errata.processor.model.JavaLang;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.model.MessageSyntax;
import dev.errata.processor.model.Parameter;
import dev.errata.processor.model.ParameterType;
import dev.errata.processor.model.PrintfTemplate;
import dev.errata.processor.yaml.YamlNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a catalog's YAML tree into the {@link Catalog} model, checking keys and value types and
 * resolving category references and defaults. It keeps going after a fault, so one build reports every
 * fault it can see; cross-entry rules (duplicates, collisions, placeholders) are the validator's.
 */
public final class CatalogBinder {

    static final List<String> CATALOG_KEYS = List.of("errata", "name", "title", "description", "version", "source",
            "codes", "exceptionBase", "messages", "suppress", "attributes", "categories", "httpStatuses", "errors", "wire",
            "generation", "accepted");
    static final List<String> CODES_KEYS = List.of("type", "pattern", "base");
    static final List<String> CATEGORY_KEYS = List.of("id", "name", "code", "description", "httpStatus", "retryable",
            "stackTraces");
    static final List<String> HTTP_STATUS_KEYS = List.of("status", "name", "message", "success", "category", "retryable");
    static final List<String> ERROR_KEYS = List.of("code", "name", "symbol", "aliases", "message", "description", "solution", "httpStatus",
            "category", "retryable", "deprecated", "kind", "parameters", "attributes", "details", "suppress");

    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?[0-9]+");

    /**
     * The Java name of an entry whose name was refused or is missing (already reported): the validator skips
     * every name rule for it, so that one fault gives one error. Such a catalog fails, so no writer sees it.
     */
    public static final String UNUSABLE_NAME = "";

    /** How {@link Message#NAME_NOT_IDENTIFIER} describes the names of types and constants. */
    public static final String UPPER_CAMEL = "UpperCamelCase (ASCII letters and digits, starting with a capital letter)";
    /** How {@link Message#NAME_NOT_IDENTIFIER} describes the names of parameters. */
    public static final String LOWER_CAMEL = "lowerCamelCase (ASCII letters and digits, starting with a small letter)";

    private final Diagnostics diagnostics;

    public CatalogBinder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Binds the whole catalog; empty when the tree is too broken to describe a catalog at all. */
    public Optional<Catalog> bind(String location, YamlNode root) {
        if (!(root instanceof YamlNode.Mapping rootMapping)) {
            diagnostics.report(Message.WRONG_TYPE, root.position(), "The catalog", "a mapping of the keys errata, name,"
                    + " codes, errors, ...", root.kind(), "Start from the example in the README's catalog format reference");
            return Optional.empty();
        }
        MappingReader top = new MappingReader(rootMapping, "the catalog", CATALOG_KEYS, diagnostics);
        checkFormatVersion(top);
        Optional<String> name = top.require("name", "the prefix of the generated types, such as Oma")
                ? top.text("name") : Optional.empty();
        Codes codes = bindCodes(top);
        CodeType codeType = codes.type();
        Categories categories = bindCategories(top, codes);
        List<HttpStatusEntry> httpStatuses = bindHttpStatuses(top, categories);
        Set<String> suppressedEverywhere = suppressions(top);
        MessageSyntax messageSyntax = messageSyntax(top);
        List<Attribute> attributes = new AttributeBinder(diagnostics).declarations(top);
        Map<String, Attribute> attributesByName = new LinkedHashMap<>();
        attributes.forEach(a -> attributesByName.put(a.name(), a));
        Map<String, Category> categoriesByOwnCode = new HashMap<>();
        categories.all().forEach(c -> c.ownCode().ifPresent(code -> categoriesByOwnCode.putIfAbsent(code, c)));
        Errors errors = bindErrors(top, new EntryScope(name.orElse(""), codeType, codes.base(), messageSyntax,
                categories, categoriesByOwnCode, attributesByName, suppressedEverywhere, Set.of()));
        Optional<dev.errata.processor.model.Wire> wire = top.mapping("wire").flatMap(node -> new WireBinder(diagnostics)
                .bind(node, name.orElse(""), codeType, codes.base(), errors.entries(), errors.complete(),
                        (id, at) -> category(id, at, categories)));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Generation generation = top.mapping("generation").map(node -> new GenerationBinder(diagnostics).bind(node))
                .orElse(Generation.DEFAULT);
        return Optional.of(new Catalog(location, name.get(), top.text("title"), top.text("description"),
                top.text("version"), top.text("source"), codeType, codes.pattern(),
                top.text("exceptionBase").orElse("java.lang.RuntimeException"), categories.all(), httpStatuses,
                errors.entries(), top.positionOf("name"), top.has("exceptionBase") ? top.positionOf("exceptionBase") : top.positionOf("name"),
                wire, generation, codes.base(), messageSyntax, attributes));
    }

    private MessageSyntax messageSyntax(MappingReader top) {
        Optional<String> word = top.text("messages");
        if (word.isEmpty()) {
            return MessageSyntax.NAMED;
        }
        Optional<MessageSyntax> syntax = MessageSyntax.fromKeyword(word.get());
        if (syntax.isEmpty()) {
            top.wrongType("messages", top.node("messages").orElseThrow(), "one of " + MessageSyntax.keywords(),
                    "Write 'messages: printf' for C printf conversions such as %s, 'messages: none' for plain text");
        }
        return syntax.orElse(MessageSyntax.NAMED);
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

    /** What {@code codes:} says; string codes without a pattern or base when it says nothing usable. */
    private record Codes(CodeType type, Optional<String> pattern, OptionalInt base) {}

    private Codes bindCodes(MappingReader top) {
        Codes fallback = new Codes(CodeType.STRING, Optional.empty(), OptionalInt.empty());
        if (!top.require("codes", "how codes look, e.g. 'codes: {type: integer}'")) {
            return fallback;
        }
        Optional<YamlNode.Mapping> codesNode = top.mapping("codes");
        if (codesNode.isEmpty()) {
            return fallback;
        }
        MappingReader codes = new MappingReader(codesNode.get(), "'codes'", CODES_KEYS, diagnostics);
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
        Optional<String> pattern = codes.text("pattern");
        if (pattern.isPresent()) {
            if (type == CodeType.INTEGER) {
                diagnostics.report(Message.CODE_PATTERN_NOT_FOR_INTEGERS, codes.positionOf("pattern"));
                pattern = Optional.empty();
            } else {
                try {
                    Pattern.compile(pattern.get());
                } catch (PatternSyntaxException | StackOverflowError e) {
                    String why = e instanceof PatternSyntaxException syntax ? "it is not one: " + syntax.getDescription()
                            : "it nests too deeply to compile";
                    diagnostics.report(Message.CODE_PATTERN_INVALID, codes.positionOf("pattern"), why);
                    pattern = Optional.empty();
                }
            }
        }
        OptionalInt base = codes.integer("base");
        if (base.isPresent() && type != CodeType.INTEGER) {
            diagnostics.report(Message.CODE_BASE_NOT_FOR_STRINGS, codes.positionOf("base"));
            base = OptionalInt.empty();
        }
        return new Codes(type, pattern, base);
    }

    /**
     * The categories, and how entries find them: by id, and a refused id ({@code not_found}, reported by the
     * validator) also by the id suggested for it ({@code not-found}), so that following the suggestion in
     * a reference is no fault. {@code complete} is false when the section could not be read whole (its key
     * misspelt, or an item without a usable id): a reference that names no category is then most likely a
     * consequence of that fault, already reported, and is not reported again.
     */
    record Categories(List<Category> all, Map<String, Category> byReference, boolean complete) {

        /** Ids a "did you mean" may suggest: the usable ones, a refused id's suggested one in its place. */
        List<String> suggestible() {
            return byReference.keySet().stream().filter(JavaNames::isCategoryId).toList();
        }

        List<String> ids() {
            return all.stream().map(Category::id).distinct().toList();
        }
    }

    private Categories bindCategories(MappingReader top, Codes codes) {
        List<Category> categories = new ArrayList<>();
        List<YamlNode> items = items(top, "categories");
        boolean readable = !top.misspelt("categories")
                && top.node("categories").map(node -> node instanceof YamlNode.Sequence).orElse(true);
        for (YamlNode item : items) {
            mappingItem(item, "categories").ifPresent(mapping -> {
                MappingReader category = new MappingReader(mapping, "a category", CATEGORY_KEYS, diagnostics);
                if (!category.require("id", "how errors refer to it, like 'rate-limit'")) {
                    return;
                }
                category.text("id").ifPresent(id -> {
                    String javaName = category.text("name").orElse(JavaNames.fromCategoryId(id));
                    Optional<String> ownCode = category.has("code") ? code(category, codes.type(), codes.base())
                            : Optional.empty();
                    categories.add(new Category(id, javaName, category.text("description"),
                            httpStatus(category, "httpStatus"), category.bool("retryable").orElse(false),
                            category.positionOf("id"), category.bool("stackTraces"), ownCode,
                            category.has("code") ? category.positionOf("code") : category.positionOf("id")));
                });
            });
        }
        Map<String, Category> byReference = new LinkedHashMap<>();
        categories.forEach(c -> byReference.putIfAbsent(c.id(), c));
        for (Category category : categories) {
            if (!JavaNames.isCategoryId(category.id())) {
                JavaNames.suggestCategoryId(category.id()).ifPresent(id -> byReference.putIfAbsent(id, category));
            }
        }
        return new Categories(categories, byReference, readable && categories.size() == items.size());
    }

    private List<HttpStatusEntry> bindHttpStatuses(MappingReader top, Categories categories) {
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

    /** The entries, and whether every item of the list could be bound (else references to codes may miss). */
    private record Errors(List<ErrorEntry> entries, boolean complete) {}

    private Errors bindErrors(MappingReader top, EntryScope catalogScope) {
        if (!top.require("errors", "the list of error codes")) {
            return new Errors(List.of(), false);
        }
        List<ErrorEntry> errors = new ArrayList<>();
        Optional<YamlNode.Sequence> list = top.sequence("errors");
        List<YamlNode> items = list.map(YamlNode.Sequence::items).orElse(List.of());
        if (list.isPresent() && items.isEmpty()) {
            diagnostics.report(Message.EMPTY_ERRORS, top.positionOf("errors"));
        }
        EntryScope scope = catalogScope.withSharedSymbols(EntryNames.sharedSymbols(items));
        for (YamlNode item : items) {
            mappingItem(item, "errors").flatMap(mapping -> bindError(mapping, scope)).ifPresent(errors::add);
        }
        return new Errors(errors, list.isPresent() && errors.size() == items.size());
    }

    /**
     * Binds one entry. An entry with an error of its own gets no warnings, which would only be about what
     * the fault left behind ({@code mesage:} is no message): the binder then suppresses them all for it. The
     * catalog fails, so nothing else reads those suppressions.
     */
    private Optional<ErrorEntry> bindError(YamlNode.Mapping mapping, EntryScope scope) {
        CodeType codeType = scope.codeType();
        int errorsBefore = diagnostics.errorCount();
        EntryNames names = new EntryNames(diagnostics);
        MappingReader entry = new MappingReader(mapping, "an error entry", ERROR_KEYS, diagnostics);
        if (!entry.require("code", "the code as the vendor sends it")) {
            return Optional.empty();
        }
        Optional<String> code = code(entry, codeType, scope.codeBase());
        Optional<String> givenName = entry.text("name");
        boolean nameUnusable = entry.has("name") && givenName.isEmpty();
        Optional<Identifier> symbol = names.symbol(entry);
        List<Identifier> aliases = names.aliases(entry);
        Optional<String> message = entry.text("message");
        Optional<Category> named = category(entry, scope.categories());
        Optional<Category> owner = code.flatMap(c -> Optional.ofNullable(scope.categoriesByOwnCode().get(c)));
        // A category's own code belongs to it: an entry that names no category is put in it. One that names
        // another is the validator's to report.
        Optional<Category> category = named.isPresent() || entry.has("category") ? named : owner;
        boolean ownedByCategory = owner.isPresent() && owner.equals(category);
        OptionalInt ownStatus = httpStatus(entry, "httpStatus");
        Optional<Boolean> ownRetryable = entry.bool("retryable");
        Deprecation deprecation = deprecation(entry);
        EntryKind kind = kind(entry);
        Map<String, Object> attributes = new AttributeBinder(diagnostics).values(entry, scope.attributes());
        List<Parameter> parameters = parameters(entry);
        if (scope.messageSyntax() == MessageSyntax.PRINTF && !entry.has("parameters") && message.isPresent()) {
            parameters = printfArguments(message.get(), entry.positionOf("message"));
        }
        Map<String, String> details = details(entry);
        Set<String> suppressed = new LinkedHashSet<>(scope.suppressedEverywhere());
        suppressed.addAll(suppressions(entry));
        Optional<String> description = entry.text("description");
        Optional<String> solution = entry.text("solution");
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (diagnostics.errorCount() > errorsBefore) {
            suppressed = Set.copyOf(Message.suppressibleTags());
        }
        // A name or symbol that was written but refused is reported already: no name, and no second error.
        nameUnusable |= givenName.isEmpty() && entry.has("symbol") && symbol.isEmpty();
        String javaName = nameUnusable ? UNUSABLE_NAME
                : givenName.orElseGet(() -> names.derivedName(code.get(), codeType, symbol, entry,
                        scope.catalogName()));
        OptionalInt httpStatus = ownStatus.isPresent() ? ownStatus
                : category.map(Category::httpStatus).orElse(OptionalInt.empty());
        boolean retryable = ownRetryable.orElse(category.map(Category::retryable).orElse(false));
        return Optional.of(new ErrorEntry(code.get(), javaName, message, description, solution, httpStatus, category,
                retryable, deprecation, parameters, details, suppressed, entry.position(), entry.positionOf("code"),
                entry.has("name") ? entry.positionOf("name") : entry.positionOf("code"),
                entry.has("message") ? entry.positionOf("message") : entry.position(), symbol, aliases,
                EntryNames.constantName(javaName, symbol, scope.sharedSymbols()), givenName.isEmpty() && !nameUnusable,
                kind, attributes, ownedByCategory));
    }

    /**
     * The code's text; integer codes are normalised to plain decimal, so {@code 007} and {@code 7} collide, and
     * counted from {@code codes.base} when the catalog gives one.
     */
    private Optional<String> code(MappingReader entry, CodeType codeType, OptionalInt base) {
        YamlNode node = entry.node("code").orElseThrow();
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            entry.wrongType("code", node, codeType == CodeType.INTEGER ? "a whole number" : "a text",
                    "Write the code as the vendor sends it");
            return Optional.empty();
        }
        if (codeType == CodeType.STRING) {
            if (scalar.value().isEmpty()) {
                diagnostics.report(Message.CODE_EMPTY, scalar.position());
                return Optional.empty();
            }
            return Optional.of(scalar.value());
        }
        if (scalar.plain() && DECIMAL_INTEGER.matcher(scalar.value()).matches()) {
            BigInteger value = new BigInteger(scalar.value());
            BigInteger counted = value.add(BigInteger.valueOf(base.orElse(0)));
            if (value.bitLength() < 32 && counted.bitLength() < 32) {
                return Optional.of(counted.toString());
            }
            if (value.bitLength() < 32) {
                diagnostics.report(Message.CODE_BASE_RANGE, scalar.position(), base.getAsInt(), value, counted);
                return Optional.empty();
            }
        }
        diagnostics.report(Message.CODE_TYPE_MISMATCH, scalar.position(), "integers", scalar.kind(),
                "Write a whole number without quotes, or set codes.type to string");
        return Optional.empty();
    }

    private Optional<Category> category(MappingReader entry, Categories categories) {
        return entry.text("category").flatMap(id -> category(id, entry.positionOf("category"), categories));
    }

    /** The category of id {@code id}, reporting at {@code at} an id that names none. */
    private Optional<Category> category(String id, SourcePosition at, Categories categories) {
        Category category = categories.byReference().get(id);
        if (category == null && categories.complete()) {
            String fix = Suggestions.closest(id, categories.suggestible())
                    .map(s -> "Did you mean '" + s + "'?")
                    .orElse("Define it under 'categories', or name one that is defined");
            diagnostics.report(Message.UNKNOWN_CATEGORY, at,
                    categories.all().isEmpty() ? "none are defined" : "defined: " + String.join(", ", categories.ids()),
                    id, fix);
        }
        return Optional.ofNullable(category);
    }

    private OptionalInt httpStatus(MappingReader mapping, String key) {
        OptionalInt status = mapping.integer(key);
        if (status.isPresent() && (status.getAsInt() < 100 || status.getAsInt() > 599)) {
            diagnostics.report(Message.HTTP_STATUS_RANGE, mapping.positionOf(key), key, status.getAsInt());
            return OptionalInt.empty();
        }
        return status;
    }

    private EntryKind kind(MappingReader entry) {
        Optional<String> word = entry.text("kind");
        if (word.isEmpty()) {
            return EntryKind.ERROR;
        }
        Optional<EntryKind> kind = EntryKind.fromKeyword(word.get());
        if (kind.isEmpty()) {
            entry.wrongType("kind", entry.node("kind").orElseThrow(), "one of " + EntryKind.keywords(),
                    Suggestions.closest(word.get(), Arrays.stream(EntryKind.values()).map(EntryKind::keyword).toList())
                            .map(k -> "Did you mean '" + k + "'?")
                            .orElse("Write 'kind: success' for a code that is not an error, 'kind: reserved' for one"
                                    + " kept unused"));
        }
        return kind.orElse(EntryKind.ERROR);
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

    /**
     * The arguments of a printf message, named {@code arg1}, {@code arg2}, ... in order and typed as their
     * conversions take them; none for a message that is no template (the validator reports it).
     */
    private static List<Parameter> printfArguments(String message, SourcePosition at) {
        List<Parameter> parameters = new ArrayList<>();
        for (PrintfTemplate.Argument argument : PrintfTemplate.parse(message).arguments()) {
            parameters.add(new Parameter("arg" + (parameters.size() + 1), argument.type(), at));
        }
        return parameters;
    }

    private List<Parameter> parameters(MappingReader entry) {
        List<Parameter> parameters = new ArrayList<>();
        entry.mapping("parameters").ifPresent(mapping -> {
            for (YamlNode.Entry parameter : mapping.entries()) {
                String name = parameter.key().value();
                if (JavaNames.isKeyword(name)) {
                    diagnostics.report(Message.NAME_IS_KEYWORD, parameter.key().position(), "A parameter's name", name,
                            Suggestions.parameterName(name).orElseThrow());
                } else if (!JavaNames.isParameterName(name)) {
                    diagnostics.report(Message.NAME_NOT_IDENTIFIER, parameter.key().position(), "A parameter's name",
                            LOWER_CAMEL, name, Suggestions.advise(Suggestions.parameterName(name), name,
                                    suggestion -> "Use e.g. '" + suggestion + "'"));
                }
                // A parameter whose name or type is refused stays in the model (as a string), so that its
                // placeholder is not reported as undeclared as well; the catalog fails, and nothing is written.
                Optional<String> word = entry.asText(name, parameter.value());
                Optional<ParameterType> type = word.flatMap(ParameterType::fromKeyword);
                if (word.isPresent() && type.isEmpty()) {
                    diagnostics.report(Message.PARAMETER_TYPE, parameter.value().position(), ParameterType.keywords(),
                            name, word.get());
                }
                parameters.add(new Parameter(name, type.orElse(ParameterType.STRING), parameter.key().position()));
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

    /** The warning tags {@code suppress:} lists, in an entry or (for every entry) at the top level. */
    private Set<String> suppressions(MappingReader entry) {
        Set<String> tags = new LinkedHashSet<>();
        entry.sequence("suppress").ifPresent(list -> {
            for (YamlNode item : list.items()) {
                entry.asText("suppress", item).ifPresent(tag -> {
                    if (Message.isSuppressibleWarning(tag)) {
                        tags.add(tag);
                        return;
                    }
                    Optional<Message> known = Message.byTag(tag);
                    String fix;
                    if (known.isPresent() && known.get().severity() == Severity.ERROR) {
                        fix = "'" + tag + "' is an error, which cannot be suppressed: fix the fault instead";
                    } else if (known.isPresent()) {
                        fix = "'" + tag + "' is not about one entry, so it cannot be suppressed here";
                    } else {
                        fix = Suggestions.closest(tag, Message.suppressibleTags()).map(s -> "Did you mean '" + s + "'?")
                                .orElse("Remove it");
                    }
                    diagnostics.report(Message.UNKNOWN_SUPPRESSION, item.position(),
                            String.join(", ", Message.suppressibleTags()), tag, fix);
                });
            }
        });
        return tags;
    }

    private List<YamlNode> items(MappingReader top, String key) {
        return top.sequence(key).map(YamlNode.Sequence::items).orElse(List.of());
    }

    private Optional<YamlNode.Mapping> mappingItem(YamlNode item, String listKey) {
        if (item instanceof YamlNode.Mapping mapping) {
            return Optional.of(mapping);
        }
        diagnostics.report(Message.WRONG_TYPE, item.position(), "Each item of '" + listKey + "'", "a mapping of keys",
                item.kind(), "Write the item's keys indented below its '- '");
        return Optional.empty();
    }
}
