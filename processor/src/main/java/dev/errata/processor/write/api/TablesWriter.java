package dev.errata.processor.write.api;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Attribute;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.HttpStatusEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.wire.WireApiWriter;
import dev.errata.processor.write.text.Literals;
import dev.errata.processor.write.text.Docs;

/**
 * Writes {@code <Name>Errors}: the lookup tables (code and name to constant, constant to exception,
 * HTTP status to categories), all immutable hash or enum maps built once.
 */
public final class TablesWriter {

    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);

    private final WriteContext context;

    public TablesWriter(WriteContext context) {
        this.context = context;
    }

    public TypeSpec write() {
        Catalog catalog = context.catalog();
        ClassName errorEnum = context.errorEnum();
        ClassName base = context.baseException();
        TypeName byName = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, errorEnum);
        TypeSpec.Builder type = TypeSpec.classBuilder(context.tables())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(Docs.block("Lookup tables of " + context.displayName() + ": from a code or name to its\n"
                        + "{@link " + errorEnum.simpleName() + "} constant, from a code and a received message to the right\n"
                        + "exception, and from an HTTP status to the categories that use it. All lookups are hash or\n"
                        + "enum-map lookups; none throws for an unknown code.\n"))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        context.generated().ifPresent(type::addAnnotation);

        type.addMethod(MethodSpec.methodBuilder("fromCode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(OPTIONAL, errorEnum))
                .addParameter(context.codeType(), "code")
                .addJavadoc("Same as {@link $T#fromCode}.\n\n@param code the code\n@return the constant, if the catalog lists the"
                        + " code\n", errorEnum)
                .addStatement("return $T.fromCode(code)", errorEnum)
                .build());
        catalog.codeBase().ifPresent(codeBase -> {
            type.addField(FieldSpec.builder(TypeName.INT, "CODE_BASE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("What the vendor's table counts its codes from: code = {@code CODE_BASE} + offset.\n")
                    .initializer("$L", codeBase == Integer.MIN_VALUE ? "Integer.MIN_VALUE" : Integer.toString(codeBase))
                    .build());
            type.addMethod(MethodSpec.methodBuilder("fromOffset")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(OPTIONAL, errorEnum))
                    .addParameter(TypeName.INT, "offset")
                    .addJavadoc("Same as {@link $T#fromOffset}.\n\n@param offset the row's offset from the table's base\n"
                            + "@return the constant, if the catalog lists a code there\n", errorEnum)
                    .addStatement("return $T.fromOffset(offset)", errorEnum)
                    .build());
        });
        if (context.integerCodes()) {
            type.addMethod(MethodSpec.methodBuilder("fromCode")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(OPTIONAL, errorEnum))
                    .addParameter(STRING, "code")
                    .addJavadoc("The constant for a code received as text, such as {@code \"7\"}; empty for text that is not\n"
                            + "a listed code (including null and non-numbers), never an exception.\n\n"
                            + "@param code the code as received\n@return the constant, if any\n")
                    .addStatement("$T number = parseCode(code)", Integer.class)
                    .addStatement("return number == null ? $T.<$T>empty() : $T.fromCode(number)", Optional.class, errorEnum,
                            errorEnum)
                    .build());
            type.addMethod(parseCode());
        }
        type.addMethod(MethodSpec.methodBuilder("fromName")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(OPTIONAL, errorEnum))
                .addParameter(STRING, "name")
                .addJavadoc("The constant for an entry's name as the catalog writes it, such as $L$L.\n\n"
                        + "@param name the entry's name\n@return the constant, if any\n",
                        Docs.code(catalog.errors().get(0).javaName()),
                        catalog.hasSymbols() ? ", or for its symbol" : "")
                .addCode(catalog.usesEnum()
                        ? CodeBlock.of("return name == null ? $T.<$T>empty() : $T.ofNullable(BY_NAME.get(name));\n",
                                Optional.class, errorEnum, Optional.class)
                        : CodeBlock.of("return $T.fromName(name);\n", errorEnum))
                .build());
        if (catalog.hasSymbols() || catalog.hasAliases()) {
            addFromSymbol(type, errorEnum);
        }
        for (Attribute attribute : catalog.attributes()) {
            if (attribute.indexed()) {
                addAttributeLookup(type, errorEnum, attribute);
            }
        }
        type.addMethod(MethodSpec.methodBuilder("lookup")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(WriteContext.CATALOG_ERROR)
                .addParameter(context.codeType(), "code")
                .addJavadoc("Same as {@link $T#lookup}: never fails.\n\n@param code the code\n@return the constant, or an"
                        + " unknown-code entry\n", errorEnum)
                .addStatement("return $T.lookup(code)", errorEnum)
                .build());
        addExceptionFactories(type, errorEnum, base);
        if (context.wire().isPresent() && !context.catalog().categories().isEmpty()) {
            addUnlistedFactories(type, errorEnum, base);
        }
        if (!catalog.categories().isEmpty()) {
            addCategoriesByStatus(type);
        }
        if (!catalog.httpStatuses().isEmpty()) {
            type.addMethod(MethodSpec.methodBuilder("httpStatus")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(OPTIONAL, context.httpStatusEnum()))
                    .addParameter(TypeName.INT, "status")
                    .addJavadoc("The HTTP-level outcome the catalog documents for {@code status}, if any.\n\n"
                            + "@param status the HTTP status\n@return the outcome, if listed\n")
                    .addStatement("return $T.fromStatus(status)", context.httpStatusEnum())
                    .build());
        }
        new WireApiWriter(context).addTo(type);
        if (catalog.usesEnum()) {
            type.addField(FieldSpec.builder(byName, "BY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("byName()").build());
            type.addMethod(byNameBuilder(byName, errorEnum));
        }
        new ExceptionFactoryWriter(context).addTo(type);
        return type.build();
    }

    private MethodSpec parseCode() {
        return MethodSpec.methodBuilder("parseCode")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Integer.class)
                .addParameter(STRING, "text")
                .addJavadoc("Decimal text to an int, or null; by hand, so that bad input costs no exception.\n")
                .beginControlFlow("if (text == null || text.isEmpty() || text.length() > 11)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0")
                .beginControlFlow("if (start == text.length())")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("long value = 0")
                .beginControlFlow("for (int i = start; i < text.length(); i++)")
                .addStatement("char c = text.charAt(i)")
                .beginControlFlow("if (c < '0' || c > '9')")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("value = value * 10 + (c - '0')")
                .endControlFlow()
                .addStatement("value = text.charAt(0) == '-' ? -value : value")
                .addStatement("return value < $T.MIN_VALUE || value > $T.MAX_VALUE ? null : $T.valueOf((int) value)",
                        Integer.class, Integer.class, Integer.class)
                .build();
    }

    private void addExceptionFactories(TypeSpec.Builder type, ClassName errorEnum, ClassName base) {
        ClassName throwable = ClassName.get(Throwable.class);
        type.addMethod(MethodSpec.methodBuilder("exceptionFor")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(base)
                .addParameter(errorEnum, "error")
                .addParameter(STRING, "message")
                .addParameter(throwable, "cause")
                .addJavadoc("The exception of {@code error}, carrying {@code message} as received (when null: the catalog's\n"
                        + "message, else its description, else the code) and {@code cause}.\n$L\n@param error the catalog entry\n@param message the message as"
                        + " received, or null\n@param cause the cause, or null\n@return a new exception of the entry's"
                        + " class\n", kindsDoc())
                .addStatement("$T text = message != null ? message : error.message().orElse(error.description().orElse(error.codeString()))",
                        String.class)
                .addStatement("return create(error, text, cause)")
                .build());
        MethodSpec.Builder byCode = MethodSpec.methodBuilder("exceptionFor")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(base)
                .addParameter(context.codeType(), "code")
                .addParameter(STRING, "message")
                .addJavadoc("The exception for a code and a received message; never fails: an unlisted code gives\n"
                        + "{@link $T}.\n\n@param code the code as received\n@param message the message as received, or"
                        + " null for the catalog's\n@return a new exception of the code's class\n", context.unknownException())
                .addStatement("$T error = $T.fromCode(code).orElse(null)", errorEnum, errorEnum);
        if (context.integerCodes()) {
            byCode.addStatement("return error != null ? exceptionFor(error, message, null) : new $T($T.toString(code), message)",
                    context.unknownException(), Integer.class);
        } else {
            byCode.addStatement("return error != null ? exceptionFor(error, message, null) : new $T(code, message)",
                    context.unknownException());
        }
        type.addMethod(byCode.build());
        if (context.integerCodes()) {
            type.addMethod(MethodSpec.methodBuilder("exceptionFor")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(base)
                    .addParameter(STRING, "code")
                    .addParameter(STRING, "message")
                    .addJavadoc("The exception for a code received as text; never fails: text that is not a listed code\n"
                            + "(null, not a number, unlisted) gives {@link $T} with the text as its code.\n\n"
                            + "@param code the code as received\n@param message the message as received, or null for the"
                            + " catalog's\n@return a new exception of the code's class\n", context.unknownException())
                    .addStatement("$T error = fromCode(code).orElse(null)", errorEnum)
                    .addStatement("return error != null ? exceptionFor(error, message, null) : new $T(code, message)",
                            context.unknownException())
                    .build());
        }
    }

    /**
     * With a wire section and categories: {@code exceptionFor(category, code, message)}, and the decoder's way to
     * an unlisted code's exception in its category.
     */
    private void addUnlistedFactories(TypeSpec.Builder type, ClassName errorEnum, ClassName base) {
        ClassName category = context.categoryEnum();
        MethodSpec.Builder byCategory = MethodSpec.methodBuilder("exceptionFor")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(base)
                .addParameter(category, "category")
                .addParameter(STRING, "code")
                .addParameter(STRING, "message")
                .addJavadoc("The exception for a code of {@code category}, as a response names it: the code's own when\n"
                        + "the catalog lists it (whatever its category), else the category's exception for unlisted codes,\n"
                        + "caught with the category's; never fails.\n\n@param category the category the response names,"
                        + " or null for none (then an\n    unlisted code gives {@link $T})\n@param code the code as"
                        + " received, or null when there was none\n@param message the message as received, or null for"
                        + " the catalog's\n@return a new exception\n", context.unknownException())
                .beginControlFlow("if (code != null)")
                .addStatement("$T error = $L.orElse(null)", errorEnum, context.integerCodes() ? CodeBlock.of("fromCode(code)")
                        : CodeBlock.of("$T.fromCode(code)", errorEnum))
                .beginControlFlow("if (error != null)")
                .addStatement("return exceptionFor(error, message, null)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return unlisted(category, code, message)");
        type.addMethod(byCategory.build());
        MethodSpec.Builder unlisted = MethodSpec.methodBuilder("unlisted")
                .addModifiers(Modifier.STATIC)
                .returns(base)
                .addParameter(category, "category")
                .addParameter(STRING, "code")
                .addParameter(STRING, "message")
                .addCode(context.unlistedClasses() ? CodeBlock.of("")
                        : CodeBlock.of("$T cause = null;\n", Throwable.class))
                .addJavadoc("The exception of a code the catalog does not list (or of none), in {@code category}: the\n"
                        + "category's class for such codes; {@link $T} when there is no category.\n",
                        context.unknownException())
                .beginControlFlow("if (category == null)")
                .addStatement("return new $T(code, message)", context.unknownException())
                .endControlFlow()
                .beginControlFlow("switch (category)");
        // A category of successes, warnings or reserved codes alone has no class: its unlisted codes are the fallback's.
        for (Category c : context.catalog().categories().stream().filter(context.catalog()::hasExceptionClass).toList()) {
            unlisted.addCode("case $N:\n", GeneratedNames.constant(c));
            if (context.unlistedClasses()) {
                unlisted.addStatement("$>return new $T(code, message)$<", context.unlistedException(c));
            } else {
                // One class per category: the category's own class, which is concrete, holds its unlisted codes too.
                unlisted.addStatement("$>return new $T($L)$<", context.categoryException(c),
                        ExceptionWriter.unlistedArguments(context, c));
            }
        }
        unlisted.addCode("default:\n").addStatement("$>return new $T(code, message)$<", context.unknownException())
                .endControlFlow();
        type.addMethod(unlisted.build());
    }

    /** What {@code exceptionFor} gives for entries that are not errors, when the catalog has any. */
    private String kindsDoc() {
        StringBuilder doc = new StringBuilder();
        if (context.catalog().hasOutcomes()) {
            doc.append("\n<p>A success or warning code gives {@link ").append(context.notAnErrorException().simpleName())
                    .append("}: it has no exception class\nof its own.\n");
        }
        if (context.catalog().hasReserved()) {
            doc.append("\n<p>A reserved code gives {@link ").append(context.unknownException().simpleName())
                    .append("}, carrying the entry.\n");
        }
        return doc.toString();
    }

    private void addCategoriesByStatus(TypeSpec.Builder type) {
        ClassName category = context.categoryEnum();
        TypeName set = ParameterizedTypeName.get(ClassName.get(Set.class), category);
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(Integer.class), set);
        type.addField(FieldSpec.builder(map, "CATEGORIES_BY_STATUS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("categoriesByStatus()").build());
        type.addMethod(MethodSpec.methodBuilder("categoriesForStatus")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(set)
                .addParameter(TypeName.INT, "httpStatus")
                .addJavadoc("The categories whose errors arrive with {@code httpStatus} (by the category's default or an\n"
                        + "entry's own status); empty when none does.\n\n@param httpStatus the HTTP status\n"
                        + "@return an unmodifiable set, in catalog order\n")
                .addStatement("$T categories = CATEGORIES_BY_STATUS.get(httpStatus)", set)
                .addStatement("return categories != null ? categories : $T.<$T>emptySet()", Collections.class, category)
                .build());
        Map<Integer, Set<Category>> byStatus = context.catalog().categoriesByStatus();
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T byStatus = new $T<>()", map, HashMap.class);
        for (Map.Entry<Integer, Set<Category>> entry : byStatus.entrySet()) {
            CodeBlock members = entry.getValue().stream()
                    .map(c -> CodeBlock.of("$T.$N", category, GeneratedNames.constant(c)))
                    .collect(CodeBlock.joining(", "));
            body.addStatement("byStatus.put($L, $T.unmodifiableSet($T.of($L)))", entry.getKey(), Collections.class,
                    EnumSet.class, members);
        }
        body.addStatement("return $T.unmodifiableMap(byStatus)", Collections.class);
        type.addMethod(MethodSpec.methodBuilder("categoriesByStatus")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(map)
                .addCode(body.build())
                .build());
    }

    private MethodSpec byNameBuilder(TypeName byName, ClassName errorEnum) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T byName = new $T<>($L)", byName, HashMap.class, context.catalog().errors().size() * 2);
        for (ErrorEntry error : context.catalog().errors()) {
            body.addStatement("byName.put($L, $T.$N)", Literals.quote(error.javaName()), errorEnum, GeneratedNames.constant(error));
        }
        // Then symbols, the first of a shared one only: names and symbols stand for one code each (validated).
        Set<String> named = new HashSet<>();
        context.catalog().errors().forEach(error -> named.add(error.javaName()));
        for (ErrorEntry error : context.catalog().errors()) {
            error.symbolText().filter(named::add).ifPresent(symbol -> body.addStatement("byName.put($L, $T.$N)",
                    Literals.quote(symbol), errorEnum, GeneratedNames.constant(error)));
        }
        body.addStatement("return $T.unmodifiableMap(byName)", Collections.class);
        MethodSpec.Builder method = MethodSpec.methodBuilder("byName")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(byName)
                .addCode(body.build());
        suppressDeprecation(method);
        return method.build();
    }

    /** {@code fromSymbol}: by symbol or alias, over a map built on first use from every entry. */
    private void addFromSymbol(TypeSpec.Builder type, ClassName errorEnum) {
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, errorEnum);
        type.addMethod(MethodSpec.methodBuilder("fromSymbol")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(OPTIONAL, errorEnum))
                .addParameter(STRING, "symbol")
                .addJavadoc("The entry of a vendor's identifier as the catalog writes it: an entry's symbol or one of its\n"
                        + "aliases. A symbol that several reserved entries share gives the first of them.\n\n"
                        + "@param symbol the identifier, such as $L\n@return the entry, if any\n",
                        Docs.code(context.catalog().errors().stream().flatMap(e -> e.symbolText().stream()).findFirst()
                                .orElse(context.catalog().errors().stream().flatMap(e -> e.aliasTexts().stream())
                                        .findFirst().orElse(""))))
                .addStatement("return symbol == null ? $T.<$T>empty() : $T.ofNullable(BySymbol.MAP.get(symbol))",
                        Optional.class, errorEnum, Optional.class)
                .build());
        type.addType(TypeSpec.classBuilder("BySymbol")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every symbol and alias, built on first use.\n")
                .addField(FieldSpec.builder(map, "MAP", Modifier.STATIC, Modifier.FINAL).build())
                .addStaticBlock(CodeBlock.builder()
                        .addStatement("$T map = new $T<>()", map, HashMap.class)
                        .beginControlFlow("for ($T value : $T.values())", errorEnum, errorEnum)
                        .addStatement("$T symbol = value.symbol().orElse(null)", String.class)
                        .beginControlFlow("if (symbol != null)")
                        .addStatement("map.putIfAbsent(symbol, value)")
                        .endControlFlow()
                        .beginControlFlow("for ($T alias : value.aliases())", String.class)
                        .addStatement("map.putIfAbsent(alias, value)")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("MAP = $T.unmodifiableMap(map)", Collections.class)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .build());
    }

    /**
     * {@code bySqlstate(value)}: the entries of an indexed attribute's value, over a map built on first use
     * (several entries may share a value: MySQL's SQLSTATEs, PostgreSQL's condition names).
     */
    private void addAttributeLookup(TypeSpec.Builder type, ClassName errorEnum, Attribute attribute) {
        String name = attribute.name();
        TypeName key = EntryFields.boxed(attribute.type());
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), errorEnum);
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), key, list);
        String holder = Character.toUpperCase(attribute.lookupName().charAt(0)) + attribute.lookupName().substring(1);
        type.addMethod(MethodSpec.methodBuilder(attribute.lookupName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(list)
                .addParameter(key.isBoxedPrimitive() ? key.unbox() : key, "value")
                .addJavadoc("The entries whose attribute {@code $L} is {@code value}, in catalog order.\n\n"
                        + "@param value the attribute's value\n@return an unmodifiable list, empty when no entry has it\n",
                        name)
                .addStatement("$T entries = $N.MAP.get(value)", list, holder)
                .addStatement("return entries != null ? entries : $T.<$T>emptyList()", Collections.class, errorEnum)
                .build());
        CodeBlock.Builder build = CodeBlock.builder()
                .addStatement("$T map = new $T<>()", map, HashMap.class)
                .beginControlFlow("for ($T value : $T.values())", errorEnum, errorEnum)
                .addStatement("$T attribute = value.$N()", EntryMembersWriter.attributeType(attribute.type()), name)
                .beginControlFlow("if (attribute.isPresent())");
        String get = switch (attribute.type()) {
            case INT -> "attribute.getAsInt()";
            case LONG -> "attribute.getAsLong()";
            case DOUBLE -> "attribute.getAsDouble()";
            default -> "attribute.get()";
        };
        build.addStatement("$T entries = map.get($L)", list, get)
                .beginControlFlow("if (entries == null)")
                .addStatement("entries = new $T<>()", ArrayList.class)
                .addStatement("map.put($L, entries)", get)
                .endControlFlow()
                .addStatement("entries.add(value)")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("for ($T.Entry<$T, $T> entry : map.entrySet())", Map.class, key, list)
                .addStatement("entry.setValue($T.unmodifiableList(entry.getValue()))", Collections.class)
                .endControlFlow()
                .addStatement("MAP = map");
        type.addType(TypeSpec.classBuilder(holder)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The entries by their attribute {@code $L}, built on first use.\n", name)
                .addField(FieldSpec.builder(map, "MAP", Modifier.STATIC, Modifier.FINAL).build())
                .addStaticBlock(build.build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .build());
    }

    /** Deprecated entries are still listed; listing them is no use of a deprecated API worth a warning. */
    private void suppressDeprecation(MethodSpec.Builder method) {
        if (context.catalog().errors().stream().anyMatch(e -> e.deprecation().deprecated())) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
        }
    }
}
