package dev.errata.cli;

import dev.errata.processor.compat.LockFile;
import dev.errata.processor.compat.Snapshot;
import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.model.Catalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code errata lock CATALOG}: makes the catalog as it is the baseline of the next release's check, by writing
 * its lock file beside it. Codes the previous lock file had and the catalog no longer has stay listed as
 * retired, so that they can never come back with another meaning. The catalog must pass the check against
 * the previous lock first (breaking changes accepted in its {@code accepted} list pass).
 */
final class LockCommand extends Command {

    LockCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    int run(List<String> args) {
        Main.Arguments arguments = new Main.Arguments(args);
        if (arguments.positional.size() != 1) {
            throw new Main.UsageException("lock needs exactly one catalog file");
        }
        Path path = Path.of(arguments.positional.get(0));
        Catalog catalog = CatalogFile.requireValid(path, out);
        Path lock = CatalogFile.lockFile(path);
        Optional<Snapshot> previous = previous(lock);
        Snapshot current = Snapshot.of(catalog, Set.of());
        Snapshot locked = previous.map(p -> current.withRetired(current.retiredAfter(p))).orElse(current);
        write(lock, LockFile.write(locked));
        out.println("wrote " + lock + " (" + locked.codes().size() + " codes, " + locked.retired().size() + " retired)");
        return Main.OK;
    }

    private static Optional<Snapshot> previous(Path lock) {
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        try {
            // The catalog was checked against it just now, so it is readable.
            return LockFile.read(lock.toString(), Files.readAllBytes(lock), new Diagnostics());
        } catch (IOException e) {
            throw new Main.TroubleException("cannot read " + lock + ": " + e);
        }
    }
}
