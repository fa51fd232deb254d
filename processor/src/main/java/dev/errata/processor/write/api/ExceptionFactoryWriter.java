package dev.errata.processor.write.api;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import java.util.List;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;

/**
 * Writes {@code create(error, message, cause)} in {@code <Name>Errors}: the exception of an entry. With a
 * class per code, a {@code switch} on the entry's position, split into methods of {@link #CASES} cases so
 * that each stays under HotSpot's 8,000-byte limit for JIT compilation and far under the 64 KiB method cap
 * at any catalog size; with a class per category, a test per category.
 */
public final class ExceptionFactoryWriter {

    /** Cases per method: about 12 bytes of bytecode each. */
    static final int CASES = 500;

    private final WriteContext context;

    ExceptionFactoryWriter(WriteContext context) {
        this.context = context;
    }

    /**
     * Entries that are not errors have no class of their own: a success or warning gives the not-an-error
     * exception, a reserved code the fallback carrying the entry.
     */
    private void addKinds(MethodSpec.Builder create) {
        if (context.catalog().hasOutcomes()) {
            create.beginControlFlow("if (error.kind() == $T.SUCCESS || error.kind() == $T.WARNING)",
                            WriteContext.ERROR_KIND, WriteContext.ERROR_KIND)
                    .addStatement("return new $T(error, text, cause)", context.notAnErrorException())
                    .endControlFlow();
        }
        if (context.catalog().hasReserved()) {
            create.beginControlFlow("if (error.kind() == $T.RESERVED)", WriteContext.ERROR_KIND)
                    .addStatement("return new $T(error, text, cause)", context.unknownException())
                    .endControlFlow();
        }
    }

    void addTo(TypeSpec.Builder tables) {
        ClassName base = context.baseException();
        MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(context.errorEnum(), "error")
                .addParameter(String.class, "text")
                .addParameter(Throwable.class, "cause");
        List<ErrorEntry> errors = context.catalog().errors();
        addKinds(create);
        if (!context.classPerCode()) {
            create.addJavadoc("One concrete exception class per category.\n");
            if (!context.catalog().categories().isEmpty()) {
                create.addStatement("$T category = error.category().orElse(null)", context.categoryEnum());
            }
            for (Category category : context.catalog().categories()) {
                if (!context.catalog().hasExceptionClass(category)) {
                    continue;
                }
                create.beginControlFlow("if (category == $T.$N)", context.categoryEnum(), GeneratedNames.constant(category))
                        .addStatement("return widen(new $T(error, text, cause))", context.categoryException(category))
                        .endControlFlow();
            }
            if (context.catalog().thrownUncategorizedErrors().isEmpty()) {
                create.addStatement("return new $T(error.codeString(), text, cause)", context.unknownException());
            } else {
                create.addStatement("return new $T(error, text, cause)", context.uncategorizedException());
            }
            tables.addMethod(create.build());
            tables.addMethod(widen(base));
            return;
        }
        int methods = (errors.size() + CASES - 1) / CASES;
        create.addStatement("int position = $L", context.positionOf("error"));
        if (methods == 1) {
            create.addStatement("return create0(position, text, cause)");
        } else {
            create.beginControlFlow("switch (position / $L)", CASES);
            for (int m = 0; m < methods; m++) {
                create.addCode("case $L:\n", m).addStatement("$>return create$L(position, text, cause)$<", m);
            }
            create.addCode("default:\n").addStatement("$>return create0(position, text, cause)$<").endControlFlow();
        }
        tables.addMethod(create.build());
        for (int m = 0; m < methods; m++) {
            List<ErrorEntry> slice = errors.subList(m * CASES, Math.min(errors.size(), (m + 1) * CASES));
            MethodSpec.Builder chunk = MethodSpec.methodBuilder("create" + m)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(base)
                    .addParameter(TypeName.INT, "position")
                    .addParameter(String.class, "text")
                    .addParameter(Throwable.class, "cause")
                    .beginControlFlow("switch (position)");
            for (int i = 0; i < slice.size(); i++) {
                ErrorEntry error = slice.get(i);
                if (!context.catalog().isThrown(error)) {
                    continue;
                }
                // A category's own code is thrown as the category's class itself.
                ClassName type = error.ownedByCategory() ? context.categoryException(error.category().orElseThrow())
                        : context.errorException(error);
                chunk.addCode("case $L:\n", m * CASES + i).addStatement("$>return widen(new $T(text, cause))$<", type);
            }
            chunk.addCode("default:\n")
                    .addStatement("$>return new $T($T.toString(position), text, cause)$<", context.unknownException(),
                            Integer.class)
                    .endControlFlow();
            if (slice.stream().anyMatch(e -> context.catalog().isThrown(e) && e.deprecation().deprecated())) {
                chunk.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation")
                        .build());
            }
            tables.addMethod(chunk.build());
        }
        tables.addMethod(widen(base));
    }

    /**
     * {@code widen(exception)}: its argument as the base exception. A method returning {@code new X(...)} as
     * the base type makes the JVM's verifier load X, to check that X is a subclass, for every X the method
     * names, when the class holding it is first used: every exception class of the catalog, before the first
     * lookup. Passed as an {@code Object}, an exception is checked against nothing the verifier must load, and
     * each class loads when its exception is first created. The JIT inlines it and drops the cast.
     */
    private static MethodSpec widen(ClassName base) {
        return MethodSpec.methodBuilder("widen")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(Object.class, "exception")
                .addStatement("return ($T) exception", base)
                .build();
    }
}
