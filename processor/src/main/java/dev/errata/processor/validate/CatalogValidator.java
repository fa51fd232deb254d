package dev.errata.processor.validate;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.SourcePosition;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.HttpStatusEntry;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.model.MessageTemplate;
import dev.errata.processor.model.Parameter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules that span entries or need the whole catalog: uniqueness of codes and names, names that
 * collide once turned into Java, codes against their pattern, placeholders against parameters, and the
 * warnings for likely mistakes. Runs on the bound model, even when binding found faults, so that one build
 * shows as many faults as possible.
 */
public final class CatalogValidator {

    /**
     * Entries the generated enum holds at most: every constant's construction shares the enum's static
     * initializer, which the JVM caps at 64 KiB. Measured with three texts and a category per entry: 1,700
     * entries compile and 2,000 fail with "code too large", at {@code --release 8} and 17 alike; the cap
     * leaves room for longer codes. EnumCapacityTest compiles a catalog of exactly this size.
     */
    public static final int ENUM_CAPACITY = 1_500;

    /** java.lang types the generated code names; a generated type of the same name would shadow them. */
    private static final Set<String> SHADOWED_JAVA_LANG = Set.of("Object", "String", "Integer", "Boolean", "Class",
            "Enum", "Exception", "RuntimeException", "Throwable", "Error", "Override", "Deprecated", "SuppressWarnings",
            "SafeVarargs", "FunctionalInterface", "Iterable", "Character", "Long", "Double", "Math", "System",
            "StringBuilder", "IllegalArgumentException", "NumberFormatException");

    private final Diagnostics diagnostics;

