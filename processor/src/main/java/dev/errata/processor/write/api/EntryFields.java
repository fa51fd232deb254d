package dev.errata.processor.write.api;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.errata.processor.model.Catalog;
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
        return fields;
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
