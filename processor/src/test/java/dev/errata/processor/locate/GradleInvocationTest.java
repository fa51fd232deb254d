package dev.errata.processor.locate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.processor.testing.CatalogCompiler;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac run the way Gradle's {@code compileJava} runs it with the README's set-up (no Gradle is reachable on
 * the project's machines): classes to {@code build/classes/java/main}, generated sources to
 * {@code build/generated/sources/annotationProcessor/java/main}, the processor on {@code -processorpath}, an
 * empty {@code -sourcepath}, resources neither copied nor on the class path, a {@code build.gradle.kts} in the
 * project folder, and the one argument the {@code ErrataCatalogs} argument provider returns.
 */
class GradleInvocationTest {

    private static final String CATALOG = "errata: 1\nname: Shop\ncodes:\n  type: integer\nerrors:\n"
            + "  - code: 1\n    name: OutOfStock\n    message: Out of stock\n";

    @TempDir Path project;

    @BeforeEach
    void layOutProject() throws IOException {
        Files.writeString(project.resolve("build.gradle.kts"), "plugins { java }\n");
        Path pkg = Files.createDirectories(project.resolve("src/main/java/com/example/shop"));
        Files.writeString(pkg.resolve("package-info.java"),
                "@dev.errata.ErrorCatalog(\"catalogs/shop.yaml\")\npackage com.example.shop;\n");
        Files.createDirectories(project.resolve("src/main/resources/catalogs"));
        Files.writeString(project.resolve("src/main/resources/catalogs/shop.yaml"), CATALOG);
    }

    /** What the argument provider returns for {@code root = src/main/resources}. */
    private String providerArgument() {
        return "-Aerrata.catalogRoot=" + project.resolve("src/main/resources").toAbsolutePath();
    }

    @Test
    void withTheProvidersArgumentTheCatalogIsGeneratedAndRecordedRelativeToTheProject() throws IOException {
        String log = compile(0, providerArgument());
        assertWithMessage(log).that(Files.exists(project.resolve(
                "build/generated/sources/annotationProcessor/java/main/com/example/shop/ShopError.java"))).isTrue();
        String manifest = Files.readString(project.resolve("build/classes/java/main/META-INF/errata/inputs.txt"),
                StandardCharsets.UTF_8);
        assertThat(manifest).contains("\nread FILE ");
        assertThat(manifest).contains(" src/main/resources/catalogs/shop.yaml\n");
        // No lock file yet: where it would be is recorded, so that one added later is noticed.
        assertThat(manifest).contains("\nlock FILE - src/main/resources/catalogs/shop.lock.json\n");
        assertThat(manifest).contains("\noption errata.catalogRoot " + project.resolve("src/main/resources").toAbsolutePath() + "\n");
    }

    /**
     * The lock file stands beside the catalog, in the folder the provider declares as an input: Gradle reruns
     * {@code compileJava} when it changes, and the processor reads it there.
     */
    @Test
    void theLockFileBesideTheCatalogIsReadAndRecorded() throws IOException {
        Files.writeString(project.resolve("src/main/resources/catalogs/shop.lock.json"), "{\"errataLock\": 1,"
                + " \"name\": \"Shop\", \"codeType\": \"integer\", \"wire\": {}, \"codes\": [{\"code\": \"1\", \"name\":"
                + " \"Sold\", \"constant\": \"SOLD\", \"retryable\": false, \"deprecated\": false}]}");
        String log = compile(1, providerArgument());
        assertThat(log).contains("[errata:breaking-change] " + project.resolve("src/main/resources/catalogs/shop.yaml")
                .toAbsolutePath() + ":6:11: a released catalog must not break its clients, but code 1 was renamed from"
                + " Sold (SOLD) to OutOfStock (OUT_OF_STOCK) (rule name-changed, against shop.lock.json)");
    }

    @Test
    void withoutItTheErrorListsTheRealFoldersSearched() throws IOException {
        String log = compile(1);
        assertThat(log).contains("[errata:catalog-not-found] catalogs/shop.yaml: ");
        assertThat(log).contains(project.resolve("build/classes/java/main/catalogs/shop.yaml") + " (class output)");
        assertThat(log).contains(project.resolve("src/main/resources/catalogs/shop.yaml") + " (resources, copied to the class output)");
        assertThat(log).contains(project.resolve("catalogs/shop.yaml") + " (module folder)");
    }

    @Test
    void diagnosticsNameTheCatalogsRealPath() throws IOException {
        Files.writeString(project.resolve("src/main/resources/catalogs/shop.yaml"), CATALOG + "  - code: 1\n    name: Again\n");
        String log = compile(1, providerArgument());
        assertThat(log).contains("[errata:duplicate-code] " + project.resolve("src/main/resources/catalogs/shop.yaml").toAbsolutePath()
                + ":9:11: ");
    }

    /** Runs javac as Gradle does and returns its output, after checking its exit code. */
    private String compile(int expectedExit, String... extra) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of(
                "-d", project.resolve("build/classes/java/main").toString(),
                "-s", project.resolve("build/generated/sources/annotationProcessor/java/main").toString(),
                "-classpath", CatalogCompiler.testClasspathEntries("errata-annotations", "annotations/target/classes").stream()
                        .map(File::toString).collect(Collectors.joining(File.pathSeparator)),
                "-processorpath", System.getProperty("java.class.path"),
                "-sourcepath", "",
                "--release", "17"));
        args.addAll(List.of(extra));
        Files.createDirectories(project.resolve("build/classes/java/main"));
        Files.createDirectories(project.resolve("build/generated/sources/annotationProcessor/java/main"));
        args.add(project.resolve("src/main/java/com/example/shop/package-info.java").toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = javac.run(null, out, out, args.toArray(new String[0]));
        String log = out.toString(StandardCharsets.UTF_8);
        assertWithMessage("javac %s\n%s", args, log).that(exit).isEqualTo(expectedExit);
        return log;
    }
}
