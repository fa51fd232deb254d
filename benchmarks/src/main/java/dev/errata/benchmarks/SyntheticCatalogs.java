package dev.errata.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic Errata catalogs of any size, deterministic: the same size and style always give the same bytes.
 *
 * <p>Three styles of codes: {@code dense} integers ({@code 1..N}), {@code sparse} integers (distinct
 * pseudo-random codes spread over the whole {@code int} range, negative ones included, from a fixed seed,
 * sorted) and {@code string} identifier codes ({@code E00042MailboxNotFound}). Every entry has a unique
 * message, a description and a solution built from an object ("mailbox"), a problem ("does not exist") and an
 * operation ("Create"); nine categories carry HTTP statuses, {@code validation} asks for exceptions without a
 * stack trace ({@code stackTraces: false}, errors used as flow control), {@code rate-limit} and
 * {@code unavailable} are retryable; about one entry in 25 has typed message parameters, one in 97 has no
 * category, one in 211 is deprecated.
 *
 * <p>No dependencies: it runs as a single-file program.
 *
 * <pre>
 * java SyntheticCatalogs.java SIZE STYLE OUT.yaml [NAME]       one catalog (NAME default: Dense50000 etc.)
 * java SyntheticCatalogs.java --stackless-seeds SEED_DIR CATALOG_DIR
 *                                                              each seed catalog with 'stackTraces: false'
 * java SyntheticCatalogs.java --copy DIR CATALOG_DIR                each catalog of DIR as it is (the example's
 *                                                              test catalogs of other shapes: Stripe, ...)
 * java SyntheticCatalogs.java --benchmarks CATALOG_DIR SOURCE_DIR SIZES
 *                                                              what the benchmarks module compiles: for each
 *                                                              size (comma-separated) and style, the catalog
 *                                                              and its package (package-info, switch baseline,
 *                                                              JMH benchmarks)
 * option --no-stackless-category: omit 'stackTraces: false' (for a processor older than the key)
 * </pre>
 */
public final class SyntheticCatalogs {

    /** How the codes look. */
    public enum Style {
        DENSE, SPARSE, STRING;

        /** {@code dense}, {@code sparse} or {@code string}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code Dense}, {@code Sparse} or {@code String}. */
        public String title() {
            return Character.toUpperCase(id().charAt(0)) + id().substring(1);
        }

        static Style parse(String text) {
            for (Style style : values()) {
                if (style.id().equals(text)) {
                    return style;
                }
            }
            throw new IllegalArgumentException("style must be dense, sparse or string, not '" + text + "'");
        }
    }

    /** The category whose exceptions are created without a stack trace. */
    public static final String STACKLESS_CATEGORY = "validation";

    /** Seed of the sparse codes. */
    private static final long SEED = 0x5EED_E77A_7A00_0007L;

    /** Categories: id, HTTP status, retryable, description. */
    private static final String[][] CATEGORIES = {
        {"authentication", "401", "false", "The credentials are missing, expired or not accepted."},
        {"permission", "403", "false", "The caller may not do this to the object."},
        {"not-found", "404", "false", "The object the request names does not exist."},
        {"conflict", "409", "false", "The current state of the object prevents the request."},
        {"validation", "400", "false", "The request or one of its fields is invalid; errors of this kind are used"
                + " as flow control, so their exceptions are created without a stack trace."},
        {"quota", "403", "false", "A limit of the account's plan is reached."},
        {"rate-limit", "429", "true", "Too many requests in a short time; retry later."},
        {"unavailable", "503", "true", "A service the request needs is temporarily unavailable."},
        {"internal", "500", "false", "Something went wrong on the server; not the client's fault."},
    };

    /** Objects: text, name word. */
    private static final String[][] OBJECTS = {
        {"mailbox", "Mailbox"}, {"user", "User"}, {"domain", "Domain"}, {"alias", "Alias"}, {"folder", "Folder"},
        {"message", "Message"}, {"attachment", "Attachment"}, {"invoice", "Invoice"}, {"order", "Order"},
        {"payment", "Payment"}, {"subscription", "Subscription"}, {"plan", "Plan"}, {"account", "Account"},
        {"project", "Project"}, {"repository", "Repository"}, {"branch", "Branch"}, {"pipeline", "Pipeline"},
        {"job", "Job"}, {"artifact", "Artifact"}, {"access token", "AccessToken"}, {"session", "Session"},
        {"certificate", "Certificate"}, {"signing key", "SigningKey"}, {"bucket", "Bucket"}, {"file", "File"},
        {"volume", "Volume"}, {"snapshot", "Snapshot"}, {"instance", "Instance"}, {"cluster", "Cluster"},
        {"node", "Node"}, {"queue", "Queue"}, {"topic", "Topic"}, {"webhook", "Webhook"}, {"template", "Template"},
        {"report", "Report"}, {"dashboard", "Dashboard"}, {"ticket", "Ticket"}, {"comment", "Comment"},
        {"contact", "Contact"}, {"group", "Group"}, {"role", "Role"}, {"policy", "Policy"}, {"region", "Region"},
        {"route", "Route"}, {"gateway", "Gateway"}, {"database", "Database"}, {"backup", "Backup"},
        {"export job", "ExportJob"},
    };

