package dev.errata.catalogs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The database catalogs lose nothing of the tables they were converted from. The build cannot read the
 * tables (they are not in the repository), so the converter, {@code catalogs/tools/ConvertCorpus.java},
 * wrote the tables' figures into each catalog's header ({@code # figure NAME: VALUE}): row counts,
 * distinct symbols and states, severities, placeholders, and a digest of the rows. This test rebuilds
 * every row of the table from the catalog's entries, exactly as the table wrote it, and computes the same
 * figures; a text changed by one character changes the digest.
 */
class DatabaseCatalogLossTest {

    /** Where the database catalogs are kept, under the module: its top level, beside the seed catalogs. */
    private static final String FOLDER = "";
    private static final Pattern FIGURE = Pattern.compile("^# figure ([a-z0-9-]+): (.*)$", Pattern.MULTILINE);
    /** A C printf conversion, or {@code %%}: flags, width, precision, length modifier, conversion. */
    private static final Pattern CONVERSION = Pattern.compile(
            "%(?:%|[-+ #0]*(?:[0-9]+|\\*)?(?:\\.(?:[0-9]+|\\*))?(?:hh|h|ll|l|z|j|t|L)?[diouxXcsfFeEgGp])");

    @Test
    void postgresqlHoldsEveryRowOfErrcodes() throws IOException {
        Catalog catalog = Catalog.read("postgresql.yaml");
        Map<String, Map<String, Object>> categoriesById = new HashMap<>();
        for (Map<String, Object> category : catalog.list("categories")) {
            categoriesById.put((String) category.get("id"), category);
        }

        // The table's columns: sqlstate, class_code, class_name, severity, macro, condition_name.
        List<List<String>> rows = new ArrayList<>();
        Set<String> classesWithAliases = new HashSet<>();
        int aliasesUnderAnotherClass = 0;
        for (Map<String, Object> entry : catalog.list("errors")) {
            String state = (String) entry.get("code");
            Map<String, Object> category = categoriesById.get((String) entry.get("category"));
            assertWithMessage("category of %s", state).that(category).isNotNull();
            String classCode = ((String) category.get("code")).substring(0, 2);
            String classTitle = (String) category.get("description");
            String severity = severity((String) entry.getOrDefault("kind", "error"));
            Map<String, Object> attributes = map(entry.get("attributes"));
            rows.add(List.of(state, classCode, classTitle, severity, (String) entry.get("symbol"),
                    (String) attributes.get("condition")));

            for (Object alias : (List<?>) entry.getOrDefault("aliases", List.of())) {
                String aliasTitle = classTitle;
                String section = (String) attributes.get("aliasSection");
                if (section != null) {
                    aliasTitle = classTitle(categoriesById, section);
                    aliasesUnderAnotherClass++;
                    classesWithAliases.add(classCode);
                }
                rows.add(List.of(state, classCode, aliasTitle, severity, (String) alias, ""));
            }
        }

        Map<String, Integer> conditionUses = countBy(
                catalog.list("errors").stream().map(entry -> (String) map(entry.get("attributes")).get("condition"))
                        .collect(Collectors.toList()));
        Map<String, String> actual = new LinkedHashMap<>();
        actual.put("rows", String.valueOf(rows.size()));
        actual.put("rows-sha256", rowsDigest(rows));
        actual.put("sqlstates", distinct(rows, 0));
        actual.put("macros", distinct(rows, 4));
        actual.put("alias-macros", String.valueOf(rows.stream().filter(row -> row.get(5).isEmpty()).count()));
        actual.put("aliases-under-another-class", String.valueOf(aliasesUnderAnotherClass));
        actual.put("condition-names", String.valueOf(conditionUses.size()));
        actual.put("shared-condition-names",
                String.valueOf(conditionUses.values().stream().filter(uses -> uses > 1).count()));
        actual.put("classes", distinct(rows, 1));
        actual.put("severities", counts(countBy(rows.stream().map(row -> row.get(3)).collect(Collectors.toList()))));

        assertThat(actual).containsExactlyEntriesIn(catalog.figures());
        assertWithMessage("classes whose alias sits under another class's header (the table's class 42 section)")
                .that(classesWithAliases)
                .containsExactly("26", "34", "3D", "3F");
    }

    @Test
    void postgresqlCategoriesOwnTheirClassesGenericCode() throws IOException {
        Catalog catalog = Catalog.read("postgresql.yaml");
        Map<String, String> categoryOfCode = new HashMap<>();
        for (Map<String, Object> entry : catalog.list("errors")) {
            categoryOfCode.put((String) entry.get("code"), (String) entry.get("category"));
        }
        for (Map<String, Object> category : catalog.list("categories")) {
            String owned = (String) category.get("code");
            assertWithMessage("category %s owns a class's generic code XX000", category.get("id"))
                    .that(owned).matches("[0-9A-Z]{2}000");
            assertWithMessage("the entry %s owned by category %s is in it", owned, category.get("id"))
                    .that(categoryOfCode.get(owned)).isEqualTo(category.get("id"));
            assertWithMessage("title of category %s", category.get("id"))
                    .that((String) category.get("description")).startsWith("Class " + owned.substring(0, 2) + " - ");
        }
        for (Map<String, Object> entry : catalog.list("errors")) {
            String code = (String) entry.get("code");
            String categoryCode = catalog.list("categories").stream()
                    .filter(category -> category.get("id").equals(entry.get("category")))
                    .map(category -> (String) category.get("code")).findFirst().orElseThrow();
            assertWithMessage("class of %s", code).that(code.substring(0, 2)).isEqualTo(categoryCode.substring(0, 2));
        }
    }

    @Test
    void mysqlHoldsEveryServerError() throws IOException {
        Catalog catalog = Catalog.read("mysql.yaml");

        // The table's columns: symbol, number, sqlstate, english_message.
        List<List<String>> rows = new ArrayList<>();
        Map<String, Integer> conversions = new HashMap<>();
        int messagesWithPlaceholders = 0;
        int reserved = 0;
        for (Map<String, Object> entry : catalog.list("errors")) {
            String symbol = (String) entry.get("symbol");
            String message = (String) entry.get("message");
            assertWithMessage("message of %s (an empty one is written '')", symbol).that(message).isNotNull();
            String state = (String) map(entry.get("attributes")).getOrDefault("sqlstate", "");
            rows.add(List.of(symbol, String.valueOf(entry.get("code")), state, message));

            if ("reserved".equals(entry.get("kind"))) {
                reserved++;
                assertWithMessage("reserved entry %s", symbol).that(symbol).startsWith("OBSOLETE_");
            } else {
                assertWithMessage("kind of %s", symbol).that(entry.get("kind")).isNull();
                assertWithMessage("%s is not OBSOLETE_, so not reserved", symbol).that(symbol).doesNotMatch("OBSOLETE_.*");
            }
            Matcher conversion = CONVERSION.matcher(message);
            boolean any = false;
            while (conversion.find()) {
                conversions.merge(conversion.group(), 1, Integer::sum);
                any |= !conversion.group().equals("%%");
            }
            messagesWithPlaceholders += any ? 1 : 0;
        }

        Map<String, Integer> symbolUses = countBy(column(rows, 0));
        Map<String, Integer> messageUses = countBy(column(rows, 3));
        Map<String, String> actual = new LinkedHashMap<>();
        actual.put("rows", String.valueOf(rows.size()));
        actual.put("rows-sha256", rowsDigest(rows));
        actual.put("numbers", distinct(rows, 1));
        actual.put("symbols", String.valueOf(symbolUses.size()));
        actual.put("repeated-symbols", String.valueOf(symbolUses.values().stream().filter(uses -> uses > 1).count()));
        actual.put("obsolete-rows", String.valueOf(reserved));
        actual.put("rows-with-sqlstate", String.valueOf(rows.stream().filter(row -> !row.get(2).isEmpty()).count()));
        actual.put("sqlstates", String.valueOf(column(rows, 2).stream().filter(s -> !s.isEmpty()).distinct().count()));
        actual.put("empty-messages", String.valueOf(rows.stream().filter(row -> row.get(3).isEmpty()).count()));
        actual.put("repeated-messages", String.valueOf(messageUses.values().stream().filter(uses -> uses > 1).count()));
        actual.put("rows-with-repeated-message",
                String.valueOf(messageUses.values().stream().filter(uses -> uses > 1).mapToInt(Integer::intValue).sum()));
        actual.put("messages-with-placeholders", String.valueOf(messagesWithPlaceholders));
        actual.put("conversions", counts(conversions));

        assertThat(actual).containsExactlyEntriesIn(catalog.figures());
    }

    @Test
    void mysqlCategoriesAreTheSqlstateClasses() throws IOException {
        Catalog catalog = Catalog.read("mysql.yaml");
        Map<String, Set<String>> classesByCategory = new TreeMap<>();
        for (Map<String, Object> entry : catalog.list("errors")) {
            String state = (String) map(entry.get("attributes")).get("sqlstate");
            String category = (String) entry.get("category");
            boolean reserved = "reserved".equals(entry.get("kind"));
            assertWithMessage("category of %s (SQLSTATE %s)", entry.get("symbol"), state)
                    .that(category != null).isEqualTo(state != null && !reserved);
            if (category != null) {
                classesByCategory.computeIfAbsent(category, id -> new HashSet<>()).add(state.substring(0, 2));
            }
        }
        Set<String> declared = catalog.list("categories").stream().map(category -> (String) category.get("id"))
                .collect(Collectors.toSet());
        assertThat(classesByCategory.keySet()).containsExactlyElementsIn(declared);
        classesByCategory.forEach((category, classes) ->
                assertWithMessage("SQLSTATE classes of category %s", category).that(classes).hasSize(1));
    }

    /** A catalog file: its YAML as maps and lists, and the figures in its header. */
    private record Catalog(Map<String, Object> yaml, Map<String, String> figures) {

        static Catalog read(String fileName) throws IOException {
            Path file = CatalogSchemaTest.catalogsDir().resolve(FOLDER).resolve(fileName);
            String text = Files.readString(file, UTF_8);
            Map<String, String> figures = new LinkedHashMap<>();
            Matcher figure = FIGURE.matcher(text);
            while (figure.find()) {
                figures.put(figure.group(1), figure.group(2));
            }
            assertWithMessage("'# figure' lines in %s", fileName).that(figures).isNotEmpty();
            LoadSettings settings = LoadSettings.builder().setLabel(fileName).build();
            return new Catalog(map(new Load(settings).loadFromString(text)), figures);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String key) {
            return (List<Map<String, Object>>) yaml.get(key);
        }
    }

    /** The table's severity letter of a kind, as ConvertCorpus maps them (S success, W warning, E error). */
    private static String severity(String kind) {
        switch (kind) {
            case "success": return "S";
            case "warning": return "W";
            case "error": return "E";
            default: throw new AssertionError("a PostgreSQL entry of kind " + kind);
        }
    }

    private static String classTitle(Map<String, Map<String, Object>> categoriesById, String classCode) {
        return categoriesById.values().stream()
                .filter(category -> ((String) category.get("code")).startsWith(classCode))
                .map(category -> (String) category.get("description"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no category owns class " + classCode));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    /**
     * The rows' digest as the converter computes it: SHA-256 of the rows' lines (fields joined by tabs), sorted,
     * each followed by a newline.
     */
    private static String rowsDigest(List<List<String>> rows) {
        StringBuilder sorted = new StringBuilder();
        rows.stream().map(row -> String.join("\t", row)).sorted().forEach(line -> sorted.append(line).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sorted.toString().getBytes(UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static List<String> column(List<List<String>> rows, int column) {
        return rows.stream().map(row -> row.get(column)).collect(Collectors.toList());
    }

    private static String distinct(List<List<String>> rows, int column) {
        return String.valueOf(column(rows, column).stream().distinct().count());
    }

    private static Map<String, Integer> countBy(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts;
    }

    /** {@code a=1 b=2}, in the order of the keys: the converter's form of a figure that counts by kind. */
    private static String counts(Map<String, Integer> counts) {
        return new TreeMap<>(counts).entrySet().stream()
                .map(count -> count.getKey() + "=" + count.getValue())
                .collect(Collectors.joining(" "));
    }
}
