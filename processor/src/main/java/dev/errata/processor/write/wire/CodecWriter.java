package dev.errata.processor.write.wire;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Docs;
import dev.errata.processor.write.text.Literals;

/**
 * Writes {@code <Name>Codec}: the catalog's wire code as one object implementing the runtime's
 * {@code dev.errata.ErrorCodec} (with a decoder, that is with Jackson) or {@code dev.errata.ErrorRenderer}
 * (without), so that HTTP adapters are generic over it and serve every catalog with one class and no reflection.
 * Every method delegates to what is generated already ({@code <Name>Errors}, {@code <Name>Renderer}, the
 * exception's own accessors): the codec renders and decodes nothing itself.
 *
 * <p>Written only for a catalog with a {@code wire} section whose exceptions are unchecked: the contract's
 * type parameter is a {@code RuntimeException}.
 */
public final class CodecWriter {

    static final ClassName ERROR_RENDERER = ClassName.get("dev.errata", "ErrorRenderer");
    static final ClassName ERROR_CODEC = ClassName.get("dev.errata", "ErrorCodec");
    private static final ClassName STRING = ClassName.get(String.class);

    /** The status {@code httpStatus} gives when neither the response nor the catalog has one (see its Javadoc). */
    private static final int OK = 200;
    private static final int INTERNAL_SERVER_ERROR = 500;

    private final WriteContext context;
    private final ClassName base;
    private final ClassName codec;

    public CodecWriter(WriteContext context) {
        this.context = context;
        this.base = context.baseException();
        this.codec = context.codec();
    }

    /** Whether {@code context}'s catalog gets a codec: with a wire section, when its exceptions are unchecked. */
    public static boolean generates(WriteContext context) {
        return context.wire().isPresent() && !context.checkedExceptions();
    }

