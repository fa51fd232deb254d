package dev.errata.processor.compat;

import dev.errata.processor.diagnostic.SourcePosition;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.Parameter;
import dev.errata.processor.model.Wire;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a catalog promises its clients, and nothing else: the surface a breaking-change check compares. A lock
 * file holds one ({@link LockFile}); a catalog gives one ({@link #of}).
 *
 * @param name the catalog's name (the generated types' prefix)
 * @param codeType {@code integer} or {@code string}
 * @param wire the wire paths, by name ({@code codePath}, {@code messagePath}, {@code successMember},
 *     {@code problemType}), absent values left out
 * @param attributes the declared attributes, by name, in catalog order
 * @param codes every code, in catalog order
 * @param retired codes once published and since removed: they must never come back with another meaning
 */
public record Snapshot(String name, String codeType, Map<String, String> wire, Map<String, Attribute> attributes,
        Map<String, Code> codes, Set<String> retired) {

    public Snapshot {
        wire = Collections.unmodifiableMap(new LinkedHashMap<>(wire));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
        retired = Collections.unmodifiableSet(new TreeSet<>(retired));
    }

    /**
     * A declared attribute's promises: the type of its accessor, and whether it has a lookup.
     *
     * @param type the type's keyword ({@code string}, {@code int}, ...)
     * @param position where it is declared in the catalog (or in the lock file)
     */
    public record Attribute(String type, boolean indexed, SourcePosition position) {}

    /**
     * One code's promises.
     *
     * @param kind {@code error}, {@code warning}, {@code success} or {@code reserved}
     * @param symbol the symbol {@code symbol()} gives and {@code fromSymbol} finds, if any
     * @param aliases the further identifiers {@code fromSymbol} finds
     * @param attributes the code's attribute values, as text, by attribute name
     * @param position where the code is written in the catalog (or in the lock file)
     */
    public record Code(String code, String name, String constant, Optional<String> category, Optional<Integer> httpStatus,
            boolean retryable, Map<String, String> parameters, Optional<String> message, boolean deprecated,
            Map<String, String> details, String kind, Optional<String> symbol, List<String> aliases,
            Map<String, String> attributes, SourcePosition position) {

        /** The kind a catalog's entries have unless they say otherwise (and a lock file's codes that do not say). */
        public static final String DEFAULT_KIND = "error";

        public Code {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
            aliases = List.copyOf(aliases);
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        /** Whether the code is only kept so that nobody reuses it: {@code kind: reserved}. */
        public boolean reserved() {
            return kind.equals("reserved");
        }
    }

    /** The snapshot of a catalog, with {@code retired} carried over from an earlier snapshot. */
    public static Snapshot of(Catalog catalog, Set<String> retired) {
        Map<String, Code> codes = new LinkedHashMap<>();
        for (ErrorEntry entry : catalog.errors()) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (Parameter parameter : entry.parameters()) {
                parameters.put(parameter.name(), parameter.type().keyword());
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            entry.attributes().forEach((name, value) -> attributes.put(name, String.valueOf(value)));
            codes.put(entry.code(), new Code(entry.code(), entry.javaName(), GeneratedNames.constant(entry),
                    entry.category().map(Category::id),
                    entry.httpStatus().isPresent() ? Optional.of(entry.httpStatus().getAsInt()) : Optional.empty(),
                    entry.retryable(), parameters, entry.message(), entry.deprecation().deprecated(), entry.details(),
                    entry.kind().keyword(), entry.symbolText(), entry.aliasTexts(), attributes, entry.codePosition()));
        }
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (dev.errata.processor.model.Attribute attribute : catalog.attributes()) {
            attributes.put(attribute.name(), new Attribute(attribute.type().keyword(), attribute.indexed(),
                    attribute.position()));
        }
        Set<String> stillRetired = new TreeSet<>(retired);
        return new Snapshot(catalog.name(), catalog.codeType().name().toLowerCase(java.util.Locale.ROOT),
                wire(catalog.wire()), attributes, codes, stillRetired);
    }

    private static Map<String, String> wire(Optional<Wire> wire) {
        Map<String, String> paths = new LinkedHashMap<>();
        wire.ifPresent(w -> {
            paths.put("codePath", String.join(".", w.codePath()));
            w.messagePath().ifPresent(p -> paths.put("messagePath", String.join(".", p)));
            w.successMember().ifPresent(m -> paths.put("successMember", m));
            w.batchPath().ifPresent(p -> paths.put("batchPath", String.join(".", p)));
            w.codeAfter().ifPresent(c -> paths.put("codeAfter", c));
            w.category().ifPresent(c -> paths.put("categoryMember", String.join(".", c.path())));
            w.warningsPath().ifPresent(p -> paths.put("warningsPath", String.join(".", p)));
            w.headers().requestId().ifPresent(h -> paths.put("requestIdHeader", h));
            w.headers().retryAfter().ifPresent(h -> paths.put("retryAfterHeader", h));
            w.headers().retryable().ifPresent(h -> paths.put("retryableHeader", h));
            paths.put("problemType", w.problemType());
        });
        return paths;
    }

    /** The codes of {@code older} this snapshot no longer has, added to the retired ones: the next lock's. */
    public Set<String> retiredAfter(Snapshot older) {
        Set<String> all = new TreeSet<>(older.retired());
        all.addAll(retired);
        for (String code : older.codes().keySet()) {
            if (!codes.containsKey(code)) {
                all.add(code);
            }
        }
        all.removeAll(codes.keySet());
        return all;
    }

    /** The same snapshot with other retired codes. */
    public Snapshot withRetired(Set<String> retired) {
        return new Snapshot(name, codeType, wire, attributes, codes, retired);
    }

    static List<String> codesOf(Snapshot snapshot) {
        return List.copyOf(snapshot.codes().keySet());
    }
}
