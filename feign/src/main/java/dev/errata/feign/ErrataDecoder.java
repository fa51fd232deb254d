package dev.errata.feign;

import dev.errata.ErrorCodec;
import feign.FeignException;
import feign.Request;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;

/**
 * A Feign {@link Decoder} wrapper for an API that sends errors inside successful (2xx) responses (its catalog
 * says {@code wire.errorsInSuccess}), which Feign's {@code ErrorDecoder} never sees: it reads each 2xx body once,
 * up to the decoders' limit of 1 MiB (and one byte more), asks the catalog's codec, and either throws the error
 * or hands the body it read on to the delegate decoder. For any other API it only calls the delegate.
 *
 * <p>An error a retry may fix is thrown as a {@link feign.RetryableException}, as {@link ErrataErrorDecoder} does,
 * so Feign's {@code Retryer} retries it. Any other error is thrown as the catalog's exception, which Feign wraps
 * in a {@link feign.codec.DecodeException} (it wraps whatever a decoder throws); {@link ErrataResponseInterceptor}
 * unwraps it again.
 *
 * <pre>{@code
 * Feign.builder()
 *     .decoder(ErrataDecoder.wrap(OmaCodec.INSTANCE, new JacksonDecoder()))
 *     .responseInterceptor(ErrataResponseInterceptor.of(OmaCodec.INSTANCE))
 *     .errorDecoder(ErrataErrorDecoder.of(OmaCodec.INSTANCE))
 *     .decodeVoid()    // so that methods returning void have their 2xx bodies read too
 *     ...
 * }</pre>
 *
 * <p>Feign calls no decoder for a method that returns {@code feign.Response}, nor, without {@code decodeVoid()},
 * for one that returns {@code void}: such calls see no error inside 2xx. With {@code decodeVoid()}, this wrapper
 * checks a {@code void} method's body and returns nothing, without asking the delegate (which, like Feign's
 * default decoder, may not support {@code void}). The response to a {@code HEAD} request has no body, and is not
 * read.
 */
public final class ErrataDecoder implements Decoder {

    private final ErrorCodec<?> codec;
    private final Decoder delegate;

    private ErrataDecoder(ErrorCodec<?> codec, Decoder delegate) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * Wraps {@code delegate}, the decoder of successful bodies.
     *
     * @param codec the catalog's codec, {@code <Name>Codec.INSTANCE}
     * @param delegate the decoder of successful bodies
     * @return the decoder
     */
    public static ErrataDecoder wrap(ErrorCodec<?> codec, Decoder delegate) {
        return new ErrataDecoder(codec, delegate);
    }

    @Override
    public Object decode(Response response, Type type) throws IOException, FeignException {
        int status = response.status();
        if (!codec.errorsInSuccess() || status < 200 || status > 299 || status == 204 || isHead(response)) {
            return isVoid(type) ? null : delegate.decode(response, type);
        }
        return decodeChecked(codec, response, type);
    }

    /**
     * Whether the method returns nothing, as Feign tells (it asks a decoder about {@code void} only with
     * {@code decodeVoid()}, which many decoders, Feign's default among them, do not support): the body is then
     * checked for an error, and nothing is decoded.
     */
    private static boolean isVoid(Type type) {
        return type == void.class || type == Void.class || "kotlin.Unit".equals(type.getTypeName());
    }

    /** A HEAD request's response has no body, and so no error inside it. */
    private static boolean isHead(Response response) {
        return response.request() != null && response.request().httpMethod() == Request.HttpMethod.HEAD;
    }

    private <X extends RuntimeException> Object decodeChecked(ErrorCodec<X> catalog, Response response, Type type)
            throws IOException {
        ResponseBodies.Prefix body = ResponseBodies.read(response);
        Optional<X> error = ResponseBodies.decode(catalog, response, body.bytes);
        if (error.isPresent()) {
            throw ResponseBodies.forFeign(catalog, error.get(), response);
        }
        return isVoid(type) ? null : delegate.decode(body.replay(response), type);
    }
}
