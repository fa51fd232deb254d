package dev.errata.processor.model;

import java.util.Optional;

/**
 * Whether an entry is deprecated, and why if the catalog says.
 *
 * @param deprecated whether it is
 * @param reason the catalog's reason, when {@code deprecated:} held a text
 */
public record Deprecation(boolean deprecated, Optional<String> reason) {

    public static final Deprecation NONE = new Deprecation(false, Optional.empty());
}
