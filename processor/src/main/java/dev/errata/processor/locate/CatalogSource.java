package dev.errata.processor.locate;

/**
 * A catalog's bytes and the name it is reported under.
 *
 * @param location the {@code @ErrorCatalog} value, as written; diagnostics and {@code @Generated} use it so
 *     that output does not depend on where the build runs
 * @param resolvedFrom where the file was actually read, for the build log
 * @param bytes the file's content
 */
public record CatalogSource(String location, String resolvedFrom, byte[] bytes) {}
