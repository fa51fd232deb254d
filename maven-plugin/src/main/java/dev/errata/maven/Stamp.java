package dev.errata.maven;

import dev.errata.processor.manifest.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A generated source that belongs to no one but this plugin: rewriting it (and deleting its class) is how the
 * plugin makes maven-compiler-plugin recompile the module. 3.x recompiles everything when a source is newer than
 * its class; 4.x rebuilds on any changed or added source when a processor runs. Its package is made from the
 * module's coordinates, so no two modules share it (which the module path would refuse).
 */
final class Stamp {

    static final String CLASS_NAME = "ErrataInputsStamp";

    private final Path sourceRoot;
    private final String packageName;

    Stamp(Path sourceRoot, String groupId, String artifactId) {
        this.sourceRoot = sourceRoot;
        String hash = Sha256.of((groupId + ":" + artifactId).getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        this.packageName = "errata.stamp.m" + hash.toLowerCase(Locale.ROOT);
    }

    Path sourceRoot() {
        return sourceRoot;
    }

    Path source() {
        return sourceRoot.resolve(packageName.replace('.', '/')).resolve(CLASS_NAME + ".java");
    }

    /** The stamp's class file in {@code classes}. */
    Path compiled(Path classes) {
        return classes.resolve(packageName.replace('.', '/')).resolve(CLASS_NAME + ".class");
    }

    boolean exists() {
        return Files.isRegularFile(source());
    }

    /** Writes the stamp; {@code inputs} (a digest of what it stands for) only changes its comment, never its class. */
    void write(String inputs) throws IOException {
        Files.createDirectories(source().getParent());
        Files.writeString(source(), """
                // Written by errata-maven-plugin; do not edit. The plugin rewrites this file whenever an input of the
                // Errata annotation processor changed, so that maven-compiler-plugin recompiles the module and javac
                // runs the processor again. Inputs: %s
                package %s;

                /** Marks this module's compilations for errata-maven-plugin; it holds nothing, and nothing uses it. */
                final class %s {

                    /** Never made. */
                    private %s() {}
                }
                """.formatted(inputs, packageName, CLASS_NAME, CLASS_NAME), StandardCharsets.UTF_8);
    }
}
