package dev.errata.processor.model;

import java.util.Optional;

/** An entry's {@code kind}: the processor's side of {@code dev.errata.ErrorKind}, constant for constant. */
public enum EntryKind {
    ERROR,
    WARNING,
    SUCCESS,
    RESERVED;

    /** The word a catalog writes, such as {@code success}. */
    public String keyword() {
        return Keywords.of(this);
    }

    public static Optional<EntryKind> fromKeyword(String keyword) {
        return Keywords.parse(EntryKind.class, keyword);
    }

    /** The accepted words, for diagnostics: {@code error, warning, success, reserved}. */
    public static String keywords() {
        return Keywords.list(EntryKind.class);
    }

    /** Whether entries of this kind are outcomes rather than failures: never thrown, never decoded as errors. */
    public boolean isOutcome() {
        return this == WARNING || this == SUCCESS;
    }
}