    public CatalogValidator(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public void validate(Catalog catalog) {
        SourcePosition namePosition = catalog.namePosition();
        checkTypeName("name", catalog.name(), namePosition);
        checkCodes(catalog);
        checkCategories(catalog);
        checkHttpStatuses(catalog);
        checkErrorNames(catalog);
        checkMessages(catalog);
        checkGeneratedTypes(catalog, namePosition);
        if (catalog.errors().size() > ENUM_CAPACITY) {
            diagnostics.report(Message.TOO_MANY_ERRORS_FOR_ENUM, namePosition, ENUM_CAPACITY, catalog.errors().size());
        }
    }

    private void checkCodes(Catalog catalog) {
        Optional<Pattern> pattern = Optional.empty();
        if (catalog.codePattern().isPresent()) {
            SourcePosition at = catalog.errors().isEmpty() ? SourcePosition.wholeFile(catalog.location())
                    : catalog.errors().get(0).codePosition();
            if (catalog.codeType() == CodeType.INTEGER) {
                diagnostics.report(Message.CODE_PATTERN_NOT_FOR_INTEGERS, at);
            } else {
                try {
                    pattern = Optional.of(Pattern.compile(catalog.codePattern().get()));
                } catch (PatternSyntaxException e) {
                    diagnostics.report(Message.CODE_PATTERN_INVALID, at, e.getDescription());
                }
            }
        }
        Map<String, ErrorEntry> byCode = new HashMap<>();
        for (ErrorEntry error : catalog.errors()) {
            ErrorEntry earlier = byCode.putIfAbsent(error.code(), error);
            if (earlier != null) {
                diagnostics.report(Message.DUPLICATE_CODE, error.codePosition(), quoted(catalog, error.code()),
                        earlier.codePosition().line());
            }
            if (pattern.isPresent() && !pattern.get().matcher(error.code()).matches()) {
                diagnostics.report(Message.CODE_PATTERN_MISMATCH, error.codePosition(), catalog.codePattern().get(),
                        error.code());
            }
        }
    }

    private void checkCategories(Catalog catalog) {
        Map<String, Category> byId = new HashMap<>();
        Map<String, Category> byConstant = new HashMap<>();
        for (Category category : catalog.categories()) {
            if (!JavaNames.isCategoryId(category.id())) {
                diagnostics.report(Message.CATEGORY_ID_FORMAT, category.position(), category.id(),
                        JavaNames.suggestCategoryId(category.id()));
                continue;
            }
            Category earlier = byId.putIfAbsent(category.id(), category);
            if (earlier != null) {
                diagnostics.report(Message.DUPLICATE_CATEGORY, category.position(), category.id(), earlier.position().line());
                continue;
            }
            if (checkTypeName("a category's name", category.javaName(), category.position())) {
                Category clash = byConstant.putIfAbsent(GeneratedNames.constant(category), category);
                if (clash != null) {
                    diagnostics.report(Message.NAME_COLLISION, category.position(), category.id(), "the constant",
                            GeneratedNames.constant(category), clash.id(), clash.position().line());
                }
            }
            if (catalog.errorsIn(category).isEmpty()
                    && catalog.httpStatuses().stream().noneMatch(s -> s.category().map(category::equals).orElse(false))) {
                diagnostics.report(Message.EMPTY_CATEGORY, category.position(), category.id());
            }
        }
    }

    private void checkHttpStatuses(Catalog catalog) {
        Map<Integer, HttpStatusEntry> byStatus = new HashMap<>();
        Map<String, HttpStatusEntry> byConstant = new HashMap<>();
        for (HttpStatusEntry status : catalog.httpStatuses()) {
            HttpStatusEntry earlier = byStatus.putIfAbsent(status.status(), status);
            if (earlier != null) {
                diagnostics.report(Message.DUPLICATE_HTTP_STATUS, status.position(), status.status(),
                        earlier.position().line());
            }
            if (checkTypeName("an httpStatuses name", status.javaName(), status.position())) {
                HttpStatusEntry clash = byConstant.putIfAbsent(GeneratedNames.constant(status), status);
                if (clash != null && clash != earlier) {
                    diagnostics.report(Message.NAME_COLLISION, status.position(), status.javaName(), "the constant",
                            GeneratedNames.constant(status), clash.javaName(), clash.position().line());
                }
            }
        }
    }

    private void checkErrorNames(Catalog catalog) {
        Map<String, ErrorEntry> byName = new HashMap<>();
        Map<String, ErrorEntry> byConstant = new HashMap<>();
        for (ErrorEntry error : catalog.errors()) {
            if (!checkTypeName("an error's name", error.javaName(), error.namePosition())) {
                continue;
            }
            ErrorEntry earlier = byName.putIfAbsent(error.javaName(), error);
            if (earlier != null) {
                diagnostics.report(Message.DUPLICATE_NAME, error.namePosition(), error.javaName(),
                        earlier.namePosition().line());
                continue;
            }
            String constant = GeneratedNames.constant(error);
            ErrorEntry clash = byConstant.putIfAbsent(constant, error);
            if (clash != null) {
                diagnostics.report(Message.NAME_COLLISION, error.namePosition(), error.javaName(), "the constant", constant,
                        clash.javaName(), clash.namePosition().line());
            }
        }
    }

    private void checkMessages(Catalog catalog) {
        Map<String, ErrorEntry> byMessage = new HashMap<>();
        for (ErrorEntry error : catalog.errors()) {
            if (error.message().isEmpty()) {
                if (!error.parameters().isEmpty()) {
                    diagnostics.report(Message.PARAMETERS_WITHOUT_MESSAGE, error.parameters().get(0).position());
                }
                if (!error.suppresses(Message.MISSING_MESSAGE.tag())) {
                    diagnostics.report(Message.MISSING_MESSAGE, error.position(), quoted(catalog, error.code()));
                }
                continue;
            }
            MessageTemplate template = MessageTemplate.parse(error.message().get());
            for (MessageTemplate.Part part : template.parts()) {
                if (part instanceof MessageTemplate.Part.LoneBrace brace) {
                    diagnostics.report(Message.UNBALANCED_BRACE, error.messagePosition(), String.valueOf(brace.brace()),
                            brace.index() + 1);
                }
            }
            List<String> placeholders = template.placeholderNames();
            Map<String, Parameter> declared = new LinkedHashMap<>();
            error.parameters().forEach(p -> declared.put(p.name(), p));
            for (String placeholder : placeholders) {
                if (!declared.containsKey(placeholder)) {
                    diagnostics.report(Message.UNDECLARED_PARAMETER, error.messagePosition(), placeholder, placeholder);
                }
            }
            for (Parameter parameter : error.parameters()) {
                if (!placeholders.contains(parameter.name())) {
                    diagnostics.report(Message.UNUSED_PARAMETER, parameter.position(), parameter.name());
                }
            }
            ErrorEntry earlier = byMessage.putIfAbsent(error.message().get(), error);
            if (earlier != null && !error.suppresses(Message.DUPLICATE_MESSAGE.tag())) {
                diagnostics.report(Message.DUPLICATE_MESSAGE, error.messagePosition(), quoted(catalog, error.code()),
                        quoted(catalog, earlier.code()), earlier.messagePosition().line());
            }
        }
    }

    /** Every generated type of the catalog must have its own simple name, and none may shadow java.lang. */
    private void checkGeneratedTypes(Catalog catalog, SourcePosition namePosition) {
        GeneratedNames names = new GeneratedNames(catalog.name());
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new HashMap<>();
        claim(owners, positions, names.errorEnum(), "the catalog's enum", namePosition);
        claim(owners, positions, names.baseException(), "the catalog's base exception", namePosition);
        claim(owners, positions, names.unknownException(), "the exception for unknown codes", namePosition);
        claim(owners, positions, names.tables(), "the catalog's lookup tables", namePosition);
        if (!catalog.httpStatuses().isEmpty()) {
            claim(owners, positions, names.httpStatusEnum(), "the enum of HTTP statuses", namePosition);
        }
        for (Category category : catalog.categories()) {
            claim(owners, positions, names.categoryException(category), "category '" + category.id() + "'",
                    category.position());
        }
        for (ErrorEntry error : catalog.errors()) {
            claim(owners, positions, names.errorException(error), "error " + quoted(catalog, error.code()),
                    error.namePosition());
        }
    }

    private void claim(Map<String, String> owners, Map<String, SourcePosition> positions, String typeName, String owner,
            SourcePosition at) {
        if (SHADOWED_JAVA_LANG.contains(typeName)) {
            diagnostics.report(Message.RESERVED_NAME, at, typeName,
                    owner + " would be named " + typeName + " and hide java.lang." + typeName);
            return;
        }
        String earlier = owners.putIfAbsent(typeName, owner);
        if (earlier != null) {
            diagnostics.report(Message.GENERATED_TYPE_CLASH, at, typeName, "this package", owner + " and " + earlier
                    + " (line " + positions.get(typeName).line() + ") both need it");
        } else {
            positions.put(typeName, at);
        }
    }

    /** Reports and returns false unless {@code name} suits a generated type. */
    private boolean checkTypeName(String what, String name, SourcePosition at) {
        if (JavaNames.isKeyword(name)) {
            diagnostics.report(Message.NAME_IS_KEYWORD, at, what, name, JavaNames.suggestUpperCamel(name) + "Error");
            return false;
        }
        if (!JavaNames.isUpperCamel(name)) {
            diagnostics.report(Message.NAME_NOT_IDENTIFIER, at, what, name, JavaNames.suggestUpperCamel(name));
            return false;
        }
        return true;
    }

    private static String quoted(Catalog catalog, String code) {
        return catalog.codeType() == CodeType.INTEGER ? code : "'" + code + "'";
    }
}
