package dev.errata.processor.yaml;

import dev.errata.processor.diagnostic.SourcePosition;
import java.util.List;

/**
 * A YAML node with the position it was read from. Errata reads catalogs into this small tree instead of
 * into Java objects, so that no tag can ever make the loader build anything, and so that every value
 * keeps its line and column for diagnostics.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    SourcePosition position();

    /** How the node is called in diagnostics: "a text", "a mapping", "a list". */
    String kind();

    /**
     * A scalar as written. {@code plain} tells unquoted scalars (whose {@code 12}, {@code true},
     * {@code null} mean numbers, booleans and nothing in YAML 1.2) from quoted and block ones (always text).
     */
    record Scalar(String value, boolean plain, SourcePosition position) implements YamlNode {

        /** YAML 1.2 core schema: a plain {@code null}, {@code ~} or nothing at all means no value. */
        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equals("null")
                    || value.equals("Null") || value.equals("NULL"));
        }

        /** {@code '12'} for a plain scalar; {@code the text '12'} for a quoted one, which YAML reads as text. */
        @Override
        public String kind() {
            if (isNull()) {
                return "empty (null)";
            }
            return plain ? "'" + value + "'" : "the text '" + value + "'";
        }
    }

    /** A key and its value, both with positions. */
    record Entry(Scalar key, YamlNode value) {}

    /** A mapping, keys in file order, no duplicates (the reader rejects them). */
    record Mapping(List<Entry> entries, SourcePosition position) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }
}
