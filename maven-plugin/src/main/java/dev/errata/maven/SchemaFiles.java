package dev.errata.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps the catalog JSON Schema beside the module's own catalogs, where the first line of a catalog
 * ({@code # yaml-language-server: $schema=errata-catalog-1.schema.json}) points editors: written when missing,
 * rewritten when it differs from the schema of this plugin's version.
 */
final class SchemaFiles {

    static final String FILE_NAME = "errata-catalog-1.schema.json";

    private SchemaFiles() {}

    /** @return the schema files written */
    static Set<Path> refresh(Collection<Path> catalogs) throws IOException {
        byte[] schema;
        try (InputStream in = SchemaFiles.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IOException(FILE_NAME + " is missing from errata-maven-plugin's jar");
            }
            schema = in.readAllBytes();
        }
        Set<Path> written = new LinkedHashSet<>();
        for (Path catalog : catalogs) {
            Path target = catalog.getParent().resolve(FILE_NAME);
            if (written.contains(target) || (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), schema))) {
                continue;
            }
            Files.write(target, schema);
            written.add(target);
        }
        return written;
    }
}
