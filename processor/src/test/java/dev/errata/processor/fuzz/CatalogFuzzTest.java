package dev.errata.processor.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.errata.processor.bind.CatalogBinder;
import dev.errata.processor.diagnostic.Diagnostic;
import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Severity;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.validate.CatalogValidator;
import dev.errata.processor.yaml.YamlLimits;
import dev.errata.processor.yaml.YamlNode;
import dev.errata.processor.yaml.YamlTreeReader;
import java.util.Optional;

/**
 * Fuzzes what a catalog's bytes go through before any code is generated: the YAML reader, the binder and
 * the validator, without javac. Whatever the bytes, the only outcome allowed is diagnostics: any exception
 * or error thrown (a StackOverflowError included) is a finding, and so is a hang, and so is a diagnostic that
 * is not one line of printable ASCII.
 *
 * <p>In a plain {@code mvn test} this replays its inputs, from
 * {@code src/test/resources/dev/errata/processor/fuzz/CatalogFuzzTestInputs/loadBindValidate/}: the golden
 * corpus of broken catalogs, the four seed catalogs, and every finding so far. {@code -Pfuzz} fuzzes for real
 * (docs/diagnostics.md); a finding is written to that folder and so becomes a regression input.
 */
class CatalogFuzzTest {

    /** Small limits, so that the fuzzer reaches them with short inputs; the rules are the same. */
    static final YamlLimits LIMITS = new YamlLimits(64 * 1024, 16, 8, 2_000);

    @FuzzTest(maxDuration = "5m")
    void loadBindValidate(byte[] input) {
        check(input, LIMITS);
        check(input, YamlLimits.DEFAULT);
    }

    static void check(byte[] input, YamlLimits limits) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<YamlNode> tree = new YamlTreeReader(limits).read("fuzz.yaml", input, diagnostics);
        Optional<Catalog> catalog = tree.flatMap(root -> new CatalogBinder(diagnostics).bind("fuzz.yaml", root));
        catalog.ifPresent(c -> new CatalogValidator(diagnostics).validate(c));
        if (catalog.isEmpty() && !diagnostics.hasErrors()) {
            throw new AssertionError("no catalog came out, yet no error says why");
        }
        for (Diagnostic diagnostic : diagnostics.all()) {
            String line = diagnostic.render();
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new AssertionError("a diagnostic spans several lines: " + line);
            }
            if (!line.chars().allMatch(c -> c >= ' ' && c <= '~')) {
                // Else a look-alike or invisible character of the catalog could hide in a quoted name.
                throw new AssertionError("a diagnostic holds a character outside printable ASCII: " + line);
            }
            if (diagnostic.position().line() < 0 || diagnostic.position().column() < 0
                    || (diagnostic.position().line() == 0) != (diagnostic.position().column() == 0)) {
                throw new AssertionError("a diagnostic has no sensible position: " + line);
            }
            if (diagnostic.severity() == Severity.ERROR && !diagnostics.hasErrors()) {
                throw new AssertionError("an error was not counted: " + line);
            }
        }
    }
}
