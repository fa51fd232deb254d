package dev.errata.cli;

import dev.errata.processor.CatalogReader;
import dev.errata.processor.compat.LockFile;
import dev.errata.processor.compat.Snapshot;
import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.locate.CatalogSource;
import dev.errata.processor.manifest.InputsManifest.Origin;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.yaml.YamlLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The baseline of {@code errata diff}: a lock file, a catalog, a jar holding either (a previous release's
 * {@code errata-catalogs} jar or the user's own), or {@code git:REF} for the current catalog's file as committed
 * at that ref. A catalog baseline is read through the same pipeline as the current one.
 */
final class Baseline {

    private Baseline() {}

    static Snapshot read(String spec, Path current, PrintStream err) {
        String fileName = current.getFileName().toString();
        if (spec.startsWith("git:")) {
            String ref = spec.substring("git:".length());
            return fromCatalogBytes(spec, gitShow(ref, current), err);
        }
        Path path = Path.of(spec);
        if (!Files.isRegularFile(path)) {
            throw new Main.TroubleException("the baseline " + spec + " is not a file (nor git:REF)");
        }
        if (spec.endsWith(".jar")) {
            return fromJar(path, fileName, err);
        }
        byte[] bytes = readAll(path);
        return spec.endsWith(".json") ? fromLockBytes(spec, bytes, err) : fromCatalogBytes(spec, bytes, err);
    }

    private static Snapshot fromJar(Path jar, String catalogName, PrintStream err) {
        String lockName = LockFile.nameFor(catalogName);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry catalog = null;
            ZipEntry lock = null;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.equals(lockName) || name.endsWith("/" + lockName)) {
                    lock = entry;
                } else if (name.equals(catalogName) || name.endsWith("/" + catalogName)) {
                    catalog = entry;
                }
            }
            String shown = jar + "!/";
            if (lock != null) {
                return fromLockBytes(shown + lock.getName(), bytes(zip, lock), err);
            }
            if (catalog != null) {
                return fromCatalogBytes(shown + catalog.getName(), bytes(zip, catalog), err);
            }
            throw new Main.TroubleException(jar + " holds neither " + catalogName + " nor " + lockName);
        } catch (IOException e) {
            throw new Main.TroubleException("cannot read " + jar + ": " + e);
        }
    }

    private static byte[] bytes(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes(YamlLimits.DEFAULT.maxBytes());
        }
    }

    private static Snapshot fromLockBytes(String shown, byte[] bytes, PrintStream err) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Snapshot> snapshot = LockFile.read(shown, bytes, diagnostics);
        return orTrouble(snapshot, shown, diagnostics, err);
    }

    private static Snapshot fromCatalogBytes(String shown, byte[] bytes, PrintStream err) {
        Diagnostics diagnostics = new Diagnostics();
        CatalogSource source = new CatalogSource(shown, Origin.FILE, Optional.empty(), shown, shown, bytes);
        Optional<Catalog> catalog = new CatalogReader(YamlLimits.DEFAULT).read(source, diagnostics);
        return orTrouble(catalog.map(c -> Snapshot.of(c, Set.of())), shown, diagnostics, err);
    }

    private static Snapshot orTrouble(Optional<Snapshot> snapshot, String shown, Diagnostics diagnostics, PrintStream err) {
        if (snapshot.isEmpty() || diagnostics.hasErrors()) {
            diagnostics.all().forEach(d -> err.println(d.severity() + " " + d.render()));
            throw new Main.TroubleException("the baseline " + shown + " cannot be read (see above)");
        }
        return snapshot.get();
    }

    private static byte[] readAll(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new Main.TroubleException("cannot read " + path + ": " + e);
        }
    }

    /** {@code git show REF:./FILE}, run in the file's folder, so that any repository layout works. */
    private static byte[] gitShow(String ref, Path current) {
        if (ref.isEmpty() || ref.startsWith("-")) {
            throw new Main.UsageException("git:REF needs a ref, such as git:v1.2.0 or git:HEAD~1");
        }
        Path folder = current.toAbsolutePath().getParent();
        ProcessBuilder builder = new ProcessBuilder("git", "show", ref + ":./" + current.getFileName())
                .directory(folder.toFile());
        try {
            Process git = builder.start();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            Thread errors = new Thread(() -> {
                try {
                    git.getErrorStream().transferTo(stderr);
                } catch (IOException ignored) {
                    // What git said is only for the message below.
                }
            });
            errors.start();
            byte[] bytes = git.getInputStream().readNBytes(YamlLimits.DEFAULT.maxBytes());
            if (!git.waitFor(60, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new Main.TroubleException("git show " + ref + " did not finish in 60 seconds");
            }
            errors.join();
            if (git.exitValue() != 0) {
                throw new Main.TroubleException("git show " + ref + ":./" + current.getFileName() + " failed: "
                        + stderr.toString(java.nio.charset.StandardCharsets.UTF_8).trim());
            }
            return bytes;
        } catch (IOException e) {
            throw new Main.TroubleException("cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Main.TroubleException("interrupted while running git");
        }
    }
}
