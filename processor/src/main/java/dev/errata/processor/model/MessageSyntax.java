package dev.errata.processor.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a catalog's messages are written: the top-level {@code messages} key. */
public enum MessageSyntax {
    /** {@code {placeholder}} parameters, {@code {{} and {@code }}} for literal braces: the default. */
    NAMED,
    /** C printf conversions ({@code %s}, {@code %-.192s}, {@code %lu}, {@code %%}), as MySQL's messages are. */
    PRINTF,
    /** Plain text: braces and percent signs are themselves, and there are no parameters. */
    NONE;

    /** The word a catalog writes, such as {@code printf}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MessageSyntax> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(s -> s.keyword().equals(keyword)).findFirst();
    }

    public static String keywords() {
        return Arrays.stream(values()).map(MessageSyntax::keyword).collect(Collectors.joining(", "));
    }
}
