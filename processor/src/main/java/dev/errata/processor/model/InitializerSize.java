package dev.errata.processor.model;

/**
 * How much of a class's static initializer a catalog's entries take, estimated from the bytecode javac emits
 * for them, so that neither representation nears the JVM's cap of 64 KiB per method ("code too large"). An enum
 * builds every constant there, one constructor call whose arguments are the entry's values; the table form
 * fills arrays in data classes of up to {@link GeneratedNames#TABLE_CHUNK} entries each. The optional keys
 * (symbol, aliases, kind, attributes) add arguments and arrays, so a catalog that uses many of them reaches the
 * cap with fewer entries.
 *
 * <p>Counted per value: a text or a large number is an {@code ldc_w} (3 bytes), an absent one {@code aconst_null}
 * (1), an enum constant a {@code getstatic} (3), a boxed number its constant and {@code Integer.valueOf} (6).
 * Measured: 1,700 entries of the seed shape (three texts and a category, 36 bytes each by this count) compile as
 * an enum, 2,000 do not; {@code EnumCapacityTest} compiles catalogs at both budgets.
 */
public final class InitializerSize {

    /** What an enum's static initializer may take by this estimate: under 64 KiB, with room for its error. */
    public static final int ENUM_BUDGET = 60_000;

    /** What one data class's static initializer may take: the table form sizes its classes to fit. */
    public static final int TABLE_BUDGET = 48_000;

    private InitializerSize() {}

    /** The estimated bytes of an enum's static initializer for the catalog's entries. */
    public static long enumBytes(Catalog catalog) {
        // Which optional arguments every constant has: asked once, not per entry.
        boolean categories = !catalog.categories().isEmpty();
        boolean stackless = catalog.anyStackless();
        boolean symbols = catalog.hasSymbols();
        boolean kinds = catalog.hasKinds();
        boolean aliases = catalog.hasAliases();
        long total = 0;
        for (ErrorEntry error : catalog.errors()) {
            // new, dup, name, ordinal, invokespecial, putstatic; code, three texts, HTTP status, two flags.
            int bytes = 16 + 3 + text(error.message().isPresent()) + text(error.description().isPresent())
                    + text(error.solution().isPresent()) + 3 + 2;
            bytes += categories ? text(error.category().isPresent()) : 0;
            bytes += stackless ? 1 : 0;
            bytes += symbols ? text(error.symbol().isPresent()) : 0;
            bytes += kinds ? 3 : 0;
            bytes += !aliases ? 0 : error.aliases().isEmpty() ? 1 : 5 + 7 * error.aliases().size();
            for (Attribute attribute : catalog.attributes()) {
                Object value = error.attributes().get(attribute.name());
                bytes += value == null ? 1 : value instanceof String ? 3 : value instanceof Boolean ? 4 : 6;
            }
            total += bytes;
        }
        return total;
    }

    private static int text(boolean present) {
        return present ? 3 : 1;
    }

    /**
     * Entries per data class of the table form: {@link GeneratedNames#TABLE_CHUNK}, fewer when entries carry
     * many arrays. Each array element is {@code dup}, its index, its value and a store (8 bytes; 11 for a boxed
     * number, 18 for an entry's aliases), counted at the worst for every entry. The texts are not in the
     * initializer: each column is a method of its own, a {@code switch} of at most 12 bytes an entry.
     */
    public static int tableChunk(Catalog catalog) {
        int perEntry = 3 * 8; // codes, HTTP statuses, categories (the flags are one string constant)
        perEntry += catalog.hasSymbols() ? 8 : 0;
        perEntry += catalog.hasKinds() ? 8 : 0;
        perEntry += catalog.hasAliases() ? 18 : 0;
        for (Attribute attribute : catalog.attributes()) {
            perEntry += attribute.type() == ParameterType.STRING ? 8 : 11;
        }
        return Math.max(50, Math.min(GeneratedNames.TABLE_CHUNK, TABLE_BUDGET / perEntry));
    }
}
