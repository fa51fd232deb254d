package dev.errata.processor.compat;

import dev.errata.processor.json.JsonOut;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The changes of a {@link CatalogDiff} as text, JSON or SARIF 2.1.0 (for code-review annotations). Accepted
 * changes are shown with their reason (in SARIF as an in-source suppression) and do not count as breaking.
 */
public final class Reports {

    private Reports() {}

    /** One line per change: {@code LEVEL [rule-id] file:line:column: text}. */
    public static String text(List<Change> changes, AcceptedChanges accepted) {
        StringBuilder out = new StringBuilder();
        for (Change change : changes) {
            out.append(change.level()).append(" [").append(change.rule().id()).append("] ").append(change.position())
                    .append(": ").append(change.text());
            accepted.reasonFor(change).ifPresent(reason -> out.append(" (accepted: ").append(reason).append(')'));
            out.append('\n');
        }
        out.append(changes.size()).append(" change(s), ").append(breaking(changes, accepted)).append(" breaking\n");
        return out.toString();
    }

    /** {@code {"changes": [{rule, level, code, message, file, line, column}]}}. */
    /** How many error-level changes are not accepted. */
    public static long breaking(List<Change> changes, AcceptedChanges accepted) {
        return changes.stream().filter(c -> c.level() == Rule.Level.ERROR && !accepted.accepts(c)).count();
    }

    public static String json(List<Change> changes, AcceptedChanges accepted) {
        List<Object> list = new ArrayList<>();
        for (Change change : changes) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("rule", change.rule().id());
            c.put("level", change.level().name().toLowerCase(Locale.ROOT));
            c.put("code", change.code().orElse(null));
            c.put("message", change.text());
            c.put("file", change.position().file());
            c.put("line", change.position().line());
            c.put("column", change.position().column());
            c.put("accepted", accepted.reasonFor(change).orElse(null));
            list.add(c);
        }
        return JsonOut.write(Map.of("changes", list));
    }

    /** A SARIF 2.1.0 log with one run, every rule described, one result per change. */
    public static String sarif(List<Change> changes, AcceptedChanges accepted) {
        List<Object> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", rule.id());
            r.put("shortDescription", Map.of("text", rule.summary()));
            r.put("defaultConfiguration", Map.of("level", level(rule.level())));
            rules.add(r);
        }
        List<Object> results = new ArrayList<>();
        for (Change change : changes) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", change.rule().id());
            result.put("level", level(change.level()));
            result.put("message", Map.of("text", change.text()));
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Map.of("uri", change.position().file().replace('\\', '/')));
            if (change.position().line() > 0) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", change.position().line());
                region.put("startColumn", change.position().column());
                physical.put("region", region);
            }
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
            accepted.reasonFor(change).ifPresent(reason -> {
                Map<String, Object> suppression = new LinkedHashMap<>();
                suppression.put("kind", "inSource");
                suppression.put("justification", reason);
                result.put("suppressions", List.of(suppression));
            });
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "errata");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return JsonOut.write(log);
    }

    private static String level(Rule.Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }
}
