package dev.errata.processor.validate;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.SourcePosition;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.DetailKind;
import dev.errata.processor.model.EntryKind;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ExceptionMembers;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.Generation;
import dev.errata.processor.model.HttpStatusEntry;
import dev.errata.processor.model.Identifier;
import dev.errata.processor.model.InitializerSize;
import dev.errata.processor.model.JavaLang;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.model.MessageTemplate;
import dev.errata.processor.model.Parameter;
import dev.errata.processor.model.ParameterType;
import dev.errata.processor.model.PrintfTemplate;
import dev.errata.processor.bind.CatalogBinder;
import dev.errata.processor.bind.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules that span entries or need the whole catalog: uniqueness of codes and names, names that
 * collide once turned into Java, codes against their pattern, placeholders against parameters, and the
 * warnings for likely mistakes. Runs on the bound model, even when binding found faults, so that one build
 * shows as many faults as possible.
 */
public final class CatalogValidator {

    /** Entries the generated enum holds at most ({@code generation.enum: always}; {@code auto} switches earlier). */
    public static final int ENUM_CAPACITY = Generation.ENUM_CAP;

    /** How many steps matching one code against codes.pattern may take (bounds catastrophic backtracking). */
    static final int PATTERN_STEPS = 1_000_000;

    private final Diagnostics diagnostics;
    /** Entries, categories and statuses with an error of their own: they get no warnings, and no follow-up errors. */
    private final Set<Object> faulty = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Runnable> warnings = new ArrayList<>();

