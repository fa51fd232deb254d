package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.processor.testing.CatalogCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code src/test/resources/golden/} holds a catalog and the sources Errata must
 * generate from it, byte for byte, at {@code --release 17}. Run with {@code -Derrata.golden.update=true}
 * to rewrite the expected sources after an intended change, then review the diff.
 */
class GoldenSourcesTest {

    static final Path GOLDEN = Paths.get(System.getProperty("errata.golden.dir", "src/test/resources/golden"));
    static final boolean UPDATE = Boolean.getBoolean("errata.golden.update");
    static final String PACKAGE = "com.example.errors";

    @TempDir Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generatesExpectedSources(String name) throws IOException {
        Path folder = GOLDEN.resolve(name);
        // -Xdoclint over the public API, as javadoc checks it: every accessor documents its return value, every
        // field of the serialized form has a comment (mvn javadoc:jar and -Xdoclint builds stay clean).
        Compilation compilation = compile(folder, dir, "--release 17 -Xlint:all -Xdoclint:all/protected -Werror");
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> generated = generatedSources(compilation);
        Path expectedFolder = folder.resolve("expected");
        if (UPDATE) {
            rewrite(expectedFolder, generated);
            return;
        }
        Map<String, String> expected = readExpected(expectedFolder);
        assertWithMessage("generated files of %s (run with -Derrata.golden.update=true to accept)", name)
                .that(generated.keySet()).containsExactlyElementsIn(expected.keySet()).inOrder();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertWithMessage("%s/%s", name, file.getKey()).that(generated.get(file.getKey())).isEqualTo(file.getValue());
        }
    }

    /** Compiles a golden case; its optional {@code options} file adds javac options (such as the Jackson to use). */
    static Compilation compile(Path folder, Path workDir, String options) throws IOException {
        Path extra = folder.resolve("options");
        String caseOptions = Files.exists(extra) ? " " + Files.readString(extra, StandardCharsets.UTF_8).strip() : "";
        return CatalogCompiler.in(workDir)
                .catalog("catalog.yaml", Files.readAllBytes(folder.resolve("catalog.yaml")))
                .inPackage(PACKAGE)
                .options(options + caseOptions)
                .compile();
    }

    /** File name (e.g. {@code MailError.java}) to content, sorted by name. */
    static Map<String, String> generatedSources(Compilation compilation) {
        Map<String, String> sources = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String path = file.toUri().getPath();
            try {
                sources.put(path.substring(path.lastIndexOf('/') + 1), file.getCharContent(true).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static Map<String, String> readExpected(Path folder) throws IOException {
        Map<String, String> expected = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return expected;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                expected.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return expected;
    }

    private static void rewrite(Path folder, Map<String, String> generated) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    static List<String> caseNames() throws IOException {
        return cases().toList();
    }
}
