package dev.errata.processor.manifest;

import dev.errata.processor.manifest.InputsManifest.CatalogRecord;
import dev.errata.processor.manifest.InputsManifest.LockFileRecord;
import dev.errata.processor.manifest.InputsManifest.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Collects, while the processor runs, what goes into the {@link InputsManifest}, and writes it into the class
 * output when the compilation's last round comes. Paths inside the module folder are kept relative to it.
 */
public final class ManifestRecorder {

    private final Optional<Path> moduleFolder;
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, Boolean> probes = new LinkedHashMap<>();
    private final List<CatalogRecord> catalogs = new ArrayList<>();
    private boolean namedModule;

    /** @param moduleFolder the folder paths are recorded relative to, if the build has one */
    public ManifestRecorder(Optional<Path> moduleFolder) {
        this.moduleFolder = moduleFolder.map(Path::normalize);
        Processor.startFinding();
    }

    public void option(String name, String value) {
        options.put(name, value);
    }

    /** A type looked up whose presence changes what is generated. */
    public void probe(String type, boolean visible) {
        probes.put(type, visible);
    }

    public void namedModule(boolean named) {
        namedModule |= named;
    }

    /**
     * A catalog that was read.
     *
     * @param file the file read, for {@link Origin#FILE}
     * @param resource the relative resource name, for the other origins
     * @param generated where the generated source files went, by type name
     * @param lockFile where its lock file was looked for ({@link Origin#FILE}: an absolute path), and its bytes if
     *     there was one
     */
    public void catalog(String packageName, String annotationValue, Origin origin, Optional<Path> file, String resource,
            byte[] bytes, Map<String, URI> generated, Optional<LockFileLookup> lockFile) {
        Map<String, String> files = new LinkedHashMap<>();
        generated.forEach((type, uri) -> files.put(type, "file".equals(uri.getScheme()) ? shown(Paths.get(uri)) : uri.toString()));
        String name = origin == Origin.FILE ? shown(file.orElseThrow()) : resource;
        Optional<LockFileRecord> lock = lockFile.map(l -> new LockFileRecord(l.origin(),
                l.origin() == Origin.FILE ? shown(Paths.get(l.name())) : l.name(), l.bytes().map(Sha256::of)));
        catalogs.add(new CatalogRecord(packageName, annotationValue, origin, name, Sha256.of(bytes), files, lock));
    }

    /** Where a lock file was looked for, and its bytes if it was there. */
    public record LockFileLookup(Origin origin, String name, Optional<byte[]> bytes) {}

    public boolean isEmpty() {
        return catalogs.isEmpty();
    }

    public InputsManifest manifest() {
        Processor processor = Processor.itself();
        return new InputsManifest(processor.version(), processor.jarSha256(), namedModule, options, probes, catalogs);
    }

    /** Writes the manifest into the class output. */
    public void write(Filer filer) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", InputsManifest.RESOURCE);
        try (Writer writer = file.openWriter()) {
            writer.write(ManifestFormat.write(manifest()));
        }
    }

    /** {@code path} relative to the module folder with {@code /} separators if inside it, else absolute. */
    private String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (moduleFolder.isPresent() && absolute.startsWith(moduleFolder.get())) {
            return moduleFolder.get().relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    /**
     * The running processor's version and jar, found once per class loader, on a thread of its own that the first
     * recorder starts: hashing the jar (about 900 KB, by an interpreted SHA-256 in a fresh compiler) takes some
     * 50 ms of CPU, which then overlaps with reading the catalogs and writing their sources instead of adding to
     * the compilation's wall time. The manifest waits for it.
     */
    private record Processor(String version, Optional<String> jarSha256) {

        private static final FutureTask<Processor> ITSELF = new FutureTask<>(Processor::find);

        static {
            Thread finder = new Thread(ITSELF, "errata-processor-jar-hash");
            finder.setDaemon(true);
            finder.start();
        }

        /** Starts finding it (by initializing this class), if not started yet. */
        static void startFinding() {
            // Initializing the class is all it takes.
        }

        static Processor itself() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return ITSELF.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                // Thrown on as if found on this thread (find() declares no checked exception).
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static Processor find() {
            String version = "unknown";
            try (InputStream in = ManifestRecorder.class.getResourceAsStream(
                    "/META-INF/maven/dev.errata/errata-processor/pom.properties")) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(in);
                    version = properties.getProperty("version", version);
                }
            } catch (IOException e) {
                // Unknown version: the manifest says so, and the plugin then compares the jar alone.
            }
            Optional<String> sha = Optional.empty();
            try {
                CodeSource code = ManifestRecorder.class.getProtectionDomain().getCodeSource();
                if (code != null && code.getLocation() != null && "file".equals(code.getLocation().getProtocol())) {
                    Path jar = Paths.get(code.getLocation().toURI());
                    if (Files.isRegularFile(jar)) {
                        sha = Optional.of(Sha256.of(jar));
                    }
                }
            } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
                // No jar to hash (classes in a folder, or a location that is no file): the version alone is recorded.
            }
            return new Processor(version, sha);
        }
    }
}
