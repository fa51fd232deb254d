package dev.errata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class DocsAnchorTest {

    @Test
    void keepsLettersDigitsUnderscoreAndHyphen() {
        assertEquals("code-20", DocsAnchor.of("20"));
        assertEquals("code-UserNotFound", DocsAnchor.of("UserNotFound"));
        assertEquals("code-card_declined-2", DocsAnchor.of("card_declined-2"));
        assertEquals("code-", DocsAnchor.of(""));
    }

    @Test
    void writesEveryOtherUtf16UnitAsDotAndFourHexDigits() {
        assertEquals("code-OSM.002E01010015", DocsAnchor.of("OSM.01010015"));
        assertEquals("code-a.0020b.0025.0023", DocsAnchor.of("a b%#"));
        assertEquals("code-.00E9", DocsAnchor.of("\u00e9"));
        // A character outside the BMP is its two surrogates; a lone one is written too.
        assertEquals("code-.D83D.DE00", DocsAnchor.of("\uD83D\uDE00"));
        assertEquals("code-.D800", DocsAnchor.of("\uD800"));
        assertEquals("code-.FFFF.0000", DocsAnchor.of("\uFFFF\u0000"));
    }

    @Test
    void distinctCodesHaveDistinctAnchors() {
        // The dot is escaped itself, so an escape can never be confused with a code that spells one.
        assertNotEquals(DocsAnchor.of(".002E"), DocsAnchor.of("."));
        assertEquals("code-.002E002E", DocsAnchor.of(".002E"));
    }
}
