package dev.errata.processor.write.wire;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Docs;

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
        if (CodecWriter.generates(context)) {
            tables.addMethod(MethodSpec.methodBuilder("codec")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(context.codec())
                    .addJavadoc("{@return the wire codec of the catalog, {@link $T#INSTANCE}: these methods as one {@link $T},\n"
                            + "for HTTP adapters that serve any catalog}\n", context.codec(),
                            context.jackson().isPresent() ? CodecWriter.ERROR_CODEC : CodecWriter.ERROR_RENDERER)
                    .addStatement("return $T.INSTANCE", context.codec())
                    .build());
        }
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
                .addJavadoc(TO_PROBLEM_DOC, " (the one the exception was read from, if any)", "")
                .addStatement("return $T.toProblemJson(error, null)", context.renderer())
                .build());
        tables.addMethod(MethodSpec.methodBuilder("toProblemJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(STRING)
                .addParameter(base, "error")
                .addParameter(STRING, "instance")
                .addJavadoc(TO_PROBLEM_DOC, " ({@code instance}, a URI reference naming this occurrence)",
                        "\n@param instance the problem's {@code instance}, or null for the one the exception was read from")
                .addStatement("return $T.toProblemJson(error, instance)", context.renderer())
                .build());
    }

    /** How a response's headers reach a decoding method: not at all, as a map, or as {@code java.net.http}'s. */
    private enum HeaderForm {
        NONE, MAP, HTTP_HEADERS
    }

    /** The header forms the generated API offers: {@code HttpHeaders} where the compiled code can see it. */
    private List<HeaderForm> headerForms() {
        return context.httpClient() ? List.of(HeaderForm.NONE, HeaderForm.MAP, HeaderForm.HTTP_HEADERS)
                : List.of(HeaderForm.NONE, HeaderForm.MAP);
    }

    private static final ClassName HTTP_HEADERS = ClassName.get("java.net.http", "HttpHeaders");

    /** The decoder's {@code Map} of headers, from the method's own parameter. */
    private static CodeBlock headersArgument(HeaderForm form) {
        return switch (form) {
            case NONE -> CodeBlock.of("null");
            case MAP -> CodeBlock.of("headers");
            case HTTP_HEADERS -> CodeBlock.of("headers == null ? null : headers.map()");
        };
    }

    /** The body as bytes, from the method's own parameter. */
    private CodeBlock bodyArgument(TypeName bodyType) {
        if (bodyType.equals(STRING)) {
            return CodeBlock.of("body == null ? null : body.getBytes($T.UTF_8)", StandardCharsets.class);
        }
        if (bodyType.equals(ClassName.get(InputStream.class))) {
            return CodeBlock.of("$T.bytes(body)", context.json());
        }
        return CodeBlock.of("body");
    }

    /**
     * The Javadoc of {@code toProblemJson}: {@code $L} what {@code instance} is, then the {@code @param} of the
     * instance, if the method takes one.
     */
    private static final String TO_PROBLEM_DOC = "{@code error} as RFC 9457 {@code application/problem+json}: {@code type}"
            + " (a URI naming the\ncode), {@code title} (the catalog's message as the exception carries it, its placeholders filled in),\n"
            + "{@code status}, {@code detail} (the message), {@code instance}$L, then {@code code},\n"
            + "{@code retryable} and {@code category}, the typed details and the message's parameters as extension\n"
            + "members. No member overwrites another: no detail may have the name of one of these, and a parameter\n"
            + "of such a name is left to be read back from {@code detail}. {@code fromProblemJson} reads it all back.\n\n"
            + "@param error the exception$L\n@return the problem document\n";

    /**
     * The Javadoc of {@code decode}: {@code $T} the fallback exception, {@code $L} what the response carries besides,
     * the {@code @param} of the headers, a note on the body.
     */
    private static final String DECODE_DOC = "The exception a response stands for, or empty for a success. Never throws:"
            + " a body that is\nempty, not JSON, too large (over 1 MiB), too deep, or holds an unlisted code or a code of"
            + " the wrong type\ngives {@link $T}; every exception returned carries the response (status, raw code and"
            + " message,\ndetails, an excerpt of the body$L) in {@code response()}.\n\n"
            + "@param httpStatus the response's HTTP status$L\n@param body the response body$L\n"
            + "@return the exception, or empty for a success\n";

    /** The Javadoc of {@code throwIfError}: the fallback, the headers' {@code @param}, a note, the base exception. */
    private static final String THROW_DOC = "Throws the exception the response stands for; returns for a success. See"
            + " {@link #decode(int,\nbyte[])}; $T is the fallback.\n\n@param httpStatus the response's HTTP status$L\n"
            + "@param body the response body$L\n@throws $T if the response is an error\n";

    /** The Javadoc of {@code decodeBatch}: the fallback, the headers' {@code @param}, a note on the body. */
    private static final String BATCH_DOC = "The outcome of each object of a batch response (one per item, in order), or"
            + " the error of the\nresponse as a whole. Never throws; see {@link #decode(int, byte[])}; $T is the"
            + " fallback.\n\n@param httpStatus the response's HTTP status$L\n@param body the response body$L\n"
            + "@return the outcomes\n";

    /** The Javadoc of {@code fromProblemJson}: {@code $T} the fallback. */
    private static final String PROBLEM_DOC = "The exception an {@code application/problem+json} document describes (as"
            + " {@link #toProblemJson}\nwrites it); a document that is not one gives $T. Never throws.\n\n"
            + "@param body the document\n@return the exception\n";

    /** The Javadoc of {@code warnings}: {@code $L} the member, as Javadoc. */
    private static final String WARNINGS_DOC = "The warnings a response names in $L, a successful one's too: each a\n"
            + "code the catalog lists (its entry) or not (an {@code UnknownCatalogError} holding it), in the\n"
            + "body's order, at most 100. Never throws: a body that names none, or is not JSON within the limits,\n"
            + "has none.\n\n@param body the response body\n@return the warnings, unmodifiable\n";

    private static final List<TypeName> BODY_TYPES = List.of(TypeName.get(byte[].class), STRING,
            ClassName.get(InputStream.class));

    private void addDecoding(TypeSpec.Builder tables, ClassName base) {
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), base);
        for (HeaderForm form : headerForms()) {
            for (TypeName bodyType : BODY_TYPES) {
                tables.addMethod(decodeMethod("decode", optional, form, bodyType)
                        .addJavadoc(DECODE_DOC, context.unknownException(), headersNote(form), headersParam(form),
                                bodyNote(bodyType))
                        .addStatement("return $T.decode(httpStatus, $L, $L)", context.decoder(), headersArgument(form),
                                bodyArgument(bodyType))
                        .build());
            }
        }
        for (HeaderForm form : headerForms()) {
            for (TypeName bodyType : BODY_TYPES) {
                MethodSpec.Builder method = decodeMethod("throwIfError", TypeName.VOID, form, bodyType)
                        .addJavadoc(THROW_DOC, context.unknownException(), headersParam(form), bodyNote(bodyType), base)
                        .addStatement("$T error = decode(httpStatus, $L)", optional,
                                form == HeaderForm.NONE ? CodeBlock.of("body") : CodeBlock.of("headers, body"))
                        .beginControlFlow("if (error.isPresent())")
                        .addStatement("throw error.get()")
                        .endControlFlow();
                if (context.checkedExceptions()) {
                    method.addException(base);
                }
                tables.addMethod(method.build());
            }
        }
        if (context.hasBatch()) {
            for (HeaderForm form : headerForms()) {
                for (TypeName bodyType : BODY_TYPES) {
                    tables.addMethod(decodeMethod("decodeBatch", context.batchResult(), form, bodyType)
                            .addJavadoc(BATCH_DOC, context.unknownException(), headersParam(form), bodyNote(bodyType))
                            .addStatement("return $T.decodeBatch(httpStatus, $L, $L)", context.decoder(),
                                    headersArgument(form), bodyArgument(bodyType))
                            .build());
                }
            }
        }
        if (context.wire().orElseThrow().warningsPath().isPresent()) {
            TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), WriteContext.CATALOG_ERROR);
            String path = Docs.code(String.join(".", context.wire().orElseThrow().warningsPath().get()));
            tables.addMethod(MethodSpec.methodBuilder("warnings")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(list)
                    .addParameter(byte[].class, "body")
                    .addJavadoc(WARNINGS_DOC, path)
                    .addStatement("return $T.warnings(body)", context.decoder())
                    .build());
            tables.addMethod(MethodSpec.methodBuilder("warnings")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(list)
                    .addParameter(STRING, "body")
                    .addJavadoc(WARNINGS_DOC, path)
                    .addStatement("return $T.warnings(body == null ? null : body.getBytes($T.UTF_8))", context.decoder(),
                            StandardCharsets.class)
                    .build());
        }
        tables.addMethod(MethodSpec.methodBuilder("fromProblemJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optional)
                .addParameter(STRING, "body")
                .addJavadoc(PROBLEM_DOC, context.unknownException())
                .addStatement("return $T.fromProblem(0, $T.emptyMap(), body == null ? null : body.getBytes($T.UTF_8))",
                        context.decoder(), Collections.class, StandardCharsets.class)
                .build());
        tables.addMethod(MethodSpec.methodBuilder("fromProblemJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optional)
                .addParameter(byte[].class, "body")
                .addJavadoc(PROBLEM_DOC, context.unknownException())
                .addStatement("return $T.fromProblem(0, $T.emptyMap(), body)", context.decoder(), Collections.class)
                .build());
        tables.addMethod(MethodSpec.methodBuilder("fromProblemJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optional)
                .addParameter(TypeName.INT, "httpStatus")
                .addParameter(DecoderWriter.HEADERS, "headers")
                .addParameter(byte[].class, "body")
                .addJavadoc("The exception an {@code application/problem+json} response describes, as\n"
                        + "{@link #fromProblemJson(byte[])} reads it, with the response's headers read as {@code decode}\n"
                        + "reads them (request id, {@code Retry-After}, the retryable header) and its status where the\n"
                        + "document has none. Never throws.\n\n"
                        + "@param httpStatus the response's status, or 0 when unknown\n"
                        + "@param headers the response's headers, names in any case\n"
                        + "@param body the document\n@return the exception\n")
                .addStatement("return $T.fromProblem(httpStatus, headers, body)", context.decoder())
                .build());
    }

    private static MethodSpec.Builder decodeMethod(String name, TypeName returns, HeaderForm form, TypeName bodyType) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(returns)
                .addParameter(TypeName.INT, "httpStatus");
        if (form == HeaderForm.MAP) {
            method.addParameter(DecoderWriter.HEADERS, "headers");
        } else if (form == HeaderForm.HTTP_HEADERS) {
            method.addParameter(HTTP_HEADERS, "headers");
        }
        return method.addParameter(bodyType, "body");
    }

    /** What the Javadoc of {@code decode} adds to what the response carries, when headers are given. */
    private static String headersNote(HeaderForm form) {
        return form == HeaderForm.NONE ? "" : ", the headers the catalog names";
    }

    /** The {@code @param} of the headers, if the method takes them. */
    private static String headersParam(HeaderForm form) {
        return switch (form) {
            case NONE -> "";
            case MAP -> "\n@param headers the response's headers by name, in any case, as HTTP clients give them"
                    + "\n    ({@code HttpURLConnection.getHeaderFields()}, ...), or null";
            case HTTP_HEADERS -> "\n@param headers the response's headers ({@code HttpResponse.headers()}), or null";
        };
    }

    /** What the Javadoc adds about the body: how a stream is read. */
    private static String bodyNote(TypeName bodyType) {
        return bodyType.equals(ClassName.get(InputStream.class)) ? "; read up to the limit, not closed" : "";
    }
}
