package dev.errata.processor.write.wire;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.DetailKind;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.HttpStatusEntry;
import dev.errata.processor.model.Wire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Docs;
import dev.errata.processor.write.text.Literals;

/**
 * Writes {@code <Name>Decoder}: turns an HTTP status and a body into the catalog's exception, following
 * the catalog's {@code wire} section. The rules, in order: a JSON object holding a code becomes that code's
 * exception (an unlisted code or one of the wrong type, the fallback); one without a code is a success when
 * the status is 2xx, else the exception of its documented HTTP status; a body that is not JSON within the
 * limits is a success for a 2xx status of an API that never sends errors inside 2xx, else the fallback.
 * Every exception carries an {@code ErrorResponse} with the status, raw code and message, details and an
 * excerpt of the body; nothing a body holds can make the decoder throw.
 */
public final class DecoderWriter {

    private static final ClassName STRING = ClassName.get(String.class);
    /** The response as received, which the errors decoded from it share. */
    private static final ClassName RECEIVED = WriteContext.ERROR_RESPONSE.nestedClass("Received");
    private static final ClassName HEADER_NAMES = WriteContext.ERROR_RESPONSE.nestedClass("HeaderNames");
    /** {@code Map<String, ? extends List<String>>}: a response's headers, as HTTP clients hand them over. */
    static final TypeName HEADERS = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
            com.palantir.javapoet.WildcardTypeName.subtypeOf(ParameterizedTypeName.get(List.class, String.class)));
    private static final TypeName ANY_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
            com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
    private static final TypeName ANY_LIST = ParameterizedTypeName.get(ClassName.get(List.class),
            com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));

    private final WriteContext context;
    private final Wire wire;
    private final ClassName base;
    private final ClassName json;

    public DecoderWriter(WriteContext context) {
        this.context = context;
        this.wire = context.wire().orElseThrow();
        this.base = context.baseException();
        this.json = context.json();
    }

    public TypeSpec write() {
        TypeName optionalException = ParameterizedTypeName.get(ClassName.get(Optional.class), base);
        TypeSpec.Builder type = TypeSpec.classBuilder(context.decoder())
                .addModifiers(Modifier.FINAL)
                .addJavadoc(Docs.block("Turns responses of " + context.displayName() + " into exceptions; see {@link "
                        + context.tables().simpleName() + "#decode(int, byte[])}.\n"))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (!wire.details().isEmpty()) {
            type.addField(FieldSpec.builder(String[].class, "DETAIL_NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The details' names, in the catalog's order: {@link #attach} hands their values beside\n"
                            + "them to {@code ErrorResponse}, which keeps both arrays as they are, and the values present.\n")
                    .initializer("{$L}", wire.details().keySet().stream().map(Literals::string)
                            .collect(CodeBlock.joining(", ")))
                    .build());
        }
        type.addField(FieldSpec.builder(HEADER_NAMES, "HEADERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The headers read from every response: $L.\n", headersDoc())
                .initializer("new $T($L)", HEADER_NAMES, headerNames())
                .build());
        type.addMethod(MethodSpec.methodBuilder("decode")
                        .addModifiers(Modifier.STATIC)
                        .returns(optionalException)
                        .addParameter(TypeName.INT, "status")
                        .addParameter(HEADERS, "headers")
                        .addParameter(byte[].class, "body")
                        .addStatement("$T received = $T.of(status, body).headers(headers, HEADERS)", RECEIVED, RECEIVED)
                        .beginControlFlow("try")
                        .addStatement("return $T.ofNullable(interpret(status, $T.parse(body), received))", Optional.class, json)
                        .addCode(makesItems() ? CodeBlock.builder().nextControlFlow("catch ($T e)", tooManyItemsType())
                                .addStatement("return $T.of(tooManyItems(received))", Optional.class).build() : CodeBlock.of(""))
                        .nextControlFlow("catch (RuntimeException e)")
                        .addComment("Whatever a body holds, the caller gets the catalog's own fallback, never this.")
                        .addStatement("return $T.of(fallback(status, null, null, null, received))", Optional.class)
                        .endControlFlow()
                        .build())
                .addMethod(interpret())
                .addMethod(fromObject())
                .addMethod(listed())
                .addMethod(byStatus())
                .addMethod(fallback())
                .addMethod(attach())
                .addMethod(fromProblem(optionalException));
        if (hasNestedPaths()) {
            type.addMethod(helperMember());
        }
        if (detailsNested()) {
            type.addMethod(helperErrorObject());
        }
        type.addMethod(helperText())
                .addMethod(helperCodeText());
        if (context.integerCodes()) {
            type.addMethod(helperIsInt());
        }
        if (context.catalog().hasOutcomes()) {
            type.addMethod(helperOutcome());
        }
        if (hasStatusExceptions()) {
            type.addMethod(statusException());
        }
        if (categoryFallback()) {
            type.addMethod(unlisted()).addMethod(categoryOf()).addMethod(problemCategory());
        }
        if (needsNested()) {
            type.addMethod(nested());
        }
        if (makesItems()) {
            addItemLimits(type);
        }
        if (wire.details().containsValue(DetailKind.OBJECT)) {
            type.addMethod(helperStringKeys());
        }
        wire.warningsPath().ifPresent(path -> type.addField(FieldSpec.builder(TypeName.INT, "MAX_WARNINGS",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Most warnings read of a response; a body naming more is cut there.\n")
                        .initializer("$L", MAX_WARNINGS).build())
                .addMethod(warnings(path))
                .addMethod(addWarning()));
        if (wire.batchPath().isPresent()) {
            type.addMethod(decodeBatch());
            type.addMethod(batchItems());
            type.addMethod(item());
            type.addMethod(batchFailure());
        }
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }

    /** The arguments of {@code new HeaderNames(...)}: the catalog's header roles, then the headers it keeps. */
    private CodeBlock headerNames() {
        Wire.Headers headers = wire.headers();
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(literalOrNull(headers.requestId()));
        arguments.add(literalOrNull(headers.retryAfter()));
        arguments.add(literalOrNull(headers.retryable()));
        headers.keep().forEach(name -> arguments.add(Literals.string(name)));
        return CodeBlock.join(arguments, ", ");
    }

    private static CodeBlock literalOrNull(Optional<String> text) {
        return Literals.stringOrNull(text);
    }

    /** The headers' roles for Javadoc: "the request id in {@code Request-Id}, ...". */
    private String headersDoc() {
        Wire.Headers headers = wire.headers();
        List<String> parts = new ArrayList<>();
        headers.requestId().ifPresent(name -> parts.add("the request id in " + Docs.code(name)));
        headers.retryAfter().ifPresent(name -> parts.add("the time to wait in " + Docs.code(name)));
        headers.retryable().ifPresent(name -> parts.add("whether to retry in " + Docs.code(name)));
        headers.keep().forEach(name -> parts.add(Docs.code(name)));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private boolean successful2xxIsError() {
        return wire.errorsInSuccess();
    }

    private MethodSpec interpret() {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("boolean successful = status >= 200 && status <= 299")
                .beginControlFlow("if (json instanceof $T)", Map.class)
                .addStatement("$T object = ($T) json", ANY_MAP, ANY_MAP);
        wire.batchPath().filter(path -> !path.isEmpty()).ifPresent(path -> body
                .addStatement("Object items = $L", memberOf("object", path))
                .beginControlFlow("if (items instanceof $T)", List.class)
                .addStatement("return batchFailure(status, ($T) items, received)", ANY_LIST)
                .endControlFlow());
        wire.successMember().ifPresent(member -> body
                .beginControlFlow("if ($T.TRUE.equals(object.get($L)))", Boolean.class, Literals.string(member))
                .addStatement("return successful ? null : byStatus(status, object, received)")
                .endControlFlow());
        body.beginControlFlow("if ($L != null)", memberOf("object", wire.codePath()))
                .addStatement("return fromObject(status, object, received)")
                .endControlFlow();
        wire.successMember().ifPresent(member -> body
                .beginControlFlow("if ($T.FALSE.equals(object.get($L)))", Boolean.class, Literals.string(member))
                .addStatement("return successful ? fallback(status, object, null, $L, received) : byStatus(status, object, received)",
                        messageOf("object"))
                .endControlFlow());
        body.addStatement("return successful ? null : byStatus(status, object, received)")
                .endControlFlow();
        wire.batchPath().filter(List::isEmpty).ifPresent(path -> body
                .beginControlFlow("if (json instanceof $T)", List.class)
                .addStatement("return batchFailure(status, ($T) json, received)", ANY_LIST)
                .endControlFlow());
        body.beginControlFlow("if (successful)");
        if (successful2xxIsError()) {
            body.add("// Errors arrive inside 2xx here, so a 2xx body that is no JSON object is malformed.\n")
                    .addStatement("return fallback(status, null, null, null, received)");
        } else {
            body.addStatement("return null");
        }
        body.endControlFlow()
                .addStatement("return byStatus(status, null, received)");
        return MethodSpec.methodBuilder("interpret")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(TypeName.INT, "status")
                .addParameter(Object.class, "json")
                .addParameter(RECEIVED, "received")
                .addJavadoc("The exception a parsed body stands for, or null for a success.\n")
                .addCode(body.build())
                .build();
    }

    private MethodSpec fromObject() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromObject")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(TypeName.INT, "status")
                .addParameter(ANY_MAP, "object")
                .addParameter(RECEIVED, "received")
                .addJavadoc("The exception of an error object; an unlisted code, or a code that is not a string or a\n"
                        + "number, gives the fallback.\n")
                .addStatement("Object code = $L", memberOf("object", wire.codePath()))
                .addStatement("$T message = $L", STRING, messageOf("object"));
        if (context.integerCodes()) {
            method.beginControlFlow("if (code instanceof $T && isInt(($T) code))", BigDecimal.class, BigDecimal.class)
                    .addStatement("int number = (($T) code).intValue()", BigDecimal.class);
            readOutcomeAsNoCode(method, "number");
            method.addStatement("return listed($T.exceptionFor(number, message), status, object, $T.toString(number),"
                            + " message, received)", context.tables(), Integer.class)
                    .endControlFlow();
        }
        method.addStatement("$T codeText = codeText(code)", STRING)
                .beginControlFlow("if (codeText == null)")
                .addStatement("return fallback(status, object, code == null ? null : $T.write(code), message, received)",
                        WriteContext.JSON_TEXT)
                .endControlFlow();
        wire.codeAfter().ifPresent(separator -> method
                .addComment("The code is what follows the namespace, when the member holds one (an AWS shape id's).")
                .addStatement("codeText = codeText.substring(codeText.lastIndexOf($L) + $L)", Literals.quote(separator),
                        separator.length()));
        readOutcomeAsNoCode(method, "codeText");
        return method.addStatement("return listed($T.exceptionFor(codeText, message), status, object, codeText, message, received)",
                        context.tables())
                .build();
    }

    /**
     * {@code listed(...)}: the exception of a code, with its response; an unlisted one goes to {@code fallback},
     * which finds its category.
     */
    private MethodSpec listed() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("listed")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(base, "error")
                .addParameter(TypeName.INT, "status")
                .addParameter(ANY_MAP, "object")
                .addParameter(STRING, "rawCode")
                .addParameter(STRING, "message")
                .addParameter(RECEIVED, "received")
                .addJavadoc("The exception {@code exceptionFor} gave for a code, given its response; for a code the\n"
                        + "catalog does not list, the exception the category of the body or of the status gives (a code\n"
                        + "it lists as reserved stays the fallback, carrying its entry).\n");
        if (categoryFallback()) {
            method.beginControlFlow("if (error instanceof $T && !error.error().known())", context.unknownException())
                    .addStatement("return fallback(status, object, rawCode, message, received)")
                    .endControlFlow();
        }
        return method.addStatement("return attach(error, rawCode, message, $L, received)", errorObjectOf("object")).build();
    }

    /** A success or warning code is no error: the object is read as one without a code. */
    private void readOutcomeAsNoCode(MethodSpec.Builder method, String code) {
        if (context.catalog().hasOutcomes()) {
            method.beginControlFlow("if (outcome($T.fromCode($N)))", context.tables(), code)
                    .addStatement("return status >= 200 && status <= 299 ? null : byStatus(status, object, received)")
                    .endControlFlow();
        }
    }

    private MethodSpec helperOutcome() {
        TypeName entry = ParameterizedTypeName.get(ClassName.get(Optional.class), context.errorEnum());
        return MethodSpec.methodBuilder("outcome")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(entry, "entry")
                .addJavadoc("Whether a code is one the catalog lists as a success or a warning: not an error.\n")
                .addStatement("return entry.isPresent() && (entry.get().kind() == $T.SUCCESS"
                        + " || entry.get().kind() == $T.WARNING)", WriteContext.ERROR_KIND, WriteContext.ERROR_KIND)
                .build();
    }

    private boolean hasStatusExceptions() {
        return !context.catalog().errorStatuses().isEmpty() || !wire.statusOnly().isEmpty();
    }

    private MethodSpec byStatus() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("byStatus")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(TypeName.INT, "status")
                .addParameter(ANY_MAP, "object")
                .addParameter(RECEIVED, "received")
                .addJavadoc("A non-2xx response without a code: the outcome the catalog documents for the status,\n"
                        + "else the fallback.\n")
                .addStatement("$T message = object == null ? null : $L", STRING, messageOf("object"));
        if (!hasStatusExceptions()) {
            return method.addStatement("return fallback(status, object, null, message, received)").build();
        }
        return method.addStatement("$T error = statusException(status, message)", base)
                .addStatement("return error == null ? fallback(status, object, null, message, received)"
                        + " : attach(error, null, message, $L, received)", errorObjectOf("object"))
                .build();
    }

    /** The exception of a status the catalog documents (httpStatuses, statusOnly), or null. */
    private MethodSpec statusException() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("statusException")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(TypeName.INT, "status")
                .addParameter(STRING, "message")
                .addJavadoc("The exception of a status the catalog documents, with the message as received (the\n"
                        + "catalog's when null); null for any other status.\n")
                .beginControlFlow("switch (status)");
        List<HttpStatusEntry> statuses = context.catalog().errorStatuses();
        for (HttpStatusEntry status : statuses) {
            ClassName leaf = context.statusException(status);
            method.addCode("case $L:\n", status.status())
                    .addStatement("$>return message == null ? new $T() : new $T(message)$<", leaf, leaf);
        }
        for (Map.Entry<Integer, ErrorEntry> entry : wire.statusOnly().entrySet()) {
            if (statuses.stream().noneMatch(s -> s.status() == entry.getKey())) {
                method.addCode("case $L:\n", entry.getKey())
                        .addStatement("$>return $T.exceptionFor($L, message)$<", context.tables(),
                                context.codeLiteral(entry.getValue()));
            }
        }
        return method.addCode("default:\n").addStatement("$>return null$<").endControlFlow().build();
    }

    private MethodSpec fallback() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fallback")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(TypeName.INT, "status")
                .addParameter(ANY_MAP, "object")
                .addParameter(STRING, "rawCode")
                .addParameter(STRING, "message")
                .addParameter(RECEIVED, "received");
        if (!categoryFallback()) {
            return method.addStatement(fallbackText())
                    .addJavadoc("The catalog's fallback, carrying whatever could be read of {@code object}, the body\n"
                            + "or the item (null when there is none).\n")
                    .addStatement("return attach(new $T(rawCode, text), rawCode, message, $L, received)",
                            context.unknownException(), errorObjectOf("object"))
                    .build();
        }
        return method.addJavadoc("An error whose code the catalog does not list, or without one: the exception of such\n"
                        + "codes in the category {@code object} (the body or the item, null when there is none) or the\n"
                        + "status names, else the catalog's fallback; carrying whatever could be read.\n")
                .addStatement("return unlisted(categoryOf(status, object), status, rawCode, message, $L, received)",
                        errorObjectOf("object"))
                .build();
    }

    /** {@code unlisted(...)}: the exception of an unlisted code (or of none) in a category, with its response. */
    private MethodSpec unlisted() {
        return MethodSpec.methodBuilder("unlisted")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(context.categoryEnum(), "category")
                .addParameter(TypeName.INT, "status")
                .addParameter(STRING, "rawCode")
                .addParameter(STRING, "message")
                .addParameter(ANY_MAP, "details")
                .addParameter(RECEIVED, "received")
                .addJavadoc("The exception of a code the catalog does not list (or of none) in {@code category}, else\n"
                        + "the catalog's fallback, with the details read from {@code details} (null when there are none).\n")
                .addStatement(fallbackText())
                .addStatement("return attach($T.unlisted(category, rawCode, text), rawCode, message, details, received)",
                        context.tables())
                .build();
    }

    /** The category a problem document names in its {@code category} member, else the one of its status. */
    private MethodSpec problemCategory() {
        ClassName category = context.categoryEnum();
        MethodSpec.Builder method = MethodSpec.methodBuilder("problemCategory")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(category)
                .addParameter(ANY_MAP, "problem")
                .addParameter(TypeName.INT, "status")
                .addJavadoc("The category a problem document names by its id in its {@code category} member, else the\n"
                        + "one category of its error status; null when neither tells.\n")
                .addStatement("Object id = problem.get($S)", "category")
                .beginControlFlow("if (id instanceof $T)", String.class)
                .beginControlFlow("switch (($T) id)", String.class);
        for (Category c : context.catalog().categories()) {
            method.addCode("case $S:\n", c.id()).addStatement("$>return $T.$N$<", category, GeneratedNames.constant(c));
        }
        return method.addCode("default:\n").addStatement("$>break$<")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return categoryOf(status, null)")
                .build();
    }

    /** Whether some entry's exception takes parameters from a problem document's members. */
    private boolean adoptsParameters() {
        return !DetailsWriter.problemMembers(context).isEmpty();
    }

    /**
     * {@code String text = ...}: what an exception the catalog has no text for carries, {@code status},
     * {@code rawCode} and {@code message} in scope: the message as received, else one naming the code, else the
     * status.
     */
    private CodeBlock fallbackText() {
        String name = context.catalog().name();
        return CodeBlock.of("$T text = message != null ? message : rawCode != null ? $S + rawCode"
                        + " : status == 0 ? $S : $S + status + $S", STRING, "Code not in catalog " + name + ": ",
                "An error without a code " + name + " knows", "HTTP ", " response without an error " + name + " knows");
    }

    /** Whether an unlisted code can be thrown as a category's: the catalog has categories (and a wire section). */
    private boolean categoryFallback() {
        return !context.catalog().categories().isEmpty();
    }

    /** The category a body names, else the one its error status stands for; null when neither tells one. */
    private MethodSpec categoryOf() {
        ClassName category = context.categoryEnum();
        MethodSpec.Builder method = MethodSpec.methodBuilder("categoryOf")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(category)
                .addParameter(TypeName.INT, "status")
                .addParameter(ANY_MAP, "object");
        wire.category().ifPresent(member -> {
            method.addJavadoc("The category the body names in $L, else the one category of its error status (not\n"
                            + "2xx), if it has one; null when neither tells.\n", Docs.code(String.join(".", member.path())))
                    .addStatement("Object named = object == null ? null : $L", memberOf("object", member.path()));
            // Tests of equality, not a switch: a value of the catalog is any text, a case label only a constant.
            member.values().forEach((value, c) -> method.beginControlFlow("if ($L.equals(named))", Literals.string(value))
                    .addStatement("return $T.$N", category, GeneratedNames.constant(c))
                    .endControlFlow());
        });
        if (wire.category().isEmpty()) {
            method.addJavadoc("The one category of an error status (not 2xx), if it has one; null else. The body\n"
                    + "names none: the catalog has no {@code wire.category}.\n");
        }
        Map<Integer, Category> byStatus = context.catalog().categoryOfErrorStatus();
        if (byStatus.isEmpty()) {
            return method.addStatement("return null").build();
        }
        method.beginControlFlow("switch (status)");
        byStatus.forEach((status, c) -> method.addCode("case $L:\n", status)
                .addStatement("$>return $T.$N$<", category, GeneratedNames.constant(c)));
        return method.addCode("default:\n").addStatement("$>return null$<").endControlFlow().build();
    }

    private MethodSpec attach() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("attach")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(base, "error")
                .addParameter(STRING, "rawCode")
                .addParameter(STRING, "message")
                .addParameter(ANY_MAP, "object")
                .addParameter(RECEIVED, "received")
                .addJavadoc("Gives {@code error} the response it came from, and its typed details, read from {@code object}:\n"
                        + "the error object (or the problem document), null when there is none.\n");
        if (wire.details().isEmpty()) {
            return method.addStatement("error.attach(received.error(rawCode, message, null))")
                    .addStatement("return error")
                    .build();
        }
        method.beginControlFlow("if (object == null)")
                .addStatement("error.attach(received.error(rawCode, message, null))")
                .addStatement("return error")
                .endControlFlow();
        CodeBlock.Builder values = CodeBlock.builder();
        for (Map.Entry<String, DetailKind> detail : wire.details().entrySet()) {
            String name = detail.getKey();
            String local = DetailsWriter.javaName(name) + "Value";
            method.addStatement("Object $N = $L", local, memberOf("object", Wire.detailPath(name)));
            values.add(values.isEmpty() ? "$N" : ", $N", local);
            String setter = detail.getValue() == DetailKind.TEXT ? DetailsWriter.setterName(name)
                    : DetailsWriter.adopterName(name);
            switch (detail.getValue()) {
                case TEXT -> method.beginControlFlow("if ($N instanceof $T || $N instanceof $T)", local, String.class, local,
                                BigDecimal.class)
                        .addStatement("error.$N(text($N))", setter, local)
                        .endControlFlow();
                case OBJECT -> method.beginControlFlow("if ($N instanceof $T)", local, Map.class)
                        .addStatement("error.$N(stringKeys(($T) $N))", setter, ANY_MAP, local)
                        .endControlFlow();
                case LIST -> method.beginControlFlow("if ($N instanceof $T)", local, List.class)
                        .addStatement("error.$N(new $T<Object>(($T) $N))", setter, ArrayList.class, ANY_LIST, local)
                        .endControlFlow();
                case ERRORS_BY_NAME -> method.beginControlFlow("if ($N instanceof $T)", local, Map.class)
                        .addStatement("$T errors = ($T) $N", ANY_MAP, ANY_MAP, local)
                        // Sized to hold them all without growing: most hold one, which the default 16 slots waste.
                        .addStatement("$T<$T, $T> byName = new $T<>(errors.size() * 4 / 3 + 1)", Map.class, String.class, base,
                                LinkedHashMap.class)
                        .beginControlFlow("for ($T.Entry<?, ?> entry : errors.entrySet())", Map.class)
                        .addStatement("byName.put($T.valueOf(entry.getKey()), nested(entry.getValue(), received))", String.class)
                        .endControlFlow()
                        .addStatement("error.$N(byName)", setter)
                        .endControlFlow();
                case ERRORS_BY_INDEX -> method.beginControlFlow("if ($N instanceof $T || $N instanceof $T)", local, List.class,
                                local, Map.class)
                        // Sized to hold them all without growing, up to the most a body may make.
                        .addStatement("$T<Integer, $T> byIndex = new $T<>(Math.min($N instanceof $T ? (($T) $N).size()"
                                        + " : (($T) $N).size(), MAX_ITEMS) * 4 / 3 + 1)", Map.class, base, LinkedHashMap.class,
                                local, List.class, ANY_LIST, local, ANY_MAP, local)
                        .beginControlFlow("if ($N instanceof $T)", local, List.class)
                        .addStatement("$T list = ($T) $N", ANY_LIST, ANY_LIST, local)
                        .beginControlFlow("for (int i = 0; i < list.size(); i++)")
                        .addStatement("byIndex.put(i, nested(list.get(i), received))")
                        .endControlFlow()
                        .nextControlFlow("else")
                        .beginControlFlow("for ($T.Entry<?, ?> entry : (($T) $N).entrySet())", Map.class, ANY_MAP, local)
                        .addStatement("$T index = codeText(entry.getKey())", String.class)
                        .beginControlFlow("if (index != null && index.matches($S))", "\\d{1,9}")
                        .addStatement("byIndex.put(Integer.valueOf(index), nested(entry.getValue(), received))")
                        .endControlFlow()
                        .endControlFlow()
                        .endControlFlow()
                        .beginControlFlow("if (!byIndex.isEmpty())")
                        .addStatement("error.$N(byIndex)", setter)
                        .endControlFlow()
                        .endControlFlow();
            }
        }
        // Side by side with DETAIL_NAMES, both arrays kept as they are: no map built here, nothing copied; an absent
        // (null) one is left out.
        return method.addStatement("error.attach(received.errorAdopting(rawCode, message, DETAIL_NAMES, new Object[] {$L}))",
                        values.build())
                .addStatement("return error")
                .build();
    }

    private boolean needsNested() {
        return wire.details().containsValue(DetailKind.ERRORS_BY_NAME) || wire.details().containsValue(DetailKind.ERRORS_BY_INDEX);
    }

    private MethodSpec nested() {
        return MethodSpec.methodBuilder("nested")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(Object.class, "value")
                .addParameter(RECEIVED, "received")
                .addJavadoc("An error nested in another's details, made without a stack trace, of the same response; its\n"
                        + "depth is bounded by the body's.\n")
                .addStatement("int[] making = startItems()")
                .beginControlFlow("try")
                .addStatement("countItem(received)")
                .beginControlFlow("if (value instanceof $T)", Map.class)
                .addStatement("return fromObject(0, ($T) value, received)", ANY_MAP)
                .endControlFlow()
                .addStatement("return fallback(0, null, null, text(value), received)")
                .nextControlFlow("finally")
                .addStatement("making[0]--")
                .endControlFlow()
                .build();
    }

    private MethodSpec fromProblem(TypeName optionalException) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromProblem")
                .addModifiers(Modifier.STATIC)
                .returns(optionalException)
                .addParameter(TypeName.INT, "httpStatus")
                .addParameter(HEADERS, "headers")
                .addParameter(byte[].class, "body")
                .addJavadoc("The exception an {@code application/problem+json} body describes; the fallback for one that\n"
                        + "is not a problem object. The document's {@code status} wins over the response's\n"
                        + "({@code httpStatus}, 0 when unknown); the headers are read as {@link #decode} reads them.\n")
                .addStatement("int given = httpStatus >= 100 && httpStatus <= 599 ? httpStatus : 0")
                .beginControlFlow("try")
                .addStatement("Object json = $T.parseProblem(body)", json)
                .beginControlFlow("if (!(json instanceof $T))", Map.class)
                .addStatement("return $T.of(fallback(given, null, null, null, $T.of(given, body).headers(headers, HEADERS)))",
                        Optional.class, RECEIVED)
                .endControlFlow()
                .addStatement("$T problem = ($T) json", ANY_MAP, ANY_MAP)
                .addStatement("Object statusValue = problem.get($S)", "status")
                .addStatement("int status = statusValue instanceof $T && (($T) statusValue).compareTo($T.valueOf(100)) >= 0"
                                + " && (($T) statusValue).compareTo($T.valueOf(599)) <= 0 ? (($T) statusValue).intValue() : given",
                        BigDecimal.class, BigDecimal.class, BigDecimal.class, BigDecimal.class, BigDecimal.class,
                        BigDecimal.class)
                .addStatement("Object instance = problem.get($S)", "instance")
                .addStatement("$T received = $T.of(status, body).headers(headers, HEADERS)"
                                + ".instance(instance instanceof $T ? ($T) instance : null)",
                        RECEIVED, RECEIVED, String.class, String.class)
                .addStatement("$T code = codeText(problem.get($S))", STRING, "code")
                .addStatement("$T detail = text(problem.get($S))", STRING, "detail");
        if (categoryFallback()) {
            method.beginControlFlow("if (code == null)")
                    .addStatement("return $T.of(unlisted(problemCategory(problem, status), status, null, detail, problem, received))",
                            Optional.class)
                    .endControlFlow();
        } else {
            method.beginControlFlow("if (code == null)")
                    .addStatement("return $T.of(fallback(status, null, null, detail, received))", Optional.class)
                    .endControlFlow();
        }
        if (hasStatusExceptions()) {
            method.addCode("// An HTTP-level outcome's code is its status, when no catalog code is that number.\n")
                    .beginControlFlow("if (!$T.fromCode(code).isPresent() && code.equals($T.toString(status)))",
                            context.tables(), Integer.class)
                    .addStatement("$T outcome = statusException(status, detail)", base)
                    .beginControlFlow("if (outcome != null)")
                    .addStatement("return $T.of(attach(outcome, null, detail, problem, received))", Optional.class)
                    .endControlFlow()
                    .endControlFlow();
        }
        if (context.catalog().hasOutcomes()) {
            method.beginControlFlow("if (outcome($T.fromCode(code)))", context.tables())
                    .addStatement("return $T.empty()", Optional.class)
                    .endControlFlow();
        }
        if (categoryFallback()) {
            method.addStatement("$T error = $T.exceptionFor(code, detail)", base, context.tables())
                    .beginControlFlow("if (error instanceof $T && !error.error().known())", context.unknownException())
                    .addStatement("return $T.of(unlisted(problemCategory(problem, status), status, code, detail, problem, received))",
                            Optional.class)
                    .endControlFlow()
                    .addCode(adoptsParameters() ? CodeBlock.of("error.adoptParameters(problem);\n") : CodeBlock.of(""))
                    .addStatement("return $T.of(attach(error, code, detail, problem, received))", Optional.class);
        } else {
            method.addStatement("$T error = $T.exceptionFor(code, detail)", base, context.tables())
                    .addCode(adoptsParameters() ? CodeBlock.of("error.adoptParameters(problem);\n") : CodeBlock.of(""))
                    .addStatement("return $T.of(attach(error, code, detail, problem, received))", Optional.class);
        }
        return method.nextControlFlow("catch (RuntimeException e)")
                .addStatement("return $T.of(fallback(given, null, null, null, $T.of(given, body).headers(headers, HEADERS)))",
                        Optional.class, RECEIVED)
                .endControlFlow()
                .build();
    }

    /** Most warnings read of a response. */
    static final int MAX_WARNINGS = 100;

    private MethodSpec warnings(List<String> path) {
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), WriteContext.CATALOG_ERROR);
        return MethodSpec.methodBuilder("warnings")
                .addModifiers(Modifier.STATIC)
                .returns(list)
                .addParameter(byte[].class, "body")
                .addJavadoc("The warnings a body names in $L: codes, comma-separated in a string or items of a list,\n"
                        + "each the catalog's entry or, unlisted, an {@code UnknownCatalogError}; none for a body that\n"
                        + "names none or is not JSON within the limits.\n", Docs.code(String.join(".", path)))
                .addStatement("Object json = $T.parseWarnings(body)", json)
                .addStatement("Object value = json instanceof $T ? $L : null", Map.class,
                        memberOf(CodeBlock.of("(($T) json)", ANY_MAP), path))
                .addStatement("$T warnings = new $T<>()", list, ArrayList.class)
                .beginControlFlow("if (value instanceof $T)", String.class)
                .beginControlFlow("for ($T code : (($T) value).split($S))", String.class, String.class, ",")
                .addStatement("addWarning(warnings, code)")
                .endControlFlow()
                .nextControlFlow("else if (value instanceof $T)", List.class)
                .beginControlFlow("for (Object item : ($T) value)", ANY_LIST)
                .beginControlFlow("if (item instanceof $T)", String.class)
                .addStatement("addWarning(warnings, ($T) item)", String.class)
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(warnings)", Collections.class)
                .build();
    }

    private MethodSpec addWarning() {
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), WriteContext.CATALOG_ERROR);
        return MethodSpec.methodBuilder("addWarning")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(list, "warnings")
                .addParameter(STRING, "text")
                .addStatement("$T code = text.trim()", STRING)
                .beginControlFlow("if (code.isEmpty() || warnings.size() >= MAX_WARNINGS)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("$T entry = $T.fromCode(code).orElse(null)", context.errorEnum(), context.tables())
                .addStatement("warnings.add(entry != null ? entry : new $T($S, code))", WriteContext.UNKNOWN_CATALOG_ERROR,
                        context.catalog().name())
                .build();
    }

    /** Most errors made of one response, as items of a batch or nested in details; more refuse the body. */
    static final int MAX_ITEMS = 10_000;

    /** The private exception that stops making items past {@link #MAX_ITEMS}. */
    private ClassName tooManyItemsType() {
        return context.decoder().nestedClass("TooManyItems");
    }

    private boolean makesItems() {
        return Wire.makesItems(context.wire());
    }

    /** What makes items without a stack trace and bounds how many: a count per thread, kept by the base exception. */
    private void addItemLimits(TypeSpec.Builder type) {
        ClassName tooMany = tooManyItemsType();
        type.addField(FieldSpec.builder(TypeName.INT, "MAX_ITEMS", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Most errors made of one response, as items of a batch or nested in details: far beyond\n"
                                + "any real one, and few enough that a hostile body costs little. More refuse the body.\n")
                        .initializer("$L", MAX_ITEMS).build())
                .addField(FieldSpec.builder(tooMany, "TOO_MANY_ITEMS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", tooMany).build())
                .addType(JsonReaderWriter.expectedFailure(tooMany, RuntimeException.class,
                        "A body holding more than {@link #MAX_ITEMS} errors; expected input, so no stack trace.\n"))
                .addMethod(MethodSpec.methodBuilder("startItems")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(int[].class)
                        .addJavadoc("Starts making items on this thread, which get no stack trace, and returns the count of\n"
                                + "those being made, to lower when done.\n")
                        .addStatement("int[] making = $T.items()", base)
                        .addStatement("making[0]++")
                        .addStatement("return making")
                        .build())
                .addMethod(MethodSpec.methodBuilder("countItem")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(RECEIVED, "received")
                        .addJavadoc("Counts one item made of the response; past {@link #MAX_ITEMS}, stops the decoding.\n")
                        .beginControlFlow("if (!received.countItem(MAX_ITEMS))")
                        .addStatement("throw TOO_MANY_ITEMS")
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("tooManyItems")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(base)
                        .addParameter(RECEIVED, "received")
                        .addJavadoc("The fallback for a body holding more errors than {@link #MAX_ITEMS}.\n")
                        .addStatement("return attach(new $T(null, $S), null, null, null, received)", context.unknownException(),
                                "A response holding more than " + MAX_ITEMS + " errors, which " + context.catalog().name()
                                        + " does not read one by one")
                        .build());
    }

    private MethodSpec decodeBatch() {
        TypeName outcomes = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(ClassName.get(Optional.class), base));
        return MethodSpec.methodBuilder("decodeBatch")
                .addModifiers(Modifier.STATIC)
                .returns(context.batchResult())
                .addParameter(TypeName.INT, "status")
                .addParameter(HEADERS, "headers")
                .addParameter(byte[].class, "body")
                .addStatement("$T received = $T.of(status, body).headers(headers, HEADERS)", RECEIVED, RECEIVED)
                .beginControlFlow("try")
                .addStatement("Object json = $T.parse(body)", json)
                .addStatement("$T items = batchItems(json)", ANY_LIST)
                .beginControlFlow("if (items == null)")
                .addStatement("return new $T($T.<$T<$T>>emptyList(), interpret(status, json, received))", context.batchResult(),
                        Collections.class, Optional.class, base)
                .endControlFlow()
                .addStatement("$T outcomes = new $T<>(items.size())", outcomes, ArrayList.class)
                .addStatement("int[] making = startItems()")
                .beginControlFlow("try")
                .beginControlFlow("for (Object item : items)")
                .addStatement("$T outcome = item(status, item, received)", base)
                .beginControlFlow("if (outcome != null)")
                .addStatement("countItem(received)")
                .endControlFlow()
                .addStatement("outcomes.add($T.ofNullable(outcome))", Optional.class)
                .endControlFlow()
                .nextControlFlow("finally")
                .addStatement("making[0]--")
                .endControlFlow()
                .addStatement("return new $T(outcomes, null)", context.batchResult())
                .nextControlFlow("catch ($T e)", tooManyItemsType())
                .addStatement("return new $T($T.<$T<$T>>emptyList(), tooManyItems(received))", context.batchResult(),
                        Collections.class, Optional.class, base)
                .nextControlFlow("catch (RuntimeException e)")
                .addStatement("return new $T($T.<$T<$T>>emptyList(), fallback(status, null, null, null, received))",
                        context.batchResult(), Collections.class, Optional.class, base)
                .endControlFlow()
                .build();
    }

    private MethodSpec batchItems() {
        List<String> path = wire.batchPath().orElseThrow();
        MethodSpec.Builder method = MethodSpec.methodBuilder("batchItems")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ANY_LIST)
                .addParameter(Object.class, "json")
                .addJavadoc("The per-object results of a batch body, or null when the body is not one.\n");
        if (path.isEmpty()) {
            return method.addStatement("return json instanceof $T ? ($T) json : null", List.class, ANY_LIST).build();
        }
        return method.addStatement("Object items = json instanceof $T ? $L : null", Map.class,
                        memberOf(CodeBlock.of("(($T) json)", ANY_MAP), path))
                .addStatement("return items instanceof $T ? ($T) items : null", List.class, ANY_LIST)
                .build();
    }

    private MethodSpec item() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("item")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(TypeName.INT, "status")
                .addParameter(Object.class, "item")
                .addParameter(RECEIVED, "received")
                .addJavadoc("One result of a batch: null for a success.\n")
                .beginControlFlow("if (!(item instanceof $T))", Map.class)
                .addStatement("return fallback(status, null, null, null, received)")
                .endControlFlow()
                .addStatement("$T object = ($T) item", ANY_MAP, ANY_MAP);
        wire.successMember().ifPresent(member -> method
                .beginControlFlow("if ($T.TRUE.equals(object.get($L)))", Boolean.class, Literals.string(member))
                .addStatement("return null")
                .endControlFlow());
        method.beginControlFlow("if ($L != null)", memberOf("object", wire.codePath()))
                .addStatement("return fromObject(status, object, received)")
                .endControlFlow();
        wire.successMember().ifPresent(member -> method
                .beginControlFlow("if ($T.FALSE.equals(object.get($L)))", Boolean.class, Literals.string(member))
                .addStatement("return fallback(status, object, null, $L, received)", messageOf("object"))
                .endControlFlow());
        return method.addStatement("return null").build();
    }

    private MethodSpec batchFailure() {
        return MethodSpec.methodBuilder("batchFailure")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(TypeName.INT, "status")
                .addParameter(ANY_LIST, "items")
                .addParameter(RECEIVED, "received")
                .addJavadoc("A batch body as one outcome: null when every item succeeded, else the failed items.\n")
                .addStatement("$T<Integer, $T> failures = new $T<>()", Map.class, base, LinkedHashMap.class)
                .addStatement("int[] making = startItems()")
                .beginControlFlow("try")
                .beginControlFlow("for (int i = 0; i < items.size(); i++)")
                .addStatement("$T failure = item(status, items.get(i), received)", base)
                .beginControlFlow("if (failure != null)")
                .addStatement("countItem(received)")
                .addStatement("failures.put(i, failure)")
                .endControlFlow()
                .endControlFlow()
                .nextControlFlow("finally")
                .addStatement("making[0]--")
                .endControlFlow()
                .beginControlFlow("if (failures.isEmpty())")
                .addStatement("return status >= 200 && status <= 299 ? null : byStatus(status, null, received)")
                .endControlFlow()
                .addStatement("return attach(new $T(failures, items.size()), null, null, null, received)",
                        context.batchException())
                .build();
    }

    private MethodSpec helperMember() {
        return MethodSpec.methodBuilder("member")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Object.class)
                .addParameter(Object.class, "value")
                .addParameter(String.class, "name")
                .addJavadoc("The member {@code name} of {@code value} when it is an object, else null: one step of a\n"
                        + "path through nested objects, which costs no array of the path's names.\n")
                .addStatement("return value instanceof $T ? (($T) value).get(name) : null", Map.class, ANY_MAP)
                .build();
    }

    private MethodSpec helperText() {
        return MethodSpec.methodBuilder("text")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING)
                .addParameter(Object.class, "value")
                .addJavadoc("A JSON value as text: strings as they are, anything else as JSON; null for null.\n")
                .beginControlFlow("if (value == null || value instanceof $T)", String.class)
                .addStatement("return ($T) value", String.class)
                .endControlFlow()
                .addStatement("return value instanceof $T ? $T.number(($T) value) : $T.write(value)", BigDecimal.class,
                        WriteContext.JSON_TEXT, BigDecimal.class, WriteContext.JSON_TEXT)
                .build();
    }

    private static MethodSpec helperIsInt() {
        return MethodSpec.methodBuilder("isInt")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(BigDecimal.class, "number")
                .addJavadoc("Whether a number is an int written without fraction digits ({@code 7}, {@code -7},\n"
                        + "{@code 7e0}), as codes usually are: looked up as a number, it needs no text. Any other\n"
                        + "notation ({@code 7.0}) goes through {@link #codeText}, to the same result.\n")
                .addStatement("return number.scale() == 0 && number.precision() <= 10"
                        + " && number.longValue() == number.intValue()")
                .build();
    }

    private MethodSpec helperCodeText() {
        return MethodSpec.methodBuilder("codeText")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING)
                .addParameter(Object.class, "value")
                .addJavadoc("A code as text, when it is a JSON string or number; else null. Whole numbers read as\n"
                        + "integers whatever their notation ({@code 7}, {@code 7.0}, {@code 7e0}); others as written, bounded.\n")
                .beginControlFlow("if (value instanceof $T)", String.class)
                .addStatement("return ($T) value", String.class)
                .endControlFlow()
                .beginControlFlow("if (!(value instanceof $T))", BigDecimal.class)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T number = ($T) value", BigDecimal.class, BigDecimal.class)
                .beginControlFlow("if (number.signum() == 0)")
                .addStatement("return $S", "0")
                .endControlFlow()
                .addStatement("$T whole = number.stripTrailingZeros()", BigDecimal.class)
                .addStatement("return whole.scale() <= 0 && whole.precision() - whole.scale() <= 19 ? whole.toPlainString()"
                        + " : $T.number(number)", WriteContext.JSON_TEXT)
                .build();
    }


    private MethodSpec helperStringKeys() {
        TypeName stringMap = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, ClassName.get(Object.class));
        return MethodSpec.methodBuilder("stringKeys")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(stringMap)
                .addParameter(ANY_MAP, "object")
                .addStatement("$T copy = new $T<>()", stringMap, LinkedHashMap.class)
                .beginControlFlow("for ($T.Entry<?, ?> entry : object.entrySet())", Map.class)
                .addStatement("copy.put($T.valueOf(entry.getKey()), entry.getValue())", String.class)
                .endControlFlow()
                .addStatement("return copy")
                .build();
    }

    /** {@code text(object.get("error"))}, or {@code null} when the wire names no message. */
    private CodeBlock messageOf(String object) {
        return wire.messagePath().map(path -> CodeBlock.of("text($L)", memberOf(object, path)))
                .orElse(CodeBlock.of("null"));
    }

    /**
     * {@code object.get("code")} for a path of one member, else a step for each further one:
     * {@code member(object.get("error"), "code")}.
     */
    private static CodeBlock memberOf(String object, List<String> path) {
        return memberOf(CodeBlock.of("$N", object), path);
    }

    private static CodeBlock memberOf(CodeBlock object, List<String> path) {
        CodeBlock value = CodeBlock.of("$L.get($L)", object, Literals.string(path.get(0)));
        for (String name : path.subList(1, path.size())) {
            value = CodeBlock.of("member($L, $L)", value, Literals.string(name));
        }
        return value;
    }

    /** Whether a wire path runs through nested objects, which takes the {@code member} helper. */
    private boolean hasNestedPaths() {
        return wire.codePath().size() > 1 || wire.messagePath().map(List::size).orElse(0) > 1
                || wire.warningsPath().map(List::size).orElse(0) > 1
                || wire.batchPath().map(List::size).orElse(0) > 1
                || wire.details().keySet().stream().anyMatch(name -> Wire.detailPath(name).size() > 1);
    }

    /** Whether the details stand in an object nested in the body, which takes the {@code errorObject} helper. */
    private boolean detailsNested() {
        return !wire.details().isEmpty() && !wire.errorObjectPath().isEmpty();
    }

    /** The error object of the body {@code object}, where the details are: the body itself, or a member of it. */
    private CodeBlock errorObjectOf(String object) {
        return detailsNested() ? CodeBlock.of("errorObject($N)", object) : CodeBlock.of("$N", object);
    }

    private MethodSpec helperErrorObject() {
        return MethodSpec.methodBuilder("errorObject")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ANY_MAP)
                .addParameter(ANY_MAP, "body")
                .addJavadoc("The object holding the code, whose members the details are; null when there is none.\n")
                .addStatement("Object object = body == null ? null : $L", memberOf("body", wire.errorObjectPath()))
                .addStatement("return object instanceof $T ? ($T) object : null", Map.class, ANY_MAP)
                .build();
    }

    static CodeBlock paths(List<String> path) {
        return path.stream().map(Literals::string).collect(CodeBlock.joining(", "));
    }
}
