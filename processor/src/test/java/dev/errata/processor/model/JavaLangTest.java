package dev.errata.processor.model;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link JavaLang} lists every public type of the running JDK's {@code java.lang}. */
class JavaLangTest {

    @Test
    void listsEveryPublicTypeOfTheRunningJdksJavaLang() throws IOException, ClassNotFoundException {
        List<String> found = new ArrayList<>();
        Path javaLang = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules/java.base/java/lang");
        try (Stream<Path> files = Files.list(javaLang)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$") || name.contains("-")) {
                    continue;
                }
                String simpleName = name.substring(0, name.length() - ".class".length());
                if (Modifier.isPublic(Class.forName("java.lang." + simpleName, false, null).getModifiers())) {
                    found.add(simpleName);
                }
            }
        }
        assertWithMessage("a sanity check: the JDK was read").that(found).containsAtLeast("String", "SecurityException",
                "InternalError");
        assertWithMessage("java.lang types of JDK %s missing from JavaLang", Runtime.version().feature())
                .that(JavaLang.types()).containsAtLeastElementsIn(found);
    }
}
