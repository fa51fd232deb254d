package dev.errata.processor.bind;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.processor.model.ExceptionMembers;
import dev.errata.processor.model.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Advice never leads to another error: every name Errata suggests passes the rule it is suggested for, and no
 * name is suggested for a text holding a letter outside ASCII (which dropping would turn into another word).
 * Checked on every text of up to four characters from an alphabet of the troublemakers, and on known cases.
 */
class SuggestionsTest {

    private static final String[] ALPHABET = {"a", "G", "0", "-", "_", ".", " ", "\u00e9", "\u0435", "\u200b"};

    @Test
    void everySuggestionPassesItsRule() {
        for (String text : texts()) {
            boolean nonAscii = text.codePoints().anyMatch(c -> c >= 128 && Character.isLetterOrDigit(c));
            Optional<String> type = JavaNames.suggestUpperCamel(text);
            Optional<String> parameter = Suggestions.parameterName(text);
            Optional<String> category = JavaNames.suggestCategoryId(text);
            assertWithMessage("suggested for '%s'", text).that(type.isPresent()).isEqualTo(!nonAscii);
            assertWithMessage("suggested for '%s'", text).that(parameter.isPresent()).isEqualTo(!nonAscii);
            assertWithMessage("suggested for '%s'", text).that(category.isPresent()).isEqualTo(!nonAscii);
            type.ifPresent(name -> assertWithMessage("type name for '%s'", text)
                    .that(JavaNames.isUpperCamel(name) && !JavaNames.isKeyword(name)).isTrue());
            parameter.ifPresent(name -> assertWithMessage("parameter name for '%s'", text)
                    .that(JavaNames.isParameterName(name) && ExceptionMembers.takenForParameter(name).isEmpty()).isTrue());
            category.ifPresent(id -> assertWithMessage("category id for '%s'", text).that(JavaNames.isCategoryId(id))
                    .isTrue());
        }
    }

    @Test
    void knownCases() {
        assertThat(Suggestions.parameterName("class")).hasValue("classValue");
        assertThat(Suggestions.parameterName("user.name")).hasValue("userName");
        assertThat(Suggestions.parameterName("GA")).hasValue("ga");
        assertThat(Suggestions.parameterName("URLPath")).hasValue("urlPath");
        assertThat(Suggestions.parameterName("user-id")).hasValue("userId");
        assertThat(Suggestions.parameterName("Message")).hasValue("messageValue");
        assertThat(Suggestions.parameterName("0")).hasValue("value0");
        assertThat(JavaNames.suggestUpperCamel("Us\u0435rNotFound")).isEmpty();
        assertThat(JavaNames.suggestUpperCamel("user\u200bnot-found")).hasValue("UserNotFound");
        assertThat(JavaNames.suggestCategoryId("not_found")).hasValue("not-found");
        assertThat(Suggestions.advise(Optional.empty(), "Us\u0435r", name -> "Use " + name))
                .isEqualTo("Write it in ASCII letters and digits only ('\u0435' is not one)");
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", "class", "true", "record", "cause", "Message", "serialVersionUID",
                "getMessage", "ERR_COMPOSE", "QRError", "1e3", "$", "a$b", "Caf\u00e9", "\u00c4\u00d6", "\ud835\udc00x"));
        List<String> level = List.of("");
        for (int length = 1; length <= 4; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : level) {
                for (String letter : ALPHABET) {
                    next.add(prefix + letter);
                }
            }
            texts.addAll(next);
            level = next;
        }
        return texts;
    }
}