    /**
     * Problems: name word, message ({@code %s} is the object), description ({@code %s} is the object),
     * category, HTTP status override (empty: the category's), parameters ({@code name:type,...}).
     */
    private static final String[][] PROBLEMS = {
        {"NotFound", "The %s does not exist.", "the %s named in the request does not exist", "not-found", "", ""},
        {"Deleted", "The %s was deleted.", "the %s was deleted, possibly by another client", "not-found", "410", ""},
        {"UnknownId", "Unknown %s identifier.", "the identifier does not name any %s", "not-found", "", ""},
        {"NotVisible", "The %s is not visible to this account.", "the %s belongs to an account the caller cannot see",
                "not-found", "", ""},
        {"AccessDenied", "Access to the %s is denied.", "the caller has no role that grants access to the %s",
                "permission", "", ""},
        {"ReadOnly", "The %s is read-only.", "the %s may be read but not changed", "permission", "", ""},
        {"OwnerOnly", "Only the owner may change the %s.", "the %s may only be changed by its owner", "permission",
                "", ""},
        {"IpNotAllowed", "The %s may not be changed from this IP address.",
                "the %s only accepts changes from listed source addresses", "permission", "", ""},
        {"TokenExpired", "The credentials for the %s have expired.", "the token used to reach the %s has expired",
                "authentication", "", ""},
        {"SignatureInvalid", "The request signature for the %s is invalid.",
                "the request for the %s was signed with a wrong key", "authentication", "", ""},
        {"LoginRequired", "Log in again to access the %s.", "the session used to reach the %s has ended",
                "authentication", "", ""},
        {"SecondFactorRequired", "A second factor is required to change the %s.",
                "changing the %s needs two-factor authentication", "authentication", "", ""},
        {"AlreadyExists", "The %s already exists.", "a %s with the same name already exists", "conflict", "", ""},
        {"InUse", "The %s is in use.", "the %s is still referenced by other objects", "conflict", "", ""},
        {"Locked", "The %s is locked by another request.", "another request holds the lock on the %s", "conflict",
                "423", ""},
        {"VersionMismatch", "The %s was changed since it was read.",
                "the version sent does not match the stored %s", "conflict", "412", ""},
        {"NotEmpty", "The %s is not empty.", "the %s still holds objects and cannot be removed", "conflict", "", ""},
        {"NameInvalid", "The name of the %s is not valid.", "the name of the %s has characters it may not hold",
                "validation", "", ""},
        {"TooLong", "The %s is longer than {max} characters.", "the %s exceeds its maximum length", "validation",
                "", "max:int"},
        {"MissingField", "A required field of the %s is missing: {field}.", "a required field of the %s is absent",
                "validation", "422", "field:string"},
        {"BadFormat", "The %s is badly formatted.", "the %s could not be parsed", "validation", "", ""},
        {"OutOfRange", "A value of the %s is out of range.", "a numeric field of the %s is outside its range",
                "validation", "", ""},
        {"WrongType", "The %s is of the wrong type.", "the object named is not a %s", "validation", "", ""},
        {"RateLimited", "Too many requests for the %s; retry in {seconds} seconds.",
                "the %s received more requests than its rate limit allows", "rate-limit", "", "seconds:int"},
        {"ConcurrencyLimit", "Too many concurrent operations on the %s.",
                "the %s already runs as many operations as it may", "rate-limit", "", ""},
        {"QuotaExceeded", "The %s quota of {limit} is exceeded.", "the plan allows no more of the %s", "quota", "",
                "limit:long"},
        {"LimitReached", "The %s limit of this plan is reached.", "the plan's limit on the %s is reached", "quota",
                "", ""},
        {"Unavailable", "The %s is temporarily unavailable.", "the service holding the %s is down", "unavailable",
                "", ""},
        {"Timeout", "The %s did not answer in time.", "the service holding the %s did not answer in time",
                "unavailable", "504", ""},
        {"Maintenance", "The %s is under maintenance.", "the %s is in a maintenance window", "unavailable", "", ""},
        {"InternalError", "An internal error occurred while processing the %s.",
                "an unexpected failure happened while processing the %s", "internal", "", ""},
        {"StorageFailure", "The %s could not be stored.", "the storage behind the %s failed", "internal", "507", ""},
    };

    /** Operations: the verb that names them. */
    private static final String[] OPERATIONS = {
        "Create", "Update", "Delete", "List", "Get", "Import", "Export", "Move", "Copy", "Rename", "Restore",
        "Archive", "Share", "Publish", "Sync", "Verify", "Assign", "Transfer", "Merge", "Split", "Approve", "Reject",
        "Suspend", "Resume", "Schedule", "Cancel", "Retry", "Upload", "Download", "Attach", "Detach", "Lock",
        "Unlock", "Tag", "Clone", "Migrate",
    };

