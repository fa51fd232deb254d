package dev.errata.processor.diagnostic;

/**
 * Where in a catalog file something stands, 1-based, as people and editors count.
 *
 * @param file the catalog as the user named it (its {@code @ErrorCatalog} value)
 * @param line 1-based line, or 0 when the fault concerns the file as a whole
 * @param column 1-based column, or 0 when the fault concerns the file as a whole
 */
public record SourcePosition(String file, int line, int column) {

    /** A position for faults of the whole file (missing, unreadable, too large). */
    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
