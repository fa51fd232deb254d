package dev.errata.cli;

import dev.errata.processor.CatalogReader;
import dev.errata.processor.compat.AcceptedChanges;
import dev.errata.processor.compat.CatalogDiff;
import dev.errata.processor.compat.Change;
import dev.errata.processor.compat.Reports;
import dev.errata.processor.compat.Snapshot;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code errata diff [--format text|json|sarif] OLD NEW}: every change from a baseline to a catalog, under the
 * rule ids and severities of {@link dev.errata.processor.compat.Rule}. Exit 1 when a breaking change is not
 * accepted in NEW's {@code accepted} list.
 */
final class DiffCommand extends Command {

    DiffCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    int run(List<String> args) {
        Main.Arguments arguments = new Main.Arguments(args, "--format");
        if (arguments.positional.size() != 2) {
            throw new Main.UsageException("diff needs the baseline and the catalog: diff OLD NEW");
        }
        String format = arguments.option("--format", "text");
        if (!List.of("text", "json", "sarif").contains(format)) {
            throw new Main.UsageException("--format must be text, json or sarif, not '" + format + "'");
        }
        Path current = Path.of(arguments.positional.get(1));
        CatalogReader.Parsed parsed = CatalogFile.requireValid(CatalogFile.read(current, false), err);
        Snapshot baseline = Baseline.read(arguments.positional.get(0), current, err);
        AcceptedChanges accepted = parsed.accepted();
        List<Change> changes = CatalogDiff.compare(baseline, Snapshot.of(parsed.catalog(), Set.of()),
                parsed.catalog().namePosition());
        out.print(switch (format) {
            case "json" -> Reports.json(changes, accepted);
            case "sarif" -> Reports.sarif(changes, accepted);
            default -> Reports.text(changes, accepted);
        });
        return Reports.breaking(changes, accepted) > 0 ? Main.FINDINGS : Main.OK;
    }
}
