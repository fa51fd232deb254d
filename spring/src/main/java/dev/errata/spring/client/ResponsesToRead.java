package dev.errata.spring.client;

import dev.errata.ErrorCodec;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Which responses an adapter reads for an error, and how, the same for every Spring HTTP client. */
final class ResponsesToRead {

    /**
     * The most of an error status's body read: one byte past the decoders' 1 MiB limit, so that a body too long
     * is refused by the codec (with its fallback exception) without this reading all a hostile server sends.
     */
    static final int MOST_ERROR_BYTES = (1 << 20) + 1;

    private ResponsesToRead() {}

    /** Whether a response of {@code status} holds an error for certain: a 4xx or 5xx. */
    static boolean errorStatus(int status) {
        return status >= 400 && status < 600;
    }

    /**
     * Whether a 2xx response must be read too: the catalog's vendor sends errors inside successful responses
     * ({@code wire.errorsInSuccess}), so its body says whether it is one.
     */
    static boolean successToRead(ErrorCodec<?> codec, int status) {
        return status >= 200 && status < 300 && codec.errorsInSuccess();
    }

    /** Whether the body is an {@code application/problem+json} document rather than the vendor's own body. */
    static boolean problem(HttpHeaders headers) {
        MediaType type;
        try {
            type = headers.getContentType();
        } catch (IllegalArgumentException e) {
            return false; // a malformed Content-Type: read as the vendor's body, whose decoder takes anything
        }
        return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
    }

    /** The error a response holds, read whole, as the vendor's body or as a problem document. */
    static Optional<? extends RuntimeException> decode(ErrorCodec<?> codec, int status, HttpHeaders headers,
            byte[] body) {
        if (problem(headers)) {
            return codec.fromProblemJson(status, headers, body);
        }
        return codec.decode(status, headers, body);
    }

    /** Like {@link #decode(ErrorCodec, int, HttpHeaders, byte[])}, reading no further than the codec needs. */
    static Optional<? extends RuntimeException> decode(ErrorCodec<?> codec, int status, HttpHeaders headers,
            InputStream body) throws IOException {
        if (problem(headers)) {
            return codec.fromProblemJson(status, headers, body.readNBytes(MOST_ERROR_BYTES));
        }
        return codec.decode(status, headers, body);
    }
}
