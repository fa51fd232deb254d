package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class NamedTemplateTest {

    @Test
    void placeholdersAreBracesThatAreNotDoubled() {
        assertThat(NamedTemplate.hasPlaceholders("No such {object}: '{id}'")).isTrue();
        assertThat(NamedTemplate.hasPlaceholders("Use {{braces}} and }} alone")).isFalse();
        assertThat(NamedTemplate.hasPlaceholders("{{{name}}}")).isTrue();
        assertThat(NamedTemplate.hasPlaceholders("")).isFalse();
        assertThat(NamedTemplate.literal("Use {{braces}}.")).isEqualTo("Use {braces}.");
        assertThat(NamedTemplate.literal("Plain.")).isEqualTo("Plain.");
    }

    @Test
    void aMessageOfTheTemplatesShapeGivesEachPlaceholdersText() {
        assertThat(NamedTemplate.match("No such customer: 'cus_123'", "No such ", ": '", "'"))
                .asList().containsExactly("customer", "cus_123").inOrder();
        assertThat(NamedTemplate.match("Missing required param: amount.", "Missing required param: ", "."))
                .asList().containsExactly("amount");
        assertThat(NamedTemplate.match("5 of 7", "", " of ", "")).asList().containsExactly("5", "7").inOrder();
        // Empty texts are texts too.
        assertThat(NamedTemplate.match("No such : ''", "No such ", ": '", "'")).asList().containsExactly("", "").inOrder();
        // Each placeholder takes the text up to the next part's first occurrence; the last one takes the rest.
        assertThat(NamedTemplate.match("No such a: 'b: 'c'", "No such ", ": '", "'")).asList()
                .containsExactly("a", "b: 'c").inOrder();
    }

    @Test
    void aMessageOfAnotherShapeGivesNothing() {
        assertThat(NamedTemplate.match(null, "a", "b")).isNull();
        assertThat(NamedTemplate.match("Customer cus_123 was deleted.", "No such ", ": '", "'")).isNull();
        assertThat(NamedTemplate.match("No such customer", "No such ", ": '", "'")).isNull();
        assertThat(NamedTemplate.match("No such customer: 'x", "No such ", ": '", "'")).isNull();
        // The prefix and the suffix may not overlap.
        assertThat(NamedTemplate.match("ab", "ab", "b")).isNull();
        // A middle part found only inside the suffix does not count.
        assertThat(NamedTemplate.match("x-end", "", "-", "-end")).isNull();
        // Two placeholders side by side could split anywhere.
        assertThat(NamedTemplate.match("12", "", "", "")).isNull();
    }

    @Test
    void typedValuesAreOnlyTheTextTheirTypeWrites() {
        assertThat(NamedTemplate.parseInt("42")).isEqualTo(42);
        assertThat(NamedTemplate.parseInt("-7")).isEqualTo(-7);
        for (String text : new String[] {"042", "+7", "4e1", "", " 1", "2147483648", "1.0", "٤٢"}) {
            assertThat(NamedTemplate.parseInt(text)).isNull();
        }
        assertThat(NamedTemplate.parseLong("123456789012")).isEqualTo(123456789012L);
        assertThat(NamedTemplate.parseLong("012345678901")).isNull();
        assertThat(NamedTemplate.parseLong("99999999999999999999")).isNull();
        assertThat(NamedTemplate.parseDouble("0.5")).isEqualTo(0.5);
        assertThat(NamedTemplate.parseDouble("1.0E10")).isEqualTo(1.0E10);
        assertThat(NamedTemplate.parseDouble("NaN")).isNaN();
        for (String text : new String[] {".5", "0.50", "1d", "0x1p3", "1e10", ""}) {
            assertThat(NamedTemplate.parseDouble(text)).isNull();
        }
        assertThat(NamedTemplate.parseBoolean("true")).isTrue();
        assertThat(NamedTemplate.parseBoolean("false")).isFalse();
        assertThat(NamedTemplate.parseBoolean("TRUE")).isNull();
    }
}
