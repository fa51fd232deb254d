package dev.errata.processor.bind;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.Identifier;
import dev.errata.processor.model.JavaLang;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How an entry is named: its vendor identifiers ({@code symbol}, {@code aliases}) as written, its Java name
 * (given, or derived from the symbol, else the code) and its enum constant.
 */
final class EntryNames {

    private final Diagnostics diagnostics;

    EntryNames(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The symbols that more than one entry of {@code items} gives, read before the entries are bound: such a
     * symbol is no entry's enum constant.
     */
    static Set<String> sharedSymbols(List<YamlNode> items) {
        Map<String, Integer> counts = new HashMap<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Mapping mapping) {
                for (YamlNode.Entry entry : mapping.entries()) {
                    if (entry.key().value().equals("symbol") && entry.value() instanceof YamlNode.Scalar symbol) {
                        counts.merge(symbol.value(), 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> shared = new HashSet<>();
        counts.forEach((symbol, count) -> {
            if (count > 1) {
                shared.add(symbol);
            }
        });
        return shared;
    }

    Optional<Identifier> symbol(MappingReader entry) {
        return entry.node("symbol").flatMap(node -> identifier(entry, "symbol", node));
    }

    List<Identifier> aliases(MappingReader entry) {
        List<Identifier> aliases = new ArrayList<>();
        entry.sequence("aliases").ifPresent(list -> list.items().forEach(item ->
                identifier(entry, "aliases", item).ifPresent(aliases::add)));
        return aliases;
    }

    private Optional<Identifier> identifier(MappingReader entry, String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.value().isBlank()) {
            return Optional.of(new Identifier(scalar.value(), scalar.position()));
        }
        entry.wrongType(key, node, "a non-empty text", "Write the vendor's identifier as it is written, such as"
                + " ER_DUP_ENTRY");
        return Optional.empty();
    }

    /**
     * The Java name of an entry that gives none: derived from its symbol if it has one, else from its code (a
     * code in UpperCamelCase is its own name, as are words such as {@code card_declined}); else reports that a
     * name is needed, and none is used.
     */
    String derivedName(String code, CodeType codeType, Optional<Identifier> symbol, MappingReader entry,
            String catalogName) {
        if (symbol.isPresent()) {
            Optional<String> fromSymbol = JavaNames.fromWords(symbol.get().text());
            if (fromSymbol.isPresent()) {
                return fromSymbol.get();
            }
            diagnostics.report(Message.NAME_REQUIRED, symbol.get().position(),
                    quoted(code, codeType) + " (symbol '" + symbol.get().text() + "')",
                    fix(JavaNames.suggestUpperCamel(symbol.get().text()), symbol.get().text(), catalogName));
            return CatalogBinder.UNUSABLE_NAME;
        }
        if (codeType == CodeType.STRING) {
            if (JavaNames.isUpperCamel(code) && !JavaNames.isKeyword(code)) {
                return code;
            }
            Optional<String> fromCode = JavaNames.fromWords(code);
            if (fromCode.isPresent()) {
                return fromCode.get();
            }
        }
        Optional<String> suggestion = codeType == CodeType.INTEGER ? Optional.of("Code" + code.replace('-', 'M'))
                : JavaNames.suggestUpperCamel(code);
        diagnostics.report(Message.NAME_REQUIRED, entry.positionOf("code"), quoted(code, codeType),
                fix(suggestion, code, catalogName));
        return CatalogBinder.UNUSABLE_NAME;
    }

    /**
     * "Add e.g. 'name: ...'", never a name whose exception would hide java.lang (code 'method' of catalog
     * NoSuch is told MethodError); without a suggestion (a letter outside ASCII), which letter is not one.
     */
    private static String fix(Optional<String> suggestion, String typed, String catalogName) {
        return suggestion
                .map(name -> JavaLang.declares(new GeneratedNames(catalogName).exceptionOf(name)) ? name + "Error" : name)
                .map(name -> "Add e.g. 'name: " + name + "'")
                .orElseGet(() -> "Add a 'name' in ASCII letters and digits ('"
                        + JavaNames.firstNonAsciiLetterOrDigit(typed).orElseThrow() + "' is not one)");
    }

    /** The entry's enum constant: its symbol when that can be one and is its alone, else from its Java name. */
    static String constantName(String javaName, Optional<Identifier> symbol, Set<String> sharedSymbols) {
        if (symbol.isPresent() && JavaNames.isScreamingSnake(symbol.get().text())
                && !sharedSymbols.contains(symbol.get().text())) {
            return symbol.get().text();
        }
        return javaName.equals(CatalogBinder.UNUSABLE_NAME) ? javaName : JavaNames.constantName(javaName);
    }

    private static String quoted(String code, CodeType codeType) {
        return codeType == CodeType.INTEGER ? code : "'" + code + "'";
    }
}
