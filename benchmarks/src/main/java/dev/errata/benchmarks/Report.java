package dev.errata.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's CSV results ({@code -rf csv}) into the Markdown tables of BENCHMARKS.md: absolute scores with
 * JMH's error (99.9%), and ratios to the baselines. With {@code -prof gc}, also bytes allocated per operation.
 * No dependencies: {@code java Report.java results.csv [more.csv...]}.
 */
public final class Report {

    private static final String PREFIX = "dev.errata.benchmarks.";
    private static final String[] STYLES = {"dense", "sparse", "string"};
    private static final String[] VENDORS = {"oma", "wildduck", "openx", "osm"};

    /** Score and error by benchmark name (without the package prefix); secondary metrics as name:metric. */
    private final Map<String, double[]> scores = new LinkedHashMap<>();

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java Report.java results.csv [more.csv...]");
            System.exit(2);
        }
        Report report = new Report();
        for (String file : args) {
            report.read(Path.of(file));
        }
        System.out.print(report.lookups());
        System.out.print(report.exceptions());
        System.out.print(report.decoding());
    }

    private void read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            String name = cells.get(0).startsWith(PREFIX) ? cells.get(0).substring(PREFIX.length()) : cells.get(0);
            name = name.replace(":\u00b7", ":").replace("\u00b7", "");
            double score = Double.parseDouble(cells.get(4));
            double error = cells.get(5).equals("NaN") ? Double.NaN : Double.parseDouble(cells.get(5));
            scores.put(name, new double[] {score, error});
        }
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private String lookups() {
        StringBuilder out = new StringBuilder("### Lookup by code (ns per lookup)\n\n");
        out.append("| catalog | Errata `fromCode(c).orElse(null)` | Errata `lookup(c)` | array index | `HashMap.get` "
                + "| hand-written switch | fromCode ÷ array | fromCode ÷ HashMap | fromCode ÷ switch | fromCode B/op |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        boolean any = false;
        for (String style : STYLES) {
            for (int size : new int[] {50, 5000, 50000}) {
                String base = "catalogs." + style + size + ".LookupBenchmark.";
                if (!scores.containsKey(base + "errataFromCode")) {
                    continue;
                }
                any = true;
                out.append("| ").append(style).append(' ').append(String.format(Locale.ROOT, "%,d", size))
                        .append(" | ").append(score(base + "errataFromCode"))
                        .append(" | ").append(score(base + "errataLookup"))
                        .append(" | ").append(score(base + "arrayIndex"))
                        .append(" | ").append(score(base + "hashMapGet"))
                        .append(" | ").append(score(base + "handWrittenSwitch"))
                        .append(" | ").append(ratio(base + "errataFromCode", base + "arrayIndex"))
                        .append(" | ").append(ratio(base + "errataFromCode", base + "hashMapGet"))
                        .append(" | ").append(ratio(base + "errataFromCode", base + "handWrittenSwitch"))
                        .append(" | ").append(bytes(base + "errataFromCode"))
                        .append(" |\n");
            }
        }
        return any ? out.append('\n').toString() : "";
    }

    private String exceptions() {
        String baselines = "ExceptionBaselines.";
        if (!scores.containsKey(baselines + "newRuntimeException")) {
            return "";
        }
        StringBuilder out = new StringBuilder("### Exception creation (ns per exception)\n\n");
        out.append("| what | ns/op | ÷ `new RuntimeException(msg)` | ÷ plain object | B/op |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"`new RuntimeException(msg)`", baselines + "newRuntimeException"});
        rows.add(new String[] {"`RuntimeException` subclass, `super(msg, null, false, false)`",
            baselines + "newStacklessRuntimeException"});
        rows.add(new String[] {"plain object (code + message)", baselines + "newPlainObject"});
        for (int size : new int[] {50, 5000, 50000}) {
            String base = "catalogs.dense" + size + ".ExceptionBenchmark.";
            String label = String.format(Locale.ROOT, "%,d", size);
            rows.add(new String[] {"dense " + label + ": `new <Code>Exception(msg)`, stack trace",
                base + "constructorWithStackTrace"});
            rows.add(new String[] {"dense " + label + ": `new <Code>Exception(msg)`, stackless category",
                base + "constructorStackless"});
            rows.add(new String[] {"dense " + label + ": `exceptionFor(code, msg)`, stack trace",
                base + "exceptionForWithStackTrace"});
            rows.add(new String[] {"dense " + label + ": `exceptionFor(code, msg)`, stackless category",
                base + "exceptionForStackless"});
        }
        for (String[] row : rows) {
            if (!scores.containsKey(row[1])) {
                continue;
            }
            out.append("| ").append(row[0]).append(" | ").append(score(row[1]))
                    .append(" | ").append(ratio(row[1], baselines + "newRuntimeException"))
                    .append(" | ").append(ratio(row[1], baselines + "newPlainObject"))
                    .append(" | ").append(bytes(row[1])).append(" |\n");
        }
        return out.append('\n').toString();
    }

    private String decoding() {
        String base = "DecodeBenchmark.";
        StringBuilder out = new StringBuilder("### Decoding a typical error body (ns per body)\n\n");
        out.append("| vendor | Errata `decode(status, bytes)` | same, catalog with `stackTraces: false` "
                + "| Jackson: all tokens | Jackson: tokens + text | Jackson: `readTree` "
                + "| decode ÷ tokens | stackless decode ÷ tokens | stackless decode ÷ tokens + text "
                + "| decode ÷ `readTree` | stackless decode ÷ `readTree` "
                + "| decode B/op | stackless decode B/op | tokens B/op | `readTree` B/op |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        boolean any = false;
        for (String vendor : VENDORS) {
            String decode = base + vendor + "Decode";
            if (!scores.containsKey(decode)) {
                continue;
            }
            any = true;
            String stackless = decode + "Stackless";
            String tokens = base + vendor + "JacksonTokens";
            String text = base + vendor + "JacksonText";
            String tree = base + vendor + "JacksonTree";
            out.append("| ").append(vendor)
                    .append(" | ").append(score(decode))
                    .append(" | ").append(score(stackless))
                    .append(" | ").append(score(tokens))
                    .append(" | ").append(score(text))
                    .append(" | ").append(score(tree))
                    .append(" | ").append(ratio(decode, tokens))
                    .append(" | ").append(ratio(stackless, tokens))
                    .append(" | ").append(ratio(stackless, text))
                    .append(" | ").append(ratio(decode, tree))
                    .append(" | ").append(ratio(stackless, tree))
                    .append(" | ").append(bytes(decode))
                    .append(" | ").append(bytes(stackless))
                    .append(" | ").append(bytes(tokens))
                    .append(" | ").append(bytes(tree))
                    .append(" |\n");
        }
        return any ? out.append('\n').toString() : "";
    }

    private String score(String name) {
        double[] score = scores.get(name);
        if (score == null) {
            return "not measured";
        }
        return Double.isNaN(score[1]) ? number(score[0]) : number(score[0]) + " ± " + number(score[1]);
    }

    private String ratio(String name, String baseline) {
        double[] a = scores.get(name);
        double[] b = scores.get(baseline);
        if (a == null || b == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f×", a[0] / b[0]);
    }

    private String bytes(String name) {
        double[] allocated = scores.get(name + ":gc.alloc.rate.norm");
        return allocated == null ? "—" : String.format(Locale.ROOT, "%.0f", allocated[0]);
    }

    private static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
