package dev.errata.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code errata schema}: the catalog JSON Schema (catalogs/errata-catalog-1.schema.json), for editors and CI. */
final class SchemaCommand extends Command {

    SchemaCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    int run(List<String> args) {
        if (!args.isEmpty()) {
            throw new Main.UsageException("schema takes no arguments");
        }
        out.print(resource("errata-catalog-1.schema.json"));
        return Main.OK;
    }
}
