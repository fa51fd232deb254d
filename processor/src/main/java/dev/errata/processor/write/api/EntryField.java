package dev.errata.processor.write.api;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.errata.processor.model.ErrorEntry;
import java.util.function.Function;

/**
 * A value {@code <Name>Error} keeps per entry beyond the ones every catalog has, for the format's optional
 * keys (symbol, aliases, kind, attributes): a private field and a constructor parameter of one name, given
 * per entry as an enum constant's argument or, in the table form, as an element of a data class's array.
 * Listing them once keeps the enum form, the table form and the constructor in step.
 *
 * @param name the field's and the parameter's name, such as {@code symbol}
 * @param type the field's type; the table form's array holds this type
 * @param arrayName the data classes' array of it, such as {@code SYMBOLS}
 * @param value the entry's value as Java source, {@code null} where it has none
 */
record EntryField(String name, TypeName type, String arrayName, Function<ErrorEntry, CodeBlock> value) {}
