package dev.errata.cli;

import dev.errata.processor.model.Catalog;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code errata lint CATALOG...}: the processor's diagnostics, the same text, without javac. */
final class LintCommand extends Command {

    LintCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    int run(List<String> args) {
        Main.Arguments arguments = new Main.Arguments(args);
        if (arguments.positional.isEmpty()) {
            throw new Main.UsageException("lint needs at least one catalog file");
        }
        boolean errors = false;
        for (String name : arguments.positional) {
            CatalogFile file = CatalogFile.read(Path.of(name));
            errors |= file.print(out);
            file.valid().map(Catalog::exceptionBase).filter(base -> !base.equals("java.lang.RuntimeException"))
                    .ifPresent(base -> err.println("note: " + name + ": exceptionBase " + base + " is not checked here;"
                            + " it needs the compile class path, and the processor checks it"));
        }
        return errors ? Main.FINDINGS : Main.OK;
    }
}
