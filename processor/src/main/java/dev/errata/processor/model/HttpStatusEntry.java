package dev.errata.processor.model;

import dev.errata.processor.diagnostic.SourcePosition;
import java.util.Optional;

/**
 * An HTTP-level outcome that a vendor page documents beside its error codes (OMA's 400, 404, 500).
 *
 * @param status the HTTP status
 * @param javaName UpperCamelCase Java name
 * @param message the page's text for it
 * @param success whether it is not an error at all (OMA's 200)
 * @param category the category a caller would catch it as, if any
 * @param retryable the entry's value, else its category's, else false
 * @param position where the entry starts
 */
public record HttpStatusEntry(
        int status,
        String javaName,
        String message,
        boolean success,
        Optional<Category> category,
        boolean retryable,
        SourcePosition position) {}
