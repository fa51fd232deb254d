package dev.errata.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message in C printf syntax ({@code messages: printf}), read as the generated code's formatter,
 * {@code dev.errata.Printf}, reads it: which arguments it takes, of which Java types, or why it is not a
 * template that formatter accepts. The processor cannot call the formatter (it runs without the runtime
 * jar), so the grammar is written twice; {@code PrintfAgreementTest} holds the two to the same answers.
 *
 * @param arguments the arguments in order: one per {@code *} and one per conversion
 * @param fault why the message is no such template, if it is not one
 */
public record PrintfTemplate(List<Argument> arguments, Optional<Fault> fault) {

    /**
     * One argument of the template.
     *
     * @param type its Java type
     * @param conversion the conversion it belongs to, as written ({@code %-.192s})
     * @param role what of the conversion it gives: its value, or a {@code *} width or precision
     */
    public record Argument(ParameterType type, String conversion, Role role) {}

    /** What an argument gives its conversion. */
    public enum Role {
        VALUE,
        WIDTH,
        PRECISION
    }

    /**
     * Why a message is not a template.
     *
     * @param index where the conversion starts, 0-based
     * @param conversion the conversion as written, up to where it went wrong
     * @param reason what is wrong, as a clause ("'%y' is no conversion")
     */
    public record Fault(int index, String conversion, String reason) {}

    private static final String FLAGS = "-+ #0";

    /** The largest width or precision: {@code dev.errata.Printf.MAX_WIDTH}. */
    public static final int MAX_WIDTH = 10_000;

    public PrintfTemplate {
        arguments = List.copyOf(arguments);
    }

    public static PrintfTemplate parse(String message) {
        List<Argument> arguments = new ArrayList<>();
        int i = message.indexOf('%');
        while (i >= 0) {
            int start = i++;
            int flags = 0;
            while (i < message.length() && FLAGS.indexOf(message.charAt(i)) >= 0) {
                i++;
                flags++;
            }
            boolean starWidth = false;
            boolean width = false;
            if (i < message.length() && message.charAt(i) == '*') {
                starWidth = true;
                i++;
            } else {
                int digits = i;
                while (i < message.length() && Character.isDigit(message.charAt(i)) && message.charAt(i) < 128) {
                    i++;
                }
                width = i > digits;
                if (width && !withinLimit(message.substring(digits, i))) {
                    return fault(start, message, i, "its width is over " + MAX_WIDTH);
                }
                if (width && i < message.length() && message.charAt(i) == '$') {
                    return fault(start, message, i + 1, "positional arguments ('%1$s') are not supported: write the"
                            + " arguments in order");
                }
            }
            boolean precision = false;
            boolean starPrecision = false;
            if (i < message.length() && message.charAt(i) == '.') {
                precision = true;
                i++;
                if (i < message.length() && message.charAt(i) == '*') {
                    starPrecision = true;
                    i++;
                } else {
                    int digits = i;
                    while (i < message.length() && Character.isDigit(message.charAt(i)) && message.charAt(i) < 128) {
                        i++;
                    }
                    if (i > digits && !withinLimit(message.substring(digits, i))) {
                        return fault(start, message, i, "its precision is over " + MAX_WIDTH);
                    }
                }
            }
            int lengthStart = i;
            while (i < message.length() && "hlqjztL".indexOf(message.charAt(i)) >= 0 && i - lengthStart < 2) {
                i++;
            }
            String length = message.substring(lengthStart, i);
            if (i >= message.length()) {
                return fault(start, message, i, "the message ends before its conversion character (write '%%' for"
                        + " a percent sign)");
            }
            char type = message.charAt(i++);
            String conversion = message.substring(start, i);
            Optional<ParameterType> valueType = valueType(type, length);
            if (type == '%') {
                if (i - start != 2) {
                    return fault(start, message, i, "'" + conversion + "' is not supported: a percent sign is '%%'");
                }
            } else if (valueType.isEmpty()) {
                return fault(start, message, i, "n".indexOf(type) >= 0 || "aA".indexOf(type) >= 0
                        || "diouxXcspfFeEgG".indexOf(type) >= 0
                        ? "'" + conversion + "' is not supported (supported: d i u o x X c s p f F e E g G, with the"
                                + " lengths hh h l ll q j z t for integers and l L for floating point; no %n, %a, %lc,"
                                + " %ls)"
                        : "'" + type + "' is no conversion (write '%%' for a percent sign)");
            } else {
                if (starWidth) {
                    arguments.add(new Argument(ParameterType.INT, conversion, Role.WIDTH));
                }
                if (starPrecision) {
                    arguments.add(new Argument(ParameterType.INT, conversion, Role.PRECISION));
                }
                arguments.add(new Argument(valueType.get(), conversion, Role.VALUE));
            }
            i = message.indexOf('%', i);
        }
        return new PrintfTemplate(arguments, Optional.empty());
    }

    /**
     * The Java type a conversion takes, C's own: {@code int} for {@code %d}, {@code long} for {@code %ld}, ...;
     * empty for a conversion, or a length with it, the formatter does not accept.
     */
    private static Optional<ParameterType> valueType(char type, String length) {
        switch (type) {
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                return switch (length) {
                    case "", "h", "hh" -> Optional.of(ParameterType.INT);
                    case "l", "ll", "q", "j", "z", "t" -> Optional.of(ParameterType.LONG);
                    default -> Optional.empty();
                };
            }
            case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                return length.isEmpty() || length.equals("l") || length.equals("L") ? Optional.of(ParameterType.DOUBLE)
                        : Optional.empty();
            }
            case 's' -> {
                return length.isEmpty() ? Optional.of(ParameterType.STRING) : Optional.empty();
            }
            case 'c' -> {
                return length.isEmpty() ? Optional.of(ParameterType.CHAR) : Optional.empty();
            }
            case 'p' -> {
                return length.isEmpty() ? Optional.of(ParameterType.LONG) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static boolean withinLimit(String digits) {
        return digits.length() <= 5 && Integer.parseInt(digits) <= MAX_WIDTH;
    }

    private static PrintfTemplate fault(int start, String message, int end, String reason) {
        return new PrintfTemplate(List.of(), Optional.of(new Fault(start, message.substring(start,
                Math.min(end, message.length())), reason)));
    }

    /**
     * The text between the conversions of a template (one more piece than it has conversions), each {@code %%} a
     * percent sign: what stays of the message however it is filled in.
     *
     * @param message the template, without a fault
     * @param arguments its arguments, as {@link #parse} gives them
     */
    public static List<String> literals(String message, List<Argument> arguments) {
        List<String> conversions = arguments.stream().filter(a -> a.role() == Role.VALUE).map(Argument::conversion).toList();
        List<String> literals = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            if (c == '%' && i + 1 < message.length() && message.charAt(i + 1) == '%') {
                literal.append('%');
                i += 2;
            } else if (c == '%') {
                literals.add(literal.toString());
                literal.setLength(0);
                i += conversions.get(next++).length();
            } else {
                literal.append(c);
                i++;
            }
        }
        literals.add(literal.toString());
        return literals;
    }

    /** The message as a template without arguments prints it: each {@code %%} a percent sign. */
    public static String literalText(String message) {
        return message.replace("%%", "%");
    }
}
