package dev.errata.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.ErrataProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * Compiles a package annotated with {@code @ErrorCatalog} against catalogs written to a temporary folder,
 * the way a user's build would, with Errata as the only processor.
 */
public final class CatalogCompiler {

    private final Path root;
    private final Map<String, byte[]> catalogs = new LinkedHashMap<>();
    private final List<String> locations = new ArrayList<>();
    private final List<String> options = new ArrayList<>();
    private final List<JavaFileObject> extraSources = new ArrayList<>();
    private String packageName = "com.example.errors";
    private List<java.io.File> classpath;
    private final List<Processor> otherProcessors = new ArrayList<>();

    private CatalogCompiler(Path root) {
        this.root = root;
    }

    /** A compiler whose relative catalog paths resolve under {@code root} (through -Aerrata.catalogRoot). */
    public static CatalogCompiler in(Path root) {
        return new CatalogCompiler(root);
    }

    /** Writes {@code yaml} as catalog {@code relativePath} and names it in {@code @ErrorCatalog}. */
    public CatalogCompiler catalog(String relativePath, String yaml) {
        return catalog(relativePath, yaml.getBytes(StandardCharsets.UTF_8));
    }

    public CatalogCompiler catalog(String relativePath, byte[] bytes) {
        catalogs.put(relativePath, bytes);
        locations.add(relativePath);
        return this;
    }

    /** Writes a file beside the catalogs (such as a lock file) without naming it in {@code @ErrorCatalog}. */
    public CatalogCompiler file(String relativePath, byte[] bytes) {
        catalogs.put(relativePath, bytes);
        return this;
    }

    /** Names a location in {@code @ErrorCatalog} without writing any file there. */
    public CatalogCompiler location(String location) {
        locations.add(location);
        return this;
    }

    public CatalogCompiler inPackage(String packageName) {
        this.packageName = packageName;
        return this;
    }

    /** javac options such as {@code --release 8} (split on spaces). */
    public CatalogCompiler options(String... options) {
        for (String option : options) {
            this.options.addAll(Arrays.asList(option.split(" ")));
        }
        return this;
    }

    /**
     * Compiles against exactly these class path entries instead of the test's own class path: for
     * compilations that must not see a library (such as one Jackson or the other).
     */
    public CatalogCompiler classpath(List<java.io.File> entries) {
        this.classpath = List.copyOf(entries);
        return this;
    }

    /** Entries of the test's class path whose file name contains {@code fragment}. */
    public static List<java.io.File> testClasspathEntries(String... fragments) {
        List<java.io.File> found = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            for (String fragment : fragments) {
                if (entry.contains(fragment)) {
                    found.add(new java.io.File(entry));
                }
            }
        }
        return found;
    }

    /** Another source compiled with the package, e.g. code that uses the generated types. */
    public CatalogCompiler source(String qualifiedName, String code) {
        extraSources.add(JavaFileObjects.forSourceString(qualifiedName, code));
        return this;
    }

    /** A processor run beside Errata, such as {@link DocComments}. */
    public CatalogCompiler alsoProcessor(Processor processor) {
        otherProcessors.add(processor);
        return this;
    }

    public Compilation compile() {
        try {
            for (Map.Entry<String, byte[]> catalog : catalogs.entrySet()) {
                Path file = root.resolve(catalog.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, catalog.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A comment on the first line, so that -Xdoclint has nothing to say about the test's own file and the
        // annotations keep their line numbers.
        StringBuilder packageInfo = new StringBuilder("/** The catalog's package. */ ");
        for (String location : locations) {
            packageInfo.append("@dev.errata.ErrorCatalog(\"").append(location.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\")\n");
        }
        packageInfo.append("package ").append(packageName).append(";\n");
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(JavaFileObjects.forSourceString(packageName + ".package-info", packageInfo.toString()));
        sources.addAll(extraSources);
        List<String> allOptions = new ArrayList<>(options);
        allOptions.add("-Aerrata.catalogRoot=" + root);
        // The others first: Errata claims @ErrorCatalog, and a processor never offered an annotation is not run.
        List<Processor> processors = new ArrayList<>(otherProcessors);
        processors.add(new ErrataProcessor());
        Compiler compiler = Compiler.javac().withProcessors(processors).withOptions(allOptions);
        if (classpath != null) {
            compiler = compiler.withClasspath(classpath);
        }
        return compiler.compile(sources);
    }
}
