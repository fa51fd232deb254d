package dev.errata.processor.diagnostics;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Field;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The source files a compilation generated, whether or not it failed. compile-testing hides them after a
 * failure ({@code generatedSourceFiles()} then throws), but "a failed catalog leaves no partial output" is
 * exactly what has to be checked after a failure, so this reads the field behind it.
 */
final class GeneratedSources {

    private GeneratedSources() {}

    static List<JavaFileObject> of(Compilation compilation) {
        try {
            Field field = Compilation.class.getDeclaredField("generatedFiles");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<JavaFileObject> files = (List<JavaFileObject>) field.get(compilation);
            return files.stream().filter(f -> f.getKind() == JavaFileObject.Kind.SOURCE).toList();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("compile-testing changed: cannot read Compilation.generatedFiles", e);
        }
    }
}
