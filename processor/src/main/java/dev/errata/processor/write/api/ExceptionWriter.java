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
import dev.errata.processor.model.MessageSyntax;
import dev.errata.processor.model.MessageTemplate;
import dev.errata.processor.model.Parameter;
import dev.errata.processor.model.ParameterType;
import dev.errata.processor.model.PrintfTemplate;
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
import dev.errata.processor.write.text.Concatenation;
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
            if (catalog.hasExceptionClass(category)) {
                types.add(category(category));
                if (context.unlistedClasses()) {
                    types.add(unlisted(category));
                }
            }
        }
        if (context.classPerCode()) {
            for (ErrorEntry error : catalog.errors()) {
                if (catalog.hasOwnClass(error)) {
                    types.add(leaf(error));
                }
            }
        } else if (!catalog.thrownUncategorizedErrors().isEmpty()) {
            types.add(uncategorized());
        }
        if (catalog.hasOutcomes()) {
            types.add(notAnError());
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
                    .addStatement((catalog.generation().stackTraces()
                                    ? "return !(error instanceof $T) || (($T) error).$L"
                                    : "return error instanceof $T && (($T) error).$L"),
                            context.errorEnum(), context.errorEnum(),
                            // The table form packs the flag with others into one field, behind a method.
                            catalog.usesEnum() ? "stackTrace" : "stackTrace()")
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
                if (catalog.hasExceptionClass(category)) {
                    type.addPermittedSubclass(context.categoryException(category));
                }
            }
            if (context.classPerCode()) {
                for (ErrorEntry error : catalog.thrownUncategorizedErrors()) {
                    type.addPermittedSubclass(context.errorException(error));
                }
            } else if (!catalog.thrownUncategorizedErrors().isEmpty()) {
                type.addPermittedSubclass(context.uncategorizedException());
            }
            if (catalog.hasOutcomes()) {
                type.addPermittedSubclass(context.notAnErrorException());
            }
            for (HttpStatusEntry status : catalog.uncategorizedErrorStatuses()) {
                type.addPermittedSubclass(context.statusException(status));
            }
            type.addPermittedSubclass(context.unknownException());
            if (context.hasBatch()) {
                type.addPermittedSubclass(context.batchException());
            }
            if (context.classPerCode()
                    && catalog.thrownUncategorizedErrors().stream().anyMatch(e -> e.deprecation().deprecated())) {
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
        return method.addJavadoc("$L", Docs.returns("whether the same request may succeed if retried later: what the\n"
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
        Optional<ErrorEntry> own = context.catalog().ownEntry(category).filter(context.catalog()::isThrown);
        boolean concrete = !context.classPerCode() || own.isPresent();
        if (!context.classPerCode()) {
            doc.append("\n<p>Thrown for every code of the category: the catalog is large enough for one exception\n"
                    + "class per category; {@link #error()} tells the codes apart.\n");
        } else if (own.isPresent()) {
            doc.append("\n<p>Also the exception of the category's own code, ").append(context.codeDoc(own.get()))
                    .append(": thrown as this class itself.\n");
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(context.categoryException(category))
                .addModifiers(concrete ? new Modifier[] {Modifier.PUBLIC} : new Modifier[] {Modifier.PUBLIC, Modifier.ABSTRACT})
                .superclass(context.baseException())
                .addJavadoc(Docs.block(doc.toString()))
                .addField(serialVersionUid())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(context.classPerCode() ? Modifier.PROTECTED : Modifier.PUBLIC)
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
        own.ifPresent(entry -> addEntryConstructors(type, entry, false));
        // With a class per code, the category's entries with classes of their own are its subclasses.
        List<ErrorEntry> members = context.classPerCode() ? context.catalog().ownClassErrorsIn(category) : List.of();
        // With a wire section, the category's class for the codes the catalog does not list is a subclass too.
        boolean unlisted = context.unlistedClasses();
        if (concrete && members.isEmpty() && !unlisted) {
            if (statuses.isEmpty()) {
                type.addModifiers(Modifier.FINAL);
            } else if (context.sealed()) {
                type.addModifiers(Modifier.SEALED);
                statuses.forEach(status -> type.addPermittedSubclass(context.statusException(status)));
            }
        } else if (context.sealed()) {
            if (members.isEmpty() && statuses.isEmpty() && !unlisted) {
                // A sealed class must permit something; an empty category stays open instead.
                type.addModifiers(Modifier.NON_SEALED);
            } else {
                type.addModifiers(Modifier.SEALED);
                members.forEach(error -> type.addPermittedSubclass(context.errorException(error)));
                statuses.forEach(status -> type.addPermittedSubclass(context.statusException(status)));
                if (unlisted) {
                    type.addPermittedSubclass(context.unlistedException(category));
                }
            }
        }
        // Naming a deprecated entry: in permits (sealed only), or as the category's own code.
        List<ErrorEntry> named = new ArrayList<>(context.sealed() ? members : List.of());
        own.ifPresent(named::add);
        suppressDeprecationIfNeeded(type, named);
        return type.build();
    }

    private TypeSpec leaf(ErrorEntry error) {
        ClassName superclass = error.category().map(context::categoryException).orElse(context.baseException());
        TypeSpec.Builder type = TypeSpec.classBuilder(context.errorException(error))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(superclass)
                .addJavadoc(Docs.block(EntryDocs.of(context, error)))
                .addField(serialVersionUid());
        context.generated().ifPresent(type::addAnnotation);
        if (error.deprecation().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        addEntryConstructors(type, error, true);
        type.addMethod(narrowedError(context.errorEnum()));
        return type.build();
    }

    /**
     * The constructors of one entry's exceptions: {@code ()}, {@code (String)} and {@code (String, Throwable)},
     * or with parameters, a typed one filling the template and {@code (String, Throwable)}.
     *
     * @param withGetters whether each parameter gets a field and a getter: not in a category's class, whose
     *     subclasses may have parameters of the same names and other types
     */
    private void addEntryConstructors(TypeSpec.Builder type, ErrorEntry error, boolean withGetters) {
        CodeBlock entry = context.catalog().usesEnum() ? CodeBlock.of("$T.$N", context.errorEnum(), GeneratedNames.constant(error))
                : CodeBlock.of("$T.at($L)", context.errorEnum(), context.catalog().errors().indexOf(error));
        if (error.parameters().isEmpty()) {
            addMessageConstructors(type, entry, defaultText(error, context.catalog().messageSyntax()),
                    error.message().isPresent() ? "the catalog's message"
                    : error.description().isPresent() ? "the catalog's description (it gives no message)"
                    : "the code (the catalog gives no message)");
        } else {
            addParameterized(type, error, entry, withGetters);
        }
    }

    /** {@code "Try again in " + String.valueOf(seconds) + " seconds."}: a named template, filled in. */
    private static CodeBlock namedText(ErrorEntry error) {
        Concatenation text = new Concatenation();
        for (MessageTemplate.Part part : MessageTemplate.parse(error.message().orElseThrow()).parts()) {
            if (part instanceof MessageTemplate.Part.Text literal) {
                text.text(literal.text());
            } else if (part instanceof MessageTemplate.Part.Placeholder placeholder) {
                text.expression(CodeBlock.of("$T.valueOf($N)", String.class, placeholder.name()));
            }
        }
        return text.build();
    }

    /** {@code Printf.format("Duplicate entry '%-.192s'", arg1)}: a printf template, formatted as C would. */
    private static CodeBlock printfText(ErrorEntry error) {
        CodeBlock arguments = error.parameters().stream().map(p -> CodeBlock.of("$N", p.name()))
                .collect(CodeBlock.joining(", "));
        return CodeBlock.of("$T.format($L, $L)", WriteContext.PRINTF, Literals.quote(error.message().orElseThrow()),
                arguments);
    }

    /** "the message's {@code %-.192s}", or for a {@code *}, "the precision of the message's ...". */
    private static String argumentDoc(PrintfTemplate.Argument argument) {
        String of = switch (argument.role()) {
            case VALUE -> "";
            case WIDTH -> "the width of ";
            case PRECISION -> "the precision of ";
        };
        return of + "the message's " + Docs.code(argument.conversion());
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Typed parameters: a constructor that formats the catalog's template and one for a received message. In an
     * entry's own class ({@code withGetters}), the received message's parameters are read back when it has the
     * template's shape, each parameter has a getter, and {@code parameters()} gives them; a parameter named as a
     * text detail is bound to it, the detail carrying its value.
     */
    private void addParameterized(TypeSpec.Builder type, ErrorEntry error, CodeBlock entry, boolean withGetters) {
        String message = error.message().orElseThrow();
        boolean printf = context.catalog().messageSyntax() == MessageSyntax.PRINTF;
        List<PrintfTemplate.Argument> arguments = printf ? PrintfTemplate.parse(message).arguments() : List.of();
        // A '*' width or precision is an argument the printed text does not tell: such a message is not read back.
        boolean readBack = withGetters && arguments.stream().allMatch(a -> a.role() == PrintfTemplate.Role.VALUE);
        MethodSpec.Builder formatting = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("With the catalog's message, $L, filled in.\n\n", Docs.code(
                        error.messageText(context.catalog().messageSyntax()).orElseThrow()));
        MethodSpec.Builder received = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(!withGetters ? "With the message as received.\n\n" : readBack
                        ? "With the message as received; its parameters are read back from it when it has the\n"
                                + "catalog's shape, each value as the template writes it; else they are unknown (null).\n\n"
                        : "With the message as received; the parameters are then unknown (null).\n\n")
                .addJavadoc("@param message the message as received\n@param cause the cause, or null\n")
                .addParameter(STRING, "message")
                .addParameter(THROWABLE, "cause")
                .addStatement("super($L, message, cause)", entry);
        if (readBack) {
            received.addStatement("Object[] values = parametersOf(message)");
        }
        formatting.addStatement("super($L, $L, null)", entry, printf ? printfText(error) : namedText(error));
        MethodSpec.Builder all = MethodSpec.methodBuilder("parameters")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(PARAMETER_MAP)
                .addJavadoc(Docs.returns("the message's parameters that are known, by name, in the catalog's order"))
                .addStatement("$T parameters = new $T<>()", PARAMETER_MAP, LinkedHashMap.class);
        for (int i = 0; i < error.parameters().size(); i++) {
            Parameter parameter = error.parameters().get(i);
            TypeName primitive = primitive(parameter.type());
            TypeName boxed = primitive.box();
            formatting.addParameter(primitive, parameter.name())
                    .addJavadoc("@param $N $L\n", parameter.name(), printf ? argumentDoc(arguments.get(i))
                            : "the message's {@code {" + parameter.name() + "}}");
            if (!withGetters) {
                continue;
            }
            CodeBlock value = readBack ? CodeBlock.of("values == null ? null : ($T) values[$L]", boxed, i)
                    : CodeBlock.of("null");
            Optional<String> bound = DetailsWriter.boundDetail(context.wire(), parameter);
            if (bound.isPresent()) {
                // The detail of the same name carries the value: its accessor is the parameter's.
                String setter = DetailsWriter.setterName(bound.get());
                formatting.addStatement("$N($N)", setter, parameter.name());
                if (readBack) {
                    received.beginControlFlow("if (values != null)")
                            .addStatement("$N(($T) values[$L])", setter, boxed, i)
                            .endControlFlow();
                }
                all.addStatement("parameters.put($S, $N().orElse(null))", parameter.name(), parameter.name());
                continue;
            }
            formatting.addStatement("this.$N = $N", parameter.name(), parameter.name());
            received.addStatement("this.$N = $L", parameter.name(), value);
            // Not final where a problem document's members may set it (adoptParameters).
            type.addField(FieldSpec.builder(boxed, parameter.name(), context.wire().isPresent()
                            ? new Modifier[] {Modifier.PRIVATE} : new Modifier[] {Modifier.PRIVATE, Modifier.FINAL})
                    .addJavadoc("$L, or null.\n", printf ? capitalized(argumentDoc(arguments.get(i)))
                            : "The message's {@code {" + parameter.name() + "}}").build());
            type.addMethod(MethodSpec.methodBuilder(parameter.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boxed)
                    .addJavadoc("$L", Docs.returns((printf ? argumentDoc(arguments.get(i))
                            : "the message's {@code {" + parameter.name() + "}}")
                            + ", or null when the exception was built from a received message of another shape"))
                    .addStatement("return $N", parameter.name())
                    .build());
            all.addStatement("parameters.put($S, $N)", parameter.name(), parameter.name());
        }
        type.addMethod(formatting.build());
        type.addMethod(received.build());
        if (!withGetters) {
            return;
        }
        all.addStatement("parameters.values().removeIf($T::isNull)", java.util.Objects.class)
                .addStatement("return $T.unmodifiableMap(parameters)", java.util.Collections.class);
        type.addMethod(all.build());
        if (readBack) {
            type.addMethod(printf ? printfParametersOf(error) : namedParametersOf(error));
        }
        addAdoptParameters(type, error.parameters());
    }

    /**
     * {@code parametersOf(message)} of a named template: the typed values of a received message of its shape, in
     * the parameters' order, or null; the catalog's own template, received as it stands, has none.
     */
    private static MethodSpec namedParametersOf(ErrorEntry error) {
        String message = error.message().orElseThrow();
        List<String> literals = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (MessageTemplate.Part part : MessageTemplate.parse(message).parts()) {
            if (part instanceof MessageTemplate.Part.Text t) {
                literal.append(t.text());
            } else if (part instanceof MessageTemplate.Part.Placeholder p) {
                literals.add(literal.toString());
                literal.setLength(0);
                placeholders.add(p.name());
            }
        }
        literals.add(literal.toString());
        MethodSpec.Builder method = parametersOfStart(message, literals);
        // A placeholder written twice must read the same both times.
        for (int i = 0; i < placeholders.size(); i++) {
            int firstAt = placeholders.indexOf(placeholders.get(i));
            if (firstAt < i) {
                method.beginControlFlow("if (!texts[$L].equals(texts[$L]))", firstAt, i)
                        .addStatement("return null")
                        .endControlFlow();
            }
        }
        CodeBlock values = error.parameters().stream()
                .map(p -> namedTyped(p.type(), CodeBlock.of("texts[$L]", placeholders.indexOf(p.name()))))
                .collect(CodeBlock.joining(", "));
        return parametersOfEnd(method, values);
    }

    /**
     * {@code parametersOf(message)} of a printf template: the values of a received message of its shape, each
     * conversion's text read back as C prints it (formatting the value again must give the text), or null.
     */
    private static MethodSpec printfParametersOf(ErrorEntry error) {
        String message = error.message().orElseThrow();
        List<PrintfTemplate.Argument> arguments = PrintfTemplate.parse(message).arguments();
        List<String> literals = PrintfTemplate.literals(message, arguments);
        MethodSpec.Builder method = parametersOfStart(message, literals);
        List<CodeBlock> values = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            PrintfTemplate.Argument argument = arguments.get(i);
            String reader = switch (argument.type()) {
                case STRING -> "readString";
                case INT -> "readInt";
                case LONG -> "readLong";
                case DOUBLE -> "readDouble";
                case CHAR -> "readChar";
                case BOOLEAN -> throw new IllegalStateException("printf has no boolean conversion");
            };
            values.add(CodeBlock.of("$T.$N($L, texts[$L])", WriteContext.PRINTF, reader,
                    Literals.quote(argument.conversion()), i));
        }
        return parametersOfEnd(method, CodeBlock.join(values, ", "));
    }

    private static MethodSpec.Builder parametersOfStart(String message, List<String> literals) {
        return MethodSpec.methodBuilder("parametersOf")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Object[].class)
                .addParameter(STRING, "message")
                .addJavadoc("The parameters of a received message of the template's shape, in order, or null.\n")
                .beginControlFlow("if (message == null || message.equals($L))", Literals.quote(message))
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T[] texts = $T.match(message, $L)", STRING, NAMED_TEMPLATE,
                        literals.stream().map(l -> CodeBlock.of("$L", Literals.quote(l))).collect(CodeBlock.joining(", ")))
                .beginControlFlow("if (texts == null)")
                .addStatement("return null")
                .endControlFlow();
    }

    private static MethodSpec parametersOfEnd(MethodSpec.Builder method, CodeBlock values) {
        return method.addStatement("Object[] values = {$L}", values)
                .beginControlFlow("for (Object value : values)")
                .beginControlFlow("if (value == null)")
                .addStatement("return null")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return values")
                .build();
    }

    /** The value of a named placeholder's text as a parameter of {@code type}, or null when the text is not one. */
    private static CodeBlock namedTyped(ParameterType type, CodeBlock text) {
        return switch (type) {
            case STRING -> text;
            case INT -> CodeBlock.of("$T.parseInt($L)", NAMED_TEMPLATE, text);
            case LONG -> CodeBlock.of("$T.parseLong($L)", NAMED_TEMPLATE, text);
            case DOUBLE -> CodeBlock.of("$T.parseDouble($L)", NAMED_TEMPLATE, text);
            case BOOLEAN -> CodeBlock.of("$T.parseBoolean($L)", NAMED_TEMPLATE, text);
            case CHAR -> CodeBlock.of("$T.parseChar($L)", NAMED_TEMPLATE, text);
        };
    }

    /** {@code adoptParameters}: the parameters a problem document carries as members of their own, each of its type. */
    private void addAdoptParameters(TypeSpec.Builder type, List<Parameter> parameters) {
        List<Parameter> adoptable = parameters.stream()
                .filter(p -> DetailsWriter.problemMember(context.wire(), p).isPresent()).toList();
        if (adoptable.isEmpty()) {
            return;
        }
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
                case CHAR -> adopt.beginControlFlow("if ($N instanceof $T && (($T) $N).length() == 1)", local, String.class,
                                String.class, local)
                        .addStatement("this.$N = (($T) $N).charAt(0)", parameter.name(), String.class, local);
            }
            adopt.endControlFlow();
        }
        type.addMethod(adopt.build());
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
        if (context.catalog().hasReserved()) {
            type.addJavadoc("\n<p>Also thrown for a code the catalog lists as reserved (not in use), received anyway:\n"
                            + "{@link #error()} is then that entry.\n")
                    .addMethod(MethodSpec.constructorBuilder()
                            .addJavadoc("For a reserved code; {@code exceptionFor} calls it.\n\n"
                                    + "@param reserved the catalog's entry, of kind reserved\n"
                                    + "@param message the message, as received or from the catalog\n"
                                    + "@param cause the cause, or null\n")
                            .addParameter(context.errorEnum(), "reserved")
                            .addParameter(STRING, "message")
                            .addParameter(THROWABLE, "cause")
                            .addStatement("super(reserved, message, cause)")
                            .build());
        }
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

    /** The exception {@code exceptionFor} gives for a success or warning code, which is never thrown as an error. */
    private TypeSpec notAnError() {
        TypeSpec.Builder type = TypeSpec.classBuilder(context.notAnErrorException())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(context.baseException())
                .addJavadoc(Docs.block("A code that " + context.displayName() + " lists as a success or a warning,\n"
                        + "where an exception was asked for anyway: {@code exceptionFor} never fails, so it gives this\n"
                        + "rather than an exception of an error class. Such codes have no exception class of their own,\n"
                        + "and decoding never produces one: a response holding one is not an error.\n"))
                .addField(serialVersionUid())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param outcome the catalog's entry, of kind success or warning\n"
                                + "@param message the message, as received or from the catalog\n"
                                + "@param cause the cause, or null\n")
                        .addParameter(context.errorEnum(), "outcome")
                        .addParameter(STRING, "message")
                        .addParameter(THROWABLE, "cause")
                        .addStatement("super(outcome, message, cause)")
                        .build())
                .addMethod(narrowedError(context.errorEnum()));
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }

    /** The text an exception carries when built without a received message: message, else description, else code. */
    static String defaultText(ErrorEntry error, MessageSyntax syntax) {
        return error.message().map(m -> switch (syntax) {
                    case NAMED -> MessageTemplate.parse(m).literalText(); // {{ and }} read as single braces
                    case PRINTF -> PrintfTemplate.literalText(m);
                    case NONE -> m;
                })
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
                .addJavadoc("With $L: $L.\n", what, Docs.code(catalogText))
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
            case CHAR -> TypeName.CHAR;
        };
    }
}
