package dev.errata.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What every command has: where it prints, and how it writes files. */
abstract class Command {

    final PrintStream out;
    final PrintStream err;

    Command(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs with the arguments after the command's name; returns the exit code. */
    abstract int run(List<String> args);

    /** Writes {@code text} as UTF-8, making the folders on the way. */
    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Main.TroubleException("cannot write " + file + ": " + e);
        }
    }

    /** A resource of the CLI jar, as text. */
    static String resource(String name) {
        try (var in = Command.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new Main.TroubleException("the jar lacks " + name + " (a broken build of errata-cli)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Main.TroubleException("cannot read " + name + ": " + e);
        }
    }
}
