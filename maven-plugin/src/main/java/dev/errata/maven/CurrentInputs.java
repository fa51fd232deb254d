package dev.errata.maven;

import dev.errata.processor.manifest.InputsManifest;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The build's inputs as they are now, asked the questions a manifest raises. An empty answer means "cannot be
 * told" for the processor and its options (then they are not compared), and "missing" for catalogs.
 */
interface CurrentInputs {

    /** The version of errata-processor the compilation will run, if the build names it. */
    Optional<String> processorVersion();

    /** The SHA-256 of the errata-processor jar the compilation will run, if it can be found. */
    Optional<String> processorJarSha256() throws IOException;

    /** The {@code errata.*} processor options the compilation will pass, if the compiler's set-up can be read. */
    Optional<Map<String, String>> errataOptions();

    /** The SHA-256 of a file named by its path (absolute, or relative to the module folder), if it exists. */
    Optional<String> fileSha256(String path) throws IOException;

    /**
     * The SHA-256 that resource {@code name} will have in the class output when the compiler runs: that of the
     * resource file the build copies there (this goal runs before resources are copied), if there is one.
     */
    Optional<String> classOutputResourceSha256(String name) throws IOException;

    /** The SHA-256 of the first resource {@code name} on the compile class path, if there is one. */
    Optional<String> classPathResourceSha256(String name) throws IOException;

    /** How messages name a recorded catalog: the file a user edits, where it can be told. */
    default String shown(InputsManifest.Origin origin, String name) {
        return name;
    }

    /** Whether a class of that name is on the compile class path. */
    boolean onClassPath(String type) throws IOException;
}
