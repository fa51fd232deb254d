package dev.errata.processor.model;

import java.util.Optional;

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
        return Keywords.of(this);
    }

    public static Optional<MessageSyntax> fromKeyword(String keyword) {
        return Keywords.parse(MessageSyntax.class, keyword);
    }

    public static String keywords() {
        return Keywords.list(MessageSyntax.class);
    }
}