    /** What to do, by category. */
    private static final String[][] SOLUTIONS = {
        {"authentication", "Obtain new credentials and send the request again."},
        {"permission", "Ask an administrator for the needed role, or act on an object you own."},
        {"not-found", "Check the identifier; list the objects to find the right one."},
        {"conflict", "Read the object again, resolve the conflict, then retry."},
        {"validation", "Correct the request as the message says and send it again."},
        {"quota", "Remove objects you no longer need, or upgrade the plan."},
        {"rate-limit", "Wait, then retry with exponential back-off."},
        {"unavailable", "Retry later; check the status page if it persists."},
        {"internal", "Retry once; if it persists, contact support with the request id."},
    };

    /** Combinations before names and messages repeat: every entry is unique up to this many. */
    private static final int COMBINATIONS = OBJECTS.length * PROBLEMS.length * OPERATIONS.length;

    /** A multiplier coprime to {@link #COMBINATIONS}, so that neighbouring entries differ in every part. */
    private static final int STRIDE = 7919;

    /** One entry of a synthetic catalog. */
    public record Entry(int index, String yamlCode, String name, String category, String message, String parameters,
            String description, String solution, int httpStatus, boolean retryable, boolean deprecated) {

        /** Whether its exception is created without a stack trace (its category asks for that). */
        public boolean stackless() {
            return STACKLESS_CATEGORY.equals(category);
        }
    }

    private SyntheticCatalogs() {
    }

    /** The integer codes of a dense or sparse catalog, in catalog order (ascending). */
    public static int[] intCodes(Style style, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        switch (style) {
            case DENSE: {
                int[] codes = new int[size];
                for (int i = 0; i < size; i++) {
                    codes[i] = i + 1;
                }
                return codes;
            }
            case SPARSE: {
                SplittableRandom random = new SplittableRandom(SEED);
                Set<Integer> seen = new HashSet<>(size * 2);
                int[] codes = new int[size];
                for (int i = 0; i < size; ) {
                    int code = random.nextInt();
                    if (seen.add(code)) {
                        codes[i++] = code;
                    }
                }
                Arrays.sort(codes);
                return codes;
            }
            default:
                throw new IllegalArgumentException("a string catalog has no integer codes");
        }
    }

    /** The string codes of a string catalog, in catalog order. */
    public static String[] stringCodes(int size) {
        List<Entry> entries = entries(Style.STRING, size);
        String[] codes = new String[size];
        for (int i = 0; i < size; i++) {
            codes[i] = entries.get(i).yamlCode();
        }
        return codes;
    }

