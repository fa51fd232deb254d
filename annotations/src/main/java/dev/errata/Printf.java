package dev.errata;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * C's {@code printf}, for catalogs whose messages are printf templates ({@code messages: printf}, as MySQL's
 * are): {@code format("Duplicate entry '%-.192s' for key '%-.192s'", entry, key)} gives the text the server
 * would. Java's {@link String#format} cannot stand in: it refuses {@code %lu} and {@code %-.192s}, and pads,
 * rounds and spells infinities otherwise.
 *
 * <p>The conversions are C's, as glibc prints them: {@code d i u o x X c s f F e E g G p %%}; the flags
 * {@code - + space # 0}; a width and a precision, each a number or {@code *} (an {@code int} argument); the
 * length modifiers {@code hh h l ll q j z t} (integers) and {@code l L} (floating point). Integers are taken
 * at the width their length gives ({@code int} without one, {@code long} with {@code l} and longer), so
 * {@code %u} of -1 is 4294967295 and {@code %lu} of -1 is 18446744073709551615. Floating point is rounded
 * from its exact binary value, half to even, as glibc does. Not accepted: {@code %n}, {@code %a},
 * positional arguments ({@code %1$s}) and wide characters ({@code %lc}, {@code %ls}).
 *
 * <p>Where Java's values are not C's: {@code %s} takes any object (its {@code toString()}; null prints
 * {@code (null)} as glibc does, or nothing under a precision below 6); {@code %c} takes a {@code char} and
 * prints it (C prints its low byte); widths and precisions of strings count characters (code points, as
 * MySQL's own formatter counts UTF-8 characters), where C counts bytes; {@code %p} takes a {@code long}.
 * Any {@link Number} is accepted for a numeric conversion, and a {@link Character} for an integer one. A
 * width or precision is at most {@link #MAX_WIDTH}.
 */
public final class Printf {

    private static final String FLAGS = "-+ #0";

    /**
     * The largest width or precision, written or given for a {@code *}: C would pad or print that many
     * characters (a width of 2,147,483,647 is two gigabytes of spaces); no message needs more than a few hundred.
     */
    public static final int MAX_WIDTH = 10_000;

    private Printf() {}

    /**
     * The template with its conversions filled in from {@code args}, in order.
     *
     * @param template a printf template
     * @param args one value per conversion, and one {@code int} per {@code *}
     * @return the formatted text
     * @throws IllegalArgumentException when the template is not one, or the arguments do not fit it (too few,
     *     too many, or of another type)
     */
    public static String format(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        Arguments arguments = new Arguments(args == null ? new Object[] {null} : args);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            Conversion conversion = Conversion.parse(template, i);
            conversion.format(arguments, out);
            i = conversion.end;
        }
        if (arguments.next < arguments.values.length) {
            throw new IllegalArgumentException("The template takes " + arguments.next + " arguments, but "
                    + arguments.values.length + " were given");
        }
        return out.toString();
    }

    /**
     * The {@code String} a conversion printed as {@code text}: the text itself, when formatting it again gives the
     * same text (a width pads it, a precision cuts it); else null. Generated exceptions read a received message's
     * parameters back with these methods.
     *
     * @param conversion one conversion, as the template writes it ({@code %-.192s})
     * @param text what it printed
     * @return the value, or null
     */
    public static String readString(String conversion, String text) {
        return printsAs(conversion, text, text) ? text : null;
    }

    /**
     * The {@code int} a conversion printed as {@code text} ({@code %d}, {@code %u}, {@code %x}, ...), when there is
     * one that prints exactly so; else null.
     *
     * @param conversion one conversion, as the template writes it
     * @param text what it printed
     * @return the value, or null
     */
    public static Integer readInt(String conversion, String text) {
        java.math.BigInteger value = readInteger(conversion, text);
        if (value == null || value.bitLength() > 32) {
            return null;
        }
        Integer candidate = Integer.valueOf(value.intValue());
        return printsAs(conversion, candidate, text) ? candidate : null;
    }

    /**
     * The {@code long} a conversion printed as {@code text}, when there is one that prints exactly so; else null.
     *
     * @param conversion one conversion, as the template writes it ({@code %lu}, {@code %p})
     * @param text what it printed
     * @return the value, or null
     */
    public static Long readLong(String conversion, String text) {
        java.math.BigInteger value = readInteger(conversion, text);
        if (value == null || value.bitLength() > 64) {
            return null;
        }
        Long candidate = Long.valueOf(value.longValue());
        return printsAs(conversion, candidate, text) ? candidate : null;
    }

    /**
     * The {@code double} a conversion printed as {@code text} ({@code %f}, {@code %.2f}, {@code %g}), when that
     * number prints exactly so (a value rounded in print reads back as its printed digits); else null.
     *
     * @param conversion one conversion, as the template writes it
     * @param text what it printed
     * @return the value, or null
     */
    public static Double readDouble(String conversion, String text) {
        String number = text.trim();
        char last = number.isEmpty() ? ' ' : number.charAt(number.length() - 1);
        // A digit last: Java would read "1d", "1f", "NaN" and "Infinity", which C prints otherwise.
        if (number.length() > 400 || last < '0' || last > '9') {
            return null;
        }
        try {
            Double candidate = Double.valueOf(number);
            return printsAs(conversion, candidate, text) ? candidate : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The {@code char} a {@code %c} printed as {@code text}, when it prints exactly so; else null.
     *
     * @param conversion one conversion, as the template writes it
     * @param text what it printed
     * @return the value, or null
     */
    public static Character readChar(String conversion, String text) {
        String trimmed = text.trim();
        Character candidate = trimmed.length() == 1 ? Character.valueOf(trimmed.charAt(0))
                : text.length() >= 1 && text.trim().isEmpty() ? Character.valueOf(' ') : null;
        return candidate != null && printsAs(conversion, candidate, text) ? candidate : null;
    }

    /** The digits of an integer conversion's text, in its base ({@code %x}: 16), sign and prefix read; or null. */
    private static java.math.BigInteger readInteger(String conversion, String text) {
        String number = text.trim();
        if (number.isEmpty() || number.length() > 80) {
            return null;
        }
        char type = conversion.charAt(conversion.length() - 1);
        int radix = type == 'x' || type == 'X' || type == 'p' ? 16 : type == 'o' ? 8 : 10;
        boolean negative = number.charAt(0) == '-';
        if (negative || number.charAt(0) == '+') {
            number = number.substring(1);
        }
        if (radix == 16 && (number.startsWith("0x") || number.startsWith("0X"))) {
            number = number.substring(2);
        }
        if (number.isEmpty() || number.charAt(0) == '-' || number.charAt(0) == '+') {
            return null;
        }
        try {
            java.math.BigInteger value = new java.math.BigInteger(number, radix);
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether {@code conversion} prints {@code value} as {@code text}, exactly. */
    private static boolean printsAs(String conversion, Object value, String text) {
        try {
            return format(conversion, value).equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The arguments, taken in order. */
    private static final class Arguments {
        final Object[] values;
        int next;

        Arguments(Object[] values) {
            this.values = values;
        }

        Object take(char conversion) {
            if (next >= values.length) {
                throw new IllegalArgumentException("Too few arguments: none left for %" + conversion);
            }
            return values[next++];
        }

        int takeInt(char conversion) {
            Object value = take(conversion);
            if (value instanceof Number) {
                return ((Number) value).intValue();
            }
            throw new IllegalArgumentException("A '*' of %" + conversion + " takes an int, but got " + describe(value));
        }
    }

    /** One conversion specification, {@code %-.192s}, from its {@code %} to {@code end} (exclusive). */
    private static final class Conversion {
        static final int NONE = -1;
        static final int STAR = -2;

        boolean left;
        boolean plus;
        boolean space;
        boolean alternate;
        boolean zero;
        int width = NONE;
        int precision = NONE;
        String length = "";
        char type;
        int end;

        static Conversion parse(String template, int start) {
            Conversion c = new Conversion();
            int i = start + 1;
            while (i < template.length() && FLAGS.indexOf(template.charAt(i)) >= 0) {
                switch (template.charAt(i)) {
                    case '-': c.left = true; break;
                    case '+': c.plus = true; break;
                    case ' ': c.space = true; break;
                    case '#': c.alternate = true; break;
                    default: c.zero = true; break;
                }
                i++;
            }
            if (i < template.length() && template.charAt(i) == '*') {
                c.width = STAR;
                i++;
            } else {
                int digits = i;
                while (i < template.length() && isDigit(template.charAt(i))) {
                    i++;
                }
                if (i > digits) {
                    c.width = number(template, digits, i, start);
                    if (i < template.length() && template.charAt(i) == '$') {
                        throw invalid(template, start, "positional arguments ('%1$s') are not supported");
                    }
                }
            }
            if (i < template.length() && template.charAt(i) == '.') {
                i++;
                if (i < template.length() && template.charAt(i) == '*') {
                    c.precision = STAR;
                    i++;
                } else {
                    int digits = i;
                    while (i < template.length() && isDigit(template.charAt(i))) {
                        i++;
                    }
                    c.precision = i > digits ? number(template, digits, i, start) : 0;
                }
            }
            int lengthStart = i;
            while (i < template.length() && "hlqjztL".indexOf(template.charAt(i)) >= 0 && i - lengthStart < 2) {
                i++;
            }
            c.length = template.substring(lengthStart, i);
            if (i >= template.length()) {
                throw invalid(template, start, "it ends before its conversion character");
            }
            c.type = template.charAt(i);
            c.end = i + 1;
            c.check(template, start);
            return c;
        }

        private void check(String template, int start) {
            boolean known;
            switch (type) {
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                    known = length.isEmpty() || length.equals("hh") || length.equals("h") || length.equals("l")
                            || length.equals("ll") || length.equals("q") || length.equals("j") || length.equals("z")
                            || length.equals("t");
                    break;
                case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
                    known = length.isEmpty() || length.equals("l") || length.equals("L");
                    break;
                case 'c': case 's': case 'p':
                    known = length.isEmpty();
                    break;
                case '%':
                    known = length.isEmpty() && width == NONE && precision == NONE && !left && !plus && !space
                            && !alternate && !zero;
                    break;
                default:
                    throw invalid(template, start, "'" + type + "' is no conversion this formatter knows");
            }
            if (!known) {
                throw invalid(template, start, "'" + template.substring(start, end) + "' is not supported");
            }
        }

        void format(Arguments arguments, StringBuilder out) {
            if (type == '%') {
                out.append('%');
                return;
            }
            int fieldWidth = width;
            boolean leftJustified = left;
            if (width == STAR) {
                int given = arguments.takeInt(type);
                leftJustified |= given < 0;
                fieldWidth = bounded(given == Integer.MIN_VALUE ? Integer.MAX_VALUE : Math.abs(given), "width");
            }
            int digits = precision;
            if (precision == STAR) {
                digits = arguments.takeInt(type);
                digits = digits < 0 ? NONE : bounded(digits, "precision");
            }
            Object value = arguments.take(type);
            Field field;
            switch (type) {
                case 'd': case 'i':
                    field = signed(integer(value), digits);
                    break;
                case 'u': case 'o': case 'x': case 'X':
                    field = unsigned(integer(value), digits);
                    break;
                case 'c':
                    field = new Field("", character(value), false);
                    break;
                case 's':
                    field = new Field("", string(value, digits), false);
                    break;
                case 'p':
                    long address = integer(value);
                    field = address == 0 ? new Field("", "(nil)", false)
                            : new Field(sign(false), "0x" + Long.toHexString(address), false);
                    break;
                default:
                    field = floating(floatingPoint(value), digits);
                    break;
            }
            field.pad(fieldWidth, leftJustified, out);
        }

        private int bounded(int value, String what) {
            if (value > MAX_WIDTH) {
                throw new IllegalArgumentException("The " + what + " of %" + length + type + " is " + value
                        + ", over " + MAX_WIDTH);
            }
            return value;
        }

        /** The argument of an integer conversion, at the width its length modifier gives. */
        private long integer(Object value) {
            long number;
            if (value instanceof Number) {
                number = ((Number) value).longValue();
            } else if (value instanceof Character) {
                number = (Character) value;
            } else {
                throw new IllegalArgumentException("%" + length + type + " takes an integer, but got " + describe(value));
            }
            boolean unsigned = type != 'd' && type != 'i';
            if (type == 'p') {
                return number;
            }
            if (length.equals("hh")) {
                return unsigned ? number & 0xFF : (byte) number;
            }
            if (length.equals("h")) {
                return unsigned ? number & 0xFFFF : (short) number;
            }
            if (length.isEmpty()) {
                return unsigned ? number & 0xFFFFFFFFL : (int) number;
            }
            return number;
        }

        private Field signed(long value, int digits) {
            String magnitude = Long.toUnsignedString(value < 0 ? -value : value);
            return new Field(sign(value < 0), withPrecision(magnitude, value == 0, digits), digits == NONE);
        }

        private Field unsigned(long value, int digits) {
            int radix = type == 'o' ? 8 : type == 'u' ? 10 : 16;
            String text = withPrecision(Long.toUnsignedString(value, radix), value == 0, digits);
            if (type == 'X') {
                text = text.toUpperCase(Locale.ROOT);
            }
            String prefix = "";
            if (alternate && type == 'o' && !text.startsWith("0")) {
                text = "0" + text;
            } else if (alternate && value != 0 && (type == 'x' || type == 'X')) {
                prefix = type == 'x' ? "0x" : "0X";
            }
            return new Field(prefix, text, digits == NONE);
        }

        /** Digits padded with zeros to the precision; none for zero at precision 0. */
        private static String withPrecision(String digits, boolean zeroValue, int precision) {
            if (precision == NONE) {
                return digits;
            }
            if (precision == 0 && zeroValue) {
                return "";
            }
            StringBuilder padded = new StringBuilder(Math.max(precision, digits.length()));
            for (int i = digits.length(); i < precision; i++) {
                padded.append('0');
            }
            return padded.append(digits).toString();
        }

        private String sign(boolean negative) {
            return negative ? "-" : plus ? "+" : space ? " " : "";
        }

        private static String character(Object value) {
            if (value instanceof Character) {
                return String.valueOf((char) (Character) value);
            }
            if (value instanceof Number) {
                return String.valueOf((char) ((Number) value).intValue());
            }
            throw new IllegalArgumentException("%c takes a char, but got " + describe(value));
        }

        /** The text, cut to {@code precision} characters (code points, never half a surrogate pair). */
        private static String string(Object value, int precision) {
            if (value == null) {
                return precision == NONE || precision >= 6 ? "(null)" : "";
            }
            String text = value.toString();
            if (precision == NONE || text.length() <= precision) {
                return text;
            }
            int points = text.codePointCount(0, text.length());
            return points <= precision ? text : text.substring(0, text.offsetByCodePoints(0, precision));
        }

        private double floatingPoint(Object value) {
            if (value instanceof Number) {
                return ((Number) value).doubleValue();
            }
            throw new IllegalArgumentException("%" + length + type + " takes a double, but got " + describe(value));
        }

        private Field floating(double value, int digits) {
            boolean negative = (Double.doubleToRawLongBits(value) & Long.MIN_VALUE) != 0;
            boolean upper = Character.isUpperCase(type);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                String word = Double.isNaN(value) ? "nan" : "inf";
                return new Field(sign(negative), upper ? word.toUpperCase(Locale.ROOT) : word, false);
            }
            int precision = digits == NONE ? 6 : digits;
            BigDecimal magnitude = new BigDecimal(Math.abs(value));
            String text;
            switch (Character.toLowerCase(type)) {
                case 'f':
                    text = fixed(magnitude, precision);
                    break;
                case 'e':
                    text = scientific(magnitude, precision);
                    break;
                default:
                    text = general(magnitude, precision == 0 ? 1 : precision);
                    break;
            }
            return new Field(sign(negative), upper ? text.toUpperCase(Locale.ROOT) : text, true);
        }

        private String fixed(BigDecimal magnitude, int precision) {
            String text = magnitude.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
            return precision == 0 && alternate ? text + "." : text;
        }

        private String scientific(BigDecimal magnitude, int precision) {
            BigDecimal rounded = round(magnitude, precision + 1);
            int exponent = exponent(rounded);
            StringBuilder mantissa = new StringBuilder(rounded.unscaledValue().abs().toString());
            while (mantissa.length() < precision + 1) {
                mantissa.append('0');
            }
            StringBuilder text = new StringBuilder().append(mantissa.charAt(0));
            if (precision > 0 || alternate) {
                text.append('.');
            }
            text.append(mantissa, 1, precision + 1).append('e').append(exponent < 0 ? '-' : '+');
            int absolute = Math.abs(exponent);
            if (absolute < 10) {
                text.append('0');
            }
            return text.append(absolute).toString();
        }

        /** {@code %g}: {@code %e} or {@code %f} by the exponent, then without trailing zeros unless {@code #}. */
        private String general(BigDecimal magnitude, int significant) {
            int exponent = exponent(round(magnitude, significant));
            String text = significant > exponent && exponent >= -4 ? fixed(magnitude, significant - 1 - exponent)
                    : scientific(magnitude, significant - 1);
            if (alternate) {
                return text;
            }
            int e = text.indexOf('e');
            String mantissa = e < 0 ? text : text.substring(0, e);
            String suffix = e < 0 ? "" : text.substring(e);
            if (mantissa.indexOf('.') >= 0) {
                int cut = mantissa.length();
                while (mantissa.charAt(cut - 1) == '0') {
                    cut--;
                }
                if (mantissa.charAt(cut - 1) == '.') {
                    cut--;
                }
                mantissa = mantissa.substring(0, cut);
            }
            return mantissa + suffix;
        }

        /** {@code magnitude} rounded to {@code significant} digits, half to even; zero stays zero. */
        private static BigDecimal round(BigDecimal magnitude, int significant) {
            if (magnitude.signum() == 0) {
                return BigDecimal.ZERO;
            }
            return magnitude.round(new MathContext(significant, RoundingMode.HALF_EVEN));
        }

        /** The decimal exponent of a rounded value: 1234 gives 3, 0.05 gives -2, zero gives 0. */
        private static int exponent(BigDecimal rounded) {
            return rounded.signum() == 0 ? 0 : rounded.precision() - rounded.scale() - 1;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static int number(String template, int from, int to, int start) {
            if (to - from > 5 || Integer.parseInt(template.substring(from, to)) > MAX_WIDTH) {
                throw invalid(template, start, "its width or precision is over " + MAX_WIDTH);
            }
            return Integer.parseInt(template.substring(from, to));
        }

        /** A converted value before padding: sign or prefix, then digits; {@code zeroPadded} if {@code 0} applies. */
        private final class Field {
            final String prefix;
            final String body;
            final boolean zeroPaddable;

            Field(String prefix, String body, boolean zeroPaddable) {
                this.prefix = prefix;
                this.body = body;
                this.zeroPaddable = zeroPaddable;
            }

            void pad(int fieldWidth, boolean leftJustified, StringBuilder out) {
                int length = prefix.length() + body.codePointCount(0, body.length());
                int padding = fieldWidth == NONE ? 0 : fieldWidth - length;
                if (leftJustified) {
                    out.append(prefix).append(body);
                    repeat(' ', padding, out);
                } else if (zero && zeroPaddable) {
                    out.append(prefix);
                    repeat('0', padding, out);
                    out.append(body);
                } else {
                    repeat(' ', padding, out);
                    out.append(prefix).append(body);
                }
            }
        }

        private static void repeat(char c, int times, StringBuilder out) {
            for (int i = 0; i < times; i++) {
                out.append(c);
            }
        }
    }

    private static IllegalArgumentException invalid(String template, int start, String why) {
        return new IllegalArgumentException("Not a printf template: the conversion at character " + (start + 1)
                + " of \"" + template + "\": " + why);
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
