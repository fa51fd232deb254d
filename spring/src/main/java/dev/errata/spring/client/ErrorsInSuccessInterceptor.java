package dev.errata.spring.client;

import dev.errata.ErrorCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Reads 2xx bodies for errors once; see {@link ErrataRestClient#successReader}. */
final class ErrorsInSuccessInterceptor implements ClientHttpRequestInterceptor {

    private final ErrorCodec<?> codec;

    ErrorsInSuccessInterceptor(ErrorCodec<?> codec) {
        this.codec = codec;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        ClientHttpResponse response = execution.execute(request, body);
        int status = response.getStatusCode().value();
        if (!ResponsesToRead.successToRead(codec, status)) {
            return response;
        }
        byte[] bytes;
        try (InputStream in = response.getBody()) {
            bytes = in.readAllBytes();
        }
        Optional<? extends RuntimeException> error =
                ResponsesToRead.decode(codec, status, response.getHeaders(), bytes);
        if (error.isPresent()) {
            response.close();
            throw error.get();
        }
        return new ReadResponse(response, bytes);
    }

    /** A response whose body was read: gives the same bytes again. */
    private static final class ReadResponse implements ClientHttpResponse {

        private final ClientHttpResponse response;
        private final byte[] body;

        ReadResponse(ClientHttpResponse response, byte[] body) {
            this.response = response;
            this.body = body;
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
