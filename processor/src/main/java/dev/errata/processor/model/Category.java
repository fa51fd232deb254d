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
 * @param ownCode the code of the category's own entry, its generic code (PostgreSQL's {@code 23000} for class
 *     23), normalised as entries' codes are; that entry's exception is the category's class itself
 * @param ownCodePosition where {@code ownCode} is written (the id's position when absent)
 */
public record Category(
        String id,
        String javaName,
        Optional<String> description,
        OptionalInt httpStatus,
        boolean retryable,
        SourcePosition position,
        Optional<Boolean> stackTraces,
        Optional<String> ownCode,
        SourcePosition ownCodePosition) {

    /**
     * Every component, as a record compares, but identity first: entries hold their category object itself,
     * and writers and validators compare it once per entry, which the record's own comparison of all seven
     * components made a noticeable cost at 50,000 entries. (The code's position follows from the rest.)
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Category that
                && id.equals(that.id)
                && javaName.equals(that.javaName)
                && description.equals(that.description)
                && httpStatus.equals(that.httpStatus)
                && retryable == that.retryable
                && position.equals(that.position)
                && stackTraces.equals(that.stackTraces)
                && ownCode.equals(that.ownCode);
    }

    /** The id's hash, cached by the string: equal categories have equal ids. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
