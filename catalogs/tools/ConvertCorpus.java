/*
 * Converts the PostgreSQL and MySQL error tables of Errata's corpus into the catalogs postgresql.yaml and
 * mysql.yaml. A single source file that needs the JDK (17+) alone, run from the repository root:
 *
 *   java catalogs/tools/ConvertCorpus.java CORPUS_DIR FOLDER           writes FOLDER/postgresql.yaml and mysql.yaml
 *   java catalogs/tools/ConvertCorpus.java --check CORPUS_DIR FOLDER   verifies they are exactly what it writes
 *
 * CORPUS_DIR holds postgres-sqlstate.tsv and mysql-errors.tsv. The build never runs this: the catalogs are
 * committed, the tables are not (catalogs/tools/README.md says why and how the tables are mapped).
 *
 * Each catalog's header records "figures" computed here from the table (row counts, distinct symbols and
 * states, placeholders, a digest of the rows); DatabaseCatalogLossTest rebuilds the table's rows from the
 * committed YAML and checks them against those figures, so the build proves nothing was lost without
 * reading the table.
 */

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public final class ConvertCorpus {

    /** The command, written so that it holds wherever the catalogs are kept. */
    static final String COMMAND = "java catalogs/tools/ConvertCorpus.java CORPUS_DIR FOLDER (from the repository root;"
            + " FOLDER: this file's)";
    static final String POSTGRES_TABLE = "postgres-sqlstate.tsv";
    static final String MYSQL_TABLE = "mysql-errors.tsv";

    public static void main(String[] args) throws IOException {
        boolean check = args.length == 3 && args[0].equals("--check");
        if (args.length != (check ? 3 : 2)) {
            System.err.println("usage: java catalogs/tools/ConvertCorpus.java [--check] CORPUS_DIR CATALOGS_DIR");
            System.exit(2);
        }
        Path corpus = Path.of(args[check ? 1 : 0]);
        Path catalogs = Path.of(args[check ? 2 : 1]);
        try {
            Table postgres = Table.read(corpus.resolve(POSTGRES_TABLE),
                    List.of("sqlstate", "class_code", "class_name", "severity", "macro", "condition_name"));
            Table mysql = Table.read(corpus.resolve(MYSQL_TABLE),
                    List.of("symbol", "number", "sqlstate", "english_message"));
            SqlClasses sqlClasses = SqlClasses.of(postgres);

            Map<String, String> outputs = new LinkedHashMap<>();
            outputs.put("postgresql.yaml", new PostgresqlCatalog(postgres, sqlClasses).yaml());
            outputs.put("mysql.yaml", new MysqlCatalog(mysql, sqlClasses).yaml());

            System.exit(check ? check(catalogs, outputs) : write(catalogs, outputs));
        } catch (TableException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    private static int write(Path catalogs, Map<String, String> outputs) throws IOException {
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path file = catalogs.resolve(output.getKey());
            Files.writeString(file, output.getValue(), UTF_8);
            System.out.println("wrote " + file);
        }
        return 0;
    }

    /** 0 when every committed catalog is byte for byte what the tables give now, else 1 naming the first difference. */
    private static int check(Path catalogs, Map<String, String> outputs) throws IOException {
        int status = 0;
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path file = catalogs.resolve(output.getKey());
            String committed;
            try {
                committed = Files.readString(file, UTF_8);
            } catch (NoSuchFileException e) {
                System.err.println(file + ": missing; run without --check to write it");
                status = 1;
                continue;
            }
            if (committed.equals(output.getValue())) {
                System.out.println(file + ": up to date");
                continue;
            }
            String[] expected = output.getValue().split("\n", -1);
            String[] actual = committed.split("\n", -1);
            int line = 0;
            while (line < expected.length && line < actual.length && expected[line].equals(actual[line])) {
                line++;
            }
            System.err.printf("%s:%d: differs from what the converter writes%n  committed: %s%n  generated: %s%n",
                    file, line + 1, line < actual.length ? actual[line] : "(end of file)",
                    line < expected.length ? expected[line] : "(end of file)");
            status = 1;
        }
        return status;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A fault in a table that the conversion cannot map without loss: stops it, naming file and line. */
    static final class TableException extends RuntimeException {
        TableException(String message) {
            super(message);
        }
    }

    /** One data line of a table: its fields, its line number (1 = the header) and its text as written. */
    record Row(int line, String text, List<String> fields) {
        String get(int column) {
            return fields.get(column);
        }
    }

    /** A tab-separated table: first line the column names, no quoting, no escapes. */
    record Table(String fileName, String fileSha256, List<Row> rows) {

        static Table read(Path file, List<String> columns) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, UTF_8);
            if (text.indexOf('\r') >= 0) {
                throw new TableException(file + ": holds a carriage return; lines must end with \\n alone");
            }
            String[] lines = text.split("\n", -1);
            if (!lines[0].equals(String.join("\t", columns))) {
                throw new TableException(file + ":1: the header must be the columns " + columns + ", is: " + lines[0]);
            }
            int end = lines.length;
            if (lines[end - 1].isEmpty()) {
                end--; // the last line's newline
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < end; i++) {
                List<String> fields = List.of(lines[i].split("\t", -1));
                if (fields.size() != columns.size()) {
                    throw new TableException(String.format(Locale.ROOT, "%s:%d: %d fields, the header names %d",
                            file, i + 1, fields.size(), columns.size()));
                }
                rows.add(new Row(i + 1, lines[i], fields));
            }
            return new Table(file.getFileName().toString(), Figures.sha256(bytes), List.copyOf(rows));
        }

        TableException fault(Row row, String what) {
            return new TableException(fileName + ":" + row.line() + ": " + what);
        }
    }

    /**
     * Figures of a table, written into the catalog's header as {@code # figure NAME: VALUE}; the loss test
     * computes the same figures from the catalog's entries and compares.
     */
    static final class Figures {
        private final Map<String, String> figures = new LinkedHashMap<>();

        Figures put(String name, Object value) {
            figures.put(name, String.valueOf(value));
            return this;
        }

        void appendTo(StringBuilder yaml) {
            figures.forEach((name, value) -> yaml.append("# figure ").append(name).append(": ").append(value).append('\n'));
        }

        /**
         * The digest of a table's rows that does not depend on their order: SHA-256 of the data lines sorted
         * by {@link String#compareTo}, each followed by a newline. (The catalog cannot keep the order of
         * PostgreSQL's alias rows, which it folds into the entries they alias.)
         */
        static String rowsDigest(List<Row> rows) {
            StringBuilder sorted = new StringBuilder();
            rows.stream().map(Row::text).sorted().forEach(line -> sorted.append(line).append('\n'));
            return sha256(sorted.toString().getBytes(UTF_8));
        }

        static String sha256(byte[] bytes) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                StringBuilder hex = new StringBuilder();
                for (byte b : digest) {
                    hex.append(String.format(Locale.ROOT, "%02x", b));
                }
                return hex.toString();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        /** {@code a=1 b=2}: counts in the order of their keys, so the figure is deterministic. */
        static String counts(Map<String, Integer> counts) {
            return new TreeMap<>(counts).entrySet().stream()
                    .map(count -> count.getKey() + "=" + count.getValue())
                    .collect(Collectors.joining(" "));
        }

        static <T> Map<String, Integer> countBy(List<T> items, Function<T, String> key) {
            Map<String, Integer> counts = new HashMap<>();
            items.forEach(item -> counts.merge(key.apply(item), 1, Integer::sum));
            return counts;
        }
    }

    /** How text is written into YAML: quoted unless it is plainly a word YAML reads as text. */
    static final class Yaml {
        private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
        private static final Set<String> NOT_TEXT = Set.of("true", "True", "TRUE", "false", "False", "FALSE",
                "null", "Null", "NULL");

        /** A single-quoted scalar: every character as it is, a quote doubled; YAML folds nothing inside. */
        static String quoted(String text) {
            if (text.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a line break inside a text: " + text);
            }
            return "'" + text.replace("'", "''") + "'";
        }

        /** Plain when YAML 1.2 reads it back as the same text (an identifier, not a boolean or null), else quoted. */
        static String scalar(String text) {
            return PLAIN.matcher(text).matches() && !NOT_TEXT.contains(text) ? text : quoted(text);
        }
    }

    /** Java names from the tables' snake-case words: {@code unique_violation} → {@code UniqueViolation}. */
    static String upperCamel(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** A category id from a condition name: {@code data_exception} → {@code data-exception}. */
    static String categoryId(String conditionName) {
        return conditionName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * The SQLSTATE classes as PostgreSQL's table lists them: the class code, its header text
     * ({@code Class 23 - Integrity Constraint Violation}) and its generic code {@code XX000} with that
     * code's condition name, which names the category. MySQL's catalog borrows these names for its classes.
     */
    record SqlClass(String code, String title, String genericState, String conditionName) {
        String categoryId() {
            return ConvertCorpus.categoryId(conditionName);
        }
    }

    record SqlClasses(Map<String, SqlClass> byCode) {

        static SqlClasses of(Table postgres) {
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, Row> generic = new HashMap<>();
            for (Row row : postgres.rows()) {
                String state = row.get(0);
                String classCode = row.get(1);
                if (!state.startsWith(classCode) || classCode.length() != 2) {
                    throw postgres.fault(row, "SQLSTATE " + state + " does not start with its class code " + classCode);
                }
                // An alias row sits under another class's header; the class's own rows give its title.
                if (!row.get(5).isEmpty()) {
                    String title = titles.putIfAbsent(classCode, row.get(2));
                    if (title != null && !title.equals(row.get(2))) {
                        throw postgres.fault(row, "class " + classCode + " has two titles: " + title + " and " + row.get(2));
                    }
                }
                if (state.equals(classCode + "000") && !row.get(5).isEmpty()) {
                    generic.put(classCode, row);
                }
            }
            Map<String, SqlClass> byCode = new LinkedHashMap<>();
            titles.forEach((code, title) -> {
                Row genericRow = generic.get(code);
                if (genericRow == null) {
                    throw new TableException(postgres.fileName() + ": class " + code + " has no generic code " + code + "000");
                }
                byCode.put(code, new SqlClass(code, title, genericRow.get(0), genericRow.get(5)));
            });
            return new SqlClasses(byCode);
        }

        SqlClass of(String classCode) {
            return byCode.get(classCode);
        }

        /** The class whose title is {@code title}, or null. */
        SqlClass titled(String title) {
            return byCode.values().stream().filter(c -> c.title().equals(title)).findFirst().orElse(null);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * PostgreSQL's errcodes.txt: one entry per SQLSTATE (string codes), symbol = its ERRCODE_ macro, the
     * alias macros (a second row for the same SQLSTATE, without condition name) as aliases; kind from the
     * severity; one category per class, owning the class's generic code XX000; attribute {@code condition}
     * (indexed: 5 names are shared by two codes) and, for an alias listed under another class's header,
     * attribute {@code aliasSection} holding that class's code.
     */
    static final class PostgresqlCatalog {
        private static final int STATE = 0;
        private static final int CLASS_CODE = 1;
        private static final int CLASS_TITLE = 2;
        private static final int SEVERITY = 3;
        private static final int MACRO = 4;
        private static final int CONDITION = 5;
        private static final Pattern STATE_PATTERN = Pattern.compile("[0-9A-Z]{5}");
        private static final Pattern MACRO_PATTERN = Pattern.compile("ERRCODE_[A-Z0-9_]+");
        private static final Pattern CONDITION_PATTERN = Pattern.compile("[a-z][a-z0-9_]*");
        private static final Map<String, String> KIND_BY_SEVERITY = Map.of("E", "error", "W", "warning", "S", "success");

        private final Table table;
        private final SqlClasses classes;

        PostgresqlCatalog(Table table, SqlClasses classes) {
            this.table = table;
            this.classes = classes;
        }

        /** An entry: the row that names the condition, and the alias rows of the same SQLSTATE. */
        private record Entry(Row primary, List<Row> aliases) {}

        String yaml() {
            List<Entry> entries = entries();
            Map<String, Integer> conditionUses = Figures.countBy(
                    entries.stream().map(Entry::primary).collect(Collectors.toList()), row -> row.get(CONDITION));

            StringBuilder yaml = new StringBuilder();
            header(yaml, entries, conditionUses);
            yaml.append("errata: 1\n")
                    .append("name: Postgresql\n")
                    .append("title: PostgreSQL\n")
                    .append("description: ").append(Yaml.quoted("The SQLSTATE codes of the PostgreSQL 15 server,"
                            + " as its errcodes.txt lists them: code, macro (ERRCODE_...), condition name (as PL/pgSQL"
                            + " and the manual's Appendix A write it), severity, and class. JDBC drivers report the code"
                            + " as SQLException.getSQLState(). PostgreSQL gives the codes no messages.")).append('\n')
                    .append("version: '15'\n")
                    .append("source: ").append(Yaml.quoted("PostgreSQL 15, src/backend/utils/errcodes.txt")).append('\n')
                    .append("codes:\n")
                    .append("  type: string\n")
                    .append("  pattern: '[0-9A-Z]{5}'\n")
                    .append("messages: none\n")
                    .append("suppress: [missing-message]\n")
                    .append("attributes:\n")
                    .append("  condition:\n")
                    .append("    type: string\n")
                    .append("    indexed: true\n")
                    .append("    description: ").append(Yaml.quoted("The condition name of the code, as PL/pgSQL's"
                            + " EXCEPTION WHEN clause and the manual's Appendix A write it. Five names are shared by two"
                            + " codes: string_data_right_truncation, null_value_not_allowed,"
                            + " modifying_sql_data_not_permitted, prohibited_sql_statement_attempted and"
                            + " reading_sql_data_not_permitted.")).append('\n')
                    .append("  aliasSection:\n")
                    .append("    type: string\n")
                    .append("    description: ").append(Yaml.quoted("The class whose section of errcodes.txt lists"
                            + " the alias macro, when that is not the code's own class (the four aliases"
                            + " ERRCODE_UNDEFINED_... are listed under class 42).")).append('\n');

            yaml.append("\ncategories:\n");
            for (SqlClass sqlClass : classes.byCode().values()) {
                yaml.append("  - id: ").append(sqlClass.categoryId()).append('\n')
                        .append("    code: ").append(Yaml.quoted(sqlClass.genericState())).append('\n')
                        .append("    description: ").append(Yaml.quoted(sqlClass.title())).append('\n');
            }

            yaml.append("\nerrors:\n");
            for (Entry entry : entries) {
                Row row = entry.primary();
                String condition = row.get(CONDITION);
                String kind = KIND_BY_SEVERITY.get(row.get(SEVERITY));
                yaml.append("  - code: ").append(Yaml.quoted(row.get(STATE))).append('\n')
                        .append("    name: ").append(javaName(row, conditionUses)).append('\n')
                        .append("    symbol: ").append(row.get(MACRO)).append('\n');
                if (!entry.aliases().isEmpty()) {
                    yaml.append("    aliases: [")
                            .append(entry.aliases().stream().map(alias -> alias.get(MACRO)).collect(Collectors.joining(", ")))
                            .append("]\n");
                }
                if (!kind.equals("error")) {
                    yaml.append("    kind: ").append(kind).append('\n');
                }
                yaml.append("    category: ").append(classes.of(row.get(CLASS_CODE)).categoryId()).append('\n')
                        .append("    attributes: { condition: ").append(Yaml.scalar(condition));
                String section = aliasSection(entry);
                if (section != null) {
                    yaml.append(", aliasSection: ").append(Yaml.quoted(section));
                }
                yaml.append(" }\n");
            }
            return yaml.toString();
        }

        /**
         * The entries in the table's order. A row without condition name is an alias macro of a SQLSTATE
         * that another row names (errcodes.txt lists ERRCODE_ARRAY_ELEMENT_ERROR before the code's own row);
         * the conversion stops on anything else it could not keep.
         */
        private List<Entry> entries() {
            List<Entry> entries = new ArrayList<>();
            Map<String, Entry> byState = new HashMap<>();
            Set<String> macros = new HashSet<>();
            for (Row row : table.rows()) {
                String state = row.get(STATE);
                if (!STATE_PATTERN.matcher(state).matches()) {
                    throw table.fault(row, "SQLSTATE " + state + " is not 5 digits or capitals");
                }
                if (!KIND_BY_SEVERITY.containsKey(row.get(SEVERITY))) {
                    throw table.fault(row, "severity " + row.get(SEVERITY) + " is none of E, W, S");
                }
                if (!MACRO_PATTERN.matcher(row.get(MACRO)).matches() || !macros.add(row.get(MACRO))) {
                    throw table.fault(row, "macro " + row.get(MACRO) + " is not ERRCODE_ in capitals, or repeats");
                }
                if (classes.of(row.get(CLASS_CODE)) == null || classes.titled(row.get(CLASS_TITLE)) == null) {
                    throw table.fault(row, "class " + row.get(CLASS_CODE) + " (" + row.get(CLASS_TITLE) + ") is unknown");
                }
                if (row.get(CONDITION).isEmpty()) {
                    continue; // an alias: attached below, once every code's own row is known
                }
                if (!CONDITION_PATTERN.matcher(row.get(CONDITION)).matches()) {
                    throw table.fault(row, "condition name " + row.get(CONDITION) + " is not lower snake case");
                }
                Entry entry = new Entry(row, new ArrayList<>());
                if (byState.put(state, entry) != null) {
                    throw table.fault(row, "SQLSTATE " + state + " has two condition names");
                }
                entries.add(entry);
            }
            for (Row row : table.rows()) {
                if (!row.get(CONDITION).isEmpty()) {
                    continue;
                }
                Entry entry = byState.get(row.get(STATE));
                if (entry == null) {
                    throw table.fault(row, "an alias macro (no condition name) of a SQLSTATE no row names");
                }
                if (!entry.primary().get(SEVERITY).equals(row.get(SEVERITY))
                        || !entry.primary().get(CLASS_CODE).equals(row.get(CLASS_CODE))) {
                    throw table.fault(row, "an alias whose severity or class code differs from its code's");
                }
                if (!entry.aliases().isEmpty()) {
                    throw table.fault(row, "a second alias of " + row.get(STATE) + ": aliasSection holds one class");
                }
                entry.aliases().add(row);
            }
            return entries;
        }

        /**
         * The Java name: from the condition name when no other code shares it ({@code unique_violation} →
         * {@code UniqueViolation}); else from the macro without {@code ERRCODE_}, which PostgreSQL keeps
         * distinct ({@code ERRCODE_WARNING_STRING_DATA_RIGHT_TRUNCATION} → {@code WarningStringDataRightTruncation},
         * {@code ERRCODE_S_R_E_READING_SQL_DATA_NOT_PERMITTED} → {@code SREReadingSqlDataNotPermitted}).
         */
        private static String javaName(Row row, Map<String, Integer> conditionUses) {
            String condition = row.get(CONDITION);
            return conditionUses.get(condition) == 1
                    ? upperCamel(condition)
                    : upperCamel(row.get(MACRO).substring("ERRCODE_".length()));
        }

        /** The class code of the section listing the entry's alias, when not its own class; else null. */
        private String aliasSection(Entry entry) {
            for (Row alias : entry.aliases()) {
                if (!alias.get(CLASS_TITLE).equals(entry.primary().get(CLASS_TITLE))) {
                    return classes.titled(alias.get(CLASS_TITLE)).code();
                }
            }
            return null;
        }

        private void header(StringBuilder yaml, List<Entry> entries, Map<String, Integer> conditionUses) {
            List<Row> rows = table.rows();
            Figures figures = new Figures()
                    .put("rows", rows.size())
                    .put("rows-sha256", Figures.rowsDigest(rows))
                    .put("sqlstates", rows.stream().map(row -> row.get(STATE)).distinct().count())
                    .put("macros", rows.stream().map(row -> row.get(MACRO)).distinct().count())
                    .put("alias-macros", rows.stream().filter(row -> row.get(CONDITION).isEmpty()).count())
                    .put("aliases-under-another-class", entries.stream().filter(entry -> aliasSection(entry) != null).count())
                    .put("condition-names", conditionUses.size())
                    .put("shared-condition-names", conditionUses.values().stream().filter(uses -> uses > 1).count())
                    .put("classes", rows.stream().map(row -> row.get(CLASS_CODE)).distinct().count())
                    .put("severities", Figures.counts(Figures.countBy(rows, row -> row.get(SEVERITY))));
            generatedHeader(yaml, table, "PostgreSQL 15 src/backend/utils/errcodes.txt", figures);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * MySQL's server errors: integer codes (the error number) with the symbol, attribute {@code sqlstate}
     * (indexed; absent where the table gives none), the English message as a printf format. OBSOLETE_ rows
     * are reserved: listed, numbers never reused, no exception. The table has no severity (and strict mode
     * turns "warnings" such as 1265 into errors), so every other row is an error. Categories: the SQLSTATE
     * class, named as PostgreSQL's table names that class, else {@code class-xx}.
     */
    static final class MysqlCatalog {
        private static final int SYMBOL = 0;
        private static final int NUMBER = 1;
        private static final int STATE = 2;
        private static final int MESSAGE = 3;
        private static final Pattern SYMBOL_PATTERN = Pattern.compile("[A-Z][A-Za-z0-9_]*");
        private static final Pattern NUMBER_PATTERN = Pattern.compile("[1-9][0-9]{0,8}");
        private static final Pattern STATE_PATTERN = Pattern.compile("[0-9A-Z]{5}");
        private static final String OBSOLETE = "OBSOLETE_";
        /** A C printf conversion as MySQL's messages use them, or {@code %%}. */
        static final Pattern CONVERSION = Pattern.compile(
                "%(?:%|[-+ #0]*(?:[0-9]+|\\*)?(?:\\.(?:[0-9]+|\\*))?(?:hh|h|ll|l|z|j|t|L)?[diouxXcsfFeEgGp])");

        private final Table table;
        private final SqlClasses classes;

        MysqlCatalog(Table table, SqlClasses classes) {
            this.table = table;
            this.classes = classes;
        }

        String yaml() {
            validate();
            StringBuilder yaml = new StringBuilder();
            header(yaml);
            yaml.append("errata: 1\n")
                    .append("name: Mysql\n")
                    .append("title: MySQL\n")
                    .append("description: ").append(Yaml.quoted("The error numbers of the MySQL 8.0.33 server, as"
                            + " its messages_to_clients.txt and messages_to_error_log.txt list them: number, symbol,"
                            + " SQLSTATE (where the server sets one; else it reports HY000) and English message, a"
                            + " printf format. JDBC drivers report the number as SQLException.getErrorCode() and the"
                            + " state as getSQLState(). OBSOLETE_ symbols are reserved: their numbers are never"
                            + " reused.")).append('\n')
                    .append("version: '8.0.33'\n")
                    .append("source: ").append(Yaml.quoted("MySQL 8.0.33, share/messages_to_clients.txt and"
                            + " share/messages_to_error_log.txt")).append('\n')
                    .append("codes:\n")
                    .append("  type: integer\n")
                    .append("messages: printf\n")
                    .append("suppress: [duplicate-message]\n")
                    .append("attributes:\n")
                    .append("  sqlstate:\n")
                    .append("    type: string\n")
                    .append("    indexed: true\n")
                    .append("    description: ").append(Yaml.quoted("The SQLSTATE the server reports with the error;"
                            + " absent where the table gives none (the server then reports HY000).")).append('\n');

            yaml.append("\ncategories:\n");
            for (String classCode : categoryClasses()) {
                SqlClass named = classes.of(classCode);
                yaml.append("  - id: ").append(categoryId(classCode)).append('\n')
                        .append("    description: ").append(Yaml.quoted(named != null
                                ? "SQLSTATE class " + classCode + "; PostgreSQL's errcodes.txt (after the SQL standard)"
                                        + " titles it \"" + named.title() + "\"."
                                : "SQLSTATE class " + classCode + "; neither MySQL's nor PostgreSQL's table names it.")).append('\n');
            }

            yaml.append("\nerrors:\n");
            Set<String> symbolsSeen = new HashSet<>();
            for (Row row : table.rows()) {
                String state = row.get(STATE);
                yaml.append("  - code: ").append(row.get(NUMBER)).append('\n');
                if (!symbolsSeen.add(row.get(SYMBOL))) {
                    // The name derived from the symbol is the first entry's; a later one is told apart by its number.
                    yaml.append("    name: ").append(upperCamel(row.get(SYMBOL))).append(row.get(NUMBER)).append('\n');
                }
                yaml.append("    symbol: ").append(row.get(SYMBOL)).append('\n');
                if (isObsolete(row)) {
                    yaml.append("    kind: reserved\n");
                } else if (!state.isEmpty()) {
                    yaml.append("    category: ").append(categoryId(state.substring(0, 2))).append('\n');
                }
                if (!state.isEmpty()) {
                    yaml.append("    attributes: { sqlstate: ").append(Yaml.quoted(state)).append(" }\n");
                }
                yaml.append("    message: ").append(Yaml.quoted(row.get(MESSAGE))).append('\n');
            }
            return yaml.toString();
        }

        private void validate() {
            long previous = 0;
            for (Row row : table.rows()) {
                if (!SYMBOL_PATTERN.matcher(row.get(SYMBOL)).matches()) {
                    throw table.fault(row, "symbol " + row.get(SYMBOL) + " is not a C identifier starting with a capital");
                }
                if (!NUMBER_PATTERN.matcher(row.get(NUMBER)).matches() || Long.parseLong(row.get(NUMBER)) <= previous) {
                    throw table.fault(row, "number " + row.get(NUMBER) + " is not a positive integer above the previous row's");
                }
                previous = Long.parseLong(row.get(NUMBER));
                if (!row.get(STATE).isEmpty() && !STATE_PATTERN.matcher(row.get(STATE)).matches()) {
                    throw table.fault(row, "SQLSTATE " + row.get(STATE) + " is not 5 digits or capitals");
                }
                if (CONVERSION.matcher(row.get(MESSAGE)).replaceAll("").indexOf('%') >= 0) {
                    throw table.fault(row, "a % that starts no printf conversion: " + row.get(MESSAGE));
                }
            }
            Map<String, Integer> symbolUses = Figures.countBy(table.rows(), row -> row.get(SYMBOL));
            for (Row row : table.rows()) {
                if (symbolUses.get(row.get(SYMBOL)) > 1 && !isObsolete(row)) {
                    throw table.fault(row, "symbol " + row.get(SYMBOL) + " repeats and is not OBSOLETE_");
                }
            }
        }

        private static boolean isObsolete(Row row) {
            return row.get(SYMBOL).startsWith(OBSOLETE);
        }

        /** The SQLSTATE classes of the rows that are not reserved, in order. */
        private Set<String> categoryClasses() {
            Set<String> codes = new TreeSet<>();
            for (Row row : table.rows()) {
                if (!isObsolete(row) && !row.get(STATE).isEmpty()) {
                    codes.add(row.get(STATE).substring(0, 2));
                }
            }
            return codes;
        }

        private String categoryId(String classCode) {
            SqlClass named = classes.of(classCode);
            return named != null ? named.categoryId() : "class-" + classCode.toLowerCase(Locale.ROOT);
        }

        private void header(StringBuilder yaml) {
            List<Row> rows = table.rows();
            Map<String, Integer> conversions = new HashMap<>();
            int messagesWithPlaceholders = 0;
            for (Row row : rows) {
                Matcher conversion = CONVERSION.matcher(row.get(MESSAGE));
                boolean any = false;
                while (conversion.find()) {
                    conversions.merge(conversion.group(), 1, Integer::sum);
                    any |= !conversion.group().equals("%%");
                }
                messagesWithPlaceholders += any ? 1 : 0;
            }
            Map<String, Integer> messageUses = Figures.countBy(rows, row -> row.get(MESSAGE));
            Map<String, Integer> symbolUses = Figures.countBy(rows, row -> row.get(SYMBOL));
            Figures figures = new Figures()
                    .put("rows", rows.size())
                    .put("rows-sha256", Figures.rowsDigest(rows))
                    .put("numbers", rows.stream().map(row -> row.get(NUMBER)).distinct().count())
                    .put("symbols", symbolUses.size())
                    .put("repeated-symbols", symbolUses.values().stream().filter(uses -> uses > 1).count())
                    .put("obsolete-rows", rows.stream().filter(MysqlCatalog::isObsolete).count())
                    .put("rows-with-sqlstate", rows.stream().filter(row -> !row.get(STATE).isEmpty()).count())
                    .put("sqlstates", rows.stream().map(row -> row.get(STATE)).filter(s -> !s.isEmpty()).distinct().count())
                    .put("empty-messages", rows.stream().filter(row -> row.get(MESSAGE).isEmpty()).count())
                    .put("repeated-messages", messageUses.values().stream().filter(uses -> uses > 1).count())
                    .put("rows-with-repeated-message", messageUses.values().stream().filter(uses -> uses > 1)
                            .mapToInt(Integer::intValue).sum())
                    .put("messages-with-placeholders", messagesWithPlaceholders)
                    .put("conversions", Figures.counts(conversions));
            generatedHeader(yaml, table,
                    "MySQL 8.0.33 share/messages_to_clients.txt and share/messages_to_error_log.txt", figures);
        }
    }

    private static void generatedHeader(StringBuilder yaml, Table table, String origin, Figures figures) {
        yaml.append("# yaml-language-server: $schema=errata-catalog-1.schema.json\n")
                .append("#\n")
                .append("# GENERATED: do not edit. Converted from ").append(origin).append(",\n")
                .append("# as the table ").append(table.fileName()).append(" of Errata's corpus holds it (SHA-256 ")
                .append(table.fileSha256()).append("),\n")
                .append("# by: ").append(COMMAND).append('\n')
                .append("# To change it, change catalogs/tools/ConvertCorpus.java and run it again; with --check before\n")
                .append("# CORPUS_DIR it verifies that this file is what it writes. catalogs/tools/README.md says how the\n")
                .append("# table's columns map to the catalog.\n")
                .append("#\n")
                .append("# The table's figures, which DatabaseCatalogLossTest checks against the entries below:\n");
        figures.appendTo(yaml);
        yaml.append('\n');
    }
}
