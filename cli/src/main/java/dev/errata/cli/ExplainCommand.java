package dev.errata.cli;

import dev.errata.processor.docs.CodeFacts;
import dev.errata.processor.docs.ExampleBodies;
import dev.errata.processor.json.JsonOut;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code errata explain CATALOG CODE}: everything the catalog says about one code, the same facts as its docs
 * page. CODE may also be the entry's name or enum constant.
 */
final class ExplainCommand extends Command {

    ExplainCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    int run(List<String> args) {
        Main.Arguments arguments = new Main.Arguments(args);
        if (arguments.positional.size() != 2) {
            throw new Main.UsageException("explain needs a catalog file and a code");
        }
        Catalog catalog = CatalogFile.requireValid(Path.of(arguments.positional.get(0)), out);
        String wanted = arguments.positional.get(1);
        Optional<ErrorEntry> entry = find(catalog, wanted);
        if (entry.isEmpty()) {
            out.println("code " + wanted + " is not in catalog " + catalog.name() + " (" + catalog.errors().size()
                    + " codes; 'errata docs' lists them)");
            return Main.FINDINGS;
        }
        ErrorEntry e = entry.get();
        out.println(catalog.name() + " " + e.code() + ": " + e.javaName());
        for (CodeFacts.Fact fact : CodeFacts.of(catalog, e)) {
            out.println("  " + fact.label() + ": " + fact.value());
        }
        ExampleBodies.vendorBody(catalog, e).ifPresent(body -> {
            out.println("  Response body: " + JsonOut.compact(body));
            out.println("  As problem+json: " + JsonOut.compact(ExampleBodies.problemJson(catalog, e).get()));
        });
        out.println("  Docs: " + catalog.name() + ".md#" + CodeFacts.anchor(e.code()));
        return Main.OK;
    }

    /** By code first, then by name or constant (ignoring case). */
    private static Optional<ErrorEntry> find(Catalog catalog, String wanted) {
        Optional<ErrorEntry> byCode = catalog.errors().stream().filter(e -> e.code().equals(wanted)).findFirst();
        if (byCode.isPresent()) {
            return byCode;
        }
        String upper = wanted.toUpperCase(Locale.ROOT);
        return catalog.errors().stream().filter(e -> e.javaName().toUpperCase(Locale.ROOT).equals(upper)
                || GeneratedNames.constant(e).equals(upper)).findFirst();
    }
}
