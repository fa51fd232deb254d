package dev.errata;

/**
 * What a catalog entry stands for. Only {@link #ERROR} entries have an exception class of their own: a table
 * that lists its success and warning codes beside its errors (PostgreSQL's SQLSTATEs, gRPC's {@code OK}) keeps
 * them as entries without making them exceptions.
 */
public enum ErrorKind {
    /** An error: the default, with an exception class. */
    ERROR,
    /** A warning: the operation went through, with something to note. Never decoded as an error. */
    WARNING,
    /** A success, such as gRPC's {@code OK} or SQLSTATE {@code 00000}. Never decoded as an error. */
    SUCCESS,
    /**
     * A code that is listed but not in use: obsolete, or a placeholder kept so that its number is never reused.
     * Received anyway, it arrives as the catalog's fallback exception, carrying the entry.
     */
    RESERVED
}
