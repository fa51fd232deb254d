package dev.errata.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code errata new [-o FILE] [NAME]}: a commented starter catalog that passes {@code lint} as it is. */
final class NewCommand extends Command {

    NewCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    int run(List<String> args) {
        Main.Arguments arguments = new Main.Arguments(args, "-o");
        if (arguments.positional.size() > 1) {
            throw new Main.UsageException("new takes at most one name");
        }
        String name = arguments.positional.isEmpty() ? "MyApi" : arguments.positional.get(0);
        if (!name.matches("[A-Z][A-Za-z0-9]*")) {
            throw new Main.UsageException("the name must be UpperCamelCase (ASCII letters and digits, starting with a"
                    + " capital letter), like MyApi, but it is '" + name + "'");
        }
        String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String text = resource("starter.yaml").replace("NAME_KEBAB", kebab).replace("NAME", name);
        String target = arguments.option("-o", null);
        if (target == null) {
            out.print(text);
            return Main.OK;
        }
        Path file = Path.of(target);
        if (Files.exists(file)) {
            throw new Main.TroubleException(file + " exists; errata new never overwrites a file");
        }
        write(file, text);
        out.println("wrote " + file);
        return Main.OK;
    }
}
