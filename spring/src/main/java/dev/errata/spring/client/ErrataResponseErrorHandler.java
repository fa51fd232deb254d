package dev.errata.spring.client;

import dev.errata.ErrorCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.ResponseErrorHandler;

/** Throws the catalog's exception for a 4xx or 5xx response; see {@link ErrataRestClient#statusHandler}. */
final class ErrataResponseErrorHandler implements ResponseErrorHandler {

    private final ErrorCodec<?> codec;

    ErrataResponseErrorHandler(ErrorCodec<?> codec) {
        this.codec = codec;
    }

    @Override
    public boolean hasError(ClientHttpResponse response) throws IOException {
        return ResponsesToRead.errorStatus(response.getStatusCode().value());
    }

    @Override
    public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        Optional<? extends RuntimeException> error;
        try (InputStream body = response.getBody()) {
            // The stream, not the bytes: the decoder reads no further than its limit, whatever a server sends.
            error = ResponsesToRead.decode(codec, status, response.getHeaders(), body);
        }
        if (error.isPresent()) {
            throw error.get();
        }
        // A codec decodes every 4xx and 5xx into an exception; should one not, Spring's own exception says so.
        new DefaultResponseErrorHandler().handleError(url, method, response);
    }
}
