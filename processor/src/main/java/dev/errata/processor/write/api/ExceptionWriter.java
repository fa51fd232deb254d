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
import java.util.ArrayList;
import java.util.List;
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
                .addMethod(MethodSpec.methodBuilder("retryable")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addJavadoc(Docs.returns("whether the same request may succeed if retried later"))
                        .addStatement("return error.retryable()")
                        .build());
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
        if (concrete && members.isEmpty()) {
            if (statuses.isEmpty()) {
                type.addModifiers(Modifier.FINAL);
            } else if (context.sealed()) {
                type.addModifiers(Modifier.SEALED);
                statuses.forEach(status -> type.addPermittedSubclass(context.statusException(status)));
            }
        } else if (context.sealed()) {
            if (members.isEmpty() && statuses.isEmpty()) {
                // A sealed class must permit something; an empty category stays open instead.
                type.addModifiers(Modifier.NON_SEALED);
            } else {
                type.addModifiers(Modifier.SEALED);
                members.forEach(error -> type.addPermittedSubclass(context.errorException(error)));
                statuses.forEach(status -> type.addPermittedSubclass(context.statusException(status)));
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

    /** Typed parameters: a constructor that formats the catalog's template, and one for a received message. */
    private void addParameterized(TypeSpec.Builder type, ErrorEntry error, CodeBlock entry, boolean withGetters) {
        MethodSpec.Builder formatting = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("With the catalog's message, $L, filled in.\n\n", Docs.code(
                        error.messageText(context.catalog().messageSyntax()).orElseThrow()));
        MethodSpec.Builder received = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(withGetters ? "With the message as received; the parameters are then unknown (null).\n\n"
                        : "With the message as received.\n\n")
                .addJavadoc("@param message the message as received\n@param cause the cause, or null\n")
                .addParameter(STRING, "message")
                .addParameter(THROWABLE, "cause")
                .addStatement("super($L, message, cause)", entry);
        boolean printf = context.catalog().messageSyntax() == MessageSyntax.PRINTF;
        formatting.addStatement("super($L, $L, null)", entry, printf ? printfText(error) : namedText(error));
        List<PrintfTemplate.Argument> arguments = printf ? PrintfTemplate.parse(error.message().orElseThrow()).arguments()
                : List.of();
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
            formatting.addStatement("this.$N = $N", parameter.name(), parameter.name());
            received.addStatement("this.$N = null", parameter.name());
            type.addField(FieldSpec.builder(boxed, parameter.name(), Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("$L, or null.\n", printf ? capitalized(argumentDoc(arguments.get(i)))
                            : "The message's {@code {" + parameter.name() + "}}").build());
            type.addMethod(MethodSpec.methodBuilder(parameter.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boxed)
                    .addJavadoc("$L", Docs.returns((printf ? argumentDoc(arguments.get(i))
                            : "the message's {@code {" + parameter.name() + "}}")
                            + ", or null when the exception was built from a received message"))
                    .addStatement("return $N", parameter.name())
                    .build());
        }
        type.addMethod(formatting.build());
        type.addMethod(received.build());
    }

    private TypeSpec unknown() {
        ClassName self = context.unknownException();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(context.baseException())
                .addJavadoc(Docs.block("A code that " + context.displayName() + " does not list: the fallback, so that an\n"
                        + "unexpected code still arrives as a {@link " + context.baseException().simpleName()
                        + "}, with the code as received.\n"))
                .addField(serialVersionUid())
                .addMethod(MethodSpec.constructorBuilder()
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
                        .addStatement("super(new $T($S, code == null ? $S : code), message != null ? message : $S + code, cause)",
                                WriteContext.UNKNOWN_CATALOG_ERROR, context.catalog().name(), "",
                                "Code not in catalog " + context.catalog().name() + ": ")
                        .build());
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
