package dev.errata.processor.model;

import dev.errata.processor.diagnostic.SourcePosition;

/**
 * A named placeholder of an entry's message, {@code {field}}, with its declared type.
 *
 * @param name the placeholder's name, a Java identifier
 * @param type its declared type
 * @param position where it is declared
 */
public record Parameter(String name, ParameterType type, SourcePosition position) {}
