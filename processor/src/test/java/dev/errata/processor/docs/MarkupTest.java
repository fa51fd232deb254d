package dev.errata.processor.docs;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The docs escapers, which copy the runs between special characters whole: every special is replaced wherever it
 * stands (first, last, side by side), the text between is kept as it is, and appending gives what the string form
 * gives.
 */
class MarkupTest {

    @Test
    void htmlReplacesItsFourSpecialsWhereverTheyStand() {
        assertThat(Markup.html("&a<b>c\"")).isEqualTo("&amp;a&lt;b&gt;c&quot;");
        assertThat(Markup.html("<<>>")).isEqualTo("&lt;&lt;&gt;&gt;");
        assertThat(Markup.html("plain text, 'quoted' *stars* é €")).isEqualTo("plain text, 'quoted' *stars* é €");
        assertThat(Markup.html("")).isEmpty();
    }

    @Test
    void markdownEscapesPunctuationAndJoinsLines() {
        assertThat(Markup.md("a_b*c`d[e]f|g#h~i!j\\k")).isEqualTo("a\\_b\\*c\\`d\\[e\\]f\\|g\\#h\\~i\\!j\\\\k");
        assertThat(Markup.md("<b>&\"x\"</b>")).isEqualTo("&lt;b&gt;&amp;\"x\"&lt;/b&gt;");
        assertThat(Markup.md("line one\nline two\r\nend")).isEqualTo("line one line two  end");
        assertThat(Markup.md("!")).isEqualTo("\\!");
        assertThat(Markup.md("no specials here")).isEqualTo("no specials here");
    }

    @Test
    void appendingGivesTheSameAsTheStringForm() {
        String text = "Quota <exceeded> for *user_1* & \"more\"\n|pipe|";
        assertThat(Markup.html(text, new StringBuilder("before:")).toString()).isEqualTo("before:" + Markup.html(text));
        assertThat(Markup.md(text, new StringBuilder("before:")).toString()).isEqualTo("before:" + Markup.md(text));
        assertThat(Markup.cell(text, new StringBuilder()).toString()).isEqualTo(Markup.md(text));
    }
}
