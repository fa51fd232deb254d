package dev.errata.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code errata}: the catalog tools without a compiler, over the processor's own pipeline (no second parser).
 * Exit codes as linters use them: 0 nothing wrong, 1 the catalog has errors (or a diff breaking changes),
 * 2 the command itself could not run (bad arguments, an unreadable baseline).
 */
public final class Main {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int TROUBLE = 2;

    static final String USAGE = """
            usage: errata COMMAND [ARGS]

              lint CATALOG...                the processor's diagnostics, without javac (and the breaking-change
                                             check when a lock file stands beside the catalog)
              docs [-o DIR] CATALOG...       reference docs: NAME.md, NAME.html and the index NAME.json
              diff [--format text|json|sarif] OLD NEW
                                             breaking changes from OLD (a catalog, a lock file, a jar holding
                                             either, or git:REF for NEW's file at that git ref) to NEW
              lock CATALOG                   write CATALOG's lock file beside it (x.yaml -> x.lock.json)
              explain CATALOG CODE           everything the catalog says about a code (or a name)
              new [-o FILE] [NAME]           a commented starter catalog
              schema                         the catalog JSON Schema

            exit codes: 0 fine, 1 findings (errors, breaking changes), 2 the command could not run
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs one command; returns its exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            (args.isEmpty() ? err : out).print(USAGE);
            return args.isEmpty() ? TROUBLE : OK;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "lint" -> new LintCommand(out, err).run(rest);
                case "docs" -> new DocsCommand(out, err).run(rest);
                case "diff" -> new DiffCommand(out, err).run(rest);
                case "lock" -> new LockCommand(out, err).run(rest);
                case "explain" -> new ExplainCommand(out, err).run(rest);
                case "new" -> new NewCommand(out, err).run(rest);
                case "schema" -> new SchemaCommand(out, err).run(rest);
                default -> usage(err, "unknown command '" + args.get(0) + "'");
            };
        } catch (CatalogFile.Findings e) {
            return FINDINGS;
        } catch (UsageException e) {
            return usage(err, e.getMessage());
        } catch (TroubleException e) {
            err.println("errata: " + e.getMessage());
            return TROUBLE;
        } catch (RuntimeException | LinkageError e) {
            // A bug in Errata, not a finding: say so in one line, and exit as a linter that could not run.
            err.println("errata: internal error (a bug in Errata; please report it with the catalog): " + e);
            return TROUBLE;
        }
    }

    static int usage(PrintStream err, String problem) {
        err.println("errata: " + problem);
        err.print(USAGE);
        return TROUBLE;
    }

    /** The arguments do not fit the command. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The command could not run (an unreadable file, a failing git), not a finding about the catalog. */
    static final class TroubleException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TroubleException(String message) {
            super(message);
        }
    }

    /** Options of the form {@code -o VALUE} taken out of {@code args}, the rest kept in order. */
    static final class Arguments {
        final List<String> positional;
        private final java.util.Map<String, String> options;

        Arguments(List<String> args, String... valued) {
            List<String> names = Arrays.asList(valued);
            java.util.List<String> positional = new java.util.ArrayList<>();
            java.util.Map<String, String> options = new java.util.HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (names.contains(arg)) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(arg + " needs a value");
                    }
                    options.put(arg, args.get(++i));
                } else if (arg.startsWith("-") && arg.length() > 1) {
                    throw new UsageException("unknown option '" + arg + "'");
                } else {
                    positional.add(arg);
                }
            }
            this.positional = List.copyOf(positional);
            this.options = options;
        }

        String option(String name, String otherwise) {
            return options.getOrDefault(name, otherwise);
        }
    }
}
