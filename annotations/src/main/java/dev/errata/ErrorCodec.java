package dev.errata;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog's wire codec, both halves: the {@linkplain ErrorRenderer renderer} and the decoder of the vendor's
 * responses. The processor generates one per catalog with a {@code wire} section when Jackson is on the class
 * path ({@code <Name>Codec.INSTANCE}, also {@code <Name>Errors.codec()}); HTTP client adapters (Spring's
 * {@code RestClient} and {@code WebClient}, OpenFeign, the JDK's {@code HttpClient}) are generic over it, so one
 * adapter serves every catalog, with no reflection.
 *
 * <p>Like the generated {@code decode} methods, nothing here throws for any status, header or body: a body that
 * is not what the catalog describes becomes the catalog's own fallback exception, returned, never thrown.
 *
 * @param <X> the catalog's generated base exception ({@code <Name>Exception})
 */
public interface ErrorCodec<X extends RuntimeException> extends ErrorRenderer<X> {

    /**
     * Whether the vendor sends errors inside successful (2xx) responses, as the catalog's
     * {@code wire.errorsInSuccess} says: a client adapter must then read every 2xx body too, not only the
     * error statuses'.
     *
     * @return whether 2xx bodies may hold errors
     */
    boolean errorsInSuccess();

    /**
     * The error a response holds, if it holds one; empty for a success.
     *
     * @param httpStatus the response's status
     * @param headers the response's headers, names in any case; may be empty, not null
     * @param body the body, or null or empty for none; read up to the decoder's limit
     * @return the exception, with its {@link ErrorResponse} attached; empty for a success
     */
    Optional<X> decode(int httpStatus, Map<String, ? extends List<String>> headers, byte[] body);

    /**
     * Like {@link #decode(int, Map, byte[])}, reading the body from a stream (which is not closed).
     *
     * @param httpStatus the response's status
     * @param headers the response's headers, names in any case; may be empty, not null
     * @param body the body, or null
     * @return the exception, or empty for a success
     */
    Optional<X> decode(int httpStatus, Map<String, ? extends List<String>> headers, InputStream body);

    /**
     * The exception an {@code application/problem+json} document describes, as {@link #toProblemJson} writes
     * it; a document that is not one gives the catalog's fallback exception.
     *
     * @param body the document
     * @return the exception
     */
    Optional<X> fromProblemJson(byte[] body);

    /**
     * Like {@link #fromProblemJson(byte[])}, for a problem document received as an HTTP response: the headers the
     * catalog names (request id, {@code Retry-After}, the retryable header) reach the exception's
     * {@link ErrorResponse} as they do through {@link #decode(int, Map, byte[])}, and {@code httpStatus} stands
     * where the document has no {@code status} of its own. Generated codecs override it; this default, for other
     * implementations, reads the document alone.
     *
     * @param httpStatus the response's status, or 0 when unknown
     * @param headers the response's headers, names in any case; may be empty, not null
     * @param body the document
     * @return the exception
     */
    default Optional<X> fromProblemJson(int httpStatus, Map<String, ? extends List<String>> headers, byte[] body) {
        return fromProblemJson(body);
    }

    /**
     * The error a response holds, in whichever form it came: a body sent as {@code application/problem+json}
     * (what Errata's server adapters answer when the client asks for it, at any status) is read with
     * {@link #fromProblemJson(int, Map, byte[])}, any other with {@link #decode(int, Map, byte[])}. What HTTP client
     * adapters call, so that each reads a response the same way.
     *
     * @param httpStatus the response's status
     * @param headers the response's headers, names in any case; may be empty, not null
     * @param body the body, or null
     * @return the exception, or empty for a success
     */
    default Optional<X> decodeResponse(int httpStatus, Map<String, ? extends List<String>> headers, byte[] body) {
        return isProblemJson(headers) ? fromProblemJson(httpStatus, headers, body) : decode(httpStatus, headers, body);
    }

    /**
     * Whether a response's {@code Content-Type} (the first, its name in any case) is
     * {@code application/problem+json}, parameters aside.
     *
     * @param headers the response's headers; may be empty, not null
     * @return whether the body is a problem document
     */
    static boolean isProblemJson(Map<String, ? extends List<String>> headers) {
        for (Map.Entry<String, ? extends List<String>> header : headers.entrySet()) {
            if ("Content-Type".equalsIgnoreCase(header.getKey()) && header.getValue() != null
                    && !header.getValue().isEmpty() && header.getValue().get(0) != null) {
                String type = header.getValue().get(0).trim().toLowerCase(Locale.ROOT);
                return type.equals("application/problem+json") || type.startsWith("application/problem+json;")
                        || type.startsWith("application/problem+json ");
            }
        }
        return false;
    }

    /** {@return what the response held, when {@code error} was decoded from one} */
    Optional<ErrorResponse> response(X error);

    /**
     * {@return whether the same request may succeed if retried: what the response's retryable header said,
     * if it had one, else what the catalog says of the entry}
     */
    boolean retryable(X error);

    /** {@return how long the server asked to wait before a retry, if it said so} */
    Optional<Duration> retryAfter(X error);
}
