package dev.errata.processor.additions;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.processor.testing.CompiledClasses.call;

import dev.errata.CatalogError;
import dev.errata.processor.testing.CompiledClasses;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code messages: printf} (MySQL's templates, filled in as C would by typed constructors) and
 * {@code messages: none} (plain text, braces and percent signs included), in the enum and the table form.
 */
class MessageSyntaxTest {

    private static final String PRINTF = """
            errata: 1
            name: My
            codes:
              type: integer
            messages: printf
            errors:
              - code: 1062
                symbol: ER_DUP_ENTRY
                message: Duplicate entry '%-.192s' for key '%-.192s'
              - code: 11590
                symbol: ER_IB_MSG_1
                message: 'Progress : %u%%, %lu of %llu pages, %.2f MiB/s, %.*s, %c'
              - code: 1040
                symbol: ER_CON_COUNT_ERROR
                message: Too many connections (100%%)
              - code: 1050
                symbol: ER_TABLE_EXISTS_ERROR
                message: Table '%-.192s' already exists
                parameters: {table: string}
            """;

    private static final String NONE = """
            errata: 1
            name: Plain
            codes:
              type: string
            messages: none
            errors:
              - code: braces
                message: 'Use {braces} and 100% of %s as written'
            """;

    @TempDir Path dir;

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void typedConstructorsFormatAsC(boolean table) throws ReflectiveOperationException {
        CompiledClasses my = Representations.compile(dir, PRINTF, table);
        Class<?> duplicate = my.type("MyErDupEntryException");
        Object e = duplicate.getConstructor(String.class, String.class).newInstance("x".repeat(200), "PRIMARY");
        assertThat(((Throwable) e).getMessage()).isEqualTo("Duplicate entry '" + "x".repeat(192) + "' for key 'PRIMARY'");
        assertThat(call(e, "arg1")).isEqualTo("x".repeat(200));
        assertThat(call(e, "arg2")).isEqualTo("PRIMARY");

        Class<?> progress = my.type("MyErIbMsg1Exception");
        Object p = progress.getConstructor(int.class, long.class, long.class, double.class, int.class, String.class,
                char.class).newInstance(-1, -1L, 5L, 2.675, 3, "abcdef", 'z');
        assertThat(((Throwable) p).getMessage())
                .isEqualTo("Progress : 4294967295%, 18446744073709551615 of 5 pages, 2.67 MiB/s, abc, z");

        Object named = my.type("MyErTableExistsErrorException").getConstructor(String.class).newInstance("t1");
        assertThat(((Throwable) named).getMessage()).isEqualTo("Table 't1' already exists");
        assertThat(call(named, "table")).isEqualTo("t1");

        // Without arguments, the message prints as the server prints it: %% is one percent sign.
        Object connections = my.type("MyErConCountErrorException").getConstructor().newInstance();
        assertThat(((Throwable) connections).getMessage()).isEqualTo("Too many connections (100%)");
        // The catalog keeps the template as written.
        CatalogError entry = (CatalogError) ((Optional<?>) my.callStatic("MyErrors", "fromCode", 1040)).orElseThrow();
        assertThat(entry.message()).hasValue("Too many connections (100%%)");
    }

    @Test
    void plainTextKeepsBracesAndPercentSigns() throws ReflectiveOperationException {
        CompiledClasses plain = Representations.compile(dir, NONE, false);
        Object e = plain.type("PlainBracesException").getConstructor().newInstance();
        assertThat(((Throwable) e).getMessage()).isEqualTo("Use {braces} and 100% of %s as written");
    }
}
