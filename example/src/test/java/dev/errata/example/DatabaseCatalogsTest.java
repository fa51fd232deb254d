package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.ErrorKind;
import dev.errata.example.mysql.MysqlError;
import dev.errata.example.mysql.MysqlErrors;
import dev.errata.example.mysql.MysqlException;
import dev.errata.example.mysql.MysqlIntegrityConstraintViolationException;
import dev.errata.example.postgresql.PostgresqlError;
import dev.errata.example.postgresql.PostgresqlErrors;
import dev.errata.example.postgresql.PostgresqlException;
import dev.errata.example.postgresql.PostgresqlIntegrityConstraintViolationException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database catalogs converted from PostgreSQL's errcodes.txt and MySQL's server errors: a row of every class
 * resolves by its code, its SQLSTATE and its symbol, and a driver's {@link SQLException} becomes the typed
 * exception, caught by its class.
 */
class DatabaseCatalogsTest {

    @Test
    void aRowOfEveryPostgresqlClassResolvesByCodeSymbolAndCondition() {
        Map<PostgresqlError.Category, PostgresqlError> firstOfClass = new LinkedHashMap<>();
        for (PostgresqlError error : PostgresqlError.values()) {
            error.category().ifPresent(c -> firstOfClass.putIfAbsent(c, error));
        }
        assertThat(firstOfClass.keySet()).containsExactlyElementsIn(PostgresqlError.Category.values());
        for (PostgresqlError error : firstOfClass.values()) {
            assertWithMessage("by SQLSTATE %s", error.code()).that(PostgresqlErrors.fromCode(error.code()))
                    .hasValue(error);
            String symbol = error.symbol().orElseThrow();
            assertWithMessage("by symbol %s", symbol).that(PostgresqlErrors.fromSymbol(symbol)).hasValue(error);
            String condition = error.condition().orElseThrow();
            assertWithMessage("by condition %s", condition).that(PostgresqlErrors.byCondition(condition))
                    .contains(error);
        }
    }

    @Test
    void postgresqlKeepsAliasesSharedConditionsAndSeverities() {
        assertThat(PostgresqlErrors.fromSymbol("ERRCODE_ARRAY_ELEMENT_ERROR").map(PostgresqlError::code))
                .hasValue("2202E");
        assertThat(PostgresqlErrors.byCondition("string_data_right_truncation")).hasSize(2);
        assertThat(PostgresqlErrors.fromCode("00000").orElseThrow().kind()).isEqualTo(ErrorKind.SUCCESS);
        assertThat(PostgresqlErrors.fromCode("01000").orElseThrow().kind()).isEqualTo(ErrorKind.WARNING);
        assertThat(PostgresqlErrors.fromCode("23505").orElseThrow().kind()).isEqualTo(ErrorKind.ERROR);
    }

    @Test
    void aRowOfEveryMysqlClassResolvesByNumberStateAndSymbol() {
        Map<MysqlError.Category, MysqlError> firstOfClass = new LinkedHashMap<>();
        for (MysqlError error : MysqlError.values()) {
            error.category().ifPresent(c -> firstOfClass.putIfAbsent(c, error));
        }
        assertThat(firstOfClass.keySet()).containsExactlyElementsIn(MysqlError.Category.values());
        for (MysqlError error : firstOfClass.values()) {
            assertWithMessage("by number %s", error.code()).that(MysqlErrors.fromCode(error.code())).hasValue(error);
            String symbol = error.symbol().orElseThrow();
            assertWithMessage("by symbol %s", symbol).that(MysqlErrors.fromSymbol(symbol)).hasValue(error);
            String state = error.sqlstate().orElseThrow();
            assertWithMessage("by SQLSTATE %s", state).that(MysqlErrors.bySqlstate(state)).contains(error);
        }
        assertThat(MysqlErrors.fromSymbol("ER_DUP_ENTRY").map(MysqlError::code)).hasValue(1062);
        assertThat(MysqlError.values()).hasSize(5842);
    }

    @Test
    void aDriversSqlExceptionBecomesTheTypedExceptionOfItsClass() {
        SQLException fromPostgres = new SQLException("duplicate key value violates unique constraint", "23505");
        PostgresqlException pg = PostgresqlErrors.exceptionFor(fromPostgres.getSQLState(), fromPostgres.getMessage());
        assertThat(pg).isInstanceOf(PostgresqlIntegrityConstraintViolationException.class);
        assertThat(pg.getMessage()).isEqualTo("duplicate key value violates unique constraint");

        SQLException fromMysql = new SQLException("Duplicate entry 'a' for key 1", "23000", 1062);
        MysqlException my = MysqlErrors.exceptionFor(fromMysql.getErrorCode(), fromMysql.getMessage());
        assertThat(my).isInstanceOf(MysqlIntegrityConstraintViolationException.class);
        assertThat(my.error().codeString()).isEqualTo("1062");
    }
}
