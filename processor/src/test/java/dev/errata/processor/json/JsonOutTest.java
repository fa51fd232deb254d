package dev.errata.processor.json;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON text as Errata writes its files: the same value gives the same bytes, all but printable ASCII escaped. */
class JsonOutTest {

    private static String string(String text) {
        StringBuilder out = new StringBuilder();
        JsonOut.string(text, out);
        return out.toString();
    }

    @Test
    void stringsEscapeQuotesBackslashesControlsAndAllButPrintableAscii() {
        assertThat(string("plain ~ text")).isEqualTo("\"plain ~ text\"");
        assertThat(string("\"quoted\" \\ path")).isEqualTo("\"\\\"quoted\\\" \\\\ path\"");
        assertThat(string("a\nb\rc\td")).isEqualTo("\"a\\nb\\rc\\td\"");
        assertThat(string("\u0001\u001f\u007f")).isEqualTo("\"\\u0001\\u001f\\u007f\"");
        assertThat(string("café €1 \uD83D\uDE00")).isEqualTo("\"caf\\u00e9 \\u20ac1 \\ud83d\\ude00\"");
        assertThat(string("")).isEqualTo("\"\"");
    }

    @Test
    void valuesAreIndentedByTwoSpacesAndEndInALineFeed() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "Shop");
        value.put("codes", List.of(1, Map.of("deep", true)));
        value.put("none", null);
        value.put("empty", List.of());
        assertThat(JsonOut.write(value)).isEqualTo("{\n  \"name\": \"Shop\",\n  \"codes\": [\n    1,\n    {\n      \"deep\": true\n"
                + "    }\n  ],\n  \"none\": null,\n  \"empty\": []\n}\n");
        assertThat(JsonOut.write(value, new StringBuilder(1024))).isEqualTo(JsonOut.write(value));
        assertThat(JsonOut.compact(value)).isEqualTo("{\"name\":\"Shop\",\"codes\":[1,{\"deep\":true}],\"none\":null,\"empty\":[]}");
    }
}
