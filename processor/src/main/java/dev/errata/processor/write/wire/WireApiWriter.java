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

    /** The Javadoc of {@code decode}: {@code $T} the fallback exception, {@code $L} a note on the body. */
    private static final String DECODE_DOC = "The exception a response stands for, or empty for a success. Never throws:"
            + " a body that is\nempty, not JSON, too large (over 1 MiB), too deep, or holds an unlisted code or a code of"
            + " the wrong type\ngives {@link $T}; every exception returned carries the response (status, raw code and"
            + " message,\ndetails, an excerpt of the body) in {@code response()}.\n\n"
            + "@param httpStatus the response's HTTP status\n@param body the response body$L\n"
            + "@return the exception, or empty for a success\n";

    /** The Javadoc of {@code throwIfError}: {@code $T} the fallback, {@code $L} a note, {@code $T} the base exception. */
    private static final String THROW_DOC = "Throws the exception the response stands for; returns for a success. See"
            + " {@link #decode(int,\nbyte[])}; $T is the fallback.\n\n@param httpStatus the response's HTTP status\n"
            + "@param body the response body$L\n@throws $T if the response is an error\n";

    /** The Javadoc of {@code decodeBatch}: {@code $T} the fallback, {@code $L} a note on the body. */
    private static final String BATCH_DOC = "The outcome of each object of a batch response (one per item, in order), or"
            + " the error of the\nresponse as a whole. Never throws; see {@link #decode(int, byte[])}; $T is the"
            + " fallback.\n\n@param httpStatus the response's HTTP status\n@param body the response body$L\n"
            + "@return the outcomes\n";

    /** The Javadoc of {@code fromProblemJson}: {@code $T} the fallback. */
    private static final String PROBLEM_DOC = "The exception an {@code application/problem+json} document describes (as"
            + " {@link #toProblemJson}\nwrites it); a document that is not one gives $T. Never throws.\n\n"
            + "@param body the document\n@return the exception\n";

    /** What the Javadoc adds about a body read from a stream. */
    private static final String STREAM_NOTE = "; read up to the limit, not closed";

    private void addDecoding(TypeSpec.Builder tables, ClassName base) {
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), base);
        ClassName unknown = context.unknownException();
        tables.addMethod(decodeMethod("decode", optional, TypeName.get(byte[].class))
                .addJavadoc(DECODE_DOC, unknown, "")
                .addStatement("return $T.decode(httpStatus, body)", context.decoder())
                .build());
        tables.addMethod(decodeMethod("decode", optional, STRING)
                .addJavadoc(DECODE_DOC, unknown, "")
                .addStatement("return $T.decode(httpStatus, body == null ? null : body.getBytes($T.UTF_8))", context.decoder(),
                        StandardCharsets.class)
                .build());
        tables.addMethod(decodeMethod("decode", optional, ClassName.get(InputStream.class))
                .addJavadoc(DECODE_DOC, unknown, STREAM_NOTE)
                .addStatement("return $T.decode(httpStatus, $T.bytes(body))", context.decoder(), context.json())
                .build());
        for (TypeName bodyType : new TypeName[] {TypeName.get(byte[].class), STRING, ClassName.get(InputStream.class)}) {
            MethodSpec.Builder method = decodeMethod("throwIfError", TypeName.VOID, bodyType)
                    .addJavadoc(THROW_DOC, unknown, "", base)
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
            tables.addMethod(decodeMethod("decodeBatch", context.batchResult(), TypeName.get(byte[].class))
                    .addJavadoc(BATCH_DOC, unknown, "")
                    .addStatement("return $T.decodeBatch(httpStatus, body)", context.decoder()).build());
            tables.addMethod(decodeMethod("decodeBatch", context.batchResult(), STRING)
                    .addJavadoc(BATCH_DOC, unknown, "")
                    .addStatement("return $T.decodeBatch(httpStatus, body == null ? null : body.getBytes($T.UTF_8))",
                            context.decoder(), StandardCharsets.class).build());
            tables.addMethod(decodeMethod("decodeBatch", context.batchResult(), ClassName.get(InputStream.class))
                    .addJavadoc(BATCH_DOC, unknown, STREAM_NOTE)
                    .addStatement("return $T.decodeBatch(httpStatus, $T.bytes(body))", context.decoder(), context.json())
                    .build());
        }
        tables.addMethod(MethodSpec.methodBuilder("fromProblemJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optional)
                .addParameter(STRING, "body")
                .addJavadoc(PROBLEM_DOC, unknown)
                .addStatement("return $T.fromProblem(body == null ? null : body.getBytes($T.UTF_8))", context.decoder(),
                        StandardCharsets.class)
                .build());
        tables.addMethod(MethodSpec.methodBuilder("fromProblemJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optional)
                .addParameter(byte[].class, "body")
                .addJavadoc(PROBLEM_DOC, unknown)
                .addStatement("return $T.fromProblem(body)", context.decoder())
                .build());
    }

    private static MethodSpec.Builder decodeMethod(String name, TypeName returns, TypeName bodyType) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(returns)
                .addParameter(TypeName.INT, "httpStatus")
                .addParameter(bodyType, "body");
    }
}
