package dev.errata.processor.locate;

import dev.errata.processor.bind.Suggestions;
import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.SourcePosition;
import dev.errata.processor.manifest.InputsManifest.Origin;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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
 *
 * <p>When a catalog is not found, the error lists the real folders searched and, if one of them holds a file
 * of a near name, suggests it.
 */
public final class CatalogLocator {

    /** The processor option that overrides the base folder of relative catalog paths. */
    public static final String CATALOG_ROOT_OPTION = "errata.catalogRoot";

    private static final String CLASSPATH_PREFIX = "classpath:";
    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");
    private static final int MODULE_SEARCH_DEPTH = 5;
    /** Where Maven and Gradle keep the resources they copy into the class output. */
    private static final String MAIN_RESOURCES = "src/main/resources";

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
        Search search = new Search(location);
        try {
            if (location.startsWith(CLASSPATH_PREFIX)) {
                String resource = stripLeadingSlash(location.substring(CLASSPATH_PREFIX.length()));
                if (escapes(resource)) {
                    diagnostics.report(Message.CATALOG_PATH_ESCAPES, whole, resource);
                    return Optional.empty();
                }
                Optional<CatalogSource> found = fromLocation(search, StandardLocation.CLASS_PATH, resource, diagnostics);
                return reportIfMissing(found, search, diagnostics);
            }
            Path path = Paths.get(location);
            if (path.isAbsolute()) {
                search.lookedIn(path.toString(), path);
                return reportIfMissing(fromFile(location, path, diagnostics), search, diagnostics);
            }
            if (escapes(location)) {
                diagnostics.report(Message.CATALOG_PATH_ESCAPES, whole, location);
                return Optional.empty();
            }
            if (catalogRoot.isPresent()) {
                Path candidate = Paths.get(catalogRoot.get()).resolve(location).toAbsolutePath().normalize();
                search.lookedIn(candidate + " (-A" + CATALOG_ROOT_OPTION + ")", candidate);
                return reportIfMissing(fromFile(location, candidate, diagnostics), search, diagnostics);
            }
            Optional<CatalogSource> found = fromLocation(search, StandardLocation.CLASS_OUTPUT, location, diagnostics)
                    .or(() -> fromLocation(search, StandardLocation.CLASS_PATH, location, diagnostics))
                    .or(() -> fromLocation(search, StandardLocation.SOURCE_PATH, location, diagnostics))
                    .or(() -> fromModuleFolder(search, diagnostics));
            return reportIfMissing(found, search, diagnostics);
        } catch (InvalidPathException e) {
            diagnostics.report(Message.CATALOG_UNREADABLE, whole, "not a valid path: " + e.getReason());
            return Optional.empty();
        } catch (ReadFailed e) {
            return Optional.empty();
        }
    }

    /** What one lookup tried: the places, as the error shows them, and the candidate files on disk. */
    private static final class Search {
        final String location;
        final List<String> places = new ArrayList<>();
        final List<Path> candidates = new ArrayList<>();

        Search(String location) {
            this.location = location;
        }

        void lookedIn(String place, Path candidate) {
            places.add(place);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
    }

    private Optional<CatalogSource> reportIfMissing(Optional<CatalogSource> found, Search search, Diagnostics diagnostics) {
        if (found.isEmpty()) {
            diagnostics.report(Message.CATALOG_NOT_FOUND, SourcePosition.wholeFile(search.location),
                    new Diagnostics.Whole(String.join("; ", search.places)),
                    new Diagnostics.Whole(nearNames(search).map(n -> " Did you mean " + n + "?").orElse("")));
        }
        return found;
    }

    /** A file beside one of the candidates whose name is close to the one asked for, shown as a path. */
    private static Optional<String> nearNames(Search search) {
        Set<Path> suggestions = new LinkedHashSet<>();
        Set<String> suggestedNames = new HashSet<>();
        for (Path candidate : search.candidates) {
            Path folder = candidate.getParent();
            if (folder == null || candidate.getFileName() == null || !Files.isDirectory(folder)) {
                continue;
            }
            String wanted = candidate.getFileName().toString();
            try (Stream<Path> files = Files.list(folder)) {
                List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                        .filter(name -> !name.equals(wanted)).sorted().toList();
                Suggestions.closest(wanted, names)
                        .filter(suggestedNames::add).ifPresent(name -> suggestions.add(folder.resolve(name)));
            } catch (IOException | SecurityException e) {
                // An unreadable folder offers no suggestion; the error still lists it.
            }
        }
        return suggestions.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" or ", suggestions.stream().map(Path::toString).toList()));
    }

    /** A relative path that climbs above its base folder, once normalised. */
    private static boolean escapes(String relative) {
        Path normalized = Paths.get(relative).normalize();
        return normalized.startsWith("..") || normalized.toString().equals("..");
    }

    private static String stripLeadingSlash(String resource) {
        return resource.startsWith("/") ? resource.substring(1) : resource;
    }

    private Optional<CatalogSource> fromLocation(Search search, JavaFileManager.Location where, String relativeName,
            Diagnostics diagnostics) {
        String location = search.location;
        FileObject file;
        try {
            file = filer.getResource(where, "", relativeName);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // The location is not configured (no source path), or javac refuses the name: not found there.
            search.lookedIn(placeName(where), null);
            return Optional.empty();
        }
        if (file == null) {
            search.lookedIn(placeName(where), null);
            return Optional.empty();
        }
        URI uri = file.toUri();
        Origin origin = where == StandardLocation.CLASS_OUTPUT ? Origin.CLASS_OUTPUT
                : where == StandardLocation.CLASS_PATH ? Origin.CLASS_PATH : Origin.FILE;
        if ("file".equals(uri.getScheme())) {
            Path path = Paths.get(uri).toAbsolutePath().normalize();
            if (origin == Origin.CLASS_PATH && moduleFolder().filter(path::startsWith).isPresent()) {
                // javac's class path can reach into the module's own folder (its working directory): such a file
                // is the module's own, to be found again by its path, not on the class path of a later build.
                origin = Origin.FILE;
            }
            if (where == StandardLocation.CLASS_OUTPUT) {
                // Maven copies src/main/resources here: name the folder the user edits, and suggest names from it.
                moduleFolder().map(m -> m.resolve(MAIN_RESOURCES)).filter(Files::isDirectory)
                        .map(resources -> resources.resolve(relativeName).normalize())
                        .ifPresent(source -> search.lookedIn(source + " (resources, copied to the class output)", source));
            }
            search.lookedIn(path + " (" + placeName(where) + ")", path);
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            if (origin == Origin.FILE) {
                return fromFile(location, path, diagnostics);
            }
            Origin resource = origin;
            return fromFile(location, path, diagnostics).map(found -> new CatalogSource(location, resource,
                    Optional.empty(), relativeName, copiedFrom(path, relativeName, found.bytes()), found.bytes()));
        }
        try (InputStream in = file.openInputStream()) {
            byte[] bytes = readBounded(in, location, diagnostics);
            return Optional.of(new CatalogSource(location, origin, Optional.empty(), relativeName, uri.toString(), bytes));
        } catch (FileNotFoundException | NoSuchFileException e) {
            search.lookedIn(placeName(where), null);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            diagnostics.report(Message.CATALOG_UNREADABLE, SourcePosition.wholeFile(location),
                    "reading " + uri + " failed (" + e + ")");
            throw new ReadFailed();
        }
    }

    private static String placeName(JavaFileManager.Location where) {
        return where == StandardLocation.CLASS_OUTPUT ? "class output"
                : where == StandardLocation.CLASS_PATH ? "every entry of the compile class path"
                : where == StandardLocation.SOURCE_PATH ? "the source path" : where.getName();
    }

    /**
     * The file a build copied to {@code copy} (in some module's class output), if it can be told: the same bytes
     * under {@code src/main/resources} of the module the copy's folder belongs to. Else the copy itself.
     */
    private static String copiedFrom(Path copy, String relativeName, byte[] bytes) {
        Path outputRoot = copy;
        for (int i = Paths.get(relativeName).getNameCount(); i > 0 && outputRoot != null; i--) {
            outputRoot = outputRoot.getParent();
        }
        Optional<Path> module = outputRoot == null ? Optional.empty() : moduleFolderAbove(outputRoot);
        if (module.isPresent()) {
            Path source = module.get().resolve(MAIN_RESOURCES).resolve(relativeName);
            try {
                if (Files.isRegularFile(source) && java.util.Arrays.equals(Files.readAllBytes(source), bytes)) {
                    return source.toString();
                }
            } catch (IOException | SecurityException e) {
                // Then the copy is named: still a real file.
            }
        }
        return copy.toString();
    }

    private Optional<CatalogSource> fromModuleFolder(Search search, Diagnostics diagnostics) {
        Optional<Path> module = moduleFolder();
        if (module.isEmpty()) {
            return Optional.empty();
        }
        Path candidate = module.get().resolve(search.location);
        search.lookedIn(candidate + " (module folder)", candidate);
        return fromFile(search.location, candidate, diagnostics);
    }

    /** The nearest folder above the class output that holds a build file, if the output is on disk. */
    public Optional<Path> moduleFolder() {
        try {
            URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "errata-probe").toUri();
            if (!"file".equals(uri.getScheme())) {
                return Optional.empty();
            }
            return moduleFolderAbove(Paths.get(uri).getParent());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // No class output on disk (an in-memory compilation): there is no module folder to try.
        }
        return Optional.empty();
    }

    private static Optional<Path> moduleFolderAbove(Path start) {
        Path folder = start;
        for (int i = 0; folder != null && i < MODULE_SEARCH_DEPTH; i++, folder = folder.getParent()) {
            for (String buildFile : BUILD_FILES) {
                if (Files.isRegularFile(folder.resolve(buildFile))) {
                    return Optional.of(folder);
                }
            }
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
            Path absolute = path.toAbsolutePath().normalize();
            return Optional.of(new CatalogSource(location, Origin.FILE, Optional.of(absolute), location,
                    absolute.toString(), readBounded(in, location, diagnostics)));
        } catch (IOException | SecurityException e) {
            diagnostics.report(Message.CATALOG_UNREADABLE, whole, "reading " + path + " failed (" + e + ")");
            throw new ReadFailed();
        }
    }

    /**
     * A file beside a catalog, such as its lock file: where it is looked up, and its bytes if it is there.
     *
     * @param origin {@link Origin#FILE} for a file on disk, else the location of the resource
     * @param name the file's absolute path, or the resource's relative name
     * @param shownAs what diagnostics name
     * @param bytes the content, absent when there is no such file (or it could not be read)
     */
    public record Sibling(Origin origin, String name, String shownAs, Optional<byte[]> bytes) {}

    /**
     * The file {@code name} beside the catalog {@code source}: beside the file the user edits when that is known
     * (a catalog copied to the class output is shown as its source), else beside the resource it was read as.
     * Empty when there is nowhere to look; otherwise where it was looked for, whether or not it is there, so
     * that a build tool can notice it appear.
     */
    public Optional<Sibling> sibling(CatalogSource source, String name, Diagnostics diagnostics) {
        try {
            Path shown = Paths.get(source.shownAs());
            if (shown.isAbsolute() && Files.isRegularFile(shown)) {
                Path sibling = shown.resolveSibling(name);
                String path = sibling.toString();
                if (!Files.isRegularFile(sibling)) {
                    return Optional.of(new Sibling(Origin.FILE, path, path, Optional.empty()));
                }
                try (InputStream in = Files.newInputStream(sibling)) {
                    return Optional.of(new Sibling(Origin.FILE, path, path,
                            Optional.of(readBounded(in, path, diagnostics))));
                } catch (IOException | ReadFailed e) {
                    return Optional.of(new Sibling(Origin.FILE, path, path, Optional.empty()));
                }
            }
        } catch (InvalidPathException e) {
            // A jar entry's URI: look beside the resource below.
        }
        if (source.origin() == Origin.FILE || filer == null) {
            return Optional.empty();
        }
        String resource = source.resource().contains("/")
                ? source.resource().substring(0, source.resource().lastIndexOf('/') + 1) + name : name;
        StandardLocation where = source.origin() == Origin.CLASS_OUTPUT ? StandardLocation.CLASS_OUTPUT
                : StandardLocation.CLASS_PATH;
        try {
            FileObject file = filer.getResource(where, "", resource);
            try (InputStream in = file.openInputStream()) {
                return Optional.of(new Sibling(source.origin(), resource, file.toUri().toString(),
                        Optional.of(readBounded(in, resource, diagnostics))));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | SecurityException | ReadFailed e) {
            return Optional.of(new Sibling(source.origin(), resource, resource, Optional.empty()));
        }
    }

    /**
     * Reads the catalog file {@code path} for a caller without a compiler (the CLI): the same checks and
     * diagnostics as a catalog {@code @ErrorCatalog} names by an absolute path, including not-found.
     */
    public static Optional<CatalogSource> readFile(Path path, int maxBytes, Diagnostics diagnostics) {
        String location = path.toString();
        CatalogLocator reader = new CatalogLocator(null, Optional.empty(), maxBytes);
        try {
            Optional<CatalogSource> found = reader.fromFile(location, path, diagnostics);
            if (found.isEmpty()) {
                diagnostics.report(Message.CATALOG_NOT_FOUND, SourcePosition.wholeFile(location),
                        path.toAbsolutePath().normalize(), "");
            }
            return found;
        } catch (ReadFailed e) {
            return Optional.empty();
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
