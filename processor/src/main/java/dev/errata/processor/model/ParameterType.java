package dev.errata.processor.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The types a message placeholder may declare, by the word a catalog uses for each. */
public enum ParameterType {
    STRING("string"),
    INT("int"),
    LONG("long"),
    DOUBLE("double"),
    BOOLEAN("boolean"),
    /** A character: printf's {@code %c}. */
    CHAR("char");

    private final String keyword;

    ParameterType(String keyword) {
        this.keyword = keyword;
    }

    /** The word a catalog writes, such as {@code string}. */
    public String keyword() {
        return keyword;
    }

    public static Optional<ParameterType> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(t -> t.keyword.equals(keyword)).findFirst();
    }

    /** The accepted words, for diagnostics: {@code string, int, long, double, boolean, char}. */
    public static String keywords() {
        return Arrays.stream(values()).map(t -> t.keyword.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
