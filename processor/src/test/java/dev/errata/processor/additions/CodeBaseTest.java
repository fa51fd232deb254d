package dev.errata.processor.additions;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.processor.testing.CompiledClasses.call;

import dev.errata.CatalogError;
import dev.errata.ErrorKind;
import dev.errata.processor.testing.CompiledClasses;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code codes.base}: a com_err table is written by row index, and the library returns base + index. Codes,
 * lookups by code and by offset, and the fallback for reserved placeholder rows, in both representations.
 */
class CodeBaseTest {

    private static final int BASE = -1765328384;

    private static final String CATALOG = """
            errata: 1
            name: Krb
            codes:
              type: integer
              base: -1765328384
            errors:
              - code: 0
                symbol: KRB5KDC_ERR_NONE
                message: No error
                kind: success
              - code: 1
                symbol: KRB5KDC_ERR_NAME_EXP
                message: Client's entry in database has expired
              - code: 30
                symbol: KRB5PLACEHOLD_30
                message: KRB5 error code 30
                kind: reserved
              - code: 128
                symbol: KRB5_ERR_RCSID
                message: $Id$
                kind: reserved
            """;

    @TempDir Path dir;

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void codesAreTheBasePlusTheRowIndex(boolean table) throws ReflectiveOperationException {
        CompiledClasses krb = Representations.compile(dir, CATALOG, table);
        assertThat(krb.type("KrbErrors").getField("CODE_BASE").getInt(null)).isEqualTo(BASE);
        Object expired = ((Optional<?>) krb.callStatic("KrbError", "fromCode", BASE + 1)).orElseThrow();
        assertThat(call(expired, "code")).isEqualTo(-1765328383);
        assertThat(call(expired, "offset")).isEqualTo(1);
        assertThat(((CatalogError) expired).codeString()).isEqualTo("-1765328383");
        assertThat(krb.callStatic("KrbErrors", "fromOffset", 1)).isEqualTo(Optional.of(expired));
        assertThat(krb.callStatic("KrbError", "fromOffset", 1)).isEqualTo(Optional.of(expired));
        assertThat(krb.callStatic("KrbErrors", "fromCode", 1)).isEqualTo(Optional.empty());
        assertThat(krb.callStatic("KrbErrors", "fromOffset", 2)).isEqualTo(Optional.empty());
        // Sums beyond int are no code (in int arithmetic they would wrap around to one).
        assertThat(krb.callStatic("KrbErrors", "fromOffset", Integer.MAX_VALUE)).isEqualTo(Optional.empty());
        assertThat(krb.callStatic("KrbErrors", "fromOffset", Integer.MIN_VALUE)).isEqualTo(Optional.empty());
        Object rcsid = ((Optional<?>) krb.callStatic("KrbErrors", "fromOffset", 128)).orElseThrow();
        assertThat(((CatalogError) rcsid).message()).hasValue("$Id$");
        assertThat(krb.callStatic("KrbErrors", "fromName", "KRB5_ERR_RCSID")).isEqualTo(Optional.of(rcsid));
    }

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void placeholderRowsArriveAsTheFallbackCarryingTheirEntry(boolean table) {
        CompiledClasses krb = Representations.compile(dir, CATALOG, table);
        Object placeholder = krb.callStatic("KrbErrors", "exceptionFor", BASE + 30, null);
        assertThat(placeholder.getClass().getSimpleName()).isEqualTo("KrbUnknownException");
        assertThat(((Throwable) placeholder).getMessage()).isEqualTo("KRB5 error code 30");
        CatalogError entry = (CatalogError) call(placeholder, "error");
        assertThat(entry.kind()).isEqualTo(ErrorKind.RESERVED);
        assertThat(call(entry, "offset")).isEqualTo(30);
        Object none = krb.callStatic("KrbErrors", "exceptionFor", BASE, null);
        assertThat(none.getClass().getSimpleName()).isEqualTo("KrbNotAnErrorException");
        Object unlisted = krb.callStatic("KrbErrors", "exceptionFor", BASE + 2, null);
        assertThat(((CatalogError) call(unlisted, "error")).known()).isFalse();
    }
}
