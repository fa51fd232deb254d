package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesJsonAsJavaInIterationOrder() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error_number", new BigDecimal("7"));
        body.put("items", Arrays.asList("a", 2, null, 1.5));
        body.put("nested", new LinkedHashMap<String, Object>());
        assertThat(JsonText.write(body))
                .isEqualTo("{\"success\":false,\"error_number\":7,\"items\":[\"a\",2,null,1.5],\"nested\":{}}");
    }

    @Test
    void escapesWhatJsonRequires() {
        assertThat(JsonText.write("quote \" backslash \\ line\nbreak tab\t bell\u0007 sep\u2028 caf\u00e9"))
                .isEqualTo("\"quote \\\" backslash \\\\ line\\nbreak tab\\t bell\\u0007 sep\\u2028 caf\u00e9\"");
    }

    @Test
    void loneSurrogatesAreEscapedSoTheyLiveThroughUtf8() {
        // A surrogate without its other half has no UTF-8: written raw, it would come back as '?'.
        assertThat(JsonText.write("a\ud800b \udc00 \udfff\ud800 \ud83d\ude00 end\ud83d"))
                .isEqualTo("\"a\\ud800b \\udc00 \\udfff\\ud800 \ud83d\ude00 end\\ud83d\"");
    }

    @Test
    void hugeExponentsStayShort() {
        assertThat(JsonText.number(new BigDecimal("1e999999999"))).isEqualTo("1E+999999999");
        assertThat(JsonText.number(new BigDecimal("1e-999999999"))).isEqualTo("1E-999999999");
        assertThat(JsonText.number(new BigDecimal("123.4500"))).isEqualTo("123.4500");
        assertThat(JsonText.number(new BigDecimal("1e3"))).isEqualTo("1000");
        assertThat(JsonText.write(Double.NaN)).isEqualTo("null");
    }
}
