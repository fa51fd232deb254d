package dev.errata.processor.additions;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.processor.testing.CompiledClasses.call;

import dev.errata.CatalogError;
import dev.errata.processor.testing.CompiledClasses;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names derived from symbols and codes, symbols as constants, aliases, {@code fromSymbol} and {@code fromName}
 * by symbol, and an entry named {@code Unknown}: in the enum and in the table form.
 */
class NamesAndSymbolsTest {

    private static final String CATALOG = """
            errata: 1
            name: Sym
            codes:
              type: string
            errors:
              - code: card_declined
                message: Declined.
              - code: '1062'
                symbol: ER_DUP_ENTRY
                aliases: [ER_DUPLICATE, dup entry]
                message: Duplicate entry.
              - code: '1063'
                symbol: ER_IB_MSG_0
                message: Message zero.
              - code: '2'
                symbol: UNKNOWN
                message: Unknown error.
              - code: '3'
                symbol: lower_case_symbol
                message: A symbol that is no constant.
            """;

    @TempDir Path dir;

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void symbolsFindTheirEntriesAndNamesDerive(boolean table) {
        CompiledClasses sym = Representations.compile(dir, CATALOG, table);
        CatalogError duplicate = entry(sym.callStatic("SymErrors", "fromSymbol", "ER_DUP_ENTRY"));
        assertThat(duplicate.codeString()).isEqualTo("1062");
        assertThat(duplicate.symbol()).hasValue("ER_DUP_ENTRY");
        assertThat(duplicate.aliases()).containsExactly("ER_DUPLICATE", "dup entry").inOrder();
        assertThat(entry(sym.callStatic("SymErrors", "fromSymbol", "dup entry"))).isSameInstanceAs(duplicate);
        assertThat(entry(sym.callStatic("SymErrors", "fromName", "ER_DUP_ENTRY"))).isSameInstanceAs(duplicate);
        assertThat(entry(sym.callStatic("SymErrors", "fromName", "ErDupEntry"))).isSameInstanceAs(duplicate);
        assertThat(sym.callStatic("SymErrors", "fromName", "ER_DUPLICATE")).isEqualTo(Optional.empty());
        assertThat(sym.callStatic("SymErrors", "fromSymbol", "ErDupEntry")).isEqualTo(Optional.empty());
        assertThat(sym.callStatic("SymErrors", "fromSymbol", (Object) null)).isEqualTo(Optional.empty());

        CatalogError declined = entry(sym.callStatic("SymErrors", "fromName", "CardDeclined"));
        assertThat(declined.symbol()).isEmpty();
        assertThat(declined.aliases()).isEmpty();
        assertThat(sym.type("SymCardDeclinedException")).isNotNull();
        assertThat(sym.type("SymErIbMsg0Exception")).isNotNull();

        // The constant is the symbol when it can be one; else the derived name's constant.
        String expected = table ? "ErIbMsg0" : "ER_IB_MSG_0";
        assertThat(call(entry(sym.callStatic("SymErrors", "fromSymbol", "ER_IB_MSG_0")), "name")).isEqualTo(expected);
        Object lower = entry(sym.callStatic("SymErrors", "fromSymbol", "lower_case_symbol"));
        assertThat(call(lower, "name")).isEqualTo(table ? "LowerCaseSymbol" : "LOWER_CASE_SYMBOL");
    }

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void anEntryNamedUnknownKeepsItsClassAndTheFallbackIsRenamed(boolean table) {
        CompiledClasses sym = Representations.compile(dir, CATALOG, table);
        Object unknown = sym.callStatic("SymErrors", "exceptionFor", "2", null);
        assertThat(unknown.getClass().getSimpleName()).isEqualTo("SymUnknownException");
        assertThat(((CatalogError) call(unknown, "error")).known()).isTrue();
        Object unlisted = sym.callStatic("SymErrors", "exceptionFor", "999", "as received");
        assertThat(unlisted.getClass().getSimpleName()).isEqualTo("SymUnlistedCodeException");
        assertThat(((CatalogError) call(unlisted, "error")).known()).isFalse();
    }

    private static CatalogError entry(Object optional) {
        return (CatalogError) ((Optional<?>) optional).orElseThrow();
    }
}
