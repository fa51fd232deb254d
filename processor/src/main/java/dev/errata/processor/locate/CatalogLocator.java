package dev.errata.processor.locate;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.SourcePosition;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds a catalog named in {@code @ErrorCatalog} and reads it, bounded in size.
 *
 * <p>Relative paths are tried, in order: under {@code -Aerrata.catalogRoot}; on the class output and the
 * class path (Maven and Gradle copy resources there before compiling); on the source path; under the
 * module's folder, found as the nearest folder above the class output holding a build file. The last
 * makes {@code catalogs/x.yaml} work whether the build starts in the module or at the reactor root, since
 * it never depends on the working directory.
 */
public final class CatalogLocator {

    /** The processor option that overrides the base folder of relative catalog paths. */
    public static final String CATALOG_ROOT_OPTION = "errata.catalogRoot";

    private static final String CLASSPATH_PREFIX = "classpath:";
    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");
    private static final int MODULE_SEARCH_DEPTH = 5;

    private final Filer filer;
    private final Optional<String> catalogRoot;
    private final int maxBytes;

    public CatalogLocator(Filer filer, Optional<String> catalogRoot, int maxBytes) {
        this.filer = filer;
        this.catalogRoot = catalogRoot.filter(root -> !root.isBlank());
        this.maxBytes = maxBytes;
    }

    public Optional<CatalogSource> locate(String location, Diagnostics diagnostics) {
        SourcePosition whole = SourcePosition.wholeFile(location);
        if (location.isBlank()) {
            diagnostics.report(Message.CATALOG_LOCATION_EMPTY, whole);
            return Optional.empty();
        }
        List<String> lookedIn = new ArrayList<>();
        try {
            if (location.startsWith(CLASSPATH_PREFIX)) {
                String resource = stripLeadingSlash(location.substring(CLASSPATH_PREFIX.length()));
                if (escapes(resource)) {
                    diagnostics.report(Message.CATALOG_PATH_ESCAPES, whole, resource);
                    return Optional.empty();
                }
                Optional<CatalogSource> found = fromLocation(location, StandardLocation.CLASS_PATH, resource, lookedIn, diagnostics);
                return reportIfMissing(found, lookedIn, whole, diagnostics);
            }
            Path path = Paths.get(location);
            if (path.isAbsolute()) {
                lookedIn.add(path.toString());
                return reportIfMissing(fromFile(location, path, diagnostics), lookedIn, whole, diagnostics);
            }
            if (escapes(location)) {
                diagnostics.report(Message.CATALOG_PATH_ESCAPES, whole, location);
                return Optional.empty();
            }
            if (catalogRoot.isPresent()) {
                Path candidate = Paths.get(catalogRoot.get()).resolve(location);
                lookedIn.add(candidate + " (-A" + CATALOG_ROOT_OPTION + ")");
                return reportIfMissing(fromFile(location, candidate, diagnostics), lookedIn, whole, diagnostics);
            }
            Optional<CatalogSource> found = fromLocation(location, StandardLocation.CLASS_OUTPUT, location, lookedIn, diagnostics)
                    .or(() -> fromLocation(location, StandardLocation.CLASS_PATH, location, lookedIn, diagnostics))
                    .or(() -> fromLocation(location, StandardLocation.SOURCE_PATH, location, lookedIn, diagnostics))
                    .or(() -> fromModuleFolder(location, lookedIn, diagnostics));
            return reportIfMissing(found, lookedIn, whole, diagnostics);
        } catch (InvalidPathException e) {
            diagnostics.report(Message.CATALOG_UNREADABLE, whole, "not a valid path: " + e.getReason());
            return Optional.empty();
        } catch (ReadFailed e) {
            return Optional.empty();
        }
    }

    private static Optional<CatalogSource> reportIfMissing(Optional<CatalogSource> found, List<String> lookedIn,
            SourcePosition whole, Diagnostics diagnostics) {
        if (found.isEmpty()) {
            diagnostics.report(Message.CATALOG_NOT_FOUND, whole, String.join("; ", lookedIn));
        }
        return found;
    }

