package dev.errata.processor.locate;

import dev.errata.processor.manifest.InputsManifest.Origin;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A catalog's bytes, where they came from, and the name it is reported under.
 *
 * @param location the {@code @ErrorCatalog} value, as written; {@code @Generated} and the generated Javadoc use
 *     it, so that output does not depend on where the build runs
 * @param origin how it was found: a file, or a resource of the class output or class path
 * @param file the file read, if it was one on disk
 * @param resource the relative resource name it was looked up by, for the class output and class path
 * @param shownAs what diagnostics name: the real file (absolute, so that an IDE console links it; for a copy in
 *     the class output, the source it was copied from when that can be told) or the jar entry's URI
 * @param bytes the file's content
 */
public record CatalogSource(String location, Origin origin, Optional<Path> file, String resource, String shownAs,
        byte[] bytes) {}
