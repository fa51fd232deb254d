package dev.errata.processor.model;

import dev.errata.processor.diagnostic.SourcePosition;

/**
 * A vendor's identifier of a code as written, such as {@code ER_DUP_ENTRY}: an entry's {@code symbol} or one
 * of its {@code aliases}.
 *
 * @param text the identifier, word for word
 * @param position where it is written
 */
public record Identifier(String text, SourcePosition position) {}
