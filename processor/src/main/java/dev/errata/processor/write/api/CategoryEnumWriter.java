package dev.errata.processor.write.api;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.GeneratedNames;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Literals;
import dev.errata.processor.write.text.Docs;

/** Writes the nested {@code <Name>Error.Category} enum: one constant per category, with its defaults. */
public final class CategoryEnumWriter {

    private final WriteContext context;

    CategoryEnumWriter(WriteContext context) {
        this.context = context;
    }

    TypeSpec write() {
        ClassName string = ClassName.get(String.class);
        TypeSpec.Builder type = TypeSpec.enumBuilder("Category")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(Docs.block("The categories of " + context.displayName() + ": each is an abstract exception class"
                        + " that\ncallers can catch to handle all of its errors at once.\n"));
        boolean ownCodes = context.catalog().categories().stream().anyMatch(c -> c.ownCode().isPresent());
        for (Category category : context.catalog().categories()) {
            StringBuilder doc = new StringBuilder(Docs.code(category.id()));
            category.description().ifPresent(d -> doc.append(": ").append(Docs.text(d)));
            if (context.catalog().hasExceptionClass(category)) {
                doc.append("\n\n<p>Thrown as {@link ").append(context.categoryException(category).simpleName()).append("}.\n");
            } else {
                doc.append("\n\n<p>Never thrown: its codes are successes, warnings or reserved.\n");
            }
            CodeBlock.Builder arguments = CodeBlock.builder()
                    .add("$L, $L, $L, $L", Literals.quote(category.id()), Literals.stringOrNull(category.description()),
                            category.httpStatus().orElse(0), category.retryable());
            if (ownCodes) {
                arguments.add(", $L", category.ownCode().map(code -> context.integerCodes() ? code : Literals.quote(code))
                        .orElse("null"));
            }
            type.addEnumConstant(GeneratedNames.constant(category), TypeSpec.anonymousClassBuilder(arguments.build())
                    .addJavadoc(Docs.block(doc.toString()))
                    .build());
        }
        type.addField(FieldSpec.builder(string, "id", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(string, "description", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(TypeName.INT, "httpStatus", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(TypeName.BOOLEAN, "retryable", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(constructor(ownCodes))
                .addMethod(MethodSpec.methodBuilder("id")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(string)
                        .addJavadoc(Docs.returns("the id the catalog uses, such as {@code rate-limit}"))
                        .addStatement("return id")
                        .build())
                .addMethod(MethodSpec.methodBuilder("description")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), string))
                        .addJavadoc(Docs.returns("what the category holds, if the catalog says"))
                        .addStatement("return $T.ofNullable(description)", Optional.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("httpStatus")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(OptionalInt.class)
                        .addJavadoc(Docs.returns("the default HTTP status of its errors, if the catalog gives one"))
                        .addStatement("return httpStatus == 0 ? $T.empty() : $T.of(httpStatus)", OptionalInt.class,
                                OptionalInt.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("retryable")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addJavadoc(Docs.returns("the default {@code retryable} of its errors"))
                        .addStatement("return retryable")
                        .build());
        if (ownCodes) {
            addOwnEntry(type);
        }
        return type.build();
    }

    private MethodSpec constructor(boolean ownCodes) {
        ClassName string = ClassName.get(String.class);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(string, "id")
                .addParameter(string, "description")
                .addParameter(TypeName.INT, "httpStatus")
                .addParameter(TypeName.BOOLEAN, "retryable")
                .addStatement("this.id = id")
                .addStatement("this.description = description")
                .addStatement("this.httpStatus = httpStatus")
                .addStatement("this.retryable = retryable");
        if (ownCodes) {
            constructor.addParameter(context.codeType().box(), "ownCode").addStatement("this.ownCode = ownCode");
        }
        return constructor.build();
    }

    /** {@code entry()}: the category's own entry, its generic code, when categories name one. */
    private void addOwnEntry(TypeSpec.Builder type) {
        TypeName code = context.codeType().box();
        type.addField(FieldSpec.builder(code, "ownCode", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The code of the category's own entry, or null.\n").build())
                .addMethod(MethodSpec.methodBuilder("entry")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), context.errorEnum()))
                        .addJavadoc(Docs.returns("the category's own entry, its generic code (such as SQLSTATE {@code 23000}\n"
                                + "of class 23), if the catalog names one; its exception is the category's class itself"))
                        .addStatement("return ownCode == null ? $T.<$T>empty() : $T.fromCode(ownCode)", Optional.class,
                                context.errorEnum(), context.errorEnum())
                        .build());
    }
}
