package dev.errata.processor.write.api;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.errata.processor.model.Attribute;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.model.ParameterType;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.write.WriteContext;
import dev.errata.processor.write.text.Literals;
import java.util.ArrayList;
import java.util.List;

/** The {@link EntryField}s of one catalog, in the order constructors take them. */
final class EntryFields {

    private static final ClassName STRING = ClassName.get(String.class);

    private EntryFields() {}

    static List<EntryField> of(Catalog catalog) {
        List<EntryField> fields = new ArrayList<>();
        if (catalog.hasSymbols()) {
            fields.add(new EntryField("symbol", STRING, "SYMBOLS", e -> Literals.stringOrNull(e.symbolText())));
        }
        if (catalog.hasKinds()) {
            fields.add(new EntryField("kind", WriteContext.ERROR_KIND, "KINDS",
                    e -> CodeBlock.of("$T.$N", WriteContext.ERROR_KIND, e.kind().name())));
        }
        if (catalog.hasAliases()) {
            fields.add(new EntryField("aliases", ArrayTypeName.of(STRING), "ALIASES", EntryFields::aliases));
        }
        for (Attribute attribute : catalog.attributes()) {
            fields.add(new EntryField(attribute.name(), boxed(attribute.type()),
                    "ATTRIBUTE_" + JavaNames.constantName(attribute.name()),
                    e -> CodeBlock.of("$L", literal(e.attributes().get(attribute.name())))));
        }
        return fields;
    }

    /** The field type of an attribute: boxed, null where an entry gives no value. */
    static TypeName boxed(ParameterType type) {
        return switch (type) {
            case STRING -> STRING;
            case INT -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case DOUBLE -> ClassName.get(Double.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case CHAR -> ClassName.get(Character.class);
        };
    }

    /** An attribute's value as a Java literal of its boxed type (boxed by the compiler), or {@code null}. */
    private static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return Literals.quote(text);
        }
        if (value instanceof Long number) {
            return number + "L";
        }
        return value.toString();
    }

    /** {@code new String[] {"A", "B"}}, or {@code null} for an entry without aliases. */
    private static CodeBlock aliases(ErrorEntry error) {
        if (error.aliases().isEmpty()) {
            return CodeBlock.of("null");
        }
        return CodeBlock.of("new String[] {$L}", error.aliasTexts().stream().map(Literals::string)
                .collect(CodeBlock.joining(", ")));
    }
}
