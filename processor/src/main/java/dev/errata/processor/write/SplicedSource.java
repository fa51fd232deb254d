package dev.errata.processor.write;

import com.palantir.javapoet.JavaFile;
import java.util.Map;
import java.util.TreeMap;

/**
 * A source file JavaPoet renders with a placeholder where each large initializer goes, the initializers'
 * text written directly and put in their place. JavaPoet formats every element of an initializer on its own
 * and scans all it prints for line breaks, twice: for the data arrays of 50,000 codes that was a third of
 * the processor's time.
 *
 * <p>A placeholder is found by its last occurrence: it stands in a field of the type's body, and everything
 * that follows the type's declaration in a data class is Errata's own text, never a catalog's.
 *
 * @param skeleton the file, each spliced initializer a placeholder
 * @param splices the text of each initializer, by its placeholder
 */
public record SplicedSource(JavaFile skeleton, Map<String, String> splices) implements GeneratedSource {

    public SplicedSource {
        splices = Map.copyOf(splices);
    }

    @Override
    public String packageName() {
        return skeleton.packageName();
    }

    @Override
    public String typeName() {
        return skeleton.typeSpec().name();
    }

    @Override
    public String render() {
        String text = skeleton.toString();
        Map<Integer, String> placeholdersByIndex = new TreeMap<>();
        int length = text.length();
        for (Map.Entry<String, String> splice : splices.entrySet()) {
            int index = text.lastIndexOf(splice.getKey());
            if (index < 0) {
                throw new IllegalStateException("no placeholder " + splice.getKey() + " in " + typeName());
            }
            placeholdersByIndex.put(index, splice.getKey());
            length += splice.getValue().length() - splice.getKey().length();
        }
        StringBuilder out = new StringBuilder(length);
        int from = 0;
        for (Map.Entry<Integer, String> placeholder : placeholdersByIndex.entrySet()) {
            out.append(text, from, placeholder.getKey()).append(splices.get(placeholder.getValue()));
            from = placeholder.getKey() + placeholder.getValue().length();
        }
        return out.append(text, from, text.length()).toString();
    }
}
