package dev.errata.processor.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a structured detail of an error response is typed in the generated code. */
public enum DetailKind {
    /** A JSON string: {@code String}. */
    TEXT("text"),
    /** A JSON object: {@code Map<String, Object>}. */
    OBJECT("object"),
    /** A JSON array: {@code List<Object>}. */
    LIST("list"),
    /** A JSON object whose values are errors of the same catalog: {@code Map<String, <Name>Exception>}. */
    ERRORS_BY_NAME("errorsByName"),
    /** A JSON object or array of errors by array index: {@code Map<Integer, <Name>Exception>}. */
    ERRORS_BY_INDEX("errorsByIndex");

    private final String keyword;

    DetailKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static Optional<DetailKind> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(k -> k.keyword.equals(keyword)).findFirst();
    }

    public static String keywords() {
        return Arrays.stream(values()).map(DetailKind::keyword).collect(Collectors.joining(", "));
    }
}
