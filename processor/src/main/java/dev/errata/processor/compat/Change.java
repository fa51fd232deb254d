package dev.errata.processor.compat;

import dev.errata.processor.diagnostic.SourcePosition;
import java.util.Optional;

/**
 * One difference between a baseline and a catalog.
 *
 * @param rule which rule it falls under
 * @param code the code concerned, absent for catalog-wide changes
 * @param text what changed, with old and new values
 * @param position where the change stands in the new catalog (for a removed code, in the baseline)
 */
public record Change(Rule rule, Optional<String> code, String text, SourcePosition position) {

    public Rule.Level level() {
        return rule.level();
    }
}
