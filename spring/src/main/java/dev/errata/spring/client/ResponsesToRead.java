package dev.errata.spring.client;

import dev.errata.ErrorCodec;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

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

    /** The error a response holds, read whole, as the vendor's body or as a problem document. */
    static Optional<? extends RuntimeException> decode(ErrorCodec<?> codec, int status, HttpHeaders headers,
            byte[] body) {
        return codec.decodeResponse(status, headers, body);
    }

    /** Like {@link #decode(ErrorCodec, int, HttpHeaders, byte[])}, reading no further than the codec needs. */
    static Optional<? extends RuntimeException> decode(ErrorCodec<?> codec, int status, HttpHeaders headers,
            InputStream body) throws IOException {
        if (ErrorCodec.isProblemJson(headers)) {
            return codec.fromProblemJson(status, headers, body.readNBytes(MOST_ERROR_BYTES));
        }
        return codec.decode(status, headers, body);
    }
}
