package dev.errata.processor.write.text;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.testing.CompiledClasses;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literals are Java expressions javac compiles to exactly the text, whatever the text and its length. */
class LiteralsTest {

    /** Texts javac could misread, and texts at each side of the limits on one string constant. */
    static final List<String> TEXTS = List.of(
            "",
            "plain",
            "$5 $L $S {{ }} \" ' \\ \\\\ \\u002a/ */ \\users C:\\users\\app",
            "\u0000\u0001\u001f\u007f\n\r\t\u2028\u2029\u0085\ufeff\uffff",
            "\ud800", "\udc00", "\udc00\ud800", "\ud83d\ude00",
            // javac (17, 25) reads a backslash pair right after a lone high surrogate as half of a unicode escape;
            // joined here with +, as this very file would be misread too.
            "z\ud800" + "\\u002a/", "\ud800" + "\\\\u0041", "\ud800\\", "\ud800" + "\\u000a",
            "a".repeat(Literals.MAX_CONSTANT_CHARS),
            "a".repeat(Literals.MAX_CONSTANT_CHARS + 1),
            "\u00e9".repeat(32_767) + "a",
            "\u00e9".repeat(32_767) + "ab",
            "\u0000".repeat(32_768),
            "\u20ac".repeat(21_845),
            "\u20ac".repeat(21_846),
            "x" + "\ud83d\ude00".repeat(10_922),
            "x\\".repeat(200_000) + "\ud800");

    @Test
    void piecesFitOneConstantAndJoinToTheText() {
        for (String text : TEXTS) {
            List<String> pieces = Literals.pieces(text);
            assertThat(String.join("", pieces)).isEqualTo(text);
            for (String piece : pieces) {
                assertThat(Literals.fitsOneConstant(piece)).isTrue();
            }
            assertThat(pieces.size() == 1).isEqualTo(Literals.fitsOneConstant(text));
        }
    }

    @Test
    void theLimitsAreJavacs() {
        assertThat(Literals.fitsOneConstant("a".repeat(65_534))).isTrue();
        assertThat(Literals.fitsOneConstant("a".repeat(65_535))).isFalse();
        assertThat(Literals.fitsOneConstant("\u00e9".repeat(32_767) + "a")).isTrue();
        assertThat(Literals.fitsOneConstant("\u00e9".repeat(32_768))).isFalse();
        assertThat(Literals.constantBytes("\u0000\u007f\u0080\u07ff\u0800\ud83d\ude00")).isEqualTo(2 + 1 + 2 + 2 + 3 + 6);
    }

    @Test
    void aSurrogatePairIsNeverCut() {
        String text = "a" + "\ud83d\ude00".repeat(20_000);
        for (String piece : Literals.pieces(text)) {
            assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1))).isFalse();
        }
    }

    @Test
    void aLineCommentNeverEndsEarly() {
        assertThat(Literals.inLineComment("catalogs/x.yaml")).isEqualTo("catalogs/x.yaml");
        assertThat(Literals.inLineComment("C:\\x\\u000a.yaml")).isEqualTo("\"C:\\\\x\\\\u000a.yaml\"");
        assertThat(Literals.inLineComment("a\nb")).isEqualTo("\"a\\nb\"");
    }

    @Test
    void aConstantIsCutWithDotsWhenItMustBeOne() {
        String cut = Literals.constant("a".repeat(70_000));
        assertThat(cut).endsWith("...\"");
        assertThat(cut.length()).isEqualTo(Literals.MAX_CONSTANT_CHARS + 2);
    }

    @ParameterizedTest(name = "--release {0}")
    @ValueSource(ints = {8, 17})
    void javacCompilesEachToExactlyItsText(int release) throws Exception {
        StringBuilder source = new StringBuilder("package p;\n\npublic class Texts {\n    public static String[] all() {\n"
                + "        return new String[] {\n");
        for (String text : TEXTS) {
            source.append("            ").append(Literals.quote(text)).append(",\n");
        }
        source.append("        };\n    }\n}\n");
        Compilation compilation = Compiler.javac().withOptions("--release", String.valueOf(release), "-Xlint:all,-options",
                "-Werror").compile(JavaFileObjects.forSourceString("p.Texts", source.toString()));
        assertThat(compilation).succeededWithoutWarnings();
        String[] compiled = (String[]) new CompiledClasses(compilation, "p").callStatic("Texts", "all");
        assertThat(compiled).asList().containsExactlyElementsIn(TEXTS).inOrder();
    }
}
