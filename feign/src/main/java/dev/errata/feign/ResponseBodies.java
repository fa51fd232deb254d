package dev.errata.feign;

import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the Feign adapters share: reading a body within the decoders' limit, and asking the codec about it. */
final class ResponseBodies {

    /** The generated decoders' body limit: 1 MiB. No more than one byte past it is read before the codec decides. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private ResponseBodies() {}

    /** A body read up to the limit and one byte past it: {@code complete} when the stream ended within it. */
    static final class Prefix {
        final byte[] bytes;
        final boolean complete;
        final InputStream rest;

        Prefix(byte[] bytes, boolean complete, InputStream rest) {
            this.bytes = bytes;
            this.complete = complete;
            this.rest = rest;
        }

        /** The whole body again: the bytes read, then what the stream still holds. */
        Response replay(Response response) {
            if (complete) {
                return response.toBuilder().body(bytes).build();
            }
            return response.toBuilder()
                    .body(new SequenceInputStream(new ByteArrayInputStream(bytes), rest), null)
                    .build();
        }
    }

    static Prefix read(Response response) throws IOException {
        Response.Body body = response.body();
        if (body == null) {
            return new Prefix(new byte[0], true, null);
        }
        InputStream in = body.asInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (out.size() <= MAX_BODY_BYTES) {
            int n = in.read(buffer, 0, Math.min(buffer.length, MAX_BODY_BYTES + 1 - out.size()));
            if (n < 0) {
                return new Prefix(out.toByteArray(), true, null);
            }
            out.write(buffer, 0, n);
        }
        return new Prefix(out.toByteArray(), false, in);
    }

    /**
     * The error the response holds, if any: {@link ErrorCodec#decodeResponse}, which reads an
     * {@code application/problem+json} document (as Errata's server adapters answer when asked to) as one and any
     * other body by the vendor's decoder, with the status and headers.
     */
    static <X extends RuntimeException> Optional<X> decode(ErrorCodec<X> codec, Response response, byte[] body) {
        return codec.decodeResponse(response.status(), headers(response), body);
    }

    static Map<String, List<String>> headers(Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (response.headers() != null) {
            for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
                if (header.getKey() != null && header.getValue() != null) {
                    headers.put(header.getKey(), new ArrayList<>(header.getValue()));
                }
            }
        }
        return headers;
    }

    /**
     * What Feign is to throw for {@code error}: a {@link RetryableException} carrying it as its cause and the time
     * to retry at (from {@code Retry-After}) when a retry may succeed, so that Feign's {@code Retryer} retries;
     * else the catalog's exception itself. A retry may succeed when the response's retryable header says so, or,
     * without one, when the catalog says so or the response asks to be retried later ({@code Retry-After}, which
     * Feign's own {@code ErrorDecoder} retries on too).
     */
    static <X extends RuntimeException> RuntimeException forFeign(ErrorCodec<X> codec, X error, Response response) {
        Optional<Duration> retryAfter = codec.retryAfter(error);
        Optional<Boolean> said = codec.response(error).flatMap(ErrorResponse::retryable);
        boolean retry = said.orElseGet(() -> codec.retryable(error) || retryAfter.isPresent());
        if (!retry) {
            return error;
        }
        Request request = response.request();
        return new RetryableException(response.status(), error.getMessage(),
                request == null ? null : request.httpMethod(), error, retryAt(retryAfter.orElse(null)), request);
    }

    /** The epoch milliseconds {@code Retryer.Default} waits until, or null to let it back off as it does. */
    private static Long retryAt(Duration wait) {
        if (wait == null) {
            return null;
        }
        long millis = wait.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toMillis() : wait.toMillis();
        return System.currentTimeMillis() + millis;
    }
}
