package dev.errata.processor.write.wire;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;

/**
 * Adds the wire methods to {@code <Name>Errors}: decoding (only when Jackson is on the compile class path)
 * and rendering (always, when the catalog has a {@code wire} section). Each decoding method comes for
 * {@code String}, {@code byte[]} and {@code InputStream} bodies.
 */
public final class WireApiWriter {

    private static final ClassName STRING = ClassName.get(String.class);

    private final WriteContext context;

    public WireApiWriter(WriteContext context) {
        this.context = context;
    }

    public void addTo(TypeSpec.Builder tables) {
        if (context.wire().isEmpty()) {
            return;
        }
        ClassName base = context.baseException();
        tables.addField(FieldSpec.builder(STRING, "PROBLEM_JSON", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The media type of {@link #toProblemJson}: {@code application/problem+json} (RFC 9457).\n")
                .initializer("$S", "application/problem+json")
                .build());
        if (context.jackson().isPresent()) {
            addDecoding(tables, base);
        }
        tables.addMethod(MethodSpec.methodBuilder("toBody")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(STRING)
                .addParameter(base, "error")
                .addJavadoc("The vendor's own JSON error body for {@code error}, as a server or a mock server would send\n"
                        + "it; {@code decode} reads it back to the same class, code, message and details.\n\n"
                        + "@param error the exception\n@return the body\n")
                .addStatement("return $T.toBody(error)", context.renderer())
                .build());
        tables.addMethod(MethodSpec.methodBuilder("toProblemJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(STRING)
                .addParameter(base, "error")
                .addJavadoc("{@code error} as RFC 9457 {@code application/problem+json}: {@code type} (a URI naming the\n"
                        + "code), {@code title} (the catalog's message), {@code status}, {@code detail} (the message as\n"
                        + "received), {@code code} and {@code retryable}, plus the typed details as extension members.\n\n"
                        + "@param error the exception\n@return the problem document\n")
                .addStatement("return $T.toProblemJson(error)", context.renderer())
                .build());
    }

    private void addDecoding(TypeSpec.Builder tables, ClassName base) {
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), base);
        String decodeDoc = "The exception a response stands for, or empty for a success. Never throws: a body that is\n"
                + "empty, not JSON, too large (over 1 MiB), too deep, or holds an unlisted code or a code of the wrong type\n"
                + "gives {@link $T}; every exception returned carries the response (status, raw code and message,\n"
                + "details, an excerpt of the body) in {@code response()}.\n\n"
                + "@param httpStatus the response's HTTP status\n@param body the response body%s\n"
                + "@return the exception, or empty for a success\n";
        tables.addMethod(decodeMethod("decode", optional, TypeName.get(byte[].class), decodeDoc, "")
                .addStatement("return $T.decode(httpStatus, body)", context.decoder())
                .build());
        tables.addMethod(decodeMethod("decode", optional, STRING, decodeDoc, "")
                .addStatement("return $T.decode(httpStatus, body == null ? null : body.getBytes($T.UTF_8))", context.decoder(),
                        StandardCharsets.class)
                .build());
        tables.addMethod(decodeMethod("decode", optional, ClassName.get(InputStream.class), decodeDoc,
                        "; read up to the limit, not closed")
                .addStatement("return $T.decode(httpStatus, $T.bytes(body))", context.decoder(), context.json())
                .build());
        String throwDoc = "Throws the exception the response stands for; returns for a success. See {@link #decode(int,\n"
                + "byte[])}; $T is the fallback.\n\n@param httpStatus the response's HTTP status\n@param body the response"
                + " body%s\n@throws " + base.simpleName() + " if the response is an error\n";
        for (TypeName bodyType : new TypeName[] {TypeName.get(byte[].class), STRING, ClassName.get(InputStream.class)}) {
            MethodSpec.Builder method = decodeMethod("throwIfError", TypeName.VOID, bodyType, throwDoc, "")
                    .addStatement("$T error = decode(httpStatus, body)", optional)
                    .beginControlFlow("if (error.isPresent())")
                    .addStatement("throw error.get()")
                    .endControlFlow();
            if (context.checkedExceptions()) {
                method.addException(base);
            }
            tables.addMethod(method.build());
        }
        if (context.hasBatch()) {
            String batchDoc = "The outcome of each object of a batch response (one per item, in order), or the error of the\n"
                    + "response as a whole. Never throws; see {@link #decode(int, byte[])}; $T is the fallback.\n\n"
                    + "@param httpStatus the response's HTTP status\n@param body the response body%s\n"
                    + "@return the outcomes\n";
            tables.addMethod(decodeMethod("decodeBatch", context.batchResult(), TypeName.get(byte[].class), batchDoc, "")
                    .addStatement("return $T.decodeBatch(httpStatus, body)", context.decoder()).build());
            tables.addMethod(decodeMethod("decodeBatch", context.batchResult(), STRING, batchDoc, "")
                    .addStatement("return $T.decodeBatch(httpStatus, body == null ? null : body.getBytes($T.UTF_8))",
                            context.decoder(), StandardCharsets.class).build());
            tables.addMethod(decodeMethod("decodeBatch", context.batchResult(), ClassName.get(InputStream.class), batchDoc,
                            "; read up to the limit, not closed")
                    .addStatement("return $T.decodeBatch(httpStatus, $T.bytes(body))", context.decoder(), context.json())
                    .build());
        }
        String problemDoc = "The exception an {@code application/problem+json} document describes (as {@link #toProblemJson}\n"
                + "writes it); a document that is not one gives $T. Never throws.\n\n@param body the document%s\n"
                + "@return the exception\n";
        tables.addMethod(MethodSpec.methodBuilder("fromProblemJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optional)
                .addParameter(STRING, "body")
                .addJavadoc(String.format(java.util.Locale.ROOT, problemDoc, ""), context.unknownException())
                .addStatement("return $T.fromProblem(body == null ? null : body.getBytes($T.UTF_8))", context.decoder(),
                        StandardCharsets.class)
                .build());
        tables.addMethod(MethodSpec.methodBuilder("fromProblemJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optional)
                .addParameter(byte[].class, "body")
                .addJavadoc(String.format(java.util.Locale.ROOT, problemDoc, ""), context.unknownException())
                .addStatement("return $T.fromProblem(body)", context.decoder())
                .build());
    }

    private MethodSpec.Builder decodeMethod(String name, TypeName returns, TypeName bodyType, String doc, String bodyNote) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(returns)
                .addParameter(TypeName.INT, "httpStatus")
                .addParameter(bodyType, "body")
                .addJavadoc(String.format(java.util.Locale.ROOT, doc, bodyNote), context.unknownException());
    }
}
