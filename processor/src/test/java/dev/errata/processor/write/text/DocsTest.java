package dev.errata.processor.write.text;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Javadoc from any text compiles clean under {@code -Xdoclint:all}: doclint refuses a character reference to a
 * control character, to half of a surrogate pair, or to a character its JDK does not assign, and flags an
 * empty {@code <p>}, so those are unicode escapes and skipped paragraphs.
 */
class DocsTest {

    static final List<String> TEXTS = List.of(
            "", " ", "\u2003", "\t", "a\tb", "NUL \u0000 here", "\u0001\u001f\u007f\u0085\u009f",
            "CR\ronly", "CRLF\r\nbreak", "a\n\u2003\n\nb", "\n\n\n", "emoji \ud83d\ude00", "lone \ud800 and \udc00",
            "unassigned \u0378 and \uffff \ufffe", "*/ closes", "\\u002a/ closes", "\\users", "@param x", "<b>bold</b>",
            "&amp; &#0;", "{@code x} {@link Object}", "* starred\n** lines", "typographic \u2019quotes\u201d");

    @Test
    void doclintFindsNothingInAnyText() {
        TypeSpec.Builder type = TypeSpec.classBuilder("Texts").addModifiers(Modifier.PUBLIC)
                .addJavadoc(Docs.block("Texts."))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (int i = 0; i < TEXTS.size(); i++) {
            StringBuilder doc = new StringBuilder("Text ").append(i).append(": ").append(Docs.text(TEXTS.get(i)))
                    .append(", as code ").append(Docs.code(TEXTS.get(i))).append(".\n");
            Docs.appendParagraph(doc, "", Optional.of(TEXTS.get(i)));
            Docs.appendParagraph(doc, "Label: ", Optional.of(TEXTS.get(i)));
            type.addMethod(MethodSpec.methodBuilder("text" + i).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addJavadoc(Docs.block(doc.toString())).build());
        }
        String source = JavaFile.builder("p", type.build()).build().toString();
        assertThat(source.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c <= 0x7E))).isTrue();
        Compilation compilation = Compiler.javac().withOptions("--release", "17", "-Xlint:all", "-Xdoclint:all/protected", "-Werror")
                .compile(JavaFileObjects.forSourceString("p.Texts", source));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aTextOfWhiteSpaceMakesNoParagraph() {
        StringBuilder doc = new StringBuilder();
        Docs.appendParagraph(doc, "", Optional.of(" \u2003 \n \t "));
        assertThat(doc.toString()).isEmpty();
        assertThat(Docs.text("a\n\n\u2003\n\nb")).isEqualTo("a\n\n<p>b");
    }
}
