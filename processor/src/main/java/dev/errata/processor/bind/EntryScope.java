package dev.errata.processor.bind;

import dev.errata.processor.model.Category;
import dev.errata.processor.model.CodeType;
import java.util.Map;
import java.util.Set;

/**
 * What the catalog's top level says that every entry is bound against.
 *
 * @param codeType the type of codes
 * @param categories the categories by id
 * @param suppressedEverywhere the warning tags the top-level {@code suppress} accepts for every entry
 * @param sharedSymbols symbols that more than one entry gives (none of them is then an enum constant)
 */
record EntryScope(CodeType codeType, Map<String, Category> categories, Set<String> suppressedEverywhere,
        Set<String> sharedSymbols) {}
