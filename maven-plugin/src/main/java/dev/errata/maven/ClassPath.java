package dev.errata.maven;

import dev.errata.processor.manifest.Sha256;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** The compile class path's folders and jars, searched for resources as javac searches them: first one wins. */
final class ClassPath implements Closeable {

    private final List<Path> entries;
    private final Map<Path, JarFile> opened = new LinkedHashMap<>();

    ClassPath(List<Path> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The SHA-256 of the first resource of that name, if any entry holds it. */
    Optional<String> sha256(String name) throws IOException {
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                Path file = entry.resolve(name);
                if (Files.isRegularFile(file)) {
                    return Optional.of(Sha256.of(file));
                }
            } else if (Files.isRegularFile(entry)) {
                JarFile jar = jar(entry);
                ZipEntry found = jar.getEntry(name);
                if (found != null && !found.isDirectory()) {
                    try (InputStream in = jar.getInputStream(found)) {
                        return Optional.of(Sha256.of(in.readAllBytes()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether some entry holds the class file of {@code type} (a top-level class's binary name). */
    boolean holdsClass(String type) throws IOException {
        String name = type.replace('.', '/') + ".class";
        for (Path entry : entries) {
            if (Files.isDirectory(entry) ? Files.isRegularFile(entry.resolve(name))
                    : Files.isRegularFile(entry) && jar(entry).getEntry(name) != null) {
                return true;
            }
        }
        return false;
    }

    private JarFile jar(Path file) throws IOException {
        JarFile jar = opened.get(file);
        if (jar == null) {
            jar = new JarFile(file.toFile());
            opened.put(file, jar);
        }
        return jar;
    }

    @Override
    public void close() throws IOException {
        List<IOException> failures = new ArrayList<>();
        for (JarFile jar : opened.values()) {
            try {
                jar.close();
            } catch (IOException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
