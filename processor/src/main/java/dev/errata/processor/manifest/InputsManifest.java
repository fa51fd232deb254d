package dev.errata.processor.manifest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one compilation's run of the processor read, so that a build tool can tell before the next compilation
 * whether running the processor again would produce something else: the processor itself, its options, the
 * types whose presence changed what it generated (Jackson), and every catalog with its content hash and the
 * files generated from it.
 *
 * <p>The processor writes it into the class output as {@value #RESOURCE} ({@link ManifestFormat} defines the
 * text); errata-maven-plugin reads it. Paths are relative to the module folder when they lie inside it (with
 * {@code /} between names), so that the file does not depend on where the project was checked out.
 *
 * @param processorVersion the processor's version, or {@code unknown} when it does not run from its jar
 * @param processorJarSha256 the SHA-256 of the processor's jar, when it runs from one (tells SNAPSHOT builds apart)
 * @param namedModule whether the compiled sources form a named module (then a library on the class path is
 *     visible only if {@code module-info.java} requires it)
 * @param options the {@code errata.*} processor options the compilation passed, by name
 * @param probes the types the processor looked up, and whether they were visible
 * @param catalogs every catalog read, in the order read
 */
public record InputsManifest(String processorVersion, Optional<String> processorJarSha256, boolean namedModule,
        Map<String, String> options, Map<String, Boolean> probes, List<CatalogRecord> catalogs) {

    /** Where in the class output the processor writes the manifest. */
    public static final String RESOURCE = "META-INF/errata/inputs.txt";

    public InputsManifest {
        options = Map.copyOf(options);
        probes = Map.copyOf(probes);
        catalogs = List.copyOf(catalogs);
    }

    /** How a catalog was found, which says how to find it again. */
    public enum Origin {
        /** A file on disk, named by its path (absolute, or relative to the module folder). */
        FILE,
        /** A resource in the class output (where Maven copies {@code src/main/resources}), by its relative name. */
        CLASS_OUTPUT,
        /** A resource on the compile class path (a jar or another module's classes), by its relative name. */
        CLASS_PATH
    }

    /**
     * One {@code @ErrorCatalog} and what came of it.
     *
     * @param packageName the annotated package
     * @param annotationValue the {@code @ErrorCatalog} value as written
     * @param origin how the catalog was found
     * @param name the file's path ({@link Origin#FILE}) or the resource's relative name
     * @param sha256 the SHA-256 of the bytes read
     * @param generated the generated source files (relative to the module folder when inside it), by type name
     * @param lockFile where the catalog's lock file was looked for, when there was somewhere to look
     */
    public record CatalogRecord(String packageName, String annotationValue, Origin origin, String name, String sha256,
            Map<String, String> generated, Optional<LockFileRecord> lockFile) {

        public CatalogRecord {
            generated = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(generated));
        }
    }

    /**
     * The lock file beside a catalog (its breaking-change baseline): a new, changed or removed one changes
     * whether the build passes, so it is an input like the catalog.
     *
     * @param origin how it is found: a file, or a resource of the class output or class path
     * @param name the file's path (relative to the module folder when inside it) or the resource's relative name
     * @param sha256 the SHA-256 of its bytes, absent when there was none
     */
    public record LockFileRecord(Origin origin, String name, Optional<String> sha256) {}
}
