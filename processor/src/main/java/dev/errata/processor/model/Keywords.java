package dev.errata.processor.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The words a catalog writes for an enum's constants: each constant's name in small letters. */
final class Keywords {

    private Keywords() {}

    /** {@code SUCCESS} is written {@code success}. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant a catalog's word stands for, if any. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equals(word)).findFirst();
    }

    /** Every word, for diagnostics: {@code error, warning, success, reserved}. */
    static String list(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keywords::of).collect(Collectors.joining(", "));
    }
}