    /** A relative path that climbs above its base folder, once normalised. */
    private static boolean escapes(String relative) {
        Path normalized = Paths.get(relative).normalize();
        return normalized.startsWith("..") || normalized.toString().equals("..");
    }

    private static String stripLeadingSlash(String resource) {
        return resource.startsWith("/") ? resource.substring(1) : resource;
    }

    private Optional<CatalogSource> fromLocation(String location, JavaFileManager.Location where, String relativeName,
            List<String> lookedIn, Diagnostics diagnostics) {
        lookedIn.add(where.getName());
        FileObject file;
        try {
            file = filer.getResource(where, "", relativeName);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // The location is not configured (no source path), or javac refuses the name: not found there.
            return Optional.empty();
        }
        if (file == null) {
            return Optional.empty();
        }
        URI uri = file.toUri();
        if ("file".equals(uri.getScheme())) {
            Path path = Paths.get(uri);
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            return fromFile(location, path, diagnostics);
        }
        try (InputStream in = file.openInputStream()) {
            return Optional.of(new CatalogSource(location, uri.toString(), readBounded(in, location, diagnostics)));
        } catch (FileNotFoundException | NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            diagnostics.report(Message.CATALOG_UNREADABLE, SourcePosition.wholeFile(location),
                    "reading " + uri + " failed (" + e + ")");
            throw new ReadFailed();
        }
    }

    private Optional<CatalogSource> fromModuleFolder(String location, List<String> lookedIn, Diagnostics diagnostics) {
        Optional<Path> module = moduleFolder();
        if (module.isEmpty()) {
            return Optional.empty();
        }
        Path candidate = module.get().resolve(location);
        lookedIn.add(candidate + " (module folder)");
        return fromFile(location, candidate, diagnostics);
    }

    /** The nearest folder above the class output that holds a build file, if the output is on disk. */
    private Optional<Path> moduleFolder() {
        try {
            URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "errata-probe").toUri();
            if (!"file".equals(uri.getScheme())) {
                return Optional.empty();
            }
            Path folder = Paths.get(uri).getParent();
            for (int i = 0; folder != null && i < MODULE_SEARCH_DEPTH; i++, folder = folder.getParent()) {
                for (String buildFile : BUILD_FILES) {
                    if (Files.isRegularFile(folder.resolve(buildFile))) {
                        return Optional.of(folder);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // No class output on disk (an in-memory compilation): there is no module folder to try.
        }
        return Optional.empty();
    }

    private Optional<CatalogSource> fromFile(String location, Path path, Diagnostics diagnostics) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        SourcePosition whole = SourcePosition.wholeFile(location);
        if (!Files.isRegularFile(path)) {
            diagnostics.report(Message.CATALOG_UNREADABLE, whole,
                    path + (Files.isDirectory(path) ? " is a directory" : " is not a regular file"));
            throw new ReadFailed();
        }
        try (InputStream in = Files.newInputStream(path)) {
            return Optional.of(new CatalogSource(location, path.toString(), readBounded(in, location, diagnostics)));
        } catch (IOException | SecurityException e) {
            diagnostics.report(Message.CATALOG_UNREADABLE, whole, "reading " + path + " failed (" + e + ")");
            throw new ReadFailed();
        }
    }

    /** Reads at most one byte past the limit, so that an endless or huge file costs no more than that. */
    private byte[] readBounded(InputStream in, String location, Diagnostics diagnostics) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            diagnostics.report(Message.CATALOG_TOO_LARGE, SourcePosition.wholeFile(location), maxBytes);
            throw new ReadFailed();
        }
        return bytes;
    }

    /** The file was found but could not be used; the reason is already reported. */
    private static final class ReadFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadFailed() {
            super(null, null, false, false);
        }
    }
}
