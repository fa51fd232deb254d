package dev.errata.httpclient;

import dev.errata.ErrorCodec;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Objects;

/**
 * {@link BodyHandler}s of the JDK's {@code java.net.http.HttpClient} that yield the body of a response that is a
 * success, and fail with the catalog's own exception for one that holds an error: one handler for every catalog,
 * generic over its {@link ErrorCodec} ({@code <Name>Codec.INSTANCE}).
 *
 * <p>What is read, and when:
 * <ul>
 *   <li>a 2xx response of an API that never sends errors inside 2xx goes straight to the downstream handler,
 *       streamed as it would be without Errata;
 *   <li>1xx and 3xx responses, and 204 No Content, go straight to the downstream handler too: they hold no error;
 *   <li>any other response (4xx, 5xx, and 2xx of an API whose catalog says {@code errorsInSuccess})
 *       is read into memory up to the decoders' limit, {@value #MAX_BODY_BYTES} bytes, and one byte more to know
 *       that it went past; the codec decodes it with the status and headers (so {@code Retry-After} and the
 *       request id reach {@code response()}). An error cancels the rest of the body and fails the body with the
 *       catalog's exception; a success hands the bytes read to the downstream handler, then the rest of the body,
 *       so it is read once.
 * </ul>
 * A body past the limit is whatever the codec makes of its first bytes: for an error status, the catalog's
 * exception of that status; at 2xx, for an {@code errorsInSuccess} API, the catalog's fallback exception, as
 * the generated {@code decode} refuses such bodies. Send large downloads of such an API with a plain handler.
 * A handler does not see the request's method, and a 2xx without a body is no success for such an API's
 * decoder: send its {@code HEAD} requests with {@link ErrataHttp}, which checks only their error statuses.
 *
 * <p>How the exception reaches the caller: {@code HttpClient.send} wraps a failed body in an
 * {@link java.io.IOException} whose cause is the catalog's exception, and {@code sendAsync}'s future completes
 * exceptionally with it (a {@code CompletionException} around it where a stage wraps it). {@link ErrataHttp}
 * unwraps both: its {@code send} throws the catalog's exception itself, and its {@code sendAsync} future fails
 * with it directly.
 */
public final class ErrataBodyHandlers {

    /** The generated decoders' body limit: 1 MiB. No more than one byte past it is ever held. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private ErrataBodyHandlers() {}

    /**
     * A handler that yields what {@code downstream} makes of a successful response's body, and fails with the
     * catalog's exception for a response that holds an error.
     *
     * @param codec the catalog's codec, {@code <Name>Codec.INSTANCE}
     * @param downstream the handler of successful bodies
     * @param <T> the body's type
     * @return the handler
     */
    public static <T> BodyHandler<T> of(ErrorCodec<?> codec, BodyHandler<T> downstream) {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(downstream, "downstream");
        return of(codec, downstream, codec.errorsInSuccess());
    }

    /** The handler, reading 2xx bodies only when {@code checkSuccesses} (never for a HEAD request: it has none). */
    static <T> BodyHandler<T> of(ErrorCodec<?> codec, BodyHandler<T> downstream, boolean checkSuccesses) {
        return info -> mustCheck(info.statusCode(), checkSuccesses)
                ? new CheckingSubscriber<>(codec, info, downstream)
                : downstream.apply(info);
    }

    /**
     * {@link #of} with {@link BodyHandlers#ofString()}.
     *
     * @param codec the catalog's codec
     * @return the handler
     */
    public static BodyHandler<String> ofString(ErrorCodec<?> codec) {
        return of(codec, BodyHandlers.ofString());
    }

    /**
     * {@link #of} with {@link BodyHandlers#ofByteArray()}.
     *
     * @param codec the catalog's codec
     * @return the handler
     */
    public static BodyHandler<byte[]> ofByteArray(ErrorCodec<?> codec) {
        return of(codec, BodyHandlers.ofByteArray());
    }

    /**
     * Whether a response of this status may hold an error: 4xx and 5xx, and 2xx too where the API sends errors
     * inside them, except 204 No Content, which has no body to hold one. 1xx and 3xx (redirects the client was
     * not told to follow, 304 Not Modified) are no errors: they go to the downstream handler as they are.
     */
    static boolean mustCheck(int status, boolean checkSuccesses) {
        return status >= 400 || (status >= 200 && status <= 299 && status != 204 && checkSuccesses);
    }
}
