package dev.errata.processor.write.api;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.HttpStatusEntry;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Literals;
import dev.errata.processor.write.text.Docs;

/**
 * Writes {@code <Name>HttpStatus}: the HTTP-level outcomes a page documents beside its codes (OMA's
 * 200, 400, 404, 500), each a {@code CatalogError} whose code is the status.
 */
public final class HttpStatusEnumWriter {

    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);
    private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(OPTIONAL, STRING);

    private final WriteContext context;

    public HttpStatusEnumWriter(WriteContext context) {
        this.context = context;
    }

    public TypeSpec write() {
        ClassName self = context.httpStatusEnum();
        boolean hasCategories = !context.catalog().categories().isEmpty();
        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(WriteContext.CATALOG_ERROR)
                .addJavadoc(Docs.block("The HTTP-level outcomes " + context.displayName() + " documents beside its error\n"
                        + "codes, in catalog order. The code of each is its status, such as {@code \"404\"}.\n"));
        context.generated().ifPresent(type::addAnnotation);
        for (HttpStatusEntry status : context.catalog().httpStatuses()) {
            CodeBlock.Builder args = CodeBlock.builder().add("$L, $L, $L, $L", status.status(), Literals.quote(status.message()),
                    status.success(), status.retryable());
            if (hasCategories) {
                args.add(", $L", status.category().map(c -> CodeBlock.of("$T.$N", context.categoryEnum(),
                        GeneratedNames.constant(c))).orElse(CodeBlock.of("null")));
            }
            StringBuilder doc = new StringBuilder("HTTP {@code ").append(status.status()).append("}: ")
                    .append(Docs.text(status.message())).append('\n');
            doc.append("\n<p>").append(status.success() ? "Not an error." : status.retryable() ? "Retryable." : "Not retryable.");
            status.category().ifPresent(c -> doc.append(" Category ").append(Docs.code(c.id())).append("."));
            doc.append('\n');
            type.addEnumConstant(GeneratedNames.constant(status), TypeSpec.anonymousClassBuilder(args.build())
                    .addJavadoc(Docs.block(doc.toString())).build());
        }
        type.addField(FieldSpec.builder(TypeName.INT, "status", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(STRING, "message", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(TypeName.BOOLEAN, "success", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(TypeName.BOOLEAN, "retryable", Modifier.PRIVATE, Modifier.FINAL).build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(TypeName.INT, "status")
                .addParameter(STRING, "message")
                .addParameter(TypeName.BOOLEAN, "success")
                .addParameter(TypeName.BOOLEAN, "retryable")
                .addStatement("this.status = status")
                .addStatement("this.message = message")
                .addStatement("this.success = success")
                .addStatement("this.retryable = retryable");
        if (hasCategories) {
            type.addField(FieldSpec.builder(context.categoryEnum(), "category", Modifier.PRIVATE, Modifier.FINAL).build());
            constructor.addParameter(context.categoryEnum(), "category").addStatement("this.category = category");
        }
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("status").addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
                .addJavadoc(Docs.returns("the HTTP status")).addStatement("return status").build());
        type.addMethod(MethodSpec.methodBuilder("success").addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
                .addJavadoc(Docs.returns("whether this outcome is not an error")).addStatement("return success").build());
        type.addMethod(EntryMembersWriter.override("catalogName", STRING).addStatement("return $S", context.catalog().name()).build());
        type.addMethod(EntryMembersWriter.override("codeString", STRING).addStatement("return $T.toString(status)", Integer.class).build());
        type.addMethod(EntryMembersWriter.override("message", OPTIONAL_STRING).addStatement("return $T.of(message)", Optional.class).build());
        type.addMethod(EntryMembersWriter.override("description", OPTIONAL_STRING).addStatement("return $T.empty()", Optional.class).build());
        type.addMethod(EntryMembersWriter.override("solution", OPTIONAL_STRING).addStatement("return $T.empty()", Optional.class).build());
        type.addMethod(EntryMembersWriter.override("httpStatus", ClassName.get(OptionalInt.class))
                .addStatement("return $T.of(status)", OptionalInt.class).build());
        type.addMethod(EntryMembersWriter.override("retryable", TypeName.BOOLEAN).addStatement("return retryable").build());
        type.addMethod(EntryMembersWriter.override("deprecated", TypeName.BOOLEAN).addStatement("return false").build());
        if (hasCategories) {
            type.addMethod(MethodSpec.methodBuilder("category").addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(OPTIONAL, context.categoryEnum()))
                    .addJavadoc(Docs.returns("the category a caller would catch it as, if any"))
                    .addStatement("return $T.ofNullable(category)", Optional.class).build());
            type.addMethod(EntryMembersWriter.override("categoryId", OPTIONAL_STRING)
                    .addStatement("return category == null ? $T.<$T>empty() : $T.of(category.id())", Optional.class,
                            String.class, Optional.class)
                    .build());
        } else {
            type.addMethod(EntryMembersWriter.override("categoryId", OPTIONAL_STRING).addStatement("return $T.empty()", Optional.class).build());
        }
        type.addMethod(MethodSpec.methodBuilder("fromStatus")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(OPTIONAL, self))
                .addParameter(TypeName.INT, "status")
                .addJavadoc("The outcome for {@code status}, if the catalog lists it.\n\n@param status the HTTP status\n"
                        + "@return the outcome, if any\n")
                .beginControlFlow("for ($T value : values())", self)
                .beginControlFlow("if (value.status == status)")
                .addStatement("return $T.of(value)", Optional.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class)
                .build());
        return type.build();
    }
}
