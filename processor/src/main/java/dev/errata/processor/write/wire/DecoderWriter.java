package dev.errata.processor.write.wire;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.DetailKind;
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
                            + "them to {@code ErrorResponse}, which keeps those present.\n")
                    .initializer("{$L}", wire.details().keySet().stream().map(Literals::string)
                            .collect(CodeBlock.joining(", ")))
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("decode")
                        .addModifiers(Modifier.STATIC)
                        .returns(optionalException)
                        .addParameter(TypeName.INT, "status")
                        .addParameter(byte[].class, "body")
                        .beginControlFlow("try")
                        .addStatement("return $T.ofNullable(interpret(status, $T.parse(body), body))", Optional.class, json)
                        .nextControlFlow("catch (RuntimeException e)")
                        .addComment("Whatever a body holds, the caller gets the catalog's own fallback, never this.")
                        .addStatement("return $T.of(fallback(status, null, null, body))", Optional.class)
                        .endControlFlow()
                        .build())
                .addMethod(interpret())
                .addMethod(fromObject())
                .addMethod(byStatus())
                .addMethod(fallback())
                .addMethod(attach())
                .addMethod(fromProblem(optionalException));
        if (hasNestedPaths()) {
            type.addMethod(helperMember());
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
        if (needsNested()) {
            type.addMethod(nested());
        }
        if (wire.details().containsValue(DetailKind.OBJECT)) {
            type.addMethod(helperStringKeys());
        }
        if (wire.batchPath().isPresent()) {
            type.addMethod(decodeBatch());
            type.addMethod(batchItems());
            type.addMethod(item());
            type.addMethod(batchFailure());
        }
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
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
                .addStatement("return batchFailure(status, ($T) items, body)", ANY_LIST)
                .endControlFlow());
        wire.successMember().ifPresent(member -> body
                .beginControlFlow("if ($T.TRUE.equals(object.get($L)))", Boolean.class, Literals.string(member))
                .addStatement("return successful ? null : byStatus(status, object, body)")
                .endControlFlow());
        body.beginControlFlow("if ($L != null)", memberOf("object", wire.codePath()))
                .addStatement("return fromObject(status, object, body)")
                .endControlFlow();
        wire.successMember().ifPresent(member -> body
                .beginControlFlow("if ($T.FALSE.equals(object.get($L)))", Boolean.class, Literals.string(member))
                .addStatement("return successful ? fallback(status, null, $L, body) : byStatus(status, object, body)",
                        messageOf("object"))
                .endControlFlow());
        body.addStatement("return successful ? null : byStatus(status, object, body)")
                .endControlFlow();
        wire.batchPath().filter(List::isEmpty).ifPresent(path -> body
                .beginControlFlow("if (json instanceof $T)", List.class)
                .addStatement("return batchFailure(status, ($T) json, body)", ANY_LIST)
                .endControlFlow());
        body.beginControlFlow("if (successful)");
        if (successful2xxIsError()) {
            body.add("// Errors arrive inside 2xx here, so a 2xx body that is no JSON object is malformed.\n")
                    .addStatement("return fallback(status, null, null, body)");
        } else {
            body.addStatement("return null");
        }
        body.endControlFlow()
                .addStatement("return byStatus(status, null, body)");
        return MethodSpec.methodBuilder("interpret")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(TypeName.INT, "status")
                .addParameter(Object.class, "json")
                .addParameter(byte[].class, "body")
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
                .addParameter(byte[].class, "body")
                .addJavadoc("The exception of an error object; an unlisted code, or a code that is not a string or a\n"
                        + "number, gives the fallback.\n")
                .addStatement("Object code = $L", memberOf("object", wire.codePath()))
                .addStatement("$T message = $L", STRING, messageOf("object"));
        if (context.integerCodes()) {
            method.beginControlFlow("if (code instanceof $T && isInt(($T) code))", BigDecimal.class, BigDecimal.class)
                    .addStatement("int number = (($T) code).intValue()", BigDecimal.class);
            readOutcomeAsNoCode(method, "number");
            method.addStatement("return attach($T.exceptionFor(number, message), status, $T.toString(number), message,"
                            + " object, body)", context.tables(), Integer.class)
                    .endControlFlow();
        }
        method.addStatement("$T codeText = codeText(code)", STRING)
                .beginControlFlow("if (codeText == null)")
                .addStatement("return fallback(status, code == null ? null : $T.write(code), message, body)",
                        WriteContext.JSON_TEXT)
                .endControlFlow();
        readOutcomeAsNoCode(method, "codeText");
        return method.addStatement("return attach($T.exceptionFor(codeText, message), status, codeText, message, object, body)",
                        context.tables())
                .build();
    }

    /** A success or warning code is no error: the object is read as one without a code. */
    private void readOutcomeAsNoCode(MethodSpec.Builder method, String code) {
        if (context.catalog().hasOutcomes()) {
            method.beginControlFlow("if (outcome($T.fromCode($N)))", context.tables(), code)
                    .addStatement("return status >= 200 && status <= 299 ? null : byStatus(status, object, body)")
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
                .addParameter(byte[].class, "body")
                .addJavadoc("A non-2xx response without a code: the outcome the catalog documents for the status,\n"
                        + "else the fallback.\n")
                .addStatement("$T message = object == null ? null : $L", STRING, messageOf("object"));
        if (!hasStatusExceptions()) {
            return method.addStatement("return fallback(status, null, message, body)").build();
        }
        return method.addStatement("$T error = statusException(status, message)", base)
                .addStatement("return error == null ? fallback(status, null, message, body)"
                        + " : attach(error, status, null, message, object, body)")
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
        return MethodSpec.methodBuilder("fallback")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(TypeName.INT, "status")
                .addParameter(STRING, "rawCode")
                .addParameter(STRING, "message")
                .addParameter(byte[].class, "body")
                .addJavadoc("The catalog's fallback, carrying whatever could be read.\n")
                .addStatement("$T text = message != null ? message : rawCode != null ? $S + rawCode"
                                + " : status == 0 ? $S : $S + status + $S", STRING,
                        "Code not in catalog " + context.catalog().name() + ": ",
                        "An error without a code " + context.catalog().name() + " knows",
                        "HTTP ", " response without an error " + context.catalog().name() + " knows")
                .addStatement("return attach(new $T(rawCode, text), status, rawCode, message, null, body)",
                        context.unknownException())
                .build();
    }

    private MethodSpec attach() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("attach")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(base, "error")
                .addParameter(TypeName.INT, "status")
                .addParameter(STRING, "rawCode")
                .addParameter(STRING, "message")
                .addParameter(ANY_MAP, "object")
                .addParameter(byte[].class, "body")
                .addJavadoc("Gives {@code error} the response it came from, and its typed details.\n");
        if (wire.details().isEmpty()) {
            return method.addStatement("error.attach($T.ofBytes(status, rawCode, message, body, null))",
                            WriteContext.ERROR_RESPONSE)
                    .addStatement("return error")
                    .build();
        }
        method.beginControlFlow("if (object == null)")
                .addStatement("error.attach($T.ofBytes(status, rawCode, message, body, null))", WriteContext.ERROR_RESPONSE)
                .addStatement("return error")
                .endControlFlow();
        CodeBlock.Builder values = CodeBlock.builder();
        for (Map.Entry<String, DetailKind> detail : wire.details().entrySet()) {
            String name = detail.getKey();
            String local = DetailsWriter.javaName(name) + "Value";
            method.addStatement("Object $N = object.get($L)", local, Literals.string(name));
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
                        .addStatement("byName.put($T.valueOf(entry.getKey()), nested(entry.getValue()))", String.class)
                        .endControlFlow()
                        .addStatement("error.$N(byName)", setter)
                        .endControlFlow();
                case ERRORS_BY_INDEX -> method.beginControlFlow("if ($N instanceof $T || $N instanceof $T)", local, List.class,
                                local, Map.class)
                        .addStatement("$T<Integer, $T> byIndex = new $T<>()", Map.class, base, LinkedHashMap.class)
                        .beginControlFlow("if ($N instanceof $T)", local, List.class)
                        .addStatement("$T list = ($T) $N", ANY_LIST, ANY_LIST, local)
                        .beginControlFlow("for (int i = 0; i < list.size(); i++)")
                        .addStatement("byIndex.put(i, nested(list.get(i)))")
                        .endControlFlow()
                        .nextControlFlow("else")
                        .beginControlFlow("for ($T.Entry<?, ?> entry : (($T) $N).entrySet())", Map.class, ANY_MAP, local)
                        .addStatement("$T index = codeText(entry.getKey())", String.class)
                        .beginControlFlow("if (index != null && index.matches($S))", "\\d{1,9}")
                        .addStatement("byIndex.put(Integer.valueOf(index), nested(entry.getValue()))")
                        .endControlFlow()
                        .endControlFlow()
                        .endControlFlow()
                        .beginControlFlow("if (!byIndex.isEmpty())")
                        .addStatement("error.$N(byIndex)", setter)
                        .endControlFlow()
                        .endControlFlow();
            }
        }
        // Side by side with DETAIL_NAMES: no map built here only to be copied; an absent (null) one is left out.
        return method.addStatement("error.attach($T.ofBytes(status, rawCode, message, body, DETAIL_NAMES, new Object[] {$L}))",
                        WriteContext.ERROR_RESPONSE, values.build())
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
                .addJavadoc("An error nested in another's details; its depth is bounded by the body's.\n")
                .beginControlFlow("if (value instanceof $T)", Map.class)
                .addStatement("return fromObject(0, ($T) value, null)", ANY_MAP)
                .endControlFlow()
                .addStatement("return fallback(0, null, text(value), null)")
                .build();
    }

    private MethodSpec fromProblem(TypeName optionalException) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromProblem")
                .addModifiers(Modifier.STATIC)
                .returns(optionalException)
                .addParameter(byte[].class, "body")
                .addJavadoc("The exception an {@code application/problem+json} body describes; the fallback for one that\n"
                        + "is not a problem object.\n")
                .beginControlFlow("try")
                .addStatement("Object json = $T.parseProblem(body)", json)
                .beginControlFlow("if (!(json instanceof $T))", Map.class)
                .addStatement("return $T.of(fallback(0, null, null, body))", Optional.class)
                .endControlFlow()
                .addStatement("$T problem = ($T) json", ANY_MAP, ANY_MAP)
                .addStatement("Object statusValue = problem.get($S)", "status")
                .addStatement("int status = statusValue instanceof $T && (($T) statusValue).compareTo($T.valueOf(100)) >= 0"
                                + " && (($T) statusValue).compareTo($T.valueOf(599)) <= 0 ? (($T) statusValue).intValue() : 0",
                        BigDecimal.class, BigDecimal.class, BigDecimal.class, BigDecimal.class, BigDecimal.class,
                        BigDecimal.class)
                .addStatement("$T code = codeText(problem.get($S))", STRING, "code")
                .addStatement("$T detail = text(problem.get($S))", STRING, "detail")
                .beginControlFlow("if (code == null)")
                .addStatement("return $T.of(fallback(status, null, detail, body))", Optional.class)
                .endControlFlow();
        if (hasStatusExceptions()) {
            method.addCode("// An HTTP-level outcome's code is its status, when no catalog code is that number.\n")
                    .beginControlFlow("if (!$T.fromCode(code).isPresent() && code.equals($T.toString(status)))",
                            context.tables(), Integer.class)
                    .addStatement("$T outcome = statusException(status, detail)", base)
                    .beginControlFlow("if (outcome != null)")
                    .addStatement("return $T.of(attach(outcome, status, null, detail, problem, body))", Optional.class)
                    .endControlFlow()
                    .endControlFlow();
        }
        if (context.catalog().hasOutcomes()) {
            method.beginControlFlow("if (outcome($T.fromCode(code)))", context.tables())
                    .addStatement("return $T.empty()", Optional.class)
                    .endControlFlow();
        }
        return method.addStatement("return $T.of(attach($T.exceptionFor(code, detail), status, code, detail, problem, body))",
                        Optional.class, context.tables())
                .nextControlFlow("catch (RuntimeException e)")
                .addStatement("return $T.of(fallback(0, null, null, body))", Optional.class)
                .endControlFlow()
                .build();
    }

    private MethodSpec decodeBatch() {
        TypeName outcomes = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(ClassName.get(Optional.class), base));
        return MethodSpec.methodBuilder("decodeBatch")
                .addModifiers(Modifier.STATIC)
                .returns(context.batchResult())
                .addParameter(TypeName.INT, "status")
                .addParameter(byte[].class, "body")
                .beginControlFlow("try")
                .addStatement("Object json = $T.parse(body)", json)
                .addStatement("$T items = batchItems(json)", ANY_LIST)
                .beginControlFlow("if (items == null)")
                .addStatement("return new $T($T.<$T<$T>>emptyList(), interpret(status, json, body))", context.batchResult(),
                        Collections.class, Optional.class, base)
                .endControlFlow()
                .addStatement("$T outcomes = new $T<>(items.size())", outcomes, ArrayList.class)
                .beginControlFlow("for (Object item : items)")
                .addStatement("outcomes.add($T.ofNullable(item(status, item, body)))", Optional.class)
                .endControlFlow()
                .addStatement("return new $T(outcomes, null)", context.batchResult())
                .nextControlFlow("catch (RuntimeException e)")
                .addStatement("return new $T($T.<$T<$T>>emptyList(), fallback(status, null, null, body))",
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
                .addParameter(byte[].class, "body")
                .addJavadoc("One result of a batch: null for a success.\n")
                .beginControlFlow("if (!(item instanceof $T))", Map.class)
                .addStatement("return fallback(status, null, null, body)")
                .endControlFlow()
                .addStatement("$T object = ($T) item", ANY_MAP, ANY_MAP);
        wire.successMember().ifPresent(member -> method
                .beginControlFlow("if ($T.TRUE.equals(object.get($L)))", Boolean.class, Literals.string(member))
                .addStatement("return null")
                .endControlFlow());
        method.beginControlFlow("if ($L != null)", memberOf("object", wire.codePath()))
                .addStatement("return fromObject(status, object, body)")
                .endControlFlow();
        wire.successMember().ifPresent(member -> method
                .beginControlFlow("if ($T.FALSE.equals(object.get($L)))", Boolean.class, Literals.string(member))
                .addStatement("return fallback(status, null, $L, body)", messageOf("object"))
                .endControlFlow());
        return method.addStatement("return null").build();
    }

    private MethodSpec batchFailure() {
        return MethodSpec.methodBuilder("batchFailure")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(base)
                .addParameter(TypeName.INT, "status")
                .addParameter(ANY_LIST, "items")
                .addParameter(byte[].class, "body")
                .addJavadoc("A batch body as one outcome: null when every item succeeded, else the failed items.\n")
                .addStatement("$T<Integer, $T> failures = new $T<>()", Map.class, base, LinkedHashMap.class)
                .beginControlFlow("for (int i = 0; i < items.size(); i++)")
                .addStatement("$T failure = item(status, items.get(i), body)", base)
                .beginControlFlow("if (failure != null)")
                .addStatement("failures.put(i, failure)")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (failures.isEmpty())")
                .addStatement("return status >= 200 && status <= 299 ? null : byStatus(status, null, body)")
                .endControlFlow()
                .addStatement("return attach(new $T(failures, items.size()), status, null, null, null, body)",
                        context.batchException())
                .build();
    }

    private MethodSpec helperMember() {
        return MethodSpec.methodBuilder("member")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Object.class)
                .addParameter(ANY_MAP, "object")
                .addParameter(String[].class, "path")
                .varargs()
                .addJavadoc("The value at {@code path} in nested objects, or null.\n")
                .addStatement("Object value = object")
                .beginControlFlow("for ($T segment : path)", String.class)
                .beginControlFlow("if (!(value instanceof $T))", Map.class)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("value = (($T) value).get(segment)", ANY_MAP)
                .endControlFlow()
                .addStatement("return value")
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

    /** {@code object.get("code")} for a path of one member, else {@code member(object, "error", "code")}. */
    private static CodeBlock memberOf(String object, List<String> path) {
        return memberOf(CodeBlock.of("$N", object), path);
    }

    private static CodeBlock memberOf(CodeBlock object, List<String> path) {
        return path.size() == 1 ? CodeBlock.of("$L.get($L)", object, Literals.string(path.get(0)))
                : CodeBlock.of("member($L, $L)", object, paths(path));
    }

    /** Whether a wire path runs through nested objects, which takes the {@code member} helper. */
    private boolean hasNestedPaths() {
        return wire.codePath().size() > 1 || wire.messagePath().map(List::size).orElse(0) > 1
                || wire.batchPath().map(List::size).orElse(0) > 1;
    }

    static CodeBlock paths(List<String> path) {
        return path.stream().map(Literals::string).collect(CodeBlock.joining(", "));
    }
}
