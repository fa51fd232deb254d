package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Json}: reads a response body with Jackson's streaming parser into JSON as Java
 * (LinkedHashMap, ArrayList, String, BigDecimal, Boolean, null), within fixed limits on size and depth.
 * This is the only generated class that touches Jackson, so supporting another major version means
 * changing only {@link Jackson}.
 */
final class JsonReaderWriter {

    /** Largest body the decoder reads; larger ones are malformed without being parsed. */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** Deepest nesting the decoder reads: far beyond any error body, far below any stack limit. */
    static final int MAX_DEPTH = 64;

    private final WriteContext context;
    private final Jackson jackson;

    JsonReaderWriter(WriteContext context, Jackson jackson) {
        this.context = context;
        this.jackson = jackson;
    }

    TypeSpec write() {
        ClassName self = context.json();
        ClassName token = jackson.token();
        ClassName parser = jackson.parser();
        ClassName malformed = self.nestedClass("Malformed");
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Object.class));

        CodeBlock.Builder parse = CodeBlock.builder()
                .beginControlFlow("if (body == null || body.length > MAX_BODY_BYTES)")
                .addStatement("return MALFORMED")
                .endControlFlow();
        if (jackson == Jackson.V3) {
            parse.beginControlFlow("try ($T parser = " + jackson.createParser("body") + ")", parser, jackson.readContext());
        } else {
            parse.beginControlFlow("try ($T parser = " + jackson.createParser("body") + ")", parser);
        }
        parse.addStatement("$T first = parser.nextToken()", token)
                .beginControlFlow("if (first == null)")
                .addStatement("return EMPTY")
                .endControlFlow()
                .addStatement("Object value = read(parser, first, 0)")
                .addStatement("return parser.nextToken() == null ? value : MALFORMED");
        if (jackson.checkedFailures()) {
            parse.nextControlFlow("catch ($T | $T | RuntimeException e)", malformed, IOException.class);
        } else {
            parse.nextControlFlow("catch ($T | RuntimeException e)", malformed);
        }
        parse.addStatement("return MALFORMED").endControlFlow();

        MethodSpec.Builder read = MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Object.class)
                .addParameter(parser, "parser")
                .addParameter(token, "token")
                .addParameter(TypeName.INT, "depth")
                .addException(malformed);
        CodeBlock.Builder body = CodeBlock.builder()
                .beginControlFlow("if (token == null)")
                .addStatement("throw new $T()", malformed)
                .endControlFlow()
                .beginControlFlow("if (token == $T.START_OBJECT || token == $T.START_ARRAY)", token, token)
                .beginControlFlow("if (depth >= MAX_DEPTH)")
                .addStatement("throw new $T()", malformed)
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("switch (token)")
                .add("case START_OBJECT: {\n").indent()
                .addStatement("$T object = new $T<>()", map, LinkedHashMap.class)
                .beginControlFlow("for ($T next = parser.nextToken(); next != $T.END_OBJECT; next = parser.nextToken())",
                        token, token)
                .beginControlFlow("if (next != $T.$L)", token, jackson.memberNameToken())
                .addStatement("throw new $T()", malformed)
                .endControlFlow()
                .addStatement("String name = parser.currentName()")
                .addStatement("object.put(name, read(parser, parser.nextToken(), depth + 1))")
                .endControlFlow()
                .addStatement("return object")
                .unindent().add("}\n")
                .add("case START_ARRAY: {\n").indent()
                .addStatement("$T array = new $T<>()", list, ArrayList.class)
                .beginControlFlow("for ($T next = parser.nextToken(); next != $T.END_ARRAY; next = parser.nextToken())",
                        token, token)
                .addStatement("array.add(read(parser, next, depth + 1))")
                .endControlFlow()
                .addStatement("return array")
                .unindent().add("}\n")
                .add("case VALUE_STRING:\n").indent()
                .addStatement("return parser.$L()", jackson.textMethod())
                .unindent()
                .add("case VALUE_NUMBER_INT:\ncase VALUE_NUMBER_FLOAT:\n").indent()
                .addStatement("return new $T(parser.$L())", BigDecimal.class, jackson.textMethod())
                .unindent()
                .add("case VALUE_TRUE:\n").indent().addStatement("return Boolean.TRUE").unindent()
                .add("case VALUE_FALSE:\n").indent().addStatement("return Boolean.FALSE").unindent()
                .add("case VALUE_NULL:\n").indent().addStatement("return null").unindent()
                .add("default:\n").indent().addStatement("throw new $T()", malformed).unindent()
                .endControlFlow();
        read.addCode(body.build());
        if (jackson.checkedFailures()) {
            read.addException(IOException.class);
        }

        TypeSpec malformedType = TypeSpec.classBuilder(malformed)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(Exception.class)
                .addJavadoc("The body is not JSON within the limits; carries no stack trace, it is expected input.\n")
                .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("super(null, null, false, false)")
                        .build())
                .build();

        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.FINAL)
                .addJavadoc(Docs.block("Reads response bodies of " + context.displayName() + " with " + jackson.label()
                        + "'s streaming parser\ninto JSON as Java, within fixed limits: at most " + MAX_BODY_BYTES
                        + " bytes and " + MAX_DEPTH + " levels of nesting.\n"))
                .addField(FieldSpec.builder(TypeName.INT, "MAX_BODY_BYTES", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Largest body read; a larger one is malformed.\n").initializer("$L", MAX_BODY_BYTES).build())
                .addField(FieldSpec.builder(TypeName.INT, "MAX_DEPTH", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Deepest nesting read; a deeper body is malformed.\n").initializer("$L", MAX_DEPTH).build())
                .addField(FieldSpec.builder(Object.class, "EMPTY", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Stands for a body without any JSON value (empty, or only white space).\n")
                        .initializer("new Object()").build())
                .addField(FieldSpec.builder(Object.class, "MALFORMED", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Stands for a body that is not JSON within the limits.\n")
                        .initializer("new Object()").build())
                .addField(FieldSpec.builder(jackson.factory(), "FACTORY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", jackson.factory()).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("parse")
                        .addModifiers(Modifier.STATIC)
                        .returns(Object.class)
                        .addParameter(byte[].class, "body")
                        .addJavadoc("JSON as Java, {@link #EMPTY} or {@link #MALFORMED}; never throws.\n\n@param body the body\n"
                                + "@return the value\n")
                        .addCode(parse.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("bytes")
                        .addModifiers(Modifier.STATIC)
                        .returns(byte[].class)
                        .addParameter(InputStream.class, "body")
                        .addJavadoc("Reads at most one byte more than the limit, so an endless stream costs no more: a longer\n"
                                + "body comes back cut there, which {@link #parse} then refuses while its start still serves\n"
                                + "as an excerpt. Null for null or a read failure. Does not close the stream.\n\n"
                                + "@param body the body\n@return the bytes, or null\n")
                        .beginControlFlow("if (body == null)")
                        .addStatement("return null")
                        .endControlFlow()
                        .addStatement("byte[] buffer = new byte[8192]")
                        .addStatement("int length = 0")
                        .beginControlFlow("try")
                        .beginControlFlow("while (true)")
                        .beginControlFlow("if (length == buffer.length)")
                        .beginControlFlow("if (length > MAX_BODY_BYTES)")
                        .addStatement("break")
                        .endControlFlow()
                        .addStatement("buffer = $T.copyOf(buffer, Math.min(buffer.length * 2, MAX_BODY_BYTES + 1))", Arrays.class)
                        .endControlFlow()
                        .addStatement("int read = body.read(buffer, length, buffer.length - length)")
                        .beginControlFlow("if (read < 0)")
                        .addStatement("break")
                        .endControlFlow()
                        .addStatement("length += read")
                        .endControlFlow()
                        .nextControlFlow("catch ($T | RuntimeException e)", IOException.class)
                        .addStatement("return null")
                        .endControlFlow()
                        .addStatement("return $T.copyOf(buffer, length)", Arrays.class)
                        .build())
                .addMethod(read.build())
                .addType(malformedType);
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }
}
