package dev.errata.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A catalog's codec made of its generated static methods ({@code <Name>Errors.decode}, {@code toBody}, ...): a
 * stand-in, in the tests only, for the {@code <Name>Codec.INSTANCE} the processor is to generate (branch
 * i16codec), so that the adapters are tested against the real generated decoders and renderers meanwhile.
 */
final class DelegatingCodec<X extends RuntimeException> implements ErrorCodec<X> {

    interface Decoder<X> {
        Optional<X> decode(int status, Map<String, ? extends List<String>> headers, byte[] body);
    }

    interface StreamDecoder<X> {
        Optional<X> decode(int status, Map<String, ? extends List<String>> headers, InputStream body);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Class<X> type;
    private final boolean errorsInSuccess;
    private final Decoder<X> decoder;
    private final StreamDecoder<X> streamDecoder;
    private final Function<byte[], Optional<X>> problemDecoder;
    private final Function<X, String> toBody;
    private final BiFunction<X, String, String> toProblemJson;
    private final Function<X, CatalogError> error;
    private final Function<X, Optional<ErrorResponse>> response;
    private final Predicate<X> retryable;

    DelegatingCodec(String name, Class<X> type, boolean errorsInSuccess, Decoder<X> decoder,
            StreamDecoder<X> streamDecoder, Function<byte[], Optional<X>> problemDecoder, Function<X, String> toBody,
            BiFunction<X, String, String> toProblemJson, Function<X, CatalogError> error,
            Function<X, Optional<ErrorResponse>> response, Predicate<X> retryable) {
        this.name = name;
        this.type = type;
        this.errorsInSuccess = errorsInSuccess;
        this.decoder = decoder;
        this.streamDecoder = streamDecoder;
        this.problemDecoder = problemDecoder;
        this.toBody = toBody;
        this.toProblemJson = toProblemJson;
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
        Optional<ErrorResponse> received = response.apply(e);
        if (received.isPresent() && received.get().httpStatus().isPresent()) {
            return received.get().httpStatus().getAsInt();
        }
        if (error.apply(e).httpStatus().isPresent()) {
            return error.apply(e).httpStatus().getAsInt();
        }
        return errorsInSuccess ? 200 : 500;
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
        try {
            return JSON.readTree(toProblemJson(e, null)).path("type").asText();
        } catch (IOException ioe) {
            throw new UncheckedIOException(ioe);
        }
    }

    @Override
    public boolean errorsInSuccess() {
        return errorsInSuccess;
    }

    @Override
    public Optional<X> decode(int status, Map<String, ? extends List<String>> headers, byte[] body) {
        return decoder.decode(status, headers, body);
    }

    @Override
    public Optional<X> decode(int status, Map<String, ? extends List<String>> headers, InputStream body) {
        return streamDecoder.decode(status, headers, body);
    }

    @Override
    public Optional<X> fromProblemJson(byte[] body) {
        return problemDecoder.apply(body);
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
        return response.apply(e).flatMap(ErrorResponse::retryAfter);
    }
}
