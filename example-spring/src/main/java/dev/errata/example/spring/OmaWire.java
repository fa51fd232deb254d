package dev.errata.example.spring;

import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import dev.errata.example.spring.oma.OmaErrors;
import dev.errata.example.spring.oma.OmaException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OMA's wire codec, made of the generated {@code OmaErrors} methods: a stand-in for the {@code OmaCodec.INSTANCE}
 * the processor is about to generate (issue #16, branch i16codec), which replaces it as soon as it is there.
 */
final class OmaWire implements ErrorCodec<OmaException> {

    static final OmaWire CODEC = new OmaWire();

    private OmaWire() {}

    @Override
    public String catalogName() {
        return "Oma";
    }

    @Override
    public Class<OmaException> exceptionType() {
        return OmaException.class;
    }

    @Override
    public CatalogError error(OmaException error) {
        return error.error();
    }

    @Override
    public int httpStatus(OmaException error) {
        Optional<ErrorResponse> received = error.response();
        if (received.isPresent() && received.get().httpStatus().isPresent()) {
            return received.get().httpStatus().getAsInt();
        }
        return error.error().httpStatus().orElse(200); // OMA sends its errors inside 200
    }

    @Override
    public String toBody(OmaException error) {
        return OmaErrors.toBody(error);
    }

    @Override
    public String toProblemJson(OmaException error, String instance) {
        return OmaErrors.toProblemJson(error, instance);
    }

    @Override
    public String problemType(OmaException error) {
        return "urn:errata:Oma:" + error.codeString();
    }

    @Override
    public boolean errorsInSuccess() {
        return true;
    }

    @Override
    public Optional<OmaException> decode(int status, Map<String, ? extends List<String>> headers, byte[] body) {
        return OmaErrors.decode(status, headers, body);
    }

    @Override
    public Optional<OmaException> decode(int status, Map<String, ? extends List<String>> headers, InputStream body) {
        return OmaErrors.decode(status, headers, body);
    }

    @Override
    public Optional<OmaException> fromProblemJson(byte[] body) {
        return OmaErrors.fromProblemJson(body);
    }

    @Override
    public Optional<ErrorResponse> response(OmaException error) {
        return error.response();
    }

    @Override
    public boolean retryable(OmaException error) {
        return error.retryable();
    }

    @Override
    public Optional<Duration> retryAfter(OmaException error) {
        return error.response().flatMap(ErrorResponse::retryAfter);
    }
}
