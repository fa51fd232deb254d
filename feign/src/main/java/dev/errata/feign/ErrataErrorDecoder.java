package dev.errata.feign;

import dev.errata.ErrorCodec;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A Feign {@link ErrorDecoder} that turns every error response (Feign calls it for each status outside 2xx) into
 * the catalog's exception, decoded with the status and headers, so that {@code response()} keeps the request id
 * and {@code Retry-After}: one decoder for every catalog, generic over its {@link ErrorCodec}
 * ({@code <Name>Codec.INSTANCE}). An error a retry may fix becomes a {@link feign.RetryableException} carrying the
 * catalog's exception as its cause and {@code Retry-After} as its {@code retryAfter()}, so that Feign's
 * {@code Retryer} retries it, waiting as the server asked; with
 * {@code exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)}, the caller gets the catalog's exception
 * itself once the retries run out.
 *
 * <pre>{@code
 * Feign.builder()
 *     .errorDecoder(ErrataErrorDecoder.of(WildduckCodec.INSTANCE))
 *     .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
 *     .target(WildduckApi.class, "https://mail.example.com");
 * }</pre>
 *
 * <p>The body is read up to the decoders' limit, 1 MiB (and one byte more). A body the codec finds to be a
 * success after all (a success flag set at an error status) goes to the fallback decoder, Feign's default
 * unless given, with the bytes read.
 */
public final class ErrataErrorDecoder implements ErrorDecoder {

    private final ErrorCodec<?> codec;
    private final ErrorDecoder fallback;

    private ErrataErrorDecoder(ErrorCodec<?> codec, ErrorDecoder fallback) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * The decoder of a catalog's error responses.
     *
     * @param codec the catalog's codec, {@code <Name>Codec.INSTANCE}
     * @return the decoder
     */
    public static ErrataErrorDecoder of(ErrorCodec<?> codec) {
        return new ErrataErrorDecoder(codec, new ErrorDecoder.Default());
    }

    /**
     * The decoder of a catalog's error responses, with the decoder of those that hold no error of the catalog.
     *
     * @param codec the catalog's codec
     * @param fallback the decoder of responses the codec finds to hold no error
     * @return the decoder
     */
    public static ErrataErrorDecoder of(ErrorCodec<?> codec, ErrorDecoder fallback) {
        return new ErrataErrorDecoder(codec, fallback);
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        return decode(codec, methodKey, response);
    }

    private <X extends RuntimeException> Exception decode(ErrorCodec<X> catalog, String methodKey,
            Response response) {
        ResponseBodies.Prefix body;
        try {
            body = ResponseBodies.read(response);
        } catch (IOException unreadable) {
            // The body broke off: the status and headers alone decide, as for an empty body.
            body = new ResponseBodies.Prefix(new byte[0], true, null);
        }
        Optional<X> error = ResponseBodies.decode(catalog, response, body.bytes);
        if (error.isPresent()) {
            return ResponseBodies.forFeign(catalog, error.get(), response);
        }
        return fallback.decode(methodKey, body.replay(response));
    }
}
