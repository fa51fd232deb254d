package dev.errata.processor.docs;

import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything a catalog says about one code, resolved (defaults of its category applied), as the docs page,
 * the JSON index and {@code errata explain} show it: one source, so that they never disagree.
 */
public final class CodeFacts {

    private CodeFacts() {}

    /** A labelled fact, as text. */
    public record Fact(String label, String value) {}

    /**
     * The stable anchor of a code on its docs page: {@code code-} and the code, each character outside
     * {@code [A-Za-z0-9_-]} written as {@code .XXXX} (its UTF-16 unit in hex). {@code dev.errata.DocsAnchor} is
     * the one definition: generated renderers call it too, for problem types that point at the docs.
     */
    public static String anchor(String code) {
        return dev.errata.DocsAnchor.of(code);
    }

    /** The parameters as {@code name: type}, comma-separated. */
    public static String parameters(ErrorEntry entry) {
        return entry.parameters().stream().map(p -> p.name() + ": " + p.type().keyword()).collect(Collectors.joining(", "));
    }

    /** The facts of {@code entry} in reading order; absent ones are left out. */
    public static List<Fact> of(Catalog catalog, ErrorEntry entry) {
        GeneratedNames names = new GeneratedNames(catalog.name());
        List<Fact> facts = new ArrayList<>();
        facts.add(catalog.usesEnum()
                ? new Fact("Constant", names.errorEnum() + "." + GeneratedNames.constant(entry))
                // The table form has no constant per code: an entry is found by its name (or its code).
                : new Fact("Entry", names.errorEnum() + ".fromName(\"" + entry.javaName() + "\")"));
        facts.add(new Fact("Category", entry.category().map(Category::id).orElse("(none)")));
        facts.add(new Fact("HTTP status", entry.httpStatus().isPresent() ? String.valueOf(entry.httpStatus().getAsInt()) : "(none)"));
        facts.add(new Fact("Retryable", entry.retryable() ? "yes" : "no"));
        entry.message().ifPresent(m -> facts.add(new Fact("Message", m)));
        if (!entry.parameters().isEmpty()) {
            facts.add(new Fact("Parameters", parameters(entry)));
        }
        entry.description().ifPresent(d -> facts.add(new Fact("Description", d)));
        entry.solution().ifPresent(s -> facts.add(new Fact("Solution", s)));
        if (entry.deprecation().deprecated()) {
            facts.add(new Fact("Deprecated", entry.deprecation().reason().orElse("yes")));
        }
        if (!entry.details().isEmpty()) {
            facts.add(new Fact("Details", entry.details().entrySet().stream().map(d -> d.getKey() + ": " + d.getValue())
                    .collect(Collectors.joining(", "))));
        }
        facts.add(new Fact("Exception", catalog.usesClassPerCode() ? names.errorException(entry)
                : entry.category().map(names::categoryException).orElse(names.baseException())));
        return facts;
    }

    /** One code as the JSON index holds it. */
    public static Map<String, Object> json(Catalog catalog, ErrorEntry entry, String page) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", entry.code());
        json.put("name", entry.javaName());
        json.put("constant", GeneratedNames.constant(entry));
        String anchor = anchor(entry.code());
        json.put("anchor", anchor);
        json.put("url", page + "#" + anchor);
        json.put("category", entry.category().map(Category::id).orElse(null));
        json.put("httpStatus", entry.httpStatus().isPresent() ? entry.httpStatus().getAsInt() : null);
        json.put("retryable", entry.retryable());
        json.put("message", entry.message().orElse(null));
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Parameter parameter : entry.parameters()) {
            parameters.put(parameter.name(), parameter.type().keyword());
        }
        json.put("parameters", parameters);
        json.put("description", entry.description().orElse(null));
        json.put("solution", entry.solution().orElse(null));
        json.put("deprecated", entry.deprecation().deprecated()
                ? entry.deprecation().reason().<Object>map(r -> r).orElse(Boolean.TRUE) : Boolean.FALSE);
        json.put("details", new LinkedHashMap<>(entry.details()));
        Optional<Map<String, Object>> body = ExampleBodies.vendorBody(catalog, entry);
        Optional<Map<String, Object>> problem = ExampleBodies.problemJson(catalog, entry);
        if (body.isPresent()) {
            Map<String, Object> examples = new LinkedHashMap<>();
            examples.put("body", body.get());
            examples.put("problemJson", problem.get());
            json.put("examples", examples);
        }
        return json;
    }
}
