package dev.errata.processor.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** An entry's {@code kind}: the processor's side of {@code dev.errata.ErrorKind}, constant for constant. */
public enum EntryKind {
    ERROR,
    WARNING,
    SUCCESS,
    RESERVED;

    /** The word a catalog writes, such as {@code success}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EntryKind> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(k -> k.keyword().equals(keyword)).findFirst();
    }

    /** The accepted words, for diagnostics: {@code error, warning, success, reserved}. */
    public static String keywords() {
        return Arrays.stream(values()).map(EntryKind::keyword).collect(Collectors.joining(", "));
    }

    /** Whether entries of this kind are outcomes rather than failures: never thrown, never decoded as errors. */
    public boolean isOutcome() {
        return this == WARNING || this == SUCCESS;
    }
}
