package dev.errata.processor.write.api;

import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import java.util.Locale;
import java.util.Optional;

/**
 * The texts the table form keeps out of its entries: each data class returns them from a method per column
 * ({@code message(row)}), and {@code <Name>Error} reaches that method through {@code messageAt(index)}. The
 * class's constant pool is then the only holder of a text, and a lookup resolves none of them.
 */
enum TextColumn {
    NAME, MESSAGE, DESCRIPTION, SOLUTION;

    /** The accessor's name, and the data class method's: {@code message}. */
    String member() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method of {@code <Name>Error} that reads the column of the entry at an index: {@code messageAt}. */
    String dispatcher() {
        return member() + "At";
    }

    /** The entry's text in this column, as the generated accessor returns it. */
    Optional<String> text(ErrorEntry error, Catalog catalog) {
        return switch (this) {
            case NAME -> Optional.of(error.javaName());
            case MESSAGE -> error.messageText(catalog.messageSyntax());
            case DESCRIPTION -> error.description();
            case SOLUTION -> error.solution();
        };
    }
}
