package dev.errata.maven;

import dev.errata.processor.docs.CatalogDocs;
import dev.errata.processor.manifest.InputsManifest;
import dev.errata.processor.manifest.InputsManifest.CatalogRecord;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Removes what the processor generated last time, before a compilation that runs it again: the sources (so that
 * one it no longer produces does not stay and get compiled), their classes, each catalog package's reference
 * docs (so that docs turned off do not stay in the jar), and each catalog package's
 * {@code package-info.class} (so that even a compiler that passes javac only stale sources hands it the
 * annotated package). Only files inside the build folder are touched.
 */
final class StaleOutputs {

    private StaleOutputs() {}

    /** @return how many files were deleted */
    static int delete(InputsManifest manifest, Path basedir, Path buildDirectory, Path classes) throws IOException {
        int deleted = 0;
        Path build = buildDirectory.toAbsolutePath().normalize();
        for (CatalogRecord catalog : manifest.catalogs()) {
            Path packageFolder = classes.resolve(catalog.packageName().replace('.', '/'));
            deleted += deleteInside(packageFolder.resolve("package-info.class"), build);
            // The package's reference docs: the processor writes them again, unless told not to (-Aerrata.docs=false).
            Path docs = classes.resolve(CatalogDocs.folder(catalog.packageName()));
            if (Files.isDirectory(docs)) {
                try (DirectoryStream<Path> pages = Files.newDirectoryStream(docs)) {
                    for (Path page : pages) {
                        deleted += deleteInside(page, build);
                    }
                }
            }
            for (Map.Entry<String, String> generated : catalog.generated().entrySet()) {
                deleted += deleteInside(basedir.resolve(generated.getValue()), build);
                deleted += deleteInside(packageFolder.resolve(generated.getKey() + ".class"), build);
                if (Files.isDirectory(packageFolder)) {
                    try (DirectoryStream<Path> nested = Files.newDirectoryStream(packageFolder, generated.getKey() + "$*.class")) {
                        for (Path file : nested) {
                            deleted += deleteInside(file, build);
                        }
                    }
                }
            }
        }
        return deleted;
    }

    private static int deleteInside(Path file, Path build) throws IOException {
        Path normalized = file.toAbsolutePath().normalize();
        return normalized.startsWith(build) && Files.deleteIfExists(normalized) ? 1 : 0;
    }
}
