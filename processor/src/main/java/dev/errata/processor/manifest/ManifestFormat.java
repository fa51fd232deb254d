package dev.errata.processor.manifest;

import dev.errata.processor.manifest.InputsManifest.CatalogRecord;
import dev.errata.processor.manifest.InputsManifest.LockFileRecord;
import dev.errata.processor.manifest.InputsManifest.Origin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The text of an {@link InputsManifest}: UTF-8 lines, one fact a line, a keyword first, fields separated by
 * one space, the last field taking the rest of the line. Lines starting with {@code #} are comments.
 *
 * <pre>
 * errata-inputs 1
 * processor VERSION SHA256-OF-JAR|-
 * module named|unnamed
 * option NAME VALUE
 * probe TYPE visible|absent
 * catalog PACKAGE ANNOTATION-VALUE
 * read FILE|CLASS_OUTPUT|CLASS_PATH SHA256 PATH-OR-RESOURCE
 * lock FILE|CLASS_OUTPUT|CLASS_PATH SHA256|- PATH-OR-RESOURCE
 * generated TYPE SOURCE-FILE
 * </pre>
 *
 * <p>{@code read}, {@code lock} (where the catalog's lock file was looked for; {@code -}: it was not there)
 * and {@code generated} lines belong to the {@code catalog} line above them. In the last field,
 * a backslash, a line feed and a carriage return are written {@code \\}, {@code \n} and {@code \r}. Lines are
 * written in a fixed order (options and probes sorted), so the same inputs give the same bytes. A reader
 * refuses a format version it does not know, rather than guess.
 */
public final class ManifestFormat {

    /** The format version this class writes and reads. */
    public static final int VERSION = 1;

    private static final String HEADER = "errata-inputs";

    private ManifestFormat() {}

    /** The manifest as text. */
    public static String write(InputsManifest manifest) {
        StringBuilder out = new StringBuilder();
        out.append("# Written by the Errata annotation processor: what its last run read. errata-maven-plugin compares\n")
                .append("# it with the build's inputs before compiling, and recompiles when one changed.\n");
        line(out, HEADER, String.valueOf(VERSION));
        line(out, "processor", manifest.processorVersion(), manifest.processorJarSha256().orElse("-"));
        line(out, "module", manifest.namedModule() ? "named" : "unnamed");
        new TreeMap<>(manifest.options()).forEach((name, value) -> line(out, "option", name, value));
        new TreeMap<>(manifest.probes()).forEach((type, visible) -> line(out, "probe", type, visible ? "visible" : "absent"));
        for (CatalogRecord catalog : manifest.catalogs()) {
            line(out, "catalog", catalog.packageName(), catalog.annotationValue());
            line(out, "read", catalog.origin().name(), catalog.sha256(), catalog.name());
            catalog.lockFile().ifPresent(lock -> line(out, "lock", lock.origin().name(), lock.sha256().orElse("-"),
                    lock.name()));
            catalog.generated().forEach((type, file) -> line(out, "generated", type, file));
        }
        return out.toString();
    }

    /**
     * Reads a manifest.
     *
     * @param source names the file in error messages
     * @throws ManifestException naming the line and what is wrong with it
     */
    public static InputsManifest read(Reader text, String source) throws IOException, ManifestException {
        BufferedReader lines = new BufferedReader(text);
        Parser parser = new Parser(source);
        String line;
        while ((line = lines.readLine()) != null) {
            parser.accept(line);
        }
        return parser.finish();
    }

    private static void line(StringBuilder out, String keyword, String... fields) {
        out.append(keyword);
        for (int i = 0; i < fields.length; i++) {
            out.append(' ').append(i == fields.length - 1 ? escape(fields[i]) : checkedField(fields[i]));
        }
        out.append('\n');
    }

    /** A field before the last may not hold a space or a line break: it would shift the fields after it. */
    private static String checkedField(String field) {
        if (field.isEmpty() || field.chars().anyMatch(c -> c == ' ' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("manifest field must be one non-empty word: '" + field + "'");
        }
        return field;
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads lines in order, keeping the catalog that {@code read} and {@code generated} lines belong to. */
    private static final class Parser {
        private final String source;
        private int number;
        private boolean headerSeen;
        private String processorVersion;
        private Optional<String> processorJar = Optional.empty();
        private boolean namedModule;
        private final Map<String, String> options = new LinkedHashMap<>();
        private final Map<String, Boolean> probes = new LinkedHashMap<>();
        private final List<CatalogRecord> catalogs = new ArrayList<>();
        private String catalogPackage;
        private String catalogValue;
        private Origin origin;
        private String name;
        private String sha256;
        private Map<String, String> generated = new LinkedHashMap<>();
        private Optional<LockFileRecord> lockFile = Optional.empty();

        Parser(String source) {
            this.source = source;
        }

        void accept(String line) throws ManifestException {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            int space = line.indexOf(' ');
            String keyword = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1);
            if (!headerSeen) {
                if (!keyword.equals(HEADER)) {
                    throw fail("the first line must be '" + HEADER + " " + VERSION + "', not '" + shorten(line) + "'");
                }
                if (!rest.equals(String.valueOf(VERSION))) {
                    throw fail("format version " + shorten(rest) + " is not the version " + VERSION
                            + " this reader knows; use errata-maven-plugin and errata-processor of the same version");
                }
                headerSeen = true;
                return;
            }
            switch (keyword) {
                case "processor" -> {
                    String[] f = fields(rest, 2);
                    processorVersion = f[0];
                    processorJar = f[1].equals("-") ? Optional.empty() : Optional.of(f[1]);
                }
                case "module" -> namedModule = oneOf(fields(rest, 1)[0], "named", "unnamed").equals("named");
                case "option" -> {
                    String[] f = fields(rest, 2);
                    options.put(f[0], f[1]);
                }
                case "probe" -> {
                    String[] f = fields(rest, 2);
                    probes.put(f[0], oneOf(f[1], "visible", "absent").equals("visible"));
                }
                case "catalog" -> {
                    closeCatalog();
                    String[] f = fields(rest, 2);
                    catalogPackage = f[0];
                    catalogValue = f[1];
                }
                case "read" -> {
                    requireCatalog(keyword);
                    String[] f = fields(rest, 3);
                    origin = Origin.valueOf(oneOf(f[0], "FILE", "CLASS_OUTPUT", "CLASS_PATH"));
                    sha256 = f[1];
                    name = f[2];
                }
                case "lock" -> {
                    requireCatalog(keyword);
                    String[] f = fields(rest, 3);
                    lockFile = Optional.of(new LockFileRecord(Origin.valueOf(oneOf(f[0], "FILE", "CLASS_OUTPUT",
                            "CLASS_PATH")), f[2], f[1].equals("-") ? Optional.empty() : Optional.of(f[1])));
                }
                case "generated" -> {
                    requireCatalog(keyword);
                    String[] f = fields(rest, 2);
                    generated.put(f[0], f[1]);
                }
                default -> throw fail("unknown keyword '" + shorten(keyword) + "'");
            }
        }

        InputsManifest finish() throws ManifestException {
            if (!headerSeen) {
                throw new ManifestException(source + ": empty; it must start with '" + HEADER + " " + VERSION + "'");
            }
            closeCatalog();
            if (processorVersion == null) {
                throw new ManifestException(source + ": no 'processor' line");
            }
            return new InputsManifest(processorVersion, processorJar, namedModule, options, probes, catalogs);
        }

        private void closeCatalog() throws ManifestException {
            if (catalogPackage == null) {
                return;
            }
            if (origin == null) {
                throw fail("catalog " + catalogValue + " has no 'read' line");
            }
            catalogs.add(new CatalogRecord(catalogPackage, catalogValue, origin, name, sha256, generated, lockFile));
            catalogPackage = null;
            origin = null;
            generated = new LinkedHashMap<>();
            lockFile = Optional.empty();
        }

        private void requireCatalog(String keyword) throws ManifestException {
            if (catalogPackage == null) {
                throw fail("a '" + keyword + "' line must follow a 'catalog' line");
            }
        }

        private String[] fields(String rest, int count) throws ManifestException {
            String[] f = rest.split(" ", count);
            if (f.length < count || f[count - 1].isEmpty()) {
                throw fail("expected " + count + " fields after the keyword, found '" + shorten(rest) + "'");
            }
            f[count - 1] = unescape(f[count - 1]);
            return f;
        }

        private String oneOf(String value, String... allowed) throws ManifestException {
            for (String a : allowed) {
                if (a.equals(value)) {
                    return value;
                }
            }
            throw fail("'" + shorten(value) + "' is not one of " + String.join(", ", allowed));
        }

        private ManifestException fail(String what) {
            return new ManifestException(source + ":" + number + ": " + what);
        }

        private static String shorten(String text) {
            return text.length() > 80 ? text.substring(0, 80) + "..." : text;
        }
    }
}
