package dev.errata.processor.model;

import dev.errata.processor.diagnostic.SourcePosition;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A category of errors: the middle of the exception hierarchy, with defaults for its errors.
 *
 * @param id how entries refer to it, lower-kebab-case
 * @param javaName UpperCamelCase Java name (given, or derived from the id)
 * @param description Javadoc text, if any
 * @param httpStatus default HTTP status of its errors, if any
 * @param retryable default {@code retryable} of its errors
 * @param position where it is defined
 * @param stackTraces whether its exceptions record a stack trace, if the category says (else the catalog's)
 */
public record Category(
        String id,
        String javaName,
        Optional<String> description,
        OptionalInt httpStatus,
        boolean retryable,
        SourcePosition position,
        Optional<Boolean> stackTraces) {

    /** A category that leaves stack traces to the catalog. */
    public Category(String id, String javaName, Optional<String> description, OptionalInt httpStatus, boolean retryable,
            SourcePosition position) {
        this(id, javaName, description, httpStatus, retryable, position, Optional.empty());
    }
}
