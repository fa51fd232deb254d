package dev.errata.spring;

import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.ErrorRenderer;
import dev.errata.ErrorResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An exception of a catalog together with the catalog's renderer, its type checked once: what an adapter
 * holding renderers of unknown type ({@code ErrorRenderer<?>}) renders without casts of its own.
 *
 * @param <X> the catalog's base exception
 */
public final class CatalogException<X extends RuntimeException> {

    private final ErrorRenderer<X> renderer;
    private final X exception;

    private CatalogException(ErrorRenderer<X> renderer, X exception) {
        this.renderer = renderer;
        this.exception = exception;
    }

    /**
     * @param renderer the catalog's renderer
     * @param thrown an exception of {@code renderer.exceptionType()}
     * @param <X> the catalog's base exception
     * @return the pair
     * @throws ClassCastException if {@code thrown} is not one of the catalog's exceptions
     */
    public static <X extends RuntimeException> CatalogException<X> of(ErrorRenderer<X> renderer, Throwable thrown) {
        return new CatalogException<>(renderer, renderer.exceptionType().cast(thrown));
    }

    /** {@return the exception} */
    public X exception() {
        return exception;
    }

    /** {@return the catalog's base exception class} */
    public Class<X> exceptionType() {
        return renderer.exceptionType();
    }

    /** {@return the catalog entry of the exception} */
    public CatalogError error() {
        return renderer.error(exception);
    }

    /** {@return the HTTP status to send the exception with} */
    public int httpStatus() {
        return renderer.httpStatus(exception);
    }

    /** {@return the vendor's own JSON body for the exception} */
    public String toBody() {
        return renderer.toBody(exception);
    }

    /**
     * @param instance the problem's {@code instance}, or null for the one the exception was decoded from
     * @return the exception as an {@code application/problem+json} document
     */
    public String toProblemJson(String instance) {
        return renderer.toProblemJson(exception, instance);
    }

    /** {@return the problem {@code type} of the exception's code} */
    public String problemType() {
        return renderer.problemType(exception);
    }

    /**
     * The headers of the response the exception was decoded from that the catalog names (request id,
     * {@code Retry-After}, ...), by the catalog's name of each: empty for an exception the application made
     * itself, or when the catalog's renderer is no {@link ErrorCodec}.
     *
     * @return the headers, as received
     */
    public Map<String, List<String>> receivedHeaders() {
        return received().map(ErrorResponse::headers).orElse(Map.of());
    }

    /**
     * {@return the {@code instance} of the problem document the exception was decoded from, if it was decoded
     * from one that named it (and the catalog's renderer is an {@link ErrorCodec})}
     */
    public Optional<String> receivedInstance() {
        return received().flatMap(ErrorResponse::instance);
    }

    /** What the response the exception was decoded from held, if it was decoded from one. */
    private Optional<ErrorResponse> received() {
        if (renderer instanceof ErrorCodec) {
            return ((ErrorCodec<X>) renderer).response(exception);
        }
        return Optional.empty();
    }
}
