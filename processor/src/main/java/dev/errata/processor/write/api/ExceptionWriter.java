package dev.errata.processor.write.api;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.HttpStatusEntry;
import dev.errata.processor.model.MessageTemplate;
import dev.errata.processor.model.Parameter;
import dev.errata.processor.model.ParameterType;
import dev.errata.processor.model.Wire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.wire.DetailsWriter;
import dev.errata.processor.write.wire.BatchWriter;
import dev.errata.processor.write.text.Literals;
import dev.errata.processor.write.text.Docs;

/**
 * Writes the exception hierarchy: an abstract base, an abstract class per category, a final class per
 * entry, and the final class for unknown codes. Sealed with {@code permits} where the source level allows,
 * so a switch over a category can be checked for completeness.
 */
public final class ExceptionWriter {

    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName THROWABLE = ClassName.get(Throwable.class);
    private static final ClassName NAMED_TEMPLATE = ClassName.get("dev.errata", "NamedTemplate");
    private static final TypeName PARAMETER_MAP = ParameterizedTypeName.get(Map.class, String.class, Object.class);
    private static final TypeName ANY_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
            com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class),
            com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
    private static final ClassName BIG_DECIMAL = ClassName.get(java.math.BigDecimal.class);

    private final WriteContext context;

    public ExceptionWriter(WriteContext context) {
        this.context = context;
    }

    public List<TypeSpec> write() {
        Catalog catalog = context.catalog();
        List<TypeSpec> types = new ArrayList<>();
        types.add(base());
        for (Category category : catalog.categories()) {
            types.add(category(category));
            if (context.unlistedClasses()) {
                types.add(unlisted(category));
            }
        }
        if (context.classPerCode()) {
            for (ErrorEntry error : catalog.errors()) {
                types.add(leaf(error));
            }
        } else if (!catalog.uncategorizedErrors().isEmpty()) {
            types.add(uncategorized());
        }
        for (HttpStatusEntry status : catalog.errorStatuses()) {
            types.add(statusLeaf(status));
        }
        types.add(unknown());
        if (context.hasBatch()) {
            types.add(new BatchWriter(context).exception());
        }
        return types;
    }

    private TypeSpec base() {
        Catalog catalog = context.catalog();
        TypeSpec.Builder type = TypeSpec.classBuilder(context.baseException())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .superclass(context.exceptionBaseClass())
                .addJavadoc(Docs.block("The base of every exception of " + context.displayName() + ": catch it to handle\n"
                        + "any of its errors. Each code has a final subclass, grouped under one abstract class per\n"
                        + "category; codes the catalog does not list arrive as {@link "
                        + context.unknownException().simpleName() + "}.\n"))
                .addField(serialVersionUid())
                .addField(FieldSpec.builder(WriteContext.CATALOG_ERROR, "error", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The catalog entry of this exception.\n").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PROTECTED)
                        .addJavadoc("@param error the catalog entry\n@param message the message, as received or from the"
                                + " catalog\n@param cause the cause, or null\n")
                        .addParameter(WriteContext.CATALOG_ERROR, "error")
                        .addParameter(STRING, "message")
                        .addParameter(THROWABLE, "cause")
                        .addCode(catalog.anyStackless()
                                ? CodeBlock.of("super(message, cause, true, writesStackTrace(error));\n")
                                : CodeBlock.of("super(message, cause);\n"))
                        .addStatement("this.error = error")
                        .build())
                .addMethod(MethodSpec.methodBuilder("error")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(WriteContext.CATALOG_ERROR)
                        .addJavadoc(Docs.returns("the catalog entry of this exception; subclasses narrow it to {@link $T}"),
                                context.errorEnum())
                        .addStatement("return error")
                        .build())
                .addMethod(MethodSpec.methodBuilder("codeString")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(STRING)
                        .addJavadoc(Docs.returns("the code, in text form, as the vendor sent it"))
                        .addStatement("return error.codeString()")
                        .build())
                .addMethod(retryable())
                .addMethod(MethodSpec.methodBuilder("parameters")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(PARAMETER_MAP)
                        .addJavadoc(Docs.returns("the typed parameters of the message that are known, by name, in the"
                                + " catalog's order: those given to the\nconstructor, or read back from a received message"
                                + " of the catalog's shape; empty for entries without any"))
                        .addStatement("return $T.emptyMap()", java.util.Collections.class)
                        .build());
        if (Wire.makesItems(context.wire())) {
            addItemsWithoutStackTraces(type);
        }
        if (context.wire().isPresent()) {
            type.addMethod(MethodSpec.methodBuilder("adoptParameters")
                    .addParameter(ANY_MAP, "members")
                    .addJavadoc("Takes the typed parameters a problem document holds as members of their own; the generated\n"
                            + "decoder calls it. Exceptions of entries without parameters have none to take.\n")
                    .build());
        }
        addResponse(type);
        new DetailsWriter(context).addTo(type);
        if (catalog.anyStackless()) {
            type.addMethod(MethodSpec.methodBuilder("writesStackTrace")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(TypeName.BOOLEAN)
                    .addParameter(WriteContext.CATALOG_ERROR, "error")
                    .addJavadoc("Whether to record a stack trace: not for entries whose catalog or category asks for\n"
                            + "stackless exceptions (errors used as flow control), where it is most of the cost; codes\n"
                            + "the catalog does not list follow the catalog's choice.\n")
                    .addStatement(catalog.generation().stackTraces()
                                    ? "return !(error instanceof $T) || (($T) error).stackTrace"
                                    : "return error instanceof $T && (($T) error).stackTrace",
                            context.errorEnum(), context.errorEnum())
                    .build());
        }
        context.generated().ifPresent(type::addAnnotation);
        Set<String> lintWarnings = new TreeSet<>(context.exceptionBase().lintWarnings());
        if (!lintWarnings.isEmpty()) {
            // An import of a deprecated class warns where no @SuppressWarnings reaches.
            type.alwaysQualify(context.exceptionBaseClass().topLevelClassName().simpleName());
        }
        if (context.sealed()) {
            type.addModifiers(Modifier.SEALED);
            for (Category category : catalog.categories()) {
                type.addPermittedSubclass(context.categoryException(category));
            }
            if (context.classPerCode()) {
                for (ErrorEntry error : catalog.uncategorizedErrors()) {
                    type.addPermittedSubclass(context.errorException(error));
                }
            } else if (!catalog.uncategorizedErrors().isEmpty()) {
                type.addPermittedSubclass(context.uncategorizedException());
            }
            for (HttpStatusEntry status : catalog.uncategorizedErrorStatuses()) {
                type.addPermittedSubclass(context.statusException(status));
            }
            type.addPermittedSubclass(context.unknownException());
            if (context.hasBatch()) {
                type.addPermittedSubclass(context.batchException());
            }
            if (context.classPerCode() && catalog.uncategorizedErrors().stream().anyMatch(e -> e.deprecation().deprecated())) {
                lintWarnings.add("deprecation");
            }
        }
        if (!lintWarnings.isEmpty()) {
            type.addAnnotation(suppressWarnings(lintWarnings));
        }
        return type.build();
    }

    /**
     * The items of a batch and the errors nested in details record no stack trace: a body may hold thousands,
     * and a stack trace each (the decoder's frames, the same for all) would cost microseconds and a kilobyte or
     * more apiece. The decoder counts, per thread, the items it is making; {@code fillInStackTrace} does nothing
     * while it does. Every other exception records its stack trace as the catalog says.
     */
    private void addItemsWithoutStackTraces(TypeSpec.Builder type) {
        TypeName counter = ParameterizedTypeName.get(ClassName.get(ThreadLocal.class), TypeName.get(int[].class));
        type.addField(FieldSpec.builder(counter, "ITEMS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("How many items (of a batch, nested in details) the decoder is making on each thread.\n")
                        .initializer("new $T<int[]>()", ThreadLocal.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("items")
                        .addModifiers(Modifier.STATIC)
                        .returns(int[].class)
                        .addJavadoc("This thread's count of items being made, for the decoder to raise and lower.\n")
                        .addStatement("int[] items = ITEMS.get()")
                        .beginControlFlow("if (items == null)")
                        .addStatement("items = new int[1]")
                        .addStatement("ITEMS.set(items)")
                        .endControlFlow()
                        .addStatement("return items")
                        .build())
                .addMethod(MethodSpec.methodBuilder("fillInStackTrace")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(Throwable.class)
                        .addJavadoc(Docs.returns("this exception, its stack trace filled in, unless the decoder is"
                                + " making it as an item of a\nbatch or an error nested in details: those have none"))
                        .addStatement("int[] items = ITEMS.get()")
                        .addStatement("return items != null && items[0] > 0 ? this : super.fillInStackTrace()")
                        .build());
    }

    /** {@code retryable()}: the catalog's answer, unless a header of the response overrides it. */
    private MethodSpec retryable() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("retryable")
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN);
        Optional<String> header = context.wire().flatMap(wire -> wire.headers().retryable());
        if (header.isEmpty()) {
            return method.addJavadoc(Docs.returns("whether the same request may succeed if retried later"))
                    .addStatement("return error.retryable()")
                    .build();
        }
        return method.addJavadoc(Docs.returns("whether the same request may succeed if retried later: what the\n"
                        + "response's " + Docs.code(header.get()) + " header said, when it had one, else what the catalog"
                        + " says"))
                .beginControlFlow("if (response != null && response.retryable().isPresent())")
                .addStatement("return response.retryable().get()")
                .endControlFlow()
                .addStatement("return error.retryable()")
                .build();
    }

    private TypeSpec category(Category category) {
        List<HttpStatusEntry> statuses = context.catalog().errorStatusesIn(category);
        StringBuilder doc = new StringBuilder("Category ").append(Docs.code(category.id())).append(" of ")
                .append(context.displayName()).append(": catch it to handle all of its errors.\n");
        Docs.appendParagraph(doc, "", category.description());
        boolean concrete = !context.classPerCode();
        if (concrete) {
            doc.append("\n<p>Thrown for every code of the category: the catalog is large enough for one exception\n"
                    + "class per category; {@link #error()} tells the codes apart.\n");
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(context.categoryException(category))
                .addModifiers(concrete ? new Modifier[] {Modifier.PUBLIC} : new Modifier[] {Modifier.PUBLIC, Modifier.ABSTRACT})
                .superclass(context.baseException())
                .addJavadoc(Docs.block(doc.toString()))
                .addField(serialVersionUid())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(concrete ? Modifier.PUBLIC : Modifier.PROTECTED)
                        .addJavadoc("@param error the catalog entry\n@param message the message, as received or from the"
                                + " catalog\n@param cause the cause, or null\n")
                        .addParameter(WriteContext.CATALOG_ERROR, "error")
                        .addParameter(STRING, "message")
                        .addParameter(THROWABLE, "cause")
                        .addStatement("super(error, message, cause)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("category")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(context.categoryEnum())
                        .addJavadoc(Docs.returns("this exception's category"))
                        .addStatement("return $T.$N", context.categoryEnum(), GeneratedNames.constant(category))
                        .build());
        context.generated().ifPresent(type::addAnnotation);
        if (concrete) {
            if (statuses.isEmpty()) {
                type.addModifiers(Modifier.FINAL);
            } else if (context.sealed()) {
                type.addModifiers(Modifier.SEALED);
                statuses.forEach(status -> type.addPermittedSubclass(context.statusException(status)));
            }
        } else if (context.sealed()) {
            // Only here: the class form, one concrete class per category, needs no list of members.
            List<ErrorEntry> members = context.catalog().errorsIn(category);
            if (members.isEmpty() && statuses.isEmpty() && !context.unlistedClasses()) {
                // A sealed class must permit something; an empty category stays open instead.
                type.addModifiers(Modifier.NON_SEALED);
            } else {
                type.addModifiers(Modifier.SEALED);
                members.forEach(error -> type.addPermittedSubclass(context.errorException(error)));
                statuses.forEach(status -> type.addPermittedSubclass(context.statusException(status)));
                if (context.unlistedClasses()) {
                    type.addPermittedSubclass(context.unlistedException(category));
                }
                suppressDeprecationIfNeeded(type, members);
            }
        }
        return type.build();
    }

    private TypeSpec leaf(ErrorEntry error) {
        ClassName superclass = error.category().map(context::categoryException).orElse(context.baseException());
        String constant = GeneratedNames.constant(error);
        TypeSpec.Builder type = TypeSpec.classBuilder(context.errorException(error))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(superclass)
                .addJavadoc(Docs.block(EntryDocs.of(context, error)))
                .addField(serialVersionUid());
        context.generated().ifPresent(type::addAnnotation);
        if (error.deprecation().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        CodeBlock entry = context.catalog().usesEnum() ? CodeBlock.of("$T.$N", context.errorEnum(), constant)
                : CodeBlock.of("$T.at($L)", context.errorEnum(), context.catalog().errors().indexOf(error));
        if (error.parameters().isEmpty()) {
            addMessageConstructors(type, entry, defaultText(error), error.message().isPresent() ? "the catalog's message"
                    : error.description().isPresent() ? "the catalog's description (it gives no message)"
                    : "the code (the catalog gives no message)");
        } else {
            addParameterized(type, error, entry);
        }
        type.addMethod(narrowedError(context.errorEnum()));
        return type.build();
    }

    /**
     * Typed parameters: a constructor that formats the catalog's template, one for a received message (which reads
     * the parameters back when the message has the template's shape), a getter per parameter and
     * {@code parameters()}. A parameter named as a text detail is bound to it: the detail carries its value.
     */
    private void addParameterized(TypeSpec.Builder type, ErrorEntry error, CodeBlock entry) {
        String message = error.message().orElseThrow();
        MessageTemplate template = MessageTemplate.parse(message);
        List<Parameter> parameters = error.parameters();
        MethodSpec.Builder formatting = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("With the catalog's message, " + Docs.code(message) + ", filled in.\n\n");
        MethodSpec.Builder received = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("With the message as received; its parameters are read back from it when it has the\n"
                        + "catalog's shape, " + Docs.code(message) + ", each value as its type writes it; else they\n"
                        + "are unknown (null).\n\n@param message the message as received\n@param cause the cause, or null\n")
                .addParameter(STRING, "message")
                .addParameter(THROWABLE, "cause")
                .addStatement("super($L, message, cause)", entry)
                .addStatement("Object[] values = parametersOf(message)");
        CodeBlock.Builder text = CodeBlock.builder();
        boolean first = true;
        for (MessageTemplate.Part part : template.parts()) {
            if (!first) {
                text.add(" + ");
            }
            first = false;
            if (part instanceof MessageTemplate.Part.Text literal) {
                text.add("$L", Literals.quote(literal.text()));
            } else if (part instanceof MessageTemplate.Part.Placeholder placeholder) {
                text.add("$T.valueOf($N)", String.class, placeholder.name());
            }
        }
        formatting.addStatement("super($L, $L, null)", entry, text.build());
        MethodSpec.Builder all = MethodSpec.methodBuilder("parameters")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(PARAMETER_MAP)
                .addJavadoc(Docs.returns("the message's parameters that are known, by name, in the catalog's order"))
                .addStatement("$T parameters = new $T<>()", PARAMETER_MAP, LinkedHashMap.class);
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            TypeName primitive = primitive(parameter.type());
            TypeName boxed = primitive.box();
            formatting.addParameter(primitive, parameter.name())
                    .addJavadoc("@param $N the message's {@code {$N}}\n", parameter.name(), parameter.name());
            Optional<String> bound = DetailsWriter.boundDetail(context.wire(), parameter);
            if (bound.isPresent()) {
                // The detail of the same name carries the value: its accessor is the parameter's.
                String setter = DetailsWriter.setterName(bound.get());
                formatting.addStatement("$N($N)", setter, parameter.name());
                received.beginControlFlow("if (values != null)")
                        .addStatement("$N(($T) values[$L])", setter, boxed, i)
                        .endControlFlow();
                all.addStatement("parameters.put($S, $N().orElse(null))", parameter.name(), parameter.name());
                continue;
            }
            formatting.addStatement("this.$N = $N", parameter.name(), parameter.name());
            received.addStatement("this.$N = values == null ? null : ($T) values[$L]", parameter.name(), boxed, i);
            // Not final where a problem document's members may set it (adoptParameters).
            type.addField(FieldSpec.builder(boxed, parameter.name(), context.wire().isPresent()
                            ? new Modifier[] {Modifier.PRIVATE} : new Modifier[] {Modifier.PRIVATE, Modifier.FINAL})
                    .addJavadoc("The message's {@code {$N}}, or null.\n", parameter.name()).build());
            type.addMethod(MethodSpec.methodBuilder(parameter.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boxed)
                    .addJavadoc(Docs.returns("the message's {@code {$N}}, or null when the exception was built from a"
                            + " received message of another shape"), parameter.name())
                    .addStatement("return $N", parameter.name())
                    .build());
            all.addStatement("parameters.put($S, $N)", parameter.name(), parameter.name());
        }
        all.addStatement("parameters.values().removeIf($T::isNull)", java.util.Objects.class)
                .addStatement("return $T.unmodifiableMap(parameters)", java.util.Collections.class);
        type.addMethod(formatting.build());
        type.addMethod(received.build());
        type.addMethod(all.build());
        type.addMethod(parametersOf(message, template, parameters));
        List<Parameter> adoptable = parameters.stream()
                .filter(p -> DetailsWriter.problemMember(context.wire(), p).isPresent()).toList();
        if (!adoptable.isEmpty()) {
            MethodSpec.Builder adopt = MethodSpec.methodBuilder("adoptParameters")
                    .addAnnotation(Override.class)
                    .addParameter(ANY_MAP, "members")
                    .addJavadoc("Takes the parameters a problem document holds as members of their own, each of its type.\n");
            for (Parameter parameter : adoptable) {
                String local = parameter.name() + "Member";
                adopt.addStatement("Object $N = members.get($S)", local, parameter.name());
                switch (parameter.type()) {
                    case STRING -> adopt.beginControlFlow("if ($N instanceof $T)", local, String.class)
                            .addStatement("this.$N = ($T) $N", parameter.name(), String.class, local);
                    case BOOLEAN -> adopt.beginControlFlow("if ($N instanceof $T)", local, Boolean.class)
                            .addStatement("this.$N = ($T) $N", parameter.name(), Boolean.class, local);
                    case INT -> adopt.beginControlFlow("if ($N instanceof $T && $T.parseInt((($T) $N).toPlainString()) != null)",
                                    local, BIG_DECIMAL, NAMED_TEMPLATE, BIG_DECIMAL, local)
                            .addStatement("this.$N = (($T) $N).intValue()", parameter.name(), BIG_DECIMAL, local);
                    case LONG -> adopt.beginControlFlow("if ($N instanceof $T && $T.parseLong((($T) $N).toPlainString()) != null)",
                                    local, BIG_DECIMAL, NAMED_TEMPLATE, BIG_DECIMAL, local)
                            .addStatement("this.$N = (($T) $N).longValue()", parameter.name(), BIG_DECIMAL, local);
                    case DOUBLE -> adopt.beginControlFlow("if ($N instanceof $T)", local, BIG_DECIMAL)
                            .addStatement("this.$N = (($T) $N).doubleValue()", parameter.name(), BIG_DECIMAL, local);
                }
                adopt.endControlFlow();
            }
            type.addMethod(adopt.build());
        }
    }

    /**
     * {@code parametersOf(message)}: the typed values of a received message of the template's shape, in the
     * parameters' order, or null; the catalog's own template, received as it stands, has none.
     */
    private static MethodSpec parametersOf(String message, MessageTemplate template, List<Parameter> parameters) {
        List<String> literals = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (MessageTemplate.Part part : template.parts()) {
            if (part instanceof MessageTemplate.Part.Text t) {
                literal.append(t.text());
            } else if (part instanceof MessageTemplate.Part.Placeholder p) {
                literals.add(literal.toString());
                literal.setLength(0);
                placeholders.add(p.name());
            }
        }
        literals.add(literal.toString());
        MethodSpec.Builder method = MethodSpec.methodBuilder("parametersOf")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Object[].class)
                .addParameter(STRING, "message")
                .beginControlFlow("if (message == null || message.equals($L))", Literals.quote(message))
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T[] texts = $T.match(message, $L)", STRING, NAMED_TEMPLATE,
                        literals.stream().map(l -> CodeBlock.of("$L", Literals.quote(l))).collect(CodeBlock.joining(", ")))
                .beginControlFlow("if (texts == null)")
                .addStatement("return null")
                .endControlFlow();
        // A placeholder written twice must read the same both times.
        for (int i = 0; i < placeholders.size(); i++) {
            int firstAt = placeholders.indexOf(placeholders.get(i));
            if (firstAt < i) {
                method.beginControlFlow("if (!texts[$L].equals(texts[$L]))", firstAt, i)
                        .addStatement("return null")
                        .endControlFlow();
            }
        }
        CodeBlock values = parameters.stream()
                .map(p -> typed(p.type(), CodeBlock.of("texts[$L]", placeholders.indexOf(p.name()))))
                .collect(CodeBlock.joining(", "));
        return method.addStatement("Object[] values = {$L}", values)
                .beginControlFlow("for (Object value : values)")
                .beginControlFlow("if (value == null)")
                .addStatement("return null")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return values")
                .build();
    }

    /** The value of a placeholder's text as a parameter of {@code type}, or null when the text is not one. */
    private static CodeBlock typed(ParameterType type, CodeBlock text) {
        return switch (type) {
            case STRING -> text;
            case INT -> CodeBlock.of("$T.parseInt($L)", NAMED_TEMPLATE, text);
            case LONG -> CodeBlock.of("$T.parseLong($L)", NAMED_TEMPLATE, text);
            case DOUBLE -> CodeBlock.of("$T.parseDouble($L)", NAMED_TEMPLATE, text);
            case BOOLEAN -> CodeBlock.of("$T.parseBoolean($L)", NAMED_TEMPLATE, text);
        };
    }

    private TypeSpec unknown() {
        ClassName self = context.unknownException();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(context.baseException())
                .addJavadoc(Docs.block("A code that " + context.displayName() + " does not list: the fallback, so that an\n"
                        + "unexpected code still arrives as a {@link " + context.baseException().simpleName()
                        + "}, with the code as received.\n"))
                .addField(serialVersionUid());
        addCodeAndMessageConstructors(type, CodeBlock.of("new $T($S, code == null ? $S : code), message != null ? message"
                + " : $S + code, cause", WriteContext.UNKNOWN_CATALOG_ERROR, context.catalog().name(), "",
                "Code not in catalog " + context.catalog().name() + ": "));
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }

    /** {@code (String code, String message)} and {@code (String code, String message, Throwable cause)}. */
    private static void addCodeAndMessageConstructors(TypeSpec.Builder type, CodeBlock superArguments) {
        type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param code the code as received; null or empty when there was none\n"
                                + "@param message the message as received, or null\n")
                        .addParameter(STRING, "code")
                        .addParameter(STRING, "message")
                        .addStatement("this(code, message, null)")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param code the code as received; null or empty when there was none\n"
                                + "@param message the message as received, or null\n@param cause the cause, or null\n")
                        .addParameter(STRING, "code")
                        .addParameter(STRING, "message")
                        .addParameter(THROWABLE, "cause")
                        .addStatement("super($L)", superArguments)
                        .build());
    }

    /**
     * The arguments of a category's exception for a code the catalog does not list (or none), {@code code},
     * {@code message} and {@code cause} in scope: its {@code UnknownCatalogError} carrying the category, the text
     * (the message, else one naming the code or the category), the cause.
     */
    static CodeBlock unlistedArguments(WriteContext context, Category category) {
        String name = context.catalog().name();
        return CodeBlock.of("new $T($S, code == null ? $S : code, $S, $L), message != null ? message"
                        + " : code != null && !code.isEmpty() ? $S + code : $S, cause",
                WriteContext.UNKNOWN_CATALOG_ERROR, name, "", category.id(), category.retryable(),
                "Code not in catalog " + name + ": ",
                "An error of category " + category.id() + " without a code " + name + " knows");
    }

    /**
     * A category's class for the codes the catalog does not list that a response shows to be of that category (by
     * the member {@code wire.category} names, or its HTTP status): caught with the category's, carrying the code
     * as received.
     */
    private TypeSpec unlisted(Category category) {
        ClassName self = context.unlistedException(category);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(context.categoryException(category))
                .addJavadoc(Docs.block("A code of category " + Docs.code(category.id()) + " that " + context.displayName()
                        + " does not list, or an\nerror of that category without a code: what a response holds when it"
                        + " names the category (in the\nmember {@code wire.category} names, or by its HTTP status) but no"
                        + " code the catalog knows.\n{@link #error()} carries the code as received, the category's id and"
                        + " its {@code retryable}.\n"))
                .addField(serialVersionUid());
        addCodeAndMessageConstructors(type, unlistedArguments(context, category));
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }

    /** The text an exception carries when built without a received message: message, else description, else code. */
    static String defaultText(ErrorEntry error) {
        return error.message().map(m -> MessageTemplate.parse(m).literalText())
                .or(error::description)
                .orElse(error.code());
    }

    private static MethodSpec narrowedError(ClassName entryType) {
        return MethodSpec.methodBuilder("error")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(entryType)
                .addStatement("return ($T) super.error()", entryType)
                .build();
    }

    /** With one class per category: the concrete class of the codes that have none. */
    private TypeSpec uncategorized() {
        TypeSpec.Builder type = TypeSpec.classBuilder(context.uncategorizedException())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(context.baseException())
                .addJavadoc(Docs.block("Thrown for every code of " + context.displayName() + " that belongs to no category;\n"
                        + "{@link #error()} tells the codes apart.\n"))
                .addField(serialVersionUid())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param error the catalog entry\n@param message the message, as received or from the"
                                + " catalog\n@param cause the cause, or null\n")
                        .addParameter(context.errorEnum(), "error")
                        .addParameter(STRING, "message")
                        .addParameter(THROWABLE, "cause")
                        .addStatement("super(error, message, cause)")
                        .build())
                .addMethod(narrowedError(context.errorEnum()));
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }

    /** An HTTP-level outcome's class: thrown for a response known only by its status. */
    private TypeSpec statusLeaf(HttpStatusEntry status) {
        ClassName superclass = status.category().map(context::categoryException).orElse(context.baseException());
        CodeBlock entry = CodeBlock.of("$T.$N", context.httpStatusEnum(), GeneratedNames.constant(status));
        TypeSpec.Builder type = TypeSpec.classBuilder(context.statusException(status))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(superclass)
                .addJavadoc(Docs.block("HTTP {@code " + status.status() + "}: " + Docs.text(status.message()) + "\n\n<p>"
                        + (status.retryable() ? "Retryable." : "Not retryable.") + "\n"))
                .addField(serialVersionUid());
        context.generated().ifPresent(type::addAnnotation);
        addMessageConstructors(type, entry, status.message(), "the catalog's text for the status");
        type.addMethod(narrowedError(context.httpStatusEnum()));
        return type.build();
    }

    /** {@code ()}, {@code (String)} and {@code (String, Throwable)}, for an entry without parameters. */
    private static void addMessageConstructors(TypeSpec.Builder type, CodeBlock entry, String catalogText, String what) {
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("With " + what + ": " + Docs.code(catalogText) + ".\n")
                .addStatement("super($L, $L, null)", entry, Literals.quote(catalogText))
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("With the message as received.\n\n@param message the message as received\n")
                .addParameter(STRING, "message")
                .addStatement("super($L, message, null)", entry)
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("With the message as received and a cause.\n\n@param message the message as received\n"
                        + "@param cause the cause, or null\n")
                .addParameter(STRING, "message")
                .addParameter(THROWABLE, "cause")
                .addStatement("super($L, message, cause)", entry)
                .build());
    }

    /** {@code response()}: what the decoded response held; the decoder attaches it. */
    private void addResponse(TypeSpec.Builder type) {
        type.addField(FieldSpec.builder(WriteContext.ERROR_RESPONSE, "response", Modifier.PRIVATE)
                .addJavadoc("The response this exception was decoded from, or null.\n").build());
        type.addMethod(MethodSpec.methodBuilder("response")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), WriteContext.ERROR_RESPONSE))
                .addJavadoc(Docs.returns("what the response held (HTTP status, raw code and message, details, body\n"
                        + "excerpt), when this exception was decoded from one"))
                .addStatement("return $T.ofNullable(response)", Optional.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("attach")
                .addJavadoc("Records the response this exception was decoded from; the generated decoder calls it once.\n")
                .addParameter(WriteContext.ERROR_RESPONSE, "response")
                .addStatement("this.response = response")
                .build());
    }

    private static FieldSpec serialVersionUid() {
        return FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L")
                .build();
    }

    /** A {@code permits} clause naming deprecated classes would warn under -Xlint:deprecation. */
    private static void suppressDeprecationIfNeeded(TypeSpec.Builder type, List<ErrorEntry> permitted) {
        if (permitted.stream().anyMatch(e -> e.deprecation().deprecated())) {
            type.addAnnotation(suppressWarnings(Set.of("deprecation")));
        }
    }

    /** {@code @SuppressWarnings("deprecation")}, or with several values, {@code ({"deprecation", "removal"})}. */
    private static AnnotationSpec suppressWarnings(Set<String> lintWarnings) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(SuppressWarnings.class);
        lintWarnings.forEach(warning -> annotation.addMember("value", "$S", warning));
        return annotation.build();
    }

    private static TypeName primitive(ParameterType type) {
        return switch (type) {
            case STRING -> STRING;
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case DOUBLE -> TypeName.DOUBLE;
            case BOOLEAN -> TypeName.BOOLEAN;
        };
    }
}
