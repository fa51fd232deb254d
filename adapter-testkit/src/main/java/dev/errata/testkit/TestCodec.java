package dev.errata.testkit;

import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An {@link ErrorCodec} made of a generated catalog's static methods ({@code <Name>Errors.decode}, {@code toBody},
 * {@code toProblemJson}, {@code fromProblemJson}) and its exception's accessors: the tests' stand-in for the
 * generated {@code <Name>Codec.INSTANCE} until the processor writes it (branch i16codec).
 */
public final class TestCodec<X extends RuntimeException> implements ErrorCodec<X> {

    /** {@code <Name>Errors.decode(status, headers, body)}. */
    public interface Decoder<B, X> {
        Optional<X> decode(int status, Map<String, ? extends List<String>> headers, B body);
    }

    private final String name;
    private final Class<X> type;
    private final boolean errorsInSuccess;
    private final Decoder<byte[], X> bytes;
    private final Decoder<InputStream, X> stream;
    private final Function<X, String> toBody;
    private final BiFunction<X, String, String> toProblemJson;
    private final Function<byte[], Optional<X>> fromProblemJson;
    private final Function<X, CatalogError> error;
    private final Function<X, Optional<ErrorResponse>> response;
    private final Predicate<X> retryable;

    public TestCodec(String name, Class<X> type, boolean errorsInSuccess, Decoder<byte[], X> bytes,
            Decoder<InputStream, X> stream, Function<X, String> toBody, BiFunction<X, String, String> toProblemJson,
            Function<byte[], Optional<X>> fromProblemJson, Function<X, CatalogError> error,
            Function<X, Optional<ErrorResponse>> response, Predicate<X> retryable) {
        this.name = name;
        this.type = type;
        this.errorsInSuccess = errorsInSuccess;
        this.bytes = bytes;
        this.stream = stream;
        this.toBody = toBody;
        this.toProblemJson = toProblemJson;
        this.fromProblemJson = fromProblemJson;
        this.error = error;
        this.response = response;
        this.retryable = retryable;
    }

    @Override
    public String catalogName() {
        return name;
    }

    @Override
    public Class<X> exceptionType() {
        return type;
    }

    @Override
    public CatalogError error(X e) {
        return error.apply(e);
    }

    @Override
    public int httpStatus(X e) {
        return response(e).flatMap(r -> r.httpStatus().isPresent() ? Optional.of(r.httpStatus().getAsInt())
                        : Optional.empty())
                .orElseGet(() -> error(e).httpStatus().orElse(errorsInSuccess ? 200 : 500));
    }

    @Override
    public String toBody(X e) {
        return toBody.apply(e);
    }

    @Override
    public String toProblemJson(X e, String instance) {
        return toProblemJson.apply(e, instance);
    }

    @Override
    public String problemType(X e) {
        throw new UnsupportedOperationException("client adapters do not need it");
    }

    @Override
    public boolean errorsInSuccess() {
        return errorsInSuccess;
    }

    @Override
    public Optional<X> decode(int httpStatus, Map<String, ? extends List<String>> headers, byte[] body) {
        return bytes.decode(httpStatus, headers, body);
    }

    @Override
    public Optional<X> decode(int httpStatus, Map<String, ? extends List<String>> headers, InputStream body) {
        return stream.decode(httpStatus, headers, body);
    }

    @Override
    public Optional<X> fromProblemJson(byte[] body) {
        return fromProblemJson.apply(body);
    }

    @Override
    public Optional<ErrorResponse> response(X e) {
        return response.apply(e);
    }

    @Override
    public boolean retryable(X e) {
        return retryable.test(e);
    }

    @Override
    public Optional<Duration> retryAfter(X e) {
        return response(e).flatMap(ErrorResponse::retryAfter);
    }
}
