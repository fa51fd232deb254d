package dev.errata.processor.additions;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.processor.testing.CompiledClasses.call;

import dev.errata.CatalogError;
import dev.errata.processor.testing.CompiledClasses;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed per-entry attributes, their accessors and indexed lookups, in the enum and the table form. */
class AttributesTest {

    private static final String CATALOG = """
            errata: 1
            name: My
            codes:
              type: integer
            attributes:
              sqlstate: {type: string, indexed: true, description: The SQLSTATE the server reports.}
              errno: {type: int, indexed: true}
              bytes: {type: long}
              ratio: {type: double}
              fatal: {type: boolean, indexed: true}
            errors:
              - code: 1062
                symbol: ER_DUP_ENTRY
                message: Duplicate entry.
                attributes: {sqlstate: '23000', errno: -2147483648, bytes: 9223372036854775807, ratio: 0.5, fatal: false}
              - code: 1216
                symbol: ER_NO_REFERENCED_ROW
                message: Cannot add a child row.
                attributes: {sqlstate: '23000', fatal: true}
              - code: 1040
                symbol: ER_CON_COUNT_ERROR
                message: Too many connections.
                attributes: {sqlstate: '08004', errno: 24, ratio: -1e-3}
              - code: 1105
                symbol: ER_UNKNOWN_ERROR
                message: Unknown error.
            """;

    @TempDir Path dir;

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void accessorsAreTypedAndEmptyWhereAnEntryGivesNone(boolean table) {
        CompiledClasses my = Representations.compile(dir, CATALOG, table);
        Object duplicate = entry(my, 1062);
        assertThat(call(duplicate, "sqlstate")).isEqualTo(Optional.of("23000"));
        assertThat(call(duplicate, "errno")).isEqualTo(OptionalInt.of(Integer.MIN_VALUE));
        assertThat(call(duplicate, "bytes")).isEqualTo(OptionalLong.of(Long.MAX_VALUE));
        assertThat(call(duplicate, "ratio")).isEqualTo(OptionalDouble.of(0.5));
        assertThat(call(duplicate, "fatal")).isEqualTo(Optional.of(false));
        Object unknown = entry(my, 1105);
        assertThat(call(unknown, "sqlstate")).isEqualTo(Optional.empty());
        assertThat(call(unknown, "errno")).isEqualTo(OptionalInt.empty());
        assertThat(call(unknown, "bytes")).isEqualTo(OptionalLong.empty());
        assertThat(call(unknown, "ratio")).isEqualTo(OptionalDouble.empty());
        assertThat(call(unknown, "fatal")).isEqualTo(Optional.empty());
        assertThat(call(entry(my, 1040), "ratio")).isEqualTo(OptionalDouble.of(-0.001));
    }

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void indexedAttributesFindEveryEntryOfAValue(boolean table) {
        CompiledClasses my = Representations.compile(dir, CATALOG, table);
        List<?> integrity = (List<?>) my.callStatic("MyErrors", "bySqlstate", "23000");
        assertThat(integrity).containsExactly(entry(my, 1062), entry(my, 1216)).inOrder();
        assertThat((List<?>) my.callStatic("MyErrors", "bySqlstate", "HY000")).isEmpty();
        assertThat((List<?>) my.callStatic("MyErrors", "bySqlstate", (Object) null)).isEmpty();
        assertThat((List<?>) my.callStatic("MyErrors", "byErrno", 24)).containsExactly(entry(my, 1040));
        assertThat((List<?>) my.callStatic("MyErrors", "byFatal", true)).containsExactly(entry(my, 1216));
        assertThat((List<?>) my.callStatic("MyErrors", "byFatal", false)).containsExactly(entry(my, 1062));
        try {
            integrity.clear();
            throw new AssertionError("the list is modifiable");
        } catch (UnsupportedOperationException expected) {
            assertThat(integrity).hasSize(2);
        }
    }

    private static Object entry(CompiledClasses my, int code) {
        return ((Optional<?>) my.callStatic("MyErrors", "fromCode", code)).map(CatalogError.class::cast).orElseThrow();
    }
}