    public CatalogValidator(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public void validate(Catalog catalog) {
        SourcePosition namePosition = catalog.namePosition();
        boolean nameUsable = checkTypeName("The catalog's 'name'", catalog.name(), namePosition,
                name -> new GeneratedNames(name).catalogTypes());
        checkCodes(catalog);
        checkCategories(catalog);
        checkCategoryCodes(catalog);
        checkHttpStatuses(catalog);
        checkErrorNames(catalog);
        checkSymbols(catalog);
        checkParameters(catalog);
        checkMessages(catalog);
        if (nameUsable) {
            checkGeneratedTypes(catalog, namePosition);
        }
        if (catalog.usesEnum() && catalog.errors().size() > ENUM_CAPACITY) {
            diagnostics.report(Message.TOO_MANY_ERRORS_FOR_ENUM, namePosition, ENUM_CAPACITY, catalog.errors().size());
        } else if (catalog.usesEnum() && InitializerSize.enumBytes(catalog) > InitializerSize.ENUM_BUDGET) {
            diagnostics.report(Message.ENTRIES_TOO_LARGE_FOR_ENUM, namePosition, catalog.errors().size(),
                    InitializerSize.enumBytes(catalog), InitializerSize.ENUM_BUDGET);
        }
        warnings.forEach(Runnable::run);
    }

    /** Reports an error about {@code owner} (an entry, category or status) and marks it faulty. */
    private void error(Object owner, Message message, SourcePosition at, Object... args) {
        faulty.add(owner);
        diagnostics.report(message, at, args);
    }

    /** Queues a warning about an entry, reported at the end unless the entry suppresses it or has an error. */
    private void warn(ErrorEntry error, Message message, SourcePosition at, Object... args) {
        warnings.add(() -> {
            if (!faulty.contains(error) && !error.suppresses(message.tag())) {
                diagnostics.report(message, at, args);
            }
        });
    }

    private void checkCodes(Catalog catalog) {
        Optional<Pattern> pattern = Optional.empty();
        if (catalog.codePattern().isPresent() && catalog.codeType() == CodeType.STRING) {
            try {
                pattern = Optional.of(Pattern.compile(catalog.codePattern().get()));
            } catch (PatternSyntaxException | StackOverflowError e) {
                // The binder reported it where the pattern is written.
            }
        }
        Map<String, ErrorEntry> byCode = new HashMap<>(capacity(catalog));
        for (ErrorEntry error : catalog.errors()) {
            ErrorEntry earlier = byCode.putIfAbsent(error.code(), error);
            if (earlier != null) {
                error(error, Message.DUPLICATE_CODE, error.codePosition(), quoted(catalog, error),
                        earlier.codePosition().line());
            }
            if (pattern.isPresent()) {
                try {
                    if (!pattern.get().matcher(new Bounded(error.code())).matches()) {
                        error(error, Message.CODE_PATTERN_MISMATCH, error.codePosition(), catalog.codePattern().get(),
                                error.code());
                    }
                } catch (Bounded.TooSlow | StackOverflowError e) {
                    error(error, Message.CODE_PATTERN_INVALID, error.codePosition(), "matching code '" + error.code()
                            + "' takes too long (repetitions inside repetitions, such as (.*a){12}, backtrack without end)");
                    pattern = Optional.empty();
                }
            }
        }
    }

    private void checkCategories(Catalog catalog) {
        Map<String, Category> byId = new HashMap<>();
        Map<String, Category> byConstant = new HashMap<>();
        boolean brokenReferences = diagnostics.all().stream().anyMatch(d -> d.message() == Message.UNKNOWN_CATEGORY);
        // One pass over the entries instead of one (errorsIn) per category.
        Set<Category> named = new HashSet<>();
        for (ErrorEntry error : catalog.errors()) {
            error.category().ifPresent(named::add);
        }
        for (Category category : catalog.categories()) {
            if (!JavaNames.isCategoryId(category.id())) {
                error(category, Message.CATEGORY_ID_FORMAT, category.position(), category.id(), Suggestions.advise(
                        JavaNames.suggestCategoryId(category.id()), category.id(), id -> "Use '" + id + "'"));
                continue;
            }
            Category earlier = byId.putIfAbsent(category.id(), category);
            if (earlier != null) {
                error(category, Message.DUPLICATE_CATEGORY, category.position(), category.id(), earlier.position().line());
                continue;
            }
            if (checkTypeName("A category's 'name'", category.javaName(), category.position(), memberTypes(catalog))) {
                Category clash = byConstant.putIfAbsent(GeneratedNames.constant(category), category);
                if (clash != null) {
                    error(category, Message.NAME_COLLISION, category.position(), category.id(), "the constant",
                            GeneratedNames.constant(category), clash.id(), clash.position().line());
                }
            } else {
                faulty.add(category);
            }
            // A reference that went wrong may have been meant for this category: then its emptiness is no news.
            if (!brokenReferences && !named.contains(category)
                    && catalog.httpStatuses().stream().noneMatch(s -> s.category().map(category::equals).orElse(false))
                    && !receivesUnlistedCodes(catalog, category)) {
                warnings.add(() -> {
                    if (!faulty.contains(category)) {
                        diagnostics.report(Message.EMPTY_CATEGORY, category.position(), category.id());
                    }
                });
            }
        }
    }

    /** A category's own code must be an entry of that category, owned by no other category. */
    private void checkCategoryCodes(Catalog catalog) {
        Map<String, ErrorEntry> byCode = new HashMap<>(capacity(catalog));
        catalog.errors().forEach(error -> byCode.putIfAbsent(error.code(), error));
        Map<String, Category> owners = new HashMap<>();
        for (Category category : catalog.categories()) {
            if (category.ownCode().isEmpty()) {
                continue;
            }
            String code = category.ownCode().get();
            String written = quoted(catalog, catalog.codeBase().isPresent()
                    ? Long.toString((long) Integer.parseInt(code) - catalog.codeBase().getAsInt()) : code);
            ErrorEntry entry = byCode.get(code);
            Category earlier = owners.putIfAbsent(code, category);
            if (earlier != null) {
                error(category, Message.CATEGORY_CODE, category.ownCodePosition(), "code " + written
                        + " is already the code of category '" + earlier.id() + "' (line " + earlier.position().line() + ")",
                        "Remove one of them: a code has one exception class");
            } else if (entry == null) {
                error(category, Message.CATEGORY_CODE, category.ownCodePosition(), "code " + written
                        + " is not listed", "List the entry under 'errors', or correct the code");
            } else if (!entry.ownedByCategory()) {
                faulty.add(category);
                error(entry, Message.CATEGORY_CODE, entry.codePosition(), "code " + written + " is the code of category '"
                        + category.id() + "' (line " + category.position().line() + ") and names category '"
                        + entry.category().map(Category::id).orElse("") + "'",
                        "Remove the entry's 'category' (it is put in the category whose code it is), or correct one");
            }
        }
    }

    /**
     * Whether responses can name {@code category} for codes the catalog does not list: its value of
     * {@code wire.category}, or an error status that stands for it alone. Such a category is thrown even
     * without entries (Stripe's {@code api_error} has no code of its own).
     */
    private static boolean receivesUnlistedCodes(Catalog catalog, Category category) {
        return catalog.wire().isPresent() && (catalog.wire().get().category()
                .map(member -> member.values().containsValue(category)).orElse(false)
                || catalog.categoryOfErrorStatus().containsValue(category));
    }

    private void checkHttpStatuses(Catalog catalog) {
        Map<Integer, HttpStatusEntry> byStatus = new HashMap<>();
        Map<String, HttpStatusEntry> byConstant = new HashMap<>();
        for (HttpStatusEntry status : catalog.httpStatuses()) {
            HttpStatusEntry earlier = byStatus.putIfAbsent(status.status(), status);
            if (earlier != null) {
                error(status, Message.DUPLICATE_HTTP_STATUS, status.position(), status.status(), earlier.position().line());
            }
            if (checkTypeName("An httpStatuses 'name'", status.javaName(), status.position(), memberTypes(catalog))) {
                HttpStatusEntry clash = byConstant.putIfAbsent(GeneratedNames.constant(status), status);
                if (clash != null) {
                    error(status, Message.NAME_COLLISION, status.position(), status.javaName(), "the constant",
                            GeneratedNames.constant(status), clash.javaName(), clash.position().line());
                }
            } else {
                faulty.add(status);
            }
        }
    }

    private void checkErrorNames(Catalog catalog) {
        Map<String, ErrorEntry> byName = new HashMap<>(capacity(catalog));
        Map<String, ErrorEntry> byConstant = new HashMap<>(capacity(catalog));
        for (ErrorEntry error : catalog.errors()) {
            if (error.javaName().equals(CatalogBinder.UNUSABLE_NAME)) {
                faulty.add(error);
                continue;
            }
            if (!checkTypeName("An error's 'name'", error.javaName(), error.namePosition(), memberTypes(catalog))) {
                faulty.add(error);
                continue;
            }
            ErrorEntry earlier = byName.putIfAbsent(error.javaName(), error);
            if (earlier != null && error.nameDerived()) {
                error(error, Message.DERIVED_NAME_CLASH, error.namePosition(), nameSource(catalog, error), error.javaName(),
                        earlier.nameDerived() ? nameSource(catalog, earlier) : "the name given", earlier.namePosition().line(),
                        error.javaName() + (catalog.codeType() == CodeType.INTEGER ? "Code" + catalog.writtenCode(error).replace('-', 'M') : "2"));
                continue;
            }
            if (earlier != null) {
                error(error, Message.DUPLICATE_NAME, error.namePosition(), error.javaName(), earlier.namePosition().line());
                continue;
            }
            String constant = GeneratedNames.constant(error);
            ErrorEntry clash = byConstant.putIfAbsent(constant, error);
            if (clash != null) {
                error(error, Message.NAME_COLLISION, error.namePosition(), error.javaName(), "the constant", constant,
                        clash.javaName(), clash.namePosition().line());
            }
        }
    }

    /** "symbol 'ER_DUP_ENTRY'" or "code 'card_declined'": what an entry's derived name comes from. */
    private static String nameSource(Catalog catalog, ErrorEntry error) {
        return error.symbol().map(s -> "symbol '" + s.text() + "'").orElse("code " + quoted(catalog, error));
    }

    /**
     * Symbols, aliases and names find codes ({@code fromSymbol}, {@code fromName}): each may stand for one code
     * only. Names are checked among themselves above; here symbols and aliases, against each other and the
     * other entries' names.
     */
    private void checkSymbols(Catalog catalog) {
        Map<String, ErrorEntry> owners = new HashMap<>(capacity(catalog));
        for (ErrorEntry error : catalog.errors()) {
            owners.putIfAbsent(error.javaName(), error);
        }
        Map<String, ErrorEntry> bySymbol = new HashMap<>();
        for (ErrorEntry error : catalog.errors()) {
            List<Identifier> identifiers = new ArrayList<>(error.aliases().size() + 1);
            error.symbol().ifPresent(identifiers::add);
            identifiers.addAll(error.aliases());
            for (Identifier identifier : identifiers) {
                ErrorEntry named = owners.get(identifier.text());
                ErrorEntry earlier = bySymbol.putIfAbsent(identifier.text(), error);
                ErrorEntry other = earlier != null && earlier != error ? earlier : named != null && named != error ? named : null;
                if (other != null && !sharedSymbolAllowed(error, other, identifier)) {
                    error(error, Message.DUPLICATE_SYMBOL, identifier.position(), identifier.text(),
                            quoted(catalog, other), other.position().line());
                }
            }
        }
    }

    /** Whether two entries may share {@code identifier}: it is the symbol of both, both reserved. */
    private static boolean sharedSymbolAllowed(ErrorEntry error, ErrorEntry other, Identifier identifier) {
        return error.kind() == EntryKind.RESERVED && other.kind() == EntryKind.RESERVED
                && error.symbol().map(s -> s.text().equals(identifier.text())).orElse(false)
                && other.symbol().map(s -> s.text().equals(identifier.text())).orElse(false);
    }

    /** Parameter names become fields and accessors of the entry's exception: they must not clash with its own. */
    private void checkParameters(Catalog catalog) {
        Map<String, String> details = new HashMap<>();
        Map<String, DetailKind> kinds = new HashMap<>();
        catalog.wire().ifPresent(wire -> wire.details().forEach((name, kind) -> {
            details.put(JavaNames.memberAccessor(name), name);
            kinds.put(JavaNames.memberAccessor(name), kind);
        }));
        for (ErrorEntry error : catalog.errors()) {
            for (Parameter parameter : error.parameters()) {
                String reason = ExceptionMembers.takenForParameter(parameter.name()).orElse(null);
                // A string parameter named as a text detail is bound to it: the detail carries its value.
                boolean bindable = kinds.get(parameter.name()) == DetailKind.TEXT && parameter.type() == ParameterType.STRING;
                if (reason == null && details.containsKey(parameter.name()) && !bindable) {
                    reason = "wire detail '" + details.get(parameter.name()) + "' already gives every exception a method "
                            + parameter.name() + "(), and only a string parameter can be bound to a detail, a text one";
                }
                if (reason != null) {
                    error(error, Message.RESERVED_NAME, parameter.position(), "A parameter's name", parameter.name(),
                            reason);
                }
            }
        }
    }

    private void checkMessages(Catalog catalog) {
        Map<String, ErrorEntry> byMessage = new HashMap<>(capacity(catalog));
        for (ErrorEntry error : catalog.errors()) {
            if (error.message().isEmpty()) {
                if (!error.parameters().isEmpty()) {
                    error(error, Message.PARAMETERS_WITHOUT_MESSAGE, error.parameters().get(0).position());
                }
                // A message that was written but refused (a list, a mapping) is reported already.
                if (error.messagePosition().equals(error.position())) {
                    warn(error, Message.MISSING_MESSAGE, error.position(), quoted(catalog, error));
                }
                continue;
            }
            String message = error.message().get();
            switch (catalog.messageSyntax()) {
                case NAMED -> checkNamedPlaceholders(error, message);
                case PRINTF -> checkPrintf(error, message);
                case NONE -> {
                    if (!error.parameters().isEmpty()) {
                        error(error, Message.PARAMETERS_IN_PLAIN_TEXT, error.parameters().get(0).position());
                    }
                }
            }
            ErrorEntry earlier = byMessage.putIfAbsent(message, error);
            if (earlier != null) {
                warn(error, Message.DUPLICATE_MESSAGE, error.messagePosition(), quoted(catalog, error),
                        quoted(catalog, earlier), earlier.messagePosition().line());
            }
        }
    }

    /**
     * A printf message must be a template the generated formatter accepts; parameters, when the entry names
     * them, one per argument in order, typed as their conversions are (else the binder named them arg1, ...).
     */
    private void checkPrintf(ErrorEntry error, String message) {
        PrintfTemplate template = PrintfTemplate.parse(message);
        if (template.fault().isPresent()) {
            PrintfTemplate.Fault fault = template.fault().get();
            error(error, Message.PRINTF_CONVERSION, error.messagePosition(), fault.index() + 1, fault.conversion(),
                    fault.reason());
            return;
        }
        List<PrintfTemplate.Argument> arguments = template.arguments();
        List<Parameter> parameters = error.parameters();
        String expected = arguments.isEmpty() ? "none"
                : String.join(", ", arguments.stream().map(a -> a.type().keyword() + " for "
                        + (a.role() == PrintfTemplate.Role.VALUE ? "" : "the * of ") + a.conversion()).toList());
        if (parameters.size() != arguments.size()) {
            error(error, Message.PRINTF_PARAMETERS, parameters.isEmpty() ? error.messagePosition()
                    : parameters.get(0).position(), expected, "it names " + parameters.size() + " for "
                    + arguments.size());
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            PrintfTemplate.Argument argument = arguments.get(i);
            if (parameter.type() != argument.type()) {
                error(error, Message.PRINTF_PARAMETERS, parameter.position(), expected, "'" + parameter.name() + "' is "
                        + parameter.type().keyword() + " where " + argument.conversion() + " takes "
                        + argument.type().keyword());
                return;
            }
        }
    }

    /** Every {placeholder} declared, every parameter used, and braces only where they belong. */
    private void checkNamedPlaceholders(ErrorEntry error, String message) {
        MessageTemplate template = MessageTemplate.parse(message);
        Map<String, Parameter> declared = new LinkedHashMap<>();
        error.parameters().forEach(p -> declared.put(p.name(), p));
        for (MessageTemplate.Part part : template.parts()) {
            if (part instanceof MessageTemplate.Part.LoneBrace brace) {
                int close = brace.brace() == '{' ? message.indexOf('}', brace.index() + 1) : -1;
                String inside = close < 0 ? null : message.substring(brace.index() + 1, close);
                if (inside == null || inside.indexOf('{') >= 0) {
                    error(error, Message.UNBALANCED_BRACE, error.messagePosition(), String.valueOf(brace.brace()),
                            brace.index() + 1);
                } else if (!declared.containsKey(inside)) {
                    // A declared parameter of this name is reported where it is declared.
                    placeholderNameFault(error, inside);
                }
            }
        }
        List<String> placeholders = template.placeholderNames();
        for (String placeholder : placeholders) {
            if (declared.containsKey(placeholder)) {
                continue;
            }
            // Advice to declare it only where the declaration would be accepted: {user.name}, {GA} and
            // {message} could not be declared as they stand.
            Optional<String> taken = ExceptionMembers.takenForParameter(placeholder);
            if (!JavaNames.isParameterName(placeholder)) {
                placeholderNameFault(error, placeholder);
            } else if (taken.isPresent()) {
                error(error, Message.RESERVED_NAME, error.messagePosition(), "A placeholder's name", placeholder,
                        taken.get());
            } else {
                error(error, Message.UNDECLARED_PARAMETER, error.messagePosition(), placeholder, placeholder);
            }
        }
        for (Parameter parameter : error.parameters()) {
            if (!placeholders.contains(parameter.name()) && JavaNames.isParameterName(parameter.name())) {
                error(error, Message.UNUSED_PARAMETER, parameter.position(), parameter.name());
            }
        }
    }

    /**
     * Every generated type of the catalog must have its own simple name, and none may shadow java.lang. The
     * types every catalog of this shape has are claimed first, so that a clash with one of them is blamed on
     * the entry, category or status that took its name, which is what can be renamed.
     */
    private void checkGeneratedTypes(Catalog catalog, SourcePosition namePosition) {
        GeneratedNames names = new GeneratedNames(catalog);
        Map<String, String> owners = new HashMap<>();
        Map<String, SourcePosition> positions = new HashMap<>();
        String catalogName = "The catalog's 'name'";
        claim(owners, positions, null, names.errorEnum(), "the catalog's enum", catalogName, catalog.name(), namePosition);
        claim(owners, positions, null, names.baseException(), "the catalog's base exception", catalogName,
                catalog.name(), namePosition);
        claim(owners, positions, null, names.unknownException(), "the exception for unknown codes", catalogName,
                catalog.name(), namePosition);
        claim(owners, positions, null, names.tables(), "the catalog's lookup tables", catalogName, catalog.name(),
                namePosition);
        if (!catalog.httpStatuses().isEmpty()) {
            claim(owners, positions, null, names.httpStatusEnum(), "the enum of HTTP statuses", catalogName,
                    catalog.name(), namePosition);
        }
        if (catalog.hasOutcomes()) {
            claim(owners, positions, null, names.notAnErrorException(), "the exception of success and warning codes",
                    catalogName, catalog.name(), namePosition);
        }
        if (!catalog.usesClassPerCode() && !catalog.thrownUncategorizedErrors().isEmpty()) {
            claim(owners, positions, null, names.uncategorizedException(), "the exception of uncategorized codes",
                    catalogName, catalog.name(), namePosition);
        }
        if (!catalog.usesEnum()) {
            int chunkSize = catalog.tableChunk();
            for (int chunk = 0; chunk * chunkSize < catalog.errors().size(); chunk++) {
                claim(owners, positions, null, names.errorTable(chunk), "the catalog's data", catalogName, catalog.name(),
                        namePosition);
            }
        }
        if (catalog.wire().isPresent()) {
            if (catalog.wire().get().batchPath().isPresent()) {
                claim(owners, positions, null, names.batchException(), "the exception for failed batches", catalogName,
                        catalog.name(), namePosition);
                claim(owners, positions, null, names.batchResult(), "the batch result", catalogName, catalog.name(),
                        namePosition);
            }
            claim(owners, positions, null, names.json(), "the JSON reader", catalogName, catalog.name(), namePosition);
            claim(owners, positions, null, names.decoder(), "the decoder", catalogName, catalog.name(), namePosition);
            claim(owners, positions, null, names.renderer(), "the renderer", catalogName, catalog.name(), namePosition);
            claim(owners, positions, null, names.codec(), "the wire codec", catalogName, catalog.name(), namePosition);
        }
        boolean unlistedClasses = catalog.wire().isPresent() && catalog.usesClassPerCode();
        for (Category category : catalog.categories()) {
            if (!faulty.contains(category) && catalog.hasExceptionClass(category)) {
                claim(owners, positions, category, names.categoryException(category), "category '" + category.id() + "'",
                        "A category's 'name'", category.javaName(), category.position());
                if (unlistedClasses) {
                    claim(owners, positions, category, names.unlistedException(category), "category '" + category.id()
                            + "' (its class of unlisted codes)", "A category's 'name'", category.javaName(), category.position());
                }
            }
        }
        if (catalog.usesClassPerCode()) {
            for (ErrorEntry error : catalog.errors()) {
                if (!faulty.contains(error) && catalog.hasOwnClass(error)) {
                    claim(owners, positions, error, names.errorException(error), "error " + quoted(catalog, error),
                            "An error's 'name'", error.javaName(), error.namePosition());
                }
            }
        }
        for (HttpStatusEntry status : catalog.errorStatuses()) {
            if (!faulty.contains(status)) {
                claim(owners, positions, status, names.statusException(status), "HTTP status " + status.status(),
                        "An httpStatuses 'name'", status.javaName(), status.position());
            }
        }
    }

    private void claim(Map<String, String> owners, Map<String, SourcePosition> positions, Object owner, String typeName,
            String ownerText, String nameKey, String name, SourcePosition at) {
        if (JavaLang.declares(typeName)) {
            String what = owner == null ? ownerText : "the exception of " + ownerText;
            error(owner == null ? this : owner, Message.RESERVED_NAME, at, nameKey, name,
                    what + " would be named " + typeName + " and hide java.lang." + typeName);
            return;
        }
        String earlier = owners.putIfAbsent(typeName, ownerText);
        if (earlier != null) {
            error(owner == null ? this : owner, Message.GENERATED_TYPE_CLASH, at, "type " + typeName + " is", ownerText,
                    earlier + " (line " + positions.get(typeName).line() + ")", "Rename " + ownerText);
        } else {
            positions.put(typeName, at);
        }
    }

    /**
     * Reports and returns false unless {@code name} suits a generated type. {@code generatedTypes} gives the
     * types a name leads to, so that a suggestion never leads to one hiding java.lang ({@code security} is
     * told {@code SecurityError}, not {@code Security}, whose base exception would be SecurityException).
     */
    private boolean checkTypeName(String what, String name, SourcePosition at,
            Function<String, List<String>> generatedTypes) {
        if (JavaNames.isKeyword(name)) {
            diagnostics.report(Message.NAME_IS_KEYWORD, at, what, name,
                    typeNameFor(name, generatedTypes).orElseThrow());
            return false;
        }
        if (!JavaNames.isUpperCamel(name)) {
            diagnostics.report(Message.NAME_NOT_IDENTIFIER, at, what, CatalogBinder.UPPER_CAMEL, name,
                    Suggestions.advise(typeNameFor(name, generatedTypes), name, s -> "Use e.g. '" + s + "'"));
            return false;
        }
        return true;
    }

    /** A name to suggest for {@code name}: never a keyword, nor one whose generated types hide java.lang. */
    private static Optional<String> typeNameFor(String name, Function<String, List<String>> generatedTypes) {
        return JavaNames.suggestUpperCamel(name)
                .map(s -> JavaNames.isKeyword(name) ? s + "Error" : s)
                .map(s -> generatedTypes.apply(s).stream().anyMatch(JavaLang::declares) ? s + "Error" : s);
    }

    /** The type an entry's, a category's or a status's name leads to: {@code <Catalog><Name>Exception}. */
    private static Function<String, List<String>> memberTypes(Catalog catalog) {
        return name -> List.of(new GeneratedNames(catalog.name()).exceptionOf(name));
    }


    /** {@code {user-id}}, {@code {0}}, {@code {GA}}: a placeholder no parameter could be declared for. */
    private void placeholderNameFault(ErrorEntry error, String inside) {
        error(error, Message.PLACEHOLDER_NAME, error.messagePosition(), inside, Suggestions.advise(
                Suggestions.parameterName(inside), inside, name -> "Rename it, e.g. '{" + name + "}'"));
    }

    /** A map capacity for one key per entry, so that a map of 50,000 entries is not rehashed 14 times. */
    private static int capacity(Catalog catalog) {
        return catalog.errors().size() * 4 / 3 + 1;
    }

    /** An entry's code as the catalog writes it, quoted when it is a string. */
    private static String quoted(Catalog catalog, ErrorEntry error) {
        return quoted(catalog, catalog.writtenCode(error));
    }

    private static String quoted(Catalog catalog, String code) {
        return catalog.codeType() == CodeType.INTEGER ? code : "'" + code + "'";
    }

    /** A code as regular expressions see it, which gives up after {@link #PATTERN_STEPS} character reads. */
    private static final class Bounded implements CharSequence {
        private final String text;
        private int steps;

        Bounded(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (++steps > PATTERN_STEPS) {
                throw new TooSlow();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        /** Thrown from {@link #charAt} when the budget is spent. */
        static final class TooSlow extends RuntimeException {
            private static final long serialVersionUID = 1L;

            TooSlow() {
                super(null, null, false, false);
            }
        }
    }
}
