package dev.errata.processor.write.wire;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.DetailKind;
import dev.errata.processor.model.Wire;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
                .addMethod(details())
                .addMethod(problem())
                .addMethod(status())
                .addMethod(problemType());
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
        return method.addStatement("details(error, body)").addStatement("return body").build();
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
                .addStatement("$T object = body", BODY)
                .beginControlFlow("for (int i = 0; i < path.length - 1; i++)")
                .addStatement("Object next = object.get(path[i])")
                .beginControlFlow("if (!(next instanceof $T))", Map.class)
                .addStatement("next = new $T<$T, Object>()", LinkedHashMap.class, String.class)
                .addStatement("object.put(path[i], next)")
                .endControlFlow()
                .addStatement("@SuppressWarnings($S) $T inner = ($T) next", "unchecked", BODY, BODY)
                .addStatement("object = inner")
                .endControlFlow()
                .addStatement("object.put(path[path.length - 1], value)")
                .build();
    }

    private MethodSpec details() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("details")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(base, "error")
                .addParameter(BODY, "body")
                .addJavadoc("Puts the typed details that are set.\n");
        for (Map.Entry<String, DetailKind> detail : wire.details().entrySet()) {
            String name = detail.getKey();
            String getter = DetailsWriter.javaName(name);
            switch (detail.getValue()) {
                case TEXT -> method.beginControlFlow("if (error.$N().isPresent())", getter)
                        .addStatement("body.put($L, error.$N().get())", Literals.string(name), getter)
                        .endControlFlow();
                case OBJECT, LIST -> method.beginControlFlow("if (!error.$N().isEmpty())", getter)
                        .addStatement("body.put($L, error.$N())", Literals.string(name), getter)
                        .endControlFlow();
                case ERRORS_BY_NAME, ERRORS_BY_INDEX -> method.beginControlFlow("if (!error.$N().isEmpty())", getter)
                        .addStatement("$T nested = new $T<>()", BODY, LinkedHashMap.class)
                        .beginControlFlow("for ($T.Entry<?, ? extends $T> entry : error.$N().entrySet())", Map.class, base, getter)
                        .addStatement("nested.put($T.valueOf(entry.getKey()), tree(entry.getValue(), false))", String.class)
                        .endControlFlow()
                        .addStatement("body.put($L, nested)", Literals.string(name))
                        .endControlFlow();
            }
        }
        return method.build();
    }

    private MethodSpec problem() {
        return MethodSpec.methodBuilder("toProblemJson")
                .addModifiers(Modifier.STATIC)
                .returns(STRING)
                .addParameter(base, "error")
                .addStatement("$T entry = error.error()", WriteContext.CATALOG_ERROR)
                .addStatement("$T problem = new $T<>()", BODY, LinkedHashMap.class)
                .addStatement("problem.put($S, problemType(entry.codeString()))", "type")
                .addStatement("problem.put($S, entry.message().orElse(entry.description().orElse(entry.codeString())))", "title")
                .addStatement("int status = status(error)")
                .beginControlFlow("if (status != 0)")
                .addStatement("problem.put($S, status)", "status")
                .endControlFlow()
                .beginControlFlow("if (error.getMessage() != null)")
                .addStatement("problem.put($S, error.getMessage())", "detail")
                .endControlFlow()
                .addStatement("problem.put($S, entry.codeString())", "code")
                .addStatement("problem.put($S, entry.retryable())", "retryable")
                .addStatement("details(error, problem)")
                .addStatement("return $T.write(problem)", WriteContext.JSON_TEXT)
                .build();
    }

    private MethodSpec status() {
        return MethodSpec.methodBuilder("status")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(base, "error")
                .addJavadoc("The status the response had, else the catalog's for the entry, else 0.\n")
                .beginControlFlow("if (error.response().isPresent() && error.response().get().httpStatus().isPresent())")
                .addStatement("return error.response().get().httpStatus().getAsInt()")
                .endControlFlow()
                .addStatement("return error.error().httpStatus().orElse(0)")
                .build();
    }

    private MethodSpec problemType() {
        String template = wire.problemType();
        int at = template.indexOf("{code}");
        CodeBlock.Builder body = CodeBlock.builder()
                .beginControlFlow("if (code.isEmpty())")
                .addStatement("return $S", "about:blank")
                .endControlFlow()
                .addStatement("$T out = new $T()", StringBuilder.class, StringBuilder.class)
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
        return MethodSpec.methodBuilder("problemType")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING)
                .addParameter(STRING, "code")
                .addJavadoc("The problem {@code type} URI of a code, percent-encoded.\n")
                .addCode(body.build())
                .build();
    }
}
