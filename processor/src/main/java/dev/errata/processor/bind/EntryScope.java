package dev.errata.processor.bind;

import dev.errata.processor.model.Attribute;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.MessageSyntax;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the catalog's top level says that every entry is bound against.
 *
 * @param catalogName the catalog's name, for suggestions of names that do not hide java.lang
 * @param codeType the type of codes
 * @param codeBase what integer codes are counted from, if the catalog says
 * @param messageSyntax how messages are written
 * @param categories the categories, by id
 * @param categoriesByOwnCode the categories that name their own code, by that code (the first, when two do)
 * @param attributes the declared attributes by name
 * @param suppressedEverywhere the warning tags the top-level {@code suppress} accepts for every entry
 * @param sharedSymbols symbols that more than one entry gives (none of them is then an enum constant)
 */
record EntryScope(String catalogName, CodeType codeType, OptionalInt codeBase, MessageSyntax messageSyntax,
        CatalogBinder.Categories categories, Map<String, Category> categoriesByOwnCode, Map<String, Attribute> attributes, Set<String> suppressedEverywhere,
        Set<String> sharedSymbols) {

    EntryScope withSharedSymbols(Set<String> symbols) {
        return new EntryScope(catalogName, codeType, codeBase, messageSyntax, categories, categoriesByOwnCode, attributes,
                suppressedEverywhere, symbols);
    }
}
