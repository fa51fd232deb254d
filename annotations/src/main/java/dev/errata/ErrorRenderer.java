package dev.errata;

/**
 * The sending half of a catalog's wire codec: what a server needs to answer with one of the catalog's
 * exceptions, in the vendor's own body or as RFC 9457 {@code application/problem+json}. The processor generates
 * one implementation per catalog with a {@code wire} section ({@code <Name>Codec.INSTANCE}), so that framework
 * adapters (a Spring {@code @RestControllerAdvice}, a JAX-RS mapper) serve every catalog with one class and no
 * reflection: they ask {@link #exceptionType()} whether an exception is the catalog's, then render it.
 *
 * <p>Implementations are immutable and safe to share between threads. None of the methods throws for an
 * exception of {@link #exceptionType()}.
 *
 * @param <X> the catalog's generated base exception ({@code <Name>Exception})
 */
public interface ErrorRenderer<X extends RuntimeException> {

    /** {@return the catalog's name, as {@link CatalogError#catalogName()} gives it} */
    String catalogName();

    /**
     * {@return the catalog's base exception class: every exception this codec renders or decodes is one; an
     * adapter casts with it after {@code exceptionType().isInstance(e)}}
     */
    Class<X> exceptionType();

    /** {@return the catalog entry of {@code error}} */
    CatalogError error(X error);

    /**
     * The HTTP status to send {@code error} with: the status of the response it was decoded from (when that is
     * an HTTP status, 100 to 599), else its entry's (or category's) status, else 200 where the vendor sends errors
     * inside successful responses, else 500. Never 0. It is the {@code status} {@link #toProblemJson} writes,
     * where that writes one.
     *
     * @param error the exception
     * @return the status, 100 to 599
     */
    int httpStatus(X error);

    /**
     * {@return the vendor's own JSON error body for {@code error}, as the generated {@code toBody} writes it}
     */
    String toBody(X error);

    /**
     * {@code error} as an {@code application/problem+json} document, as the generated {@code toProblemJson}
     * writes it.
     *
     * @param error the exception
     * @param instance the problem's {@code instance} (a URI reference naming this occurrence), or null for the
     *     one the exception was decoded from, if any
     * @return the document
     */
    String toProblemJson(X error, String instance);

    /** {@return the problem {@code type} URI of {@code error}'s code, as {@link #toProblemJson} writes it} */
    String problemType(X error);
}
