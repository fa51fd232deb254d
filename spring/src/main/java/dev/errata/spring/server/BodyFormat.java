package dev.errata.spring.server;

/** Which body {@link ErrataExceptionResolver} answers a catalog's exception with. */
public enum BodyFormat {
    /**
     * {@code application/problem+json} when the request's {@code Accept} names it and prefers it to
     * {@code application/json} (by quality; a tie goes to the problem, which the client named on purpose), else
     * the vendor's own body: a client that sends no {@code Accept}, or {@code *}{@code /*}, gets the vendor's.
     */
    NEGOTIATE,
    /** Always the vendor's own body, as {@code application/json}. */
    VENDOR,
    /** Always {@code application/problem+json}. */
    PROBLEM
}