    /** The catalog's entries, in catalog order. */
    public static List<Entry> entries(Style style, int size) {
        int[] ints = style == Style.STRING ? null : intCodes(style, size);
        int width = Math.max(5, Integer.toString(size).length());
        List<Entry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int mixed = (int) ((long) i * STRIDE % COMBINATIONS);
            int round = i / COMBINATIONS;
            String[] object = OBJECTS[mixed % OBJECTS.length];
            String[] problem = PROBLEMS[mixed / OBJECTS.length % PROBLEMS.length];
            String operation = OPERATIONS[mixed / (OBJECTS.length * PROBLEMS.length)];
            String variant = round == 0 ? "" : "V" + (round + 1);
            String word = object[1] + problem[0];
            String code = ints != null ? Integer.toString(ints[i])
                    : "E" + pad(i + 1, width) + word + (round == 0 ? "" : variant);
            String name = ints != null ? word + "On" + operation + variant : null;
            boolean uncategorized = i % 97 == 13;
            String category = uncategorized ? null : problem[3];
            int status = uncategorized ? 500 : problem[4].isEmpty() ? 0 : Integer.parseInt(problem[4]);
            String message = operation + " " + object[0] + ": " + String.format(Locale.ROOT, problem[1], object[0])
                    + (round == 0 ? "" : " (variant " + (round + 1) + ")");
            String description = "Returned by " + operation + " when " + String.format(Locale.ROOT, problem[2],
                    object[0]) + ".";
            String solution = uncategorized ? "Contact support with the request id." : solution(problem[3]);
            boolean retryable = !uncategorized && Boolean.parseBoolean(category(problem[3])[2]);
            entries.add(new Entry(i, code, name, category, message, problem[5], description, solution, status,
                    retryable, i % 211 == 5));
        }
        return entries;
    }

    private static String pad(int number, int width) {
        String text = Integer.toString(number);
        return "0".repeat(Math.max(0, width - text.length())) + text;
    }

    private static String[] category(String id) {
        for (String[] category : CATEGORIES) {
            if (category[0].equals(id)) {
                return category;
            }
        }
        throw new IllegalStateException(id);
    }

    private static String solution(String category) {
        for (String[] solution : SOLUTIONS) {
            if (solution[0].equals(category)) {
                return solution[1];
            }
        }
        throw new IllegalStateException(category);
    }

    /** The catalog as YAML. */
    public static String yaml(Style style, int size, String name, boolean stacklessCategory) {
        StringBuilder out = new StringBuilder(size * 420 + 4096);
        out.append("# Synthetic catalog: ").append(size).append(' ').append(style.id())
                .append(" codes. Generated by SyntheticCatalogs; do not edit.\n");
        out.append("errata: 1\n");
        out.append("name: ").append(name).append('\n');
        out.append("title: ").append(quote("Synthetic " + style.id() + " API (" + size + " codes)")).append('\n');
        out.append("description: ").append(quote("A synthetic catalog for benchmarks: " + size + " " + style.id()
                + " codes with realistic messages, descriptions, categories and HTTP statuses.")).append('\n');
        out.append("version: '1'\n");
        out.append("source: ").append(quote("SyntheticCatalogs " + size + " " + style.id())).append('\n');
        out.append("codes:\n  type: ").append(style == Style.STRING ? "string" : "integer").append('\n');
        out.append("categories:\n");
        for (String[] category : CATEGORIES) {
            out.append("  - id: ").append(category[0]).append('\n');
            out.append("    description: ").append(quote(category[3])).append('\n');
            out.append("    httpStatus: ").append(category[1]).append('\n');
            if (Boolean.parseBoolean(category[2])) {
                out.append("    retryable: true\n");
            }
            if (stacklessCategory && category[0].equals(STACKLESS_CATEGORY)) {
                out.append("    stackTraces: false\n");
            }
        }
        out.append("errors:\n");
        for (Entry entry : entries(style, size)) {
            out.append("  - code: ").append(entry.yamlCode()).append('\n');
            if (entry.name() != null) {
                out.append("    name: ").append(entry.name()).append('\n');
            }
            out.append("    message: ").append(quote(entry.message())).append('\n');
            if (!entry.parameters().isEmpty()) {
                out.append("    parameters:\n");
                for (String parameter : entry.parameters().split(",")) {
                    String[] nameAndType = parameter.split(":");
                    out.append("      ").append(nameAndType[0]).append(": ").append(nameAndType[1]).append('\n');
                }
            }
            out.append("    description: ").append(quote(entry.description())).append('\n');
            out.append("    solution: ").append(quote(entry.solution())).append('\n');
            if (entry.httpStatus() != 0) {
                out.append("    httpStatus: ").append(entry.httpStatus()).append('\n');
            }
            if (entry.category() != null) {
                out.append("    category: ").append(entry.category()).append('\n');
            }
            if (entry.deprecated()) {
                out.append("    deprecated: ").append(quote("Superseded; kept for old clients.")).append('\n');
            }
        }
        return out.toString();
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The default catalog name: {@code Dense50}, {@code Sparse5000}, {@code String50000}. */
    public static String catalogName(Style style, int size) {
        return style.title() + size;
    }

    /** The catalog's file name: {@code dense-50.yaml}. */
    public static String fileName(Style style, int size) {
        return style.id() + "-" + size + ".yaml";
    }

    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        arguments.removeIf(String::isBlank);
        boolean stackless = !arguments.remove("--no-stackless-category");
        if (arguments.size() == 4 && arguments.get(0).equals("--benchmarks")) {
            Path catalogs = Path.of(arguments.get(1));
            Path sources = Path.of(arguments.get(2));
            for (String size : arguments.get(3).split(",")) {
                for (Style style : Style.values()) {
                    int n = Integer.parseInt(size.trim());
                    write(catalogs.resolve(fileName(style, n)), yaml(style, n, catalogName(style, n), stackless));
                    BenchmarkSources.write(sources, style, n);
                }
            }
            return;
        }
        if (arguments.size() == 3 && arguments.get(0).equals("--stackless-seeds")) {
            stacklessSeeds(Path.of(arguments.get(1)), Path.of(arguments.get(2)));
            return;
        }
        if (arguments.size() == 3 && arguments.get(0).equals("--copy")) {
            copy(Path.of(arguments.get(1)), Path.of(arguments.get(2)));
            return;
        }
        if (arguments.size() < 3 || arguments.size() > 4) {
            System.err.println("usage: java SyntheticCatalogs.java SIZE dense|sparse|string OUT.yaml [NAME]\n"
                    + "       java SyntheticCatalogs.java --benchmarks CATALOG_DIR SOURCE_DIR SIZE,SIZE,...\n"
                    + "       java SyntheticCatalogs.java --stackless-seeds SEED_DIR CATALOG_DIR\n"
                    + "option: --no-stackless-category (omit 'stackTraces: false')");
            System.exit(2);
        }
        int size = Integer.parseInt(arguments.get(0));
        Style style = Style.parse(arguments.get(1));
        String name = arguments.size() == 4 ? arguments.get(3) : catalogName(style, size);
        write(Path.of(arguments.get(2)), yaml(style, size, name, stackless));
    }

    /**
     * Copies each seed catalog ({@code SEED_DIR/*.yaml}) to {@code CATALOG_DIR/stackless-NAME.yaml} with
     * {@code generation: stackTraces: false} added: the decode benchmarks compare the seeds' decoders with and
     * without the cost of a stack trace.
     */
    static void stacklessSeeds(Path seeds, Path out) throws IOException {
        try (var files = Files.list(seeds)) {
            for (Path seed : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".yaml")).sorted()::iterator) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                if (text.lines().anyMatch(line -> line.startsWith("generation:"))) {
                    throw new IllegalStateException(seed + " already has a generation section");
                }
                write(out.resolve("stackless-" + seed.getFileName()), (text.endsWith("\n") ? text : text + "\n")
                        + "\n# Added by SyntheticCatalogs --stackless-seeds for the decode benchmarks.\n"
                        + "generation:\n  stackTraces: false\n");
            }
        }
    }

    /** Copies each catalog of {@code from} ({@code *.yaml}) to {@code out}, unchanged. */
    static void copy(Path from, Path out) throws IOException {
        try (var files = Files.list(from)) {
            for (Path catalog : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".yaml")).sorted()::iterator) {
                write(out.resolve(catalog.getFileName()), Files.readString(catalog, StandardCharsets.UTF_8));
            }
        }
    }

    /** Writes {@code text} unless the file already holds it, so that an unchanged catalog keeps its date. */
    static void write(Path file, String text) {
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

/**
 * The Java sources of one synthetic catalog's benchmark package: its {@code package-info.java} (naming the
 * catalog), {@code SwitchLookup} (the hand-written-switch baseline, split into methods small enough for the
 * JIT) and the JMH benchmarks that refer to the catalog's generated types.
 */
final class BenchmarkSources {

    /** Integer cases per switch method: about 12 bytes of bytecode each, so ~6 KB, under HotSpot's 8,000. */
    static final int INT_CASES_PER_METHOD = 500;

    /** String cases per switch method at most on average (javac's string switch costs ~37 bytes a case). */
    static final int STRING_CASES_PER_METHOD = 100;

    /** String switch methods per nested class: ~6,400 string constants, two pool entries each, under 65,535. */
    static final int BUCKETS_PER_CLASS = 64;

    /** Catalogs up to this size have one exception class per code (the processor's default, Generation.AUTO_CLASS_PER_CODE_LIMIT). */
    static final int CLASS_PER_CODE_LIMIT = 250;

    private BenchmarkSources() {
    }

    static String packageName(SyntheticCatalogs.Style style, int size) {
        return "dev.errata.benchmarks.catalogs." + style.id() + size;
    }

    static void write(Path root, SyntheticCatalogs.Style style, int size) {
        String pkg = packageName(style, size);
        Path dir = root.resolve(pkg.replace('.', '/'));
        String name = SyntheticCatalogs.catalogName(style, size);
        List<SyntheticCatalogs.Entry> entries = SyntheticCatalogs.entries(style, size);
        SyntheticCatalogs.write(dir.resolve("package-info.java"), "/** Synthetic catalog " + name
                + ", generated by SyntheticCatalogs. */\n@ErrorCatalog(\"" + SyntheticCatalogs.fileName(style, size)
                + "\")\npackage " + pkg + ";\n\nimport dev.errata.ErrorCatalog;\n");
        SyntheticCatalogs.write(dir.resolve("SwitchLookup.java"), style == SyntheticCatalogs.Style.STRING
                ? stringSwitch(pkg, entries) : intSwitch(pkg, style, size));
        SyntheticCatalogs.write(dir.resolve("LookupBenchmark.java"), lookupBenchmark(pkg, name, style, size));
        if (style == SyntheticCatalogs.Style.DENSE) {
            SyntheticCatalogs.write(dir.resolve("ExceptionBenchmark.java"), exceptionBenchmark(pkg, name, entries));
        }
    }

    private static String header(String pkg) {
        return "// Generated by SyntheticCatalogs (benchmarks module). Do not edit.\npackage " + pkg + ";\n\n";
    }

    /** Code to position by switch: a tree of comparisons picks the method, whose switch holds its codes. */
    private static String intSwitch(String pkg, SyntheticCatalogs.Style style, int size) {
        int[] codes = SyntheticCatalogs.intCodes(style, size);
        int chunks = (size + INT_CASES_PER_METHOD - 1) / INT_CASES_PER_METHOD;
        StringBuilder out = new StringBuilder(header(pkg));
        out.append("/** The hand-written-switch baseline: code to position in the catalog, -1 if unlisted. */\n");
        out.append("final class SwitchLookup {\n    private SwitchLookup() {\n    }\n\n");
        out.append("    static int indexOf(int code) {\n");
        if (chunks == 1) {
            out.append("        return s0(code);\n");
        } else {
            tree(out, codes, 0, chunks, "        ");
        }
        out.append("    }\n");
        for (int c = 0; c < chunks; c++) {
            out.append("\n    private static int s").append(c).append("(int code) {\n        switch (code) {\n");
            for (int i = c * INT_CASES_PER_METHOD; i < Math.min(size, (c + 1) * INT_CASES_PER_METHOD); i++) {
                out.append("            case ").append(codes[i]).append(": return ").append(i).append(";\n");
            }
            out.append("            default: return -1;\n        }\n    }\n");
        }
        return out.append("}\n").toString();
    }

    private static void tree(StringBuilder out, int[] codes, int from, int to, String indent) {
        if (to - from == 1) {
            out.append(indent).append("return s").append(from).append("(code);\n");
            return;
        }
        int middle = (from + to) >>> 1;
        out.append(indent).append("if (code < ").append(codes[middle * INT_CASES_PER_METHOD]).append(") {\n");
        tree(out, codes, from, middle, indent + "    ");
        out.append(indent).append("} else {\n");
        tree(out, codes, middle, to, indent + "    ");
        out.append(indent).append("}\n");
    }

    /** Code to position by string switch: the code's hash picks the method, whose switch holds its codes. */
    private static String stringSwitch(String pkg, List<SyntheticCatalogs.Entry> entries) {
        int buckets = entries.size() <= STRING_CASES_PER_METHOD ? 1
                : Integer.highestOneBit(entries.size() / STRING_CASES_PER_METHOD) << 1;
        List<List<SyntheticCatalogs.Entry>> byBucket = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            byBucket.add(new ArrayList<>());
        }
        for (SyntheticCatalogs.Entry entry : entries) {
            byBucket.get(entry.yamlCode().hashCode() & (buckets - 1)).add(entry);
        }
        StringBuilder out = new StringBuilder(header(pkg));
        out.append("/** The hand-written-switch baseline: code to position in the catalog, -1 if unlisted. */\n");
        out.append("final class SwitchLookup {\n    private SwitchLookup() {\n    }\n\n");
        out.append("    static int indexOf(String code) {\n");
        if (buckets == 1) {
            out.append("        return s0(code);\n");
        } else {
            out.append("        switch (code.hashCode() & ").append(buckets - 1).append(") {\n");
            for (int b = 0; b < buckets; b++) {
                out.append("            case ").append(b).append(": return ").append(buckets > BUCKETS_PER_CLASS ? part(b) : "").append("s").append(b)
                        .append("(code);\n");
            }
            out.append("            default: throw new AssertionError();\n        }\n");
        }
        out.append("    }\n");
        for (int b = 0; b < buckets; b++) {
            if (b % BUCKETS_PER_CLASS == 0 && b > 0) {
                out.append("    }\n");
            }
            if (b % BUCKETS_PER_CLASS == 0 && buckets > BUCKETS_PER_CLASS) {
                out.append("\n    /** Buckets ").append(b).append(" on: a class holds at most 65,535 constants. */\n")
                        .append("    static final class Part").append(b / BUCKETS_PER_CLASS).append(" {\n");
            }
            out.append("\n    static int s").append(b).append("(String code) {\n        switch (code) {\n");
            for (SyntheticCatalogs.Entry entry : byBucket.get(b)) {
                out.append("            case \"").append(entry.yamlCode()).append("\": return ").append(entry.index())
                        .append(";\n");
            }
            out.append("            default: return -1;\n        }\n    }\n");
        }
        if (buckets > BUCKETS_PER_CLASS) {
            out.append("    }\n");
        }
        return out.append("}\n").toString();
    }

    private static String part(int bucket) {
        return "Part" + bucket / BUCKETS_PER_CLASS + ".";
    }

    private static String lookupBenchmark(String pkg, String name, SyntheticCatalogs.Style style, int size) {
        boolean strings = style == SyntheticCatalogs.Style.STRING;
        String codeType = strings ? "String" : "int";
        String codes = strings ? "SyntheticCatalogs.stringCodes(" + size + ")"
                : "SyntheticCatalogs.intCodes(SyntheticCatalogs.Style." + style.name() + ", " + size + ")";
        String key = strings ? "String" : "Integer";
        String arrayIndex = style == SyntheticCatalogs.Style.DENSE
                ? "            // Dense codes 1..N: the code itself, less one, is the index.\n"
                + "            bh.consume(t[c[i] - 1]);\n"
                : "            // No array is indexed by these codes: the position is given, the floor of any lookup.\n"
                + "            bh.consume(t[p[i]]);\n";
        return header(pkg)
                + "import dev.errata.benchmarks.Probes;\n"
                + "import dev.errata.benchmarks.SyntheticCatalogs;\n"
                + "import java.util.HashMap;\n"
                + "import java.util.Map;\n"
                + "import java.util.concurrent.TimeUnit;\n"
                + "import org.openjdk.jmh.annotations.Benchmark;\n"
                + "import org.openjdk.jmh.annotations.BenchmarkMode;\n"
                + "import org.openjdk.jmh.annotations.Mode;\n"
                + "import org.openjdk.jmh.annotations.OperationsPerInvocation;\n"
                + "import org.openjdk.jmh.annotations.OutputTimeUnit;\n"
                + "import org.openjdk.jmh.annotations.Scope;\n"
                + "import org.openjdk.jmh.annotations.Setup;\n"
                + "import org.openjdk.jmh.annotations.State;\n"
                + "import org.openjdk.jmh.infra.Blackhole;\n\n"
                + "/**\n * Lookup by code in " + name + " (" + size + " " + style.id() + " codes): Errata's generated\n"
                + " * lookups beside an array index, HashMap.get and a hand-written switch, each over the same Probes.COUNT\n"
                + " * codes drawn at random from the catalog. Scores are per lookup.\n */\n"
                + "@State(Scope.Thread)\n"
                + "@BenchmarkMode(Mode.AverageTime)\n"
                + "@OutputTimeUnit(TimeUnit.NANOSECONDS)\n"
                + "public class LookupBenchmark {\n"
                + "    private Object[] table;\n"
                + "    private Map<" + key + ", Object> map;\n"
                + "    private " + codeType + "[] codes;\n"
                + "    private int[] positions;\n\n"
                + "    @Setup\n"
                + "    public void setUp() {\n"
                + "        " + codeType + "[] all = " + codes + ";\n"
                + "        table = new Object[all.length];\n"
                + "        map = new HashMap<>(all.length * 2);\n"
                + "        for (int i = 0; i < all.length; i++) {\n"
                + "            " + codeType + " code = all[i];\n"
                + "            Object entry = " + name + "Errors.fromCode(code).orElseThrow(() -> new IllegalStateException(\"not found: \" + code));\n"
                + "            table[i] = entry;\n"
                + "            map.put(code, entry);\n"
                + "        }\n"
                + "        positions = Probes.positions(all.length);\n"
                + "        codes = new " + codeType + "[positions.length];\n"
                + "        for (int i = 0; i < positions.length; i++) {\n"
                + "            // Strings as received: equal to the catalog's, neither the same instance nor sharing its\n"
                + "            // characters (new String(String) would share them with the baseline map's keys).\n"
                + "            codes[i] = " + (strings ? "new String(all[positions[i]].toCharArray())" : "all[positions[i]]")
                + ";\n"
                + "        }\n"
                + "    }\n\n"
                + "    /** {@code fromCode(code).orElse(null)}: how a caller turns a code into its entry. */\n"
                + "    @Benchmark\n"
                + "    @OperationsPerInvocation(Probes.COUNT)\n"
                + "    public void errataFromCode(Blackhole bh) {\n"
                + "        " + codeType + "[] c = codes;\n"
                + "        for (int i = 0; i < c.length; i++) {\n"
                + "            bh.consume(" + name + "Errors.fromCode(c[i]).orElse(null));\n"
                + "        }\n"
                + "    }\n\n"
                + "    /** {@code lookup(code)}: the entry, no Optional. */\n"
                + "    @Benchmark\n"
                + "    @OperationsPerInvocation(Probes.COUNT)\n"
                + "    public void errataLookup(Blackhole bh) {\n"
                + "        " + codeType + "[] c = codes;\n"
                + "        for (int i = 0; i < c.length; i++) {\n"
                + "            bh.consume(" + name + "Errors.lookup(c[i]));\n"
                + "        }\n"
                + "    }\n\n"
                + "    @Benchmark\n"
                + "    @OperationsPerInvocation(Probes.COUNT)\n"
                + "    public void arrayIndex(Blackhole bh) {\n"
                + "        Object[] t = table;\n"
                + "        " + codeType + "[] c = codes;\n"
                + "        int[] p = positions;\n"
                + "        for (int i = 0; i < c.length; i++) {\n"
                + arrayIndex
                + "        }\n"
                + "    }\n\n"
                + "    @Benchmark\n"
                + "    @OperationsPerInvocation(Probes.COUNT)\n"
                + "    public void hashMapGet(Blackhole bh) {\n"
                + "        Map<" + key + ", Object> m = map;\n"
                + "        " + codeType + "[] c = codes;\n"
                + "        for (int i = 0; i < c.length; i++) {\n"
                + "            bh.consume(m.get(c[i]));\n"
                + "        }\n"
                + "    }\n\n"
                + "    /**\n"
                + "     * Checks the switch baseline against the catalog, in a state of its own: only the switch's benchmark\n"
                + "     * runs through every code of the switch before measuring. Done in the shared set-up, it made the JIT\n"
                + "     * compile hundreds of large switch methods while the other benchmarks warmed up, and at 50,000 codes\n"
                + "     * their own code was still waiting for its optimizing compilation when measurement began.\n"
                + "     */\n"
                + "    @State(Scope.Thread)\n"
                + "    public static class CheckedSwitch {\n"
                + "        @Setup\n"
                + "        public void check() {\n"
                + "            " + codeType + "[] all = " + codes + ";\n"
                + "            for (int i = 0; i < all.length; i++) {\n"
                + "                if (SwitchLookup.indexOf(all[i]) != i) {\n"
                + "                    throw new IllegalStateException(\"switch baseline wrong for \" + all[i]);\n"
                + "                }\n"
                + "            }\n"
                + "        }\n"
                + "    }\n\n"
                + "    @Benchmark\n"
                + "    @OperationsPerInvocation(Probes.COUNT)\n"
                + "    public void handWrittenSwitch(Blackhole bh, CheckedSwitch checked) {\n"
                + "        Object[] t = table;\n"
                + "        " + codeType + "[] c = codes;\n"
                + "        for (int i = 0; i < c.length; i++) {\n"
                + "            int position = SwitchLookup.indexOf(c[i]);\n"
                + "            bh.consume(position < 0 ? null : t[position]);\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
    }

    private static String exceptionBenchmark(String pkg, String name, List<SyntheticCatalogs.Entry> entries) {
        StringBuilder direct = new StringBuilder();
        if (entries.size() <= CLASS_PER_CODE_LIMIT) {
            SyntheticCatalogs.Entry withTrace = null;
            SyntheticCatalogs.Entry without = null;
            for (SyntheticCatalogs.Entry entry : entries) {
                if (!entry.parameters().isEmpty() || entry.deprecated() || entry.category() == null) {
                    continue;
                }
                if (entry.stackless() && without == null) {
                    without = entry;
                } else if (!entry.stackless() && withTrace == null) {
                    withTrace = entry;
                }
            }
            direct.append("\n    /** The constructor of one code's class ({@code ").append(withTrace.name())
                    .append("}, a category with stack traces). */\n")
                    .append("    @Benchmark\n    public Object constructorWithStackTrace() {\n")
                    .append("        return new ").append(name).append(withTrace.name()).append("Exception(MESSAGE);\n")
                    .append("    }\n\n")
                    .append("    /** The constructor of one code's class ({@code ").append(without.name())
                    .append("}, the stackless category). */\n")
                    .append("    @Benchmark\n    public Object constructorStackless() {\n")
                    .append("        return new ").append(name).append(without.name()).append("Exception(MESSAGE);\n")
                    .append("    }\n");
        }
        return header(pkg)
                + "import dev.errata.benchmarks.Probes;\n"
                + "import dev.errata.benchmarks.SyntheticCatalogs;\n"
                + "import java.util.List;\n"
                + "import java.util.concurrent.TimeUnit;\n"
                + "import org.openjdk.jmh.annotations.Benchmark;\n"
                + "import org.openjdk.jmh.annotations.BenchmarkMode;\n"
                + "import org.openjdk.jmh.annotations.Mode;\n"
                + "import org.openjdk.jmh.annotations.OutputTimeUnit;\n"
                + "import org.openjdk.jmh.annotations.Scope;\n"
                + "import org.openjdk.jmh.annotations.Setup;\n"
                + "import org.openjdk.jmh.annotations.State;\n\n"
                + "/**\n * Exception creation in " + name + " (" + entries.size() + " dense codes): the exception of a"
                + " code drawn at random\n * from a category with stack traces, and from the stackless one ("
                + SyntheticCatalogs.STACKLESS_CATEGORY + "); the baselines are in ExceptionBaselines.\n */\n"
                + "@State(Scope.Thread)\n"
                + "@BenchmarkMode(Mode.AverageTime)\n"
                + "@OutputTimeUnit(TimeUnit.NANOSECONDS)\n"
                + "public class ExceptionBenchmark {\n"
                + "    static final String MESSAGE = Probes.MESSAGE;\n\n"
                + "    private int[] withTrace;\n"
                + "    private int[] stackless;\n"
                + "    private int next;\n\n"
                + "    @Setup\n"
                + "    public void setUp() {\n"
                + "        List<SyntheticCatalogs.Entry> entries = SyntheticCatalogs.entries(SyntheticCatalogs.Style.DENSE, "
                + entries.size() + ");\n"
                + "        withTrace = Probes.codes(entries, false);\n"
                + "        stackless = Probes.codes(entries, true);\n"
                + "    }\n\n"
                + "    /** {@code exceptionFor(code, message)}: lookup, then the code's exception, with a stack trace. */\n"
                + "    @Benchmark\n"
                + "    public Object exceptionForWithStackTrace() {\n"
                + "        return " + name + "Errors.exceptionFor(withTrace[next++ & Probes.MASK], MESSAGE);\n"
                + "    }\n\n"
                + "    /** {@code exceptionFor(code, message)} for a code of the stackless category. */\n"
                + "    @Benchmark\n"
                + "    public Object exceptionForStackless() {\n"
                + "        return " + name + "Errors.exceptionFor(stackless[next++ & Probes.MASK], MESSAGE);\n"
                + "    }\n"
                + direct
                + "}\n";
    }
}
