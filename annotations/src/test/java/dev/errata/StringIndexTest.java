package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StringIndexTest {

    @Test
    void everyCodeIsFoundAtItsPositionAndOthersAreNot() {
        String[] codes = {"UserNotFound", "InputValidationError", "", "OSM.0001", "E00042MailboxNotFound"};
        StringIndex index = StringIndex.of(codes);
        for (int i = 0; i < codes.length; i++) {
            // A code as received: equal characters, another instance.
            assertThat(index.positionOf(new String(codes[i].toCharArray()))).isEqualTo(i);
        }
        for (String absent : new String[] {"usernotfound", "UserNotFound ", "OSM.0002", "E", "\u00e9"}) {
            assertThat(index.positionOf(absent)).isEqualTo(-1);
        }
        assertThat(index.positionOf(null)).isEqualTo(-1);
        assertThat(StringIndex.of(new String[0]).positionOf("x")).isEqualTo(-1);
    }

    @Test
    void codesWithEqualHashesAreToldApartByTheirCharacters() {
        // "Aa" and "BB" share String.hashCode (2112), as do all eight concatenations of three of them.
        String[] codes = {"AaAaAa", "AaAaBB", "AaBBAa", "AaBBBB", "BBAaAa", "BBAaBB", "BBBBAa"};
        StringIndex index = StringIndex.of(codes);
        for (int i = 0; i < codes.length; i++) {
            assertThat(index.positionOf(codes[i])).isEqualTo(i);
        }
        assertThat("BBBBBB".hashCode()).isEqualTo(codes[0].hashCode());
        assertThat(index.positionOf("BBBBBB")).isEqualTo(-1);
    }

    @Test
    void manySimilarCodesAgreeWithAHashMap() {
        Random random = new Random(5);
        String[] codes = new String[30_000];
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            codes[i] = String.format(java.util.Locale.ROOT, "E%05d%s", i, i % 3 == 0 ? "NotFound" : "Denied");
            expected.put(codes[i], i);
        }
        StringIndex index = StringIndex.of(codes);
        for (String code : codes) {
            assertThat(index.positionOf(code)).isEqualTo(expected.get(code));
        }
        for (int i = 0; i < 30_000; i++) {
            String probe = "E" + random.nextInt(99_999) + (random.nextBoolean() ? "NotFound" : "Denied");
            assertThat(index.positionOf(probe)).isEqualTo(expected.getOrDefault(probe, -1));
        }
    }

    @Test
    void aRepeatedOrNullCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StringIndex.of(new String[] {"a", "b", "a"}));
        assertThrows(NullPointerException.class, () -> StringIndex.of(new String[] {"a", null}));
    }
}
