package dev.errata.processor.write.api;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import dev.errata.processor.model.Attribute;
import dev.errata.processor.model.ParameterType;
import dev.errata.processor.write.text.Docs;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Docs;

/**
 * The per-entry fields, constructor parameters and {@code CatalogError} accessors of {@code <Name>Error},
 * shared by its enum form and its class form so that both answer alike.
 */
public final class EntryMembersWriter {

    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);
    private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(OPTIONAL, STRING);
    private static final ClassName OPTIONAL_INT = ClassName.get(OptionalInt.class);

    private final WriteContext context;
    private final boolean hasCategories;
    /**
     * Whether the accessors are the table form's: texts read from the data classes ({@code messageAt(index)}),
     * the HTTP status, flags and category from the entry's packed {@code bits} (see {@link ErrorClassWriter});
     * else each reads its own field, as the enum form keeps them.
     */
    private final boolean table;

    EntryMembersWriter(WriteContext context) {
        this.context = context;
        this.hasCategories = !context.catalog().categories().isEmpty();
        this.table = !context.catalog().usesEnum();
    }

    /**
     * Adds the fields, and to {@code constructor} their parameters, in this order: code, message,
     * description, solution, httpStatus, retryable, deprecated, then category (when the catalog has
     * categories) and stackTrace (when some exception is stackless).
     */
    void addFieldsAndParameters(TypeSpec.Builder type, MethodSpec.Builder constructor) {
        type.addField(FieldSpec.builder(context.codeType(), "code", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(privateText("message"))
                .addField(privateText("description"))
                .addField(privateText("solution"))
                .addField(FieldSpec.builder(TypeName.INT, "httpStatus", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The HTTP status, or 0 when the catalog gives none.\n").build())
                .addField(FieldSpec.builder(TypeName.BOOLEAN, "retryable", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(TypeName.BOOLEAN, "deprecated", Modifier.PRIVATE, Modifier.FINAL).build());
        constructor
                .addParameter(context.codeType(), "code")
                .addParameter(STRING, "message")
                .addParameter(STRING, "description")
                .addParameter(STRING, "solution")
                .addParameter(TypeName.INT, "httpStatus")
                .addParameter(TypeName.BOOLEAN, "retryable")
                .addParameter(TypeName.BOOLEAN, "deprecated");
        if (hasCategories) {
            type.addField(FieldSpec.builder(context.categoryEnum(), "category", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The category, or null for an entry that has none.\n").build());
            constructor.addParameter(context.categoryEnum(), "category");
        }
        for (String field : new String[] {"code", "message", "description", "solution", "httpStatus", "retryable", "deprecated"}) {
            constructor.addStatement("this.$N = $N", field, field);
        }
        if (hasCategories) {
            constructor.addStatement("this.category = category");
        }
        if (context.catalog().anyStackless()) {
            type.addField(FieldSpec.builder(TypeName.BOOLEAN, "stackTrace", Modifier.FINAL)
                    .addJavadoc("Whether exceptions of the entry record a stack trace; read by the base exception.\n").build());
            constructor.addParameter(TypeName.BOOLEAN, "stackTrace").addStatement("this.stackTrace = stackTrace");
        }
        addOptionalFields(type, constructor);
    }

    /** Adds a field and a constructor parameter per optional key the catalog uses ({@link EntryFields}). */
    void addOptionalFields(TypeSpec.Builder type, MethodSpec.Builder constructor) {
        for (EntryField field : EntryFields.of(context.catalog())) {
            type.addField(FieldSpec.builder(field.type(), field.name(), Modifier.PRIVATE, Modifier.FINAL).build());
            constructor.addParameter(field.type(), field.name()).addStatement("this.$N = $N", field.name(), field.name());
        }
    }

    private static FieldSpec privateText(String name) {
        return FieldSpec.builder(STRING, name, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Null when the catalog gives none.\n").build();
    }

    void addAccessors(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("code")
                .addModifiers(Modifier.PUBLIC)
                .returns(context.codeType())
                .addJavadoc(Docs.returns("the code as the vendor sends it"))
                .addStatement("return code")
                .build());
        context.catalog().codeBase().ifPresent(base -> type.addMethod(MethodSpec.methodBuilder("offset")
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addJavadoc(Docs.returns("the entry's offset in the vendor's table, the code as the catalog writes it:\n"
                        + "{@code code() - $T.CODE_BASE}"), context.tables())
                .addStatement("return code - $T.CODE_BASE", context.tables())
                .build()));
        type.addMethod(override("codeString", STRING)
                .addCode(context.integerCodes() ? CodeBlock.of("return $T.toString(code);\n", Integer.class)
                        : CodeBlock.of("return code;\n"))
                .build());
        type.addMethod(override("catalogName", STRING).addStatement("return $S", context.catalog().name()).build());
        for (TextColumn text : new TextColumn[] {TextColumn.MESSAGE, TextColumn.DESCRIPTION, TextColumn.SOLUTION}) {
            type.addMethod(override(text.member(), OPTIONAL_STRING)
                    .addStatement("return $T.ofNullable($L)", Optional.class, table
                            ? CodeBlock.of("$N(index)", text.dispatcher()) : CodeBlock.of("$N", text.member()))
                    .build());
        }
        MethodSpec.Builder httpStatus = override("httpStatus", OPTIONAL_INT);
        if (table) {
            httpStatus.addStatement("int httpStatus = bits & HTTP_STATUS");
        }
        type.addMethod(httpStatus
                .addStatement("return httpStatus == 0 ? $T.empty() : $T.of(httpStatus)", OptionalInt.class, OptionalInt.class)
                .build());
        type.addMethod(override("retryable", TypeName.BOOLEAN)
                .addStatement(table ? "return (bits & RETRYABLE) != 0" : "return retryable").build());
        type.addMethod(override("deprecated", TypeName.BOOLEAN)
                .addStatement(table ? "return (bits & DEPRECATED) != 0" : "return deprecated").build());
        if (hasCategories) {
            MethodSpec.Builder categoryId = override("categoryId", OPTIONAL_STRING);
            if (table) {
                categoryId.addStatement("$T category = categoryOrNull()", context.categoryEnum());
            }
            type.addMethod(MethodSpec.methodBuilder("category")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(OPTIONAL, context.categoryEnum()))
                    .addJavadoc(Docs.returns("the entry's category, if it has one"))
                    .addStatement("return $T.ofNullable($L)", Optional.class, table ? "categoryOrNull()" : "category")
                    .build());
            type.addMethod(categoryId
                    .addStatement("return category == null ? $T.<$T>empty() : $T.of(category.id())", Optional.class,
                            String.class, Optional.class)
                    .build());
        } else {
            type.addMethod(override("categoryId", OPTIONAL_STRING).addStatement("return $T.empty()", Optional.class).build());
        }
        addOptionalAccessors(type);
        addAttributeAccessors(type);
    }

    /** The accessors of the optional keys: {@code symbol()}, {@code kind()}, {@code aliases()}. */
    private void addOptionalAccessors(TypeSpec.Builder type) {
        if (context.catalog().hasSymbols()) {
            type.addMethod(override("symbol", OPTIONAL_STRING)
                    .addStatement("return $T.ofNullable(symbol)", Optional.class)
                    .build());
        }
        if (context.catalog().hasKinds()) {
            type.addMethod(override("kind", WriteContext.ERROR_KIND).addStatement("return kind").build());
        }
        if (context.catalog().hasAliases()) {
            type.addMethod(override("aliases", ParameterizedTypeName.get(ClassName.get(List.class), STRING))
                    .addStatement("return aliases == null ? $T.<$T>emptyList() : $T.unmodifiableList($T.asList(aliases))",
                            Collections.class, String.class, Collections.class, Arrays.class)
                    .build());
        }
    }

    /** An accessor per declared attribute: {@code sqlstate()} gives an {@code Optional<String>}, ... */
    private void addAttributeAccessors(TypeSpec.Builder type) {
        for (Attribute attribute : context.catalog().attributes()) {
            String name = attribute.name();
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(attributeType(attribute.type()))
                    .addJavadoc("$L\n\n@return the entry's value of attribute {@code $L}, if it gives one\n",
                            attribute.description().map(Docs::text).orElse("Attribute {@code " + name + "}."), name);
            switch (attribute.type()) {
                case INT -> accessor.addStatement("return $N == null ? $T.empty() : $T.of($N)", name, OptionalInt.class,
                        OptionalInt.class, name);
                case LONG -> accessor.addStatement("return $N == null ? $T.empty() : $T.of($N)", name, OptionalLong.class,
                        OptionalLong.class, name);
                case DOUBLE -> accessor.addStatement("return $N == null ? $T.empty() : $T.of($N)", name,
                        OptionalDouble.class, OptionalDouble.class, name);
                default -> accessor.addStatement("return $T.ofNullable($N)", Optional.class, name);
            }
            type.addMethod(accessor.build());
        }
    }

    /** What an attribute's accessor returns: {@code Optional<String>}, {@code OptionalInt}, ... */
    static TypeName attributeType(ParameterType type) {
        return switch (type) {
            case INT -> ClassName.get(OptionalInt.class);
            case LONG -> ClassName.get(OptionalLong.class);
            case DOUBLE -> ClassName.get(OptionalDouble.class);
            default -> ParameterizedTypeName.get(OPTIONAL, EntryFields.boxed(type));
        };
    }

    /** A public method overriding one of {@code CatalogError}'s; the HTTP-status enum shares it. */
    static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }
}
