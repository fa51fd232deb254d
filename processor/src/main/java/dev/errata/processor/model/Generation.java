package dev.errata.processor.model;

/**
 * How a catalog's code is shaped, from its {@code generation} section. Small catalogs get an enum and a
 * final exception class per code; past {@link #AUTO_LIMIT} codes, what Java cannot hold (an enum's static
 * initializer is capped at 64 KiB; tens of thousands of classes compile slowly) switches to a final class
 * whose entries live in arrays, and to one concrete exception class per category.
 *
 * @param enumMode whether {@code <Name>Error} is an enum
 * @param exceptionMode whether there is an exception class per code or per category
 * @param stackTraces whether exceptions record a stack trace (categories may override it)
 */
public record Generation(Mode enumMode, Mode exceptionMode, boolean stackTraces) {

    /**
     * Codes up to which {@code auto} keeps an enum and per-code exception classes, and the most an enum may
     * hold at all. Every enum constant is built in the static initializer, capped at 64 KiB: measured with
     * three texts and a category per entry, 1,700 entries compile and 2,000 fail with "code too large", at
     * {@code --release 8} and 17 alike; the limit leaves room for longer codes. EnumCapacityTest compiles a
     * catalog of exactly this size.
     */
    public static final int AUTO_LIMIT = 1_500;

    /** {@code auto}, or forced on ({@code always}/{@code perCode}) or off ({@code never}/{@code perCategory}). */
    public enum Mode {
        AUTO,
        ON,
        OFF
    }

    public static final Generation DEFAULT = new Generation(Mode.AUTO, Mode.AUTO, true);

    /** Whether {@code <Name>Error} is an enum for a catalog of {@code errors} codes. */
    public boolean usesEnum(int errors) {
        return enumMode == Mode.ON || (enumMode == Mode.AUTO && errors <= AUTO_LIMIT);
    }

    /** Whether each code has its own exception class for a catalog of {@code errors} codes. */
    public boolean usesClassPerCode(int errors) {
        return exceptionMode == Mode.ON || (exceptionMode == Mode.AUTO && errors <= AUTO_LIMIT);
    }
}
