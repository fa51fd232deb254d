package dev.errata.processor.write.wire;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Docs;

/**
 * For APIs whose batch methods answer with one result per object: {@code <Name>BatchResult} (what each item
 * became) and {@code <Name>BatchException} (thrown when items failed, holding them).
 */
public final class BatchWriter {

    private final WriteContext context;

    public BatchWriter(WriteContext context) {
        this.context = context;
    }

    private TypeName failures() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(Integer.class), context.baseException());
    }

    public TypeSpec exception() {
        ClassName base = context.baseException();
        TypeSpec.Builder type = TypeSpec.classBuilder(context.batchException())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(base)
                .addJavadoc(Docs.block("A batch response of " + context.displayName() + " in which items failed: the\n"
                        + "failures by item index (0-based, in response order). Its {@link #error()} is the first\n"
                        + "failure's.\n"))
                .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addField(FieldSpec.builder(failures(), "failures", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The failed items by index.\n")
                        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "serial").build())
                        .build())
                .addField(FieldSpec.builder(TypeName.INT, "itemCount", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("How many items the response held.\n").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param failures the failed items by index; not empty\n@param itemCount how many items"
                                + " the response held\n@throws IllegalArgumentException if {@code failures} is empty\n")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(Integer.class),
                                com.palantir.javapoet.WildcardTypeName.subtypeOf(base)), "failures")
                        .addParameter(TypeName.INT, "itemCount")
                        .addStatement("super(first(failures).error(), failures.size() + $S + itemCount + $S"
                                + " + first(failures).getMessage(), null)", " of ", " items failed; the first: ")
                        .addStatement("this.failures = $T.unmodifiableMap(new $T<$T, $T>(failures))", Collections.class,
                                LinkedHashMap.class, Integer.class, base)
                        .addStatement("this.itemCount = itemCount")
                        .build())
                .addMethod(MethodSpec.methodBuilder("first")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(base)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(Integer.class),
                                com.palantir.javapoet.WildcardTypeName.subtypeOf(base)), "failures")
                        .beginControlFlow("if (failures.isEmpty())")
                        .addStatement("throw new $T($S)", IllegalArgumentException.class, "a batch exception needs a failure")
                        .endControlFlow()
                        .addStatement("return failures.values().iterator().next()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("failures")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(failures())
                        .addJavadoc(Docs.returns("the failed items by index, in response order"))
                        .addStatement("return failures")
                        .build())
                .addMethod(MethodSpec.methodBuilder("itemCount")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.INT)
                        .addJavadoc(Docs.returns("how many items the response held"))
                        .addStatement("return itemCount")
                        .build());
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }

    public TypeSpec result() {
        ClassName base = context.baseException();
        TypeName outcome = ParameterizedTypeName.get(ClassName.get(Optional.class), base);
        TypeName outcomes = ParameterizedTypeName.get(ClassName.get(List.class), outcome);
        MethodSpec.Builder throwIfAnyFailed = MethodSpec.methodBuilder("throwIfAnyFailed")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Throws the response's own error, else a {@link $T} holding the failed items; returns when\n"
                        + "everything succeeded.\n\n@throws $T if the response or any item failed\n",
                        context.batchException(), base)
                .beginControlFlow("if (responseError != null)")
                .addStatement("throw responseError")
                .endControlFlow()
                .addStatement("$T failures = failures()", failures())
                .beginControlFlow("if (!failures.isEmpty())")
                .addStatement("throw new $T(failures, items.size())", context.batchException())
                .endControlFlow();
        if (context.checkedExceptions()) {
            throwIfAnyFailed.addException(base);
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(context.batchResult())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(Docs.block("What a batch response of " + context.displayName() + " held: one outcome per item,\n"
                        + "in response order (empty for a success), or an error of the response as a whole.\n"))
                .addField(FieldSpec.builder(outcomes, "items", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(base, "responseError", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param items one outcome per item\n@param responseError the error of the response as a"
                                + " whole, or null\n")
                        .addParameter(outcomes, "items")
                        .addParameter(base, "responseError")
                        .addStatement("this.items = $T.unmodifiableList(new $T<$T>(items))", Collections.class,
                                ArrayList.class, outcome)
                        .addStatement("this.responseError = responseError")
                        .build())
                .addMethod(MethodSpec.methodBuilder("items")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(outcomes)
                        .addJavadoc(Docs.returns("one outcome per item, in response order; empty when the response was not a batch"))
                        .addStatement("return items")
                        .build())
                .addMethod(MethodSpec.methodBuilder("responseError")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(outcome)
                        .addJavadoc(Docs.returns("the error of the response as a whole (an error body instead of results,"
                                + " or a malformed body), if any"))
                        .addStatement("return $T.ofNullable(responseError)", Optional.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("failures")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(failures())
                        .addJavadoc(Docs.returns("the failed items by index, in response order"))
                        .addStatement("$T failures = new $T<>()", failures(), LinkedHashMap.class)
                        .beginControlFlow("for (int i = 0; i < items.size(); i++)")
                        .beginControlFlow("if (items.get(i).isPresent())")
                        .addStatement("failures.put(i, items.get(i).get())")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return $T.unmodifiableMap(failures)", Collections.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("allSucceeded")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addJavadoc(Docs.returns("whether the response and every item succeeded"))
                        .addStatement("return responseError == null && failures().isEmpty()")
                        .build())
                .addMethod(throwIfAnyFailed.build());
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }
}
