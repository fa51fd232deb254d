package dev.errata.processor.compat;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.json.JsonOut;
import dev.errata.processor.yaml.YamlLimits;
import dev.errata.processor.yaml.YamlNode;
import dev.errata.processor.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lock file: the {@link Snapshot} of a catalog's last release, as JSON, written beside the catalog
 * ({@code x.yaml} → {@code x.lock.json}) by {@code errata lock} and committed, so that the processor can check
 * for breaking changes offline, in any build tool. Read back through the catalog's own YAML reader (JSON is
 * YAML), so that a damaged lock file is reported at its line and column like a catalog.
 */
public final class LockFile {

    /** The format version written in {@code errataLock}. */
    public static final int VERSION = 1;

    private LockFile() {}

    /** The lock file's name for a catalog file name: {@code x.yaml} → {@code x.lock.json}. */
    public static String nameFor(String catalogFileName) {
        String base = catalogFileName.replaceFirst("\\.(yaml|yml)$", "");
        return base + ".lock.json";
    }

    /** The text of a lock file for {@code snapshot}. */
    public static String write(Snapshot snapshot) {
        Map<String, Object> lock = new LinkedHashMap<>();
        lock.put("errataLock", VERSION);
        lock.put("name", snapshot.name());
        lock.put("codeType", snapshot.codeType());
        lock.put("wire", snapshot.wire());
        Map<String, Object> attributes = new LinkedHashMap<>();
        snapshot.attributes().forEach((name, attribute) -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("type", attribute.type());
            a.put("indexed", attribute.indexed());
            attributes.put(name, a);
        });
        lock.put("attributes", attributes);
        List<Object> codes = new ArrayList<>();
        for (Snapshot.Code code : snapshot.codes().values()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("code", code.code());
            c.put("name", code.name());
            c.put("constant", code.constant());
            c.put("category", code.category().orElse(null));
            c.put("httpStatus", code.httpStatus().orElse(null));
            c.put("retryable", code.retryable());
            c.put("parameters", code.parameters());
            c.put("message", code.message().orElse(null));
            c.put("deprecated", code.deprecated());
            c.put("details", code.details());
            c.put("kind", code.kind());
            c.put("symbol", code.symbol().orElse(null));
            c.put("aliases", code.aliases());
            c.put("attributes", code.attributes());
            codes.add(c);
        }
        lock.put("codes", codes);
        lock.put("retired", List.copyOf(snapshot.retired()));
        return JsonOut.write(lock);
    }

    /** Reads a lock file; empty after reporting why it cannot be used. */
    public static Optional<Snapshot> read(String shownAs, byte[] bytes, Diagnostics diagnostics) {
        Optional<YamlNode> tree = new YamlTreeReader(YamlLimits.DEFAULT).read(shownAs, bytes, diagnostics);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(snapshot(tree.get()));
        } catch (Invalid e) {
            diagnostics.report(Message.LOCK_FILE_INVALID, e.at.position(), e.getMessage());
            return Optional.empty();
        }
    }

    private static Snapshot snapshot(YamlNode root) {
        Map<String, YamlNode> lock = mapping(root, "the lock file");
        YamlNode version = required(lock, "errataLock", root);
        if (!text(version, "errataLock").equals(String.valueOf(VERSION))) {
            throw new Invalid(version, "its errataLock is '" + text(version, "errataLock") + "', and this Errata reads"
                    + " version " + VERSION);
        }
        Map<String, String> wire = new LinkedHashMap<>();
        mapping(required(lock, "wire", root), "wire").forEach((k, v) -> wire.put(k, text(v, "wire." + k)));
        // Attributes, kinds, symbols and aliases came with lock files after the first: absent means none (an error).
        Map<String, Snapshot.Attribute> attributes = new LinkedHashMap<>();
        if (lock.containsKey("attributes")) {
            mapping(lock.get("attributes"), "attributes").forEach((name, node) -> {
                Map<String, YamlNode> a = mapping(node, "attribute " + name);
                attributes.put(name, new Snapshot.Attribute(text(required(a, "type", node), "type"),
                        Boolean.parseBoolean(text(required(a, "indexed", node), "indexed")), node.position()));
            });
        }
        Map<String, Snapshot.Code> codes = new LinkedHashMap<>();
        for (YamlNode item : sequence(required(lock, "codes", root), "codes")) {
            Map<String, YamlNode> c = mapping(item, "a code");
            String code = text(required(c, "code", item), "code");
            Optional<String> httpStatus = optionalText(c, "httpStatus");
            Optional<Integer> status;
            try {
                status = httpStatus.map(Integer::valueOf);
            } catch (NumberFormatException e) {
                throw new Invalid(c.get("httpStatus"), "httpStatus of code " + code + " is not a number");
            }
            codes.put(code, new Snapshot.Code(code, text(required(c, "name", item), "name"),
                    text(required(c, "constant", item), "constant"), optionalText(c, "category"), status,
                    Boolean.parseBoolean(text(required(c, "retryable", item), "retryable")),
                    texts(c.get("parameters"), "parameters"), optionalText(c, "message"),
                    Boolean.parseBoolean(text(required(c, "deprecated", item), "deprecated")),
                    texts(c.get("details"), "details"), optionalText(c, "kind").orElse(Snapshot.Code.DEFAULT_KIND),
                    optionalText(c, "symbol"), list(c.get("aliases"), "aliases"),
                    texts(c.get("attributes"), "attributes"), item.position()));
        }
        Set<String> retired = new LinkedHashSet<>(list(lock.get("retired"), "retired"));
        return new Snapshot(text(required(lock, "name", root), "name"), text(required(lock, "codeType", root), "codeType"),
                wire, attributes, codes, retired);
    }

    private static Map<String, YamlNode> mapping(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw new Invalid(node, what + " is " + node.kind() + ", not a mapping");
        }
        Map<String, YamlNode> members = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            members.put(entry.key().value(), entry.value());
        }
        return members;
    }

    private static List<YamlNode> sequence(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            throw new Invalid(node, what + " is " + node.kind() + ", not a list");
        }
        return sequence.items();
    }

    private static YamlNode required(Map<String, YamlNode> members, String key, YamlNode owner) {
        YamlNode value = members.get(key);
        if (value == null) {
            throw new Invalid(owner, "'" + key + "' is missing");
        }
        return value;
    }

    private static String text(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            throw new Invalid(node, what + " is " + node.kind() + ", not a value");
        }
        return scalar.value();
    }

    private static Optional<String> optionalText(Map<String, YamlNode> members, String key) {
        YamlNode node = members.get(key);
        if (node == null || (node instanceof YamlNode.Scalar scalar && scalar.isNull())) {
            return Optional.empty();
        }
        return Optional.of(text(node, key));
    }

    private static List<String> list(YamlNode node, String what) {
        List<String> texts = new ArrayList<>();
        if (node != null) {
            for (YamlNode item : sequence(node, what)) {
                texts.add(text(item, "an item of " + what));
            }
        }
        return texts;
    }

    private static Map<String, String> texts(YamlNode node, String what) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (node != null) {
            mapping(node, what).forEach((k, v) -> texts.put(k, text(v, what + "." + k)));
        }
        return texts;
    }

    /** The lock file is not what {@link #write} writes; {@code at} is where. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient YamlNode at;

        Invalid(YamlNode at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }
}
