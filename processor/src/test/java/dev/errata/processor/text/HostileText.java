package dev.errata.processor.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Text nobody here wrote: pieces that broke generated code before, or could (format characters of JavaPoet,
 * unicode escapes, comment ends, Javadoc tags, HTML, NUL, lone surrogates, line breaks of every kind),
 * mixed with arbitrary characters, and now and then a text at or past the class file's limit on a string
 * constant.
 */
final class HostileText {

    /** Pieces that break code generators: each has broken one, or would break a naive one. */
    static final List<String> PIECES = List.of(
            "$", "$5 ", "$L", "$S", "$T", "$N", "$$", "$>", "$<", "$W", "$Z", "$1L", "$name:L", "${x}", "$Id$",
            "\\", "\\\\", "\\u002a/", "\\u000a", "\\u000d", "\\u0022", "\\uuuu002A/", "\\users", "\\uXYZ",
            "\\\\u002a/", "C:\\users\\app\\errors.log", "\\n", "\\0", "\\\"",
            "*/", "/*", "/**", "*", "**", "*/*", "//", "/", "{{", "}}", "{", "}", "{@code x}", "{@link Object}",
            "@param", "@deprecated", "@", "<", ">", "&", "&amp;", "&#47;", "&#x2a;", "<b>bold</b>", "<p>", "</code>",
            "<!--", "-->", "<script>alert(1)</script>", "\"", "'", "\"); System.exit(1); (\"",
            "\" + System.getenv() + \"", "*/ static { System.exit(1); } /*", "%s", "%n", "%%", "{0}",
            "\u0000", "\u0001", "\u0008", "\u001b", "\u001f", "\u007f", "\u0085", "\u00a0", "\n", "\r", "\r\n",
            "\n\n", "\n \n", "\t", "\u000b", "\u000c", "\u2028", "\u2029", "\u2003",
            "\ud800", "\udfff", "\udc00\ud800", "\ud83d\ude00", "\ufeff", "\ufffe", "\uffff", "\u00e9", "\u20ac",
            "\u0130", "\u0131", "\u202e", "\u200b", " ", "  ", "yes", "null", "~", "- ", ": ", " #", "---", "...");

    private HostileText() {}

    /**
     * Any text: mostly hostile pieces and arbitrary characters, sometimes one at or past a constant's limit,
     * rarely a mebibyte.
     */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(180, mixed()),
                Tuple.of(12, atTheLimit()),
                Tuple.of(6, large(70_000, 300_000)),
                Tuple.of(1, large(1 << 20, 1 << 20)));
    }

    /** Pieces and arbitrary characters, up to a few dozen. */
    static Arbitrary<String> mixed() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES),
                Arbitraries.strings().all().ofMaxLength(4),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    /**
     * A text whose size as a string constant is within two bytes of the limit, 65,535 bytes of modified
     * UTF-8 (or of javac's 65,534 characters): one character repeated, of one, two or three bytes, or a
     * surrogate pair (six), so the cut falls on each kind of character.
     */
    static Arbitrary<String> atTheLimit() {
        Arbitrary<String> unit = Arbitraries.of("a", "\u00e9", "\u0000", "\u20ac", "\ud83d\ude00", "$", "\\");
        Arbitrary<Integer> offset = Arbitraries.integers().between(-2, 2);
        return Combinators.combine(unit, offset).as((u, d) -> {
            int unitBytes = (int) dev.errata.processor.write.text.Literals.constantBytes(u);
            int count = (65_535 + d) / unitBytes;
            return u.repeat(count) + "x".repeat(Math.max(0, (65_535 + d) - count * unitBytes));
        });
    }

    /** A hostile text repeated to {@code min} to {@code max} characters: several constants' worth. */
    static Arbitrary<String> large(int min, int max) {
        return Combinators.combine(mixed().filter(s -> !s.isEmpty()), Arbitraries.integers().between(min, max))
                .as((text, length) -> text.repeat(length / text.length() + 1).substring(0, length));
    }

    /**
     * A JSON member name as a wire path segment may be: not empty, without {@code .} or white space (as Java
     * regular expressions mean it), without the brackets of JSONPath, and well-formed UTF-16 (half of a
     * surrogate pair has no UTF-8, so no body can hold it): a path is refused otherwise ({@code wire-path},
     * golden cases). {@code suffix} keeps the members of one catalog apart.
     */
    static Arbitrary<String> member(String suffix) {
        return mixed().map(text -> withoutLoneSurrogates(text.replaceAll("[.\\s\\[\\]]", "")) + suffix);
    }

    private static String withoutLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