    public TypeSpec write() {
        boolean decodes = context.jackson().isPresent();
        TypeSpec.Builder type = TypeSpec.classBuilder(codec)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(decodes ? ERROR_CODEC : ERROR_RENDERER, base))
                .addJavadoc("The wire codec of $L: the catalog's {@code wire} section as one object, for HTTP adapters\n"
                        + "that are generic over {@link $T} and so serve any catalog with one class and no reflection.\n"
                        + "Each method delegates to {@link $T} or the exception's own methods, and gives what they give.\n",
                        context.displayName(), decodes ? ERROR_CODEC : ERROR_RENDERER, context.tables())
                .addJavadoc(decodes ? "" : "\n<p>Only the renderer: no decoder is generated without Jackson on the"
                        + " compile class path.\n")
                .addJavadoc("\n<p>Immutable and stateless: share {@link #INSTANCE}.\n")
                .addField(FieldSpec.builder(codec, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The codec; also {@link $T#codec()}.\n", context.tables())
                        .initializer("new $T()", codec)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(override("catalogName", STRING)
                        .addJavadoc("{@return the catalog's name, $L}\n", Docs.code(context.catalog().name()))
                        .addStatement("return $L", Literals.string(context.catalog().name()))
                        .build())
                .addMethod(override("exceptionType", ParameterizedTypeName.get(ClassName.get(Class.class), base))
                        .addJavadoc("{@return {@link $T}, the base of every exception of the catalog}\n", base)
                        .addStatement("return $T.class", base)
                        .build())
                .addMethod(override("error", WriteContext.CATALOG_ERROR)
                        .addParameter(base, "error")
                        .addJavadoc("{@return the catalog entry of {@code error}: {@code error.error()}}\n\n"
                                + "@param error the exception\n")
                        .addStatement("return error.error()")
                        .build())
                .addMethod(httpStatus())
                .addMethod(override("toBody", STRING)
                        .addParameter(base, "error")
                        .addJavadoc("{@return the vendor's own JSON error body for {@code error}: {@link $T#toBody}}\n\n"
                                + "@param error the exception\n", context.tables())
                        .addStatement("return $T.toBody(error)", context.tables())
                        .build())
                .addMethod(override("toProblemJson", STRING)
                        .addParameter(base, "error")
                        .addParameter(STRING, "instance")
                        .addJavadoc("{@code error} as {@code application/problem+json}:\n{@link $T#toProblemJson($T, String)}.\n\n"
                                + "@param error the exception\n@param instance the problem's {@code instance}, or null for"
                                + " the one the exception was decoded from, if any\n@return the document\n",
                                context.tables(), base)
                        .addStatement("return $T.toProblemJson(error, instance)", context.tables())
                        .build())
                .addMethod(override("problemType", STRING)
                        .addParameter(base, "error")
                        .addJavadoc("{@return the problem {@code type} URI of {@code error}'s code, the one"
                                + " {@link #toProblemJson} writes\n(written by the same code): {@code about:blank} for an"
                                + " exception without a code}\n\n@param error the exception\n")
                        .addStatement("return $T.problemType(error.error().codeString())", context.renderer())
                        .build());
        if (decodes) {
            addDecoding(type);
        }
        context.generated().ifPresent(type::addAnnotation);
        return type.build();
    }

    /** The renderer's status (the one {@code toProblemJson} writes), made never 0 by the catalog's default. */
    private MethodSpec httpStatus() {
        boolean errorsInSuccess = context.wire().orElseThrow().errorsInSuccess();
        return override("httpStatus", TypeName.INT)
                .addParameter(base, "error")
                .addJavadoc("The HTTP status to send {@code error} with: the status of the response it was decoded from,"
                        + " else its\nentry's (or its category's), as {@link #toProblemJson} writes it in {@code status};"
                        + " else\n$L. Never 0.\n\n@param error the exception\n@return the status, 100 to 599\n",
                        errorsInSuccess ? "200, since the catalog's errors come inside successful responses"
                                + " ({@code wire.errorsInSuccess})" : "500")
                .addStatement("int status = $T.status(error)", context.renderer())
                .addStatement("return status != 0 ? status : $L", errorsInSuccess ? OK : INTERNAL_SERVER_ERROR)
                .build();
    }

    private void addDecoding(TypeSpec.Builder type) {
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), base);
        type.addMethod(override("errorsInSuccess", TypeName.BOOLEAN)
                        .addJavadoc("{@return $L: what the catalog's {@code wire.errorsInSuccess} says}\n",
                                context.wire().orElseThrow().errorsInSuccess()
                                        ? "true, errors may come inside 2xx responses" : "false, 2xx responses hold no errors")
                        .addStatement("return $L", context.wire().orElseThrow().errorsInSuccess())
                        .build())
                .addMethod(override("decode", optional)
                        .addParameter(TypeName.INT, "httpStatus")
                        .addParameter(DecoderWriter.HEADERS, "headers")
                        .addParameter(byte[].class, "body")
                        .addJavadoc(DECODE_DOC, context.tables(), "byte[]", "")
                        .addStatement("return $T.decode(httpStatus, headers, body)", context.tables())
                        .build())
                .addMethod(override("decode", optional)
                        .addParameter(TypeName.INT, "httpStatus")
                        .addParameter(DecoderWriter.HEADERS, "headers")
                        .addParameter(InputStream.class, "body")
                        .addJavadoc(DECODE_DOC, context.tables(), "InputStream", "; read up to the limit, not closed")
                        .addStatement("return $T.decode(httpStatus, headers, body)", context.tables())
                        .build())
                .addMethod(override("fromProblemJson", optional)
                        .addParameter(byte[].class, "body")
                        .addJavadoc("The exception an {@code application/problem+json} document describes:\n"
                                + "{@link $T#fromProblemJson(byte[])}. Never throws.\n\n@param body the document\n"
                                + "@return the exception\n", context.tables())
                        .addStatement("return $T.fromProblemJson(body)", context.tables())
                        .build())
                .addMethod(override("fromProblemJson", optional)
                        .addParameter(TypeName.INT, "httpStatus")
                        .addParameter(DecoderWriter.HEADERS, "headers")
                        .addParameter(byte[].class, "body")
                        .addJavadoc("The exception an {@code application/problem+json} response describes, its headers\n"
                                + "read as {@code decode} reads them:\n"
                                + "{@link $T#fromProblemJson(int, $T, byte[])}. Never throws.\n\n"
                                + "@param httpStatus the response's status, or 0 when unknown\n"
                                + "@param headers the response's headers, names in any case\n"
                                + "@param body the document\n@return the exception\n", context.tables(), Map.class)
                        .addStatement("return $T.fromProblemJson(httpStatus, headers, body)", context.tables())
                        .build())
                .addMethod(override("response", ParameterizedTypeName.get(ClassName.get(Optional.class),
                                WriteContext.ERROR_RESPONSE))
                        .addParameter(base, "error")
                        .addJavadoc("{@return what the response held, when {@code error} was decoded from one:"
                                + " {@code error.response()}}\n\n@param error the exception\n")
                        .addStatement("return error.response()")
                        .build())
                .addMethod(override("retryable", TypeName.BOOLEAN)
                        .addParameter(base, "error")
                        .addJavadoc("{@return whether the same request may succeed if retried: {@code error.retryable()},"
                                + " the\nresponse's retryable header if it had one, else the catalog's word}\n\n"
                                + "@param error the exception\n")
                        .addStatement("return error.retryable()")
                        .build())
                .addMethod(override("retryAfter", ParameterizedTypeName.get(ClassName.get(Optional.class),
                                ClassName.get(Duration.class)))
                        .addParameter(base, "error")
                        .addJavadoc("{@return how long the server asked to wait before a retry, if it said so:"
                                + " {@code retryAfter()}\nof the response {@code error} was decoded from}\n\n"
                                + "@param error the exception\n")
                        .addStatement("return error.response().isPresent() ? error.response().get().retryAfter()"
                                + " : $T.<$T>empty()", Optional.class, Duration.class)
                        .build());
    }

    /** The Javadoc of {@code decode}: the tables, the body's type, a note on reading the body. */
    private static final String DECODE_DOC = "The exception a response stands for, or empty for a success:"
            + "\n{@link $T#decode(int, Map, $L)}. Never throws.\n\n"
            + "@param httpStatus the response's HTTP status\n"
            + "@param headers the response's headers by name, in any case\n"
            + "@param body the response body$L\n@return the exception, or empty for a success\n";

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
    }
}
