package dev.errata.spring.client;

import dev.errata.ErrorCodec;

/** Which responses an adapter reads for an error, the same for every HTTP client. */
final class ResponsesToRead {

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
}
