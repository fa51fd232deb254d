package dev.errata.processor.model;

/**
 * How a catalog's code is shaped, from its {@code generation} section. Small catalogs get an enum and a
 * final exception class per code; past {@link #AUTO_ENUM_LIMIT} and {@link #AUTO_CLASS_PER_CODE_LIMIT} codes
 * ({@code auto}), a final class whose entries live in arrays (the table form, built lazily) and one concrete
 * exception class per category. {@code enum: always} keeps the enum up to {@link #ENUM_CAP}, what the JVM can
 * hold at all.
 *
 * <p>Why 250 codes (issue 18; BENCHMARKS.md, "Cold start" and "Compile time", and the raw figures in the files
 * of {@code benchmarks/results/} ending {@code -i18s7-s7default}: CPU time, medians of 3 to 7 runs, measured at a
 * machine load of 11 to 22 on 2 cores, so every figure is inflated, the ratios less so):
 * <ul>
 *   <li>Compile time ({@code benchmarks/forms-compile-time.sh}: javac + Errata, CPU s, enum + a class per code /
 *       enum + a class per category / table + per code / table + per category): 100 dense codes 6.1 / 3.5 / 5.4 /
 *       3.5; 250: 9.1 / 4.8 / 10.8 / 4.3 (string codes 10.6 / 4.5 / 9.9 / 4.1); 500: 13.7 / 5.8 / 15.2 / 4.8;
 *       1,000: 22.4 / 7.5 / 20.5 / 5.0. The exception classes are what costs, about 17 ms each; at 250 codes
 *       they double the build, at 1,000 they make it 4.5 times as long.</li>
 *   <li>Cold start ({@code GENERATION=... benchmarks/cold-start.sh}: CPU ms over an empty JVM, fromCode / lookup
 *       / exceptionFor): the enum builds every constant in its static initializer, so its first call grows with the
 *       catalog: 14-21 at 100 codes, 16-31 at 250, 25-34 at 500, 38-58 at 1,000, 44-53 at 1,500; the table form
 *       with a class per category 12-33 at 100, 1-24 at 250, 16-21 at 500, 26-33 at 1,000 and 1,500 (it builds
 *       one data class of up to 500 entries on the first lookup). On a quiet machine the fifth round measured the
 *       enum at 11-13 ms at 50 codes and 35-40 at 1,000: the 20 ms over an empty JVM holds for the enum
 *       up to about 250 codes.</li>
 *   <li>Nested classes: the 1,000 per-code classes of a 1,000-code catalog moved as static nested classes into
 *       one or eight holder files compile in the same CPU time as 1,013 files (javac alone, medians 10.8 and
 *       10.5 s against 10.6): javac's cost is per class, not per file, so that form was not built.</li>
 * </ul>
 * So {@code auto} keeps the small catalog's form (an enum, catchable per-code classes with typed constructors)
 * up to 250 codes, and from 251 gives the table form and one exception class per category. The price: catalogs
 * of 251 to 1,500 codes (PostgreSQL's 260 among the shipped ones) lose their enum constants and per-code
 * exception classes unless they set {@code enum: always} and {@code exceptionClasses: perCode}.
 *
 * @param enumMode whether {@code <Name>Error} is an enum
 * @param exceptionMode whether there is an exception class per code or per category
 * @param stackTraces whether exceptions record a stack trace (categories may override it)
 */
public record Generation(Mode enumMode, Mode exceptionMode, boolean stackTraces) {

    /**
     * The most entries an enum may hold at all ({@code enum: always}). Every enum constant is built in the
     * static initializer, capped at 64 KiB: measured with three texts and a category per entry, 1,700 entries
     * compile and 2,000 fail with "code too large", at {@code --release 8} and 17 alike; the cap leaves room for
     * longer codes. EnumCapacityTest compiles a catalog of exactly this size.
     */
    public static final int ENUM_CAP = 1_500;

    /** Codes up to which {@code enum: auto} keeps an enum: the first call's cost (see above). */
    public static final int AUTO_ENUM_LIMIT = 250;

    /** Codes up to which {@code exceptionClasses: auto} writes a class per code: the compile time (see above). */
    public static final int AUTO_CLASS_PER_CODE_LIMIT = 250;

    /** {@code auto}, or forced on ({@code always}/{@code perCode}) or off ({@code never}/{@code perCategory}). */
    public enum Mode {
        AUTO,
        ON,
        OFF
    }

    public static final Generation DEFAULT = new Generation(Mode.AUTO, Mode.AUTO, true);

    /**
     * Whether {@code <Name>Error} is an enum for a catalog of {@code errors} codes (an enum forced on past
     * {@link #ENUM_CAP} is refused by the validator).
     */
    public boolean usesEnum(int errors) {
        return enumMode == Mode.ON || (enumMode == Mode.AUTO && errors <= AUTO_ENUM_LIMIT);
    }

    /** Whether each code has its own exception class for a catalog of {@code errors} codes. */
    public boolean usesClassPerCode(int errors) {
        return exceptionMode == Mode.ON || (exceptionMode == Mode.AUTO && errors <= AUTO_CLASS_PER_CODE_LIMIT);
    }
}
