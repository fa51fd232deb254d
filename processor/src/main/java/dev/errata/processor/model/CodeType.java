package dev.errata.processor.model;

/** The Java type of a catalog's codes, chosen by {@code codes.type}. */
public enum CodeType {
    /** {@code codes.type: integer}: codes are {@code int}. */
    INTEGER,
    /** {@code codes.type: string}: codes are {@code String}. */
    STRING
}
