package dev.errata.processor.write.wire;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.DetailKind;
import dev.errata.processor.model.Wire;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Concatenation;
import dev.errata.processor.write.text.Docs;
import dev.errata.processor.write.text.Literals;

/**
 * Writes {@code <Name>Renderer}: an exception back into the vendor's own error body, and into RFC 9457
 * {@code application/problem+json}. Needs no JSON library: it builds JSON as Java and writes it with the
 * runtime's {@code JsonText}. What it writes, the decoder reads back to the same class, code, message and
 * details.
 */
public final class RendererWriter {

    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName NAMED_TEMPLATE = ClassName.get("dev.errata", "NamedTemplate");
    private static final ClassName DOCS_ANCHOR = ClassName.get("dev.errata", "DocsAnchor");
    private static final TypeName BODY = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, ClassName.get(Object.class));

    private final WriteContext context;
    private final Wire wire;
    private final ClassName base;

    public RendererWriter(WriteContext context) {
        this.context = context;
        this.wire = context.wire().orElseThrow();
        this.base = context.baseException();
    }

    /** The default problem type when the catalog names none. */
    static String defaultProblemType(String catalogName) {
        return "urn:errata:" + catalogName + ":{code}";
    }

    public TypeSpec write() {
        TypeSpec.Builder type = TypeSpec.classBuilder(context.renderer())
                .addModifiers(Modifier.FINAL)
                .addJavadoc(Docs.block("Writes exceptions of " + context.displayName() + " as response bodies; see {@link "
                        + context.tables().simpleName() + "#toBody}.\n"))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("toBody")
                        .addModifiers(Modifier.STATIC)
                        .returns(STRING)
                        .addParameter(base, "error")
                        .addStatement("return $T.write(tree(error, true))", WriteContext.JSON_TEXT)
                        .build())
                .addMethod(tree())
                .addMethod(code())
                .addMethod(put())
                .addMethod(object())
                .addMethod(details())
                .addMethod(problem())
                .addMethod(title())
                .addMethod(status())
                .addMethod(problemType());
        wire.category().ifPresent(member -> type.addMethod(categoryValue()));
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }

    private MethodSpec tree() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("tree")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(BODY)
                .addParameter(base, "error")
                .addParameter(TypeName.BOOLEAN, "topLevel")
                .addJavadoc("The body as JSON as Java; nested errors (in details) carry no success flag.\n")
                .addStatement("$T body = new $T<>()", BODY, LinkedHashMap.class);
        wire.successMember().ifPresent(member -> method
                .beginControlFlow("if (topLevel)")
                .addStatement("body.put($L, $T.FALSE)", Literals.string(member), Boolean.class)
                .endControlFlow());
        method.addStatement("Object code = code(error)")
                .beginControlFlow("if (code != null)")
                .addStatement("put(body, code, $L)", DecoderWriter.paths(wire.codePath()))
                .endControlFlow();
        wire.messagePath().ifPresent(path -> method
                .beginControlFlow("if (error.getMessage() != null)")
                .addStatement("put(body, error.getMessage(), $L)", DecoderWriter.paths(path))
                .endControlFlow());
        wire.category().ifPresent(member -> method
                .addStatement("$T category = categoryValue(error.error().categoryId().orElse(null))", STRING)
                .beginControlFlow("if (category != null)")
                .addStatement("put(body, category, $L)", DecoderWriter.paths(member.path()))
                .endControlFlow());
        if (wire.details().isEmpty()) {
            return method.addStatement("return body").build();
        }
        if (wire.errorObjectPath().isEmpty()) {
            return method.addStatement("details(error, body)").addStatement("return body").build();
        }
        return method.addComment("The details are members of the error object, where the decoder reads them.")
                .addStatement("details(error, object(body, $L))", DecoderWriter.paths(wire.errorObjectPath()))
                .addStatement("return body")
                .build();
    }

    /** The value of {@code wire.category}'s member that names a category, by the category's id. */
    private MethodSpec categoryValue() {
        Wire.CategoryMember member = wire.category().orElseThrow();
        MethodSpec.Builder method = MethodSpec.methodBuilder("categoryValue")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING)
                .addParameter(STRING, "categoryId")
                .addJavadoc("How the body names the category of id {@code categoryId} in $L; null for none.\n",
                        Docs.code(String.join(".", member.path())))
                .beginControlFlow("if (categoryId == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("switch (categoryId)");
        for (Category category : context.catalog().categories()) {
            member.valueOf(category).ifPresent(value -> method.addCode("case $S:\n", category.id())
                    .addStatement("$>return $L$<", Literals.string(value)));
        }
        return method.addCode("default:\n").addStatement("$>return null$<").endControlFlow().build();
    }

    private MethodSpec code() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("code")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Object.class)
                .addParameter(base, "error")
                .addJavadoc("The code as the vendor writes it (a number for integer codes); null for an outcome known\n"
                        + "only by its HTTP status, or an unknown exception without a code.\n");
        if (!context.catalog().errorStatuses().isEmpty()) {
            method.beginControlFlow("if (error.error() instanceof $T)", context.httpStatusEnum())
                    .addStatement("return null")
                    .endControlFlow();
        }
        method.addStatement("$T code = error.codeString()", STRING)
                .beginControlFlow("if (code.isEmpty())")
                .addStatement("return null")
                .endControlFlow();
        if (context.integerCodes()) {
            method.addStatement("return code.matches($S) ? new $T(code) : code", "-?\\d{1,10}", BigDecimal.class);
        } else {
            method.addStatement("return code");
        }
        return method.build();
    }

    private MethodSpec put() {
        return MethodSpec.methodBuilder("put")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(BODY, "body")
                .addParameter(Object.class, "value")
                .addParameter(String[].class, "path")
                .varargs()
                .addJavadoc("Puts {@code value} at {@code path}, making the objects on the way.\n")
                .addStatement("object(body, $T.copyOf(path, path.length - 1)).put(path[path.length - 1], value)",
                        Arrays.class)
                .build();
    }

    private MethodSpec object() {
        return MethodSpec.methodBuilder("object")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(BODY)
                .addParameter(BODY, "body")
                .addParameter(String[].class, "path")
                .varargs()
                .addJavadoc("The object at {@code path}, made (with those on the way) where missing.\n")
                .addStatement("$T object = body", BODY)
                .beginControlFlow("for ($T member : path)", String.class)
                .addStatement("Object next = object.get(member)")
                .beginControlFlow("if (!(next instanceof $T))", Map.class)
                .addStatement("next = new $T<$T, Object>()", LinkedHashMap.class, String.class)
                .addStatement("object.put(member, next)")
                .endControlFlow()
                .addStatement("@SuppressWarnings($S) $T inner = ($T) next", "unchecked", BODY, BODY)
                .addStatement("object = inner")
                .endControlFlow()
                .addStatement("return object")
                .build();
    }

    private MethodSpec details() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("details")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(base, "error")
                .addParameter(BODY, "object")
                .addJavadoc("Puts the typed details that are set into {@code object}: the error object, or the problem.\n");
        for (Map.Entry<String, DetailKind> detail : wire.details().entrySet()) {
            String name = detail.getKey();
            String getter = DetailsWriter.javaName(name);
            switch (detail.getValue()) {
                case TEXT -> method.beginControlFlow("if (error.$N().isPresent())", getter)
                        .addStatement("$L", putDetail(name, CodeBlock.of("error.$N().get()", getter)))
                        .endControlFlow();
                case OBJECT, LIST -> method.beginControlFlow("if (!error.$N().isEmpty())", getter)
                        .addStatement("$L", putDetail(name, CodeBlock.of("error.$N()", getter)))
                        .endControlFlow();
                case ERRORS_BY_NAME, ERRORS_BY_INDEX -> method.beginControlFlow("if (!error.$N().isEmpty())", getter)
                        .addStatement("$T nested = new $T<>()", BODY, LinkedHashMap.class)
                        .beginControlFlow("for ($T.Entry<?, ? extends $T> entry : error.$N().entrySet())", Map.class, base, getter)
                        .addStatement("nested.put($T.valueOf(entry.getKey()), tree(entry.getValue(), false))", String.class)
                        .endControlFlow()
                        .addStatement("$L", putDetail(name, CodeBlock.of("nested")))
                        .endControlFlow();
            }
        }
        return method.build();
    }

    /** {@code object.put("uid", value)}, or {@code put(object, value, "payment_method", "id")} for a nested detail. */
    private static CodeBlock putDetail(String detail, CodeBlock value) {
        List<String> path = Wire.detailPath(detail);
        return path.size() == 1 ? CodeBlock.of("object.put($L, $L)", Literals.string(detail), value)
                : CodeBlock.of("put(object, $L, $L)", value, DecoderWriter.paths(path));
    }

    private MethodSpec problem() {
        return MethodSpec.methodBuilder("toProblemJson")
                .addModifiers(Modifier.STATIC)
                .returns(STRING)
                .addParameter(base, "error")
                .addParameter(STRING, "instance")
                .addJavadoc("RFC 9457's members first, then Errata's ({@code code}, {@code retryable}, {@code category}),\n"
                        + "the details, and the parameters under their names where no member has that name already: no\n"
                        + "member ever overwrites another.\n")
                .addStatement("$T entry = error.error()", WriteContext.CATALOG_ERROR)
                .addStatement("$T problem = new $T<>()", BODY, LinkedHashMap.class)
                .addStatement("problem.put($S, problemType(entry.codeString()))", "type")
                .addStatement("problem.put($S, title(error))", "title")
                .addStatement("int status = status(error)")
                .beginControlFlow("if (status != 0)")
                .addStatement("problem.put($S, status)", "status")
                .endControlFlow()
                .beginControlFlow("if (error.getMessage() != null)")
                .addStatement("problem.put($S, error.getMessage())", "detail")
                .endControlFlow()
                .addStatement("$T occurrence = instance != null ? instance : error.response().isPresent()"
                        + " ? error.response().get().instance().orElse(null) : null", STRING)
                .beginControlFlow("if (occurrence != null)")
                .addStatement("problem.put($S, occurrence)", "instance")
                .endControlFlow()
                .addStatement("problem.put($S, entry.codeString())", "code")
                .addStatement("problem.put($S, entry.retryable())", "retryable")
                .addCode(context.catalog().categories().isEmpty() ? CodeBlock.of("")
                        : CodeBlock.builder()
                                .beginControlFlow("if (entry.categoryId().isPresent())")
                                .addStatement("problem.put($S, entry.categoryId().get())", "category")
                                .endControlFlow()
                                .build())
                .addStatement("details(error, problem)")
                .addComment("A parameter named as a member of the problem, present or not, is read back from the detail.")
                .beginControlFlow("for ($T.Entry<$T, Object> parameter : error.parameters().entrySet())", Map.class, String.class)
                .beginControlFlow("switch (parameter.getKey())")
                .addCode(Wire.PROBLEM_MEMBERS.stream().map(name -> CodeBlock.of("case $S:\n", name)).collect(CodeBlock.joining("")))
                .addStatement("$>break$<")
                .addCode("default:\n")
                .addStatement("$>problem.putIfAbsent(parameter.getKey(), parameter.getValue())$<")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.write(problem)", WriteContext.JSON_TEXT)
                .build();
    }

    /**
     * A template without placeholders is its own title, as the catalog's syntax reads it; one with some is the
     * message the exception carries, the template filled in.
     */
    private CodeBlock literalTitle() {
        return switch (context.catalog().messageSyntax()) {
            // The entry's message already has each doubled brace of the catalog's template made single: read
            // as a template again, "}}}}" would lose one more brace. A single brace left in it is a placeholder
            // or a literal one, and the exception's own message is right for both.
            case NAMED -> CodeBlock.builder()
                    .beginControlFlow("if (!$T.hasPlaceholders(template))", NAMED_TEMPLATE)
                    .addStatement("return template")
                    .endControlFlow()
                    .addStatement("return error.getMessage() != null ? error.getMessage() : template")
                    .build();
            case PRINTF -> CodeBlock.builder()
                    .add("// A percent sign that is not one of a pair of them starts a conversion.\n")
                    .beginControlFlow("if (template.replace($S, $S).indexOf('%') < 0)", "%%", "")
                    .addStatement("return template.replace($S, $S)", "%%", "%")
                    .endControlFlow()
                    .addStatement("return error.getMessage() != null ? error.getMessage() : template")
                    .build();
            case NONE -> CodeBlock.of("return template;\n");
        };
    }

    private MethodSpec title() {
        return MethodSpec.methodBuilder("title")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING)
                .addParameter(base, "error")
                .addJavadoc("The problem's {@code title}: the catalog's message as an exception of the entry carries it,\n"
                        + "its placeholders filled in (the message this one carries), never a template; else the catalog's\n"
                        + "description, else the code, else the message.\n")
                .addStatement("$T entry = error.error()", WriteContext.CATALOG_ERROR)
                .beginControlFlow("if (entry.message().isPresent())")
                .addStatement("$T template = entry.message().get()", STRING)
                .addCode(literalTitle())
                .endControlFlow()
                .beginControlFlow("if (entry.description().isPresent())")
                .addStatement("return entry.description().get()")
                .endControlFlow()
                .addStatement("return entry.codeString().isEmpty() && error.getMessage() != null ? error.getMessage()"
                        + " : entry.codeString()")
                .build();
    }

    private MethodSpec status() {
        // Package-private: the codec's httpStatus is this one, made never 0.
        return MethodSpec.methodBuilder("status")
                .addModifiers(Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(base, "error")
                .addJavadoc("The status the response had (an HTTP status, 100 to 599), else the catalog's for the entry"
                        + " (or its\ncategory), else 0.\n")
                .addStatement("int received = error.response().isPresent() ? error.response().get().httpStatus().orElse(0) : 0")
                .beginControlFlow("if (received >= 100 && received <= 599)")
                .addStatement("return received")
                .endControlFlow()
                .addStatement("return error.error().httpStatus().orElse(0)")
                .build();
    }

    private MethodSpec problemType() {
        String template = wire.problemType();
        CodeBlock.Builder body = CodeBlock.builder()
                .beginControlFlow("if (code.isEmpty())")
                .addStatement("return $S", "about:blank")
                .endControlFlow();
        int anchor = template.indexOf(Wire.ANCHOR_PLACEHOLDER);
        if (anchor >= 0) {
            // The docs' own anchor function, from the runtime: the type lands on the anchor the docs page has.
            body.addStatement("return $L", new Concatenation().text(template.substring(0, anchor))
                    .expression(CodeBlock.of("$T.of(code)", DOCS_ANCHOR))
                    .text(template.substring(anchor + Wire.ANCHOR_PLACEHOLDER.length())).build());
            return problemTypeMethod(body.build(), "The problem {@code type} URI of a code: its anchor on the docs page.\n");
        }
        int at = template.indexOf(Wire.CODE_PLACEHOLDER);
        body.addStatement("$T out = new $T()", StringBuilder.class, StringBuilder.class)
                .beginControlFlow("for (byte b : code.getBytes($T.UTF_8))", StandardCharsets.class)
                .addStatement("char c = (char) (b & 0xFF)")
                .beginControlFlow("if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')"
                        + " || c == '-' || c == '.' || c == '_' || c == '~')")
                .addStatement("out.append(c)")
                .nextControlFlow("else")
                .addStatement("out.append('%').append($T.toUpperCase($T.forDigit(c >> 4, 16)))"
                        + ".append($T.toUpperCase($T.forDigit(c & 15, 16)))", Character.class, Character.class,
                        Character.class, Character.class)
                .endControlFlow()
                .endControlFlow();
        if (at < 0) {
            body.addStatement("return $L", Literals.string(template));
        } else {
            body.addStatement("return $L", new Concatenation().text(template.substring(0, at))
                    .expression(CodeBlock.of("out")).text(template.substring(at + "{code}".length())).build());
        }
        return problemTypeMethod(body.build(), "The problem {@code type} URI of a code, percent-encoded.\n");
    }

    private static MethodSpec problemTypeMethod(CodeBlock body, String javadoc) {
        // Package-private: the codec's problemType is this one.
        return MethodSpec.methodBuilder("problemType")
                .addModifiers(Modifier.STATIC)
                .returns(STRING)
                .addParameter(STRING, "code")
                .addJavadoc("$L", javadoc)
                .addCode(body)
                .build();
    }
}
