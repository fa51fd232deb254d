package dev.errata.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The median and the range of each benchmark's measurement iterations, read from JMH's text output (saved with
 * {@code > log}): on a shared machine a few iterations that another process slowed by ten times or more drag
 * JMH's average far from what the code costs, where the median of the iterations (all forks together) does not
 * move. Run as {@code java benchmarks/src/main/java/dev/errata/benchmarks/Medians.java LOG...}.
 */
public final class Medians {

    private Medians() {}

    public static void main(String[] args) throws IOException {
        Map<String, List<Double>> iterations = new LinkedHashMap<>();
        String unit = "";
        for (String arg : args) {
            String benchmark = null;
            for (String line : Files.readAllLines(Path.of(arg))) {
                if (line.startsWith("# Benchmark: ")) {
                    benchmark = line.substring("# Benchmark: ".length()).replaceFirst("^dev\\.errata\\.benchmarks\\.", "");
                } else if (benchmark != null && line.startsWith("Iteration ")) {
                    String[] words = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
                    if (words.length < 2) {
                        continue; // an iteration the log cut short
                    }
                    iterations.computeIfAbsent(benchmark, b -> new ArrayList<>()).add(Double.parseDouble(words[0]));
                    unit = words[1];
                }
            }
        }
        System.out.println("| benchmark | median (" + unit + ") | min | max | iterations |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, List<Double>> entry : iterations.entrySet()) {
            List<Double> values = new ArrayList<>(entry.getValue());
            values.sort(null);
            int n = values.size();
            double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
            System.out.printf("| %s | %.3g | %.3g | %.3g | %d |%n", entry.getKey(), median, values.get(0),
                    values.get(n - 1), n);
        }
    }
}
