package dev.errata.processor.model;

import dev.errata.processor.diagnostic.SourcePosition;
import java.util.Optional;

/**
 * A typed per-entry attribute the catalog declares under {@code attributes} (MySQL's SQLSTATE, PostgreSQL's
 * condition name): every entry may give a value, read through an accessor of its name.
 *
 * @param name the accessor's name, lowerCamelCase
 * @param type the values' type (never {@link ParameterType#CHAR})
 * @param indexed whether {@code <Name>Errors.by<Name>(value)} finds the entries of a value
 * @param description what the attribute holds, for Javadoc
 * @param position where it is declared
 */
public record Attribute(String name, ParameterType type, boolean indexed, Optional<String> description,
        SourcePosition position) {

    /** The lookup's name: {@code sqlstate} gives {@code bySqlstate}. */
    public String lookupName() {
        return lookupName(name);
    }

    /** The lookup's name for an attribute of that name. */
    public static String lookupName(String attribute) {
        return "by" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    }
}
