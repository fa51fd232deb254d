package dev.errata.processor.bind;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.model.Generation;
import dev.errata.processor.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binds the optional {@code generation} section: enum or table, exception class per code or per category. */
final class GenerationBinder {

    static final List<String> GENERATION_KEYS = List.of("enum", "exceptionClasses", "stackTraces");

    private static final Map<String, Generation.Mode> ENUM_WORDS = Map.of(
            "auto", Generation.Mode.AUTO, "always", Generation.Mode.ON, "never", Generation.Mode.OFF);
    private static final Map<String, Generation.Mode> EXCEPTION_WORDS = Map.of(
            "auto", Generation.Mode.AUTO, "perCode", Generation.Mode.ON, "perCategory", Generation.Mode.OFF);

    private final Diagnostics diagnostics;

    GenerationBinder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Generation bind(YamlNode.Mapping node) {
        MappingReader generation = new MappingReader(node, "the generation section", GENERATION_KEYS, diagnostics);
        Generation.Mode enumMode = mode(generation, "enum", ENUM_WORDS, "auto, always or never");
        Generation.Mode exceptionMode = mode(generation, "exceptionClasses", EXCEPTION_WORDS, "auto, perCode or perCategory");
        boolean stackTraces = generation.bool("stackTraces").orElse(true);
        return new Generation(enumMode, exceptionMode, stackTraces);
    }

    private Generation.Mode mode(MappingReader generation, String key, Map<String, Generation.Mode> words, String expected) {
        Optional<String> word = generation.text(key);
        if (word.isEmpty()) {
            return Generation.Mode.AUTO;
        }
        Generation.Mode mode = words.get(word.get());
        if (mode == null) {
            generation.wrongType(key, generation.node(key).orElseThrow(), expected, "Write one of " + expected);
            return Generation.Mode.AUTO;
        }
        return mode;
    }
}
