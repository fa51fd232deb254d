package dev.errata.feign;

import dev.errata.ErrorCodec;
import feign.InvocationContext;
import feign.ResponseInterceptor;
import feign.codec.DecodeException;
import java.util.Objects;

/**
 * Gives the caller the catalog's exception that {@link ErrataDecoder} threw for an error inside a 2xx response as
 * itself: Feign wraps whatever a decoder throws in a {@link DecodeException}, and this interceptor, around the
 * decoding, throws its cause again when the cause is the catalog's ({@link ErrorCodec#exceptionType()}). Any
 * other exception passes unchanged.
 *
 * <pre>{@code
 * Feign.builder().responseInterceptor(ErrataResponseInterceptor.of(OmaCodec.INSTANCE))
 * }</pre>
 */
public final class ErrataResponseInterceptor implements ResponseInterceptor {

    private final ErrorCodec<?> codec;

    private ErrataResponseInterceptor(ErrorCodec<?> codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * The interceptor that unwraps the catalog's exceptions.
     *
     * @param codec the catalog's codec, {@code <Name>Codec.INSTANCE}
     * @return the interceptor
     */
    public static ErrataResponseInterceptor of(ErrorCodec<?> codec) {
        return new ErrataResponseInterceptor(codec);
    }

    @Override
    public Object intercept(InvocationContext context, Chain chain) throws Exception {
        try {
            return chain.next(context);
        } catch (DecodeException e) {
            if (codec.exceptionType().isInstance(e.getCause())) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }
}
