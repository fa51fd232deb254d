package dev.errata.cli;

import dev.errata.processor.docs.CatalogDocs;
import dev.errata.processor.model.Catalog;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code errata docs [-o DIR] CATALOG...}: the reference docs the processor puts in the class output, into DIR. */
final class DocsCommand extends Command {

    DocsCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    int run(List<String> args) {
        Main.Arguments arguments = new Main.Arguments(args, "-o");
        if (arguments.positional.isEmpty()) {
            throw new Main.UsageException("docs needs at least one catalog file");
        }
        Path folder = Path.of(arguments.option("-o", "errata-docs"));
        for (String name : arguments.positional) {
            Catalog catalog = CatalogFile.requireValid(Path.of(name), out);
            for (Map.Entry<String, String> file : new CatalogDocs(catalog).files().entrySet()) {
                Path target = folder.resolve(file.getKey());
                write(target, file.getValue());
                out.println("wrote " + target);
            }
        }
        return Main.OK;
    }
}
