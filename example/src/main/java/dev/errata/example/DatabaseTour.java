package dev.errata.example;

import dev.errata.example.mysql.MysqlError;
import dev.errata.example.mysql.MysqlErrors;
import dev.errata.example.mysql.MysqlException;
import dev.errata.example.mysql.MysqlIntegrityConstraintViolationException;
import dev.errata.example.postgresql.PostgresqlError;
import dev.errata.example.postgresql.PostgresqlErrors;
import dev.errata.example.postgresql.PostgresqlException;
import dev.errata.example.postgresql.PostgresqlIntegrityConstraintViolationException;
import java.sql.SQLException;

/**
 * The database catalogs: a JDBC driver reports a failure as a {@link SQLException} with a SQLSTATE
 * ({@code getSQLState()}) and, for MySQL, an error number ({@code getErrorCode()}). One call turns it into the
 * typed exception, which a caller catches by its SQLSTATE class instead of a switch over strings.
 */
final class DatabaseTour {

    private DatabaseTour() {}

    static void postgresql(Screen screen) {
        screen.heading("PostgreSQL - SQLSTATE codes of PostgreSQL 15 (errcodes.txt)",
                "postgresql.yaml -> package dev.errata.example.postgresql: " + PostgresqlError.values().size()
                        + " codes (the table form), " + PostgresqlError.Category.values().length + " classes",
                "A driver's SQLException carries the SQLSTATE; PostgresqlErrors.exceptionFor(state, message).");

        screen.situation("an INSERT hits a unique index: new SQLException(\"duplicate key ...\", \"23505\")");
        call(screen, new SQLException("duplicate key value violates unique constraint \"users_email_key\"", "23505"));

        screen.situation("the server is shutting down: SQLSTATE 57P01 (class 57, operator intervention)");
        call(screen, new SQLException("terminating connection due to administrator command", "57P01"));
        screen.end();
    }

    static void mysql(Screen screen) {
        screen.heading("MySQL - server error numbers of MySQL 8.0.33",
                "mysql.yaml -> package dev.errata.example.mysql: " + MysqlError.values().size()
                        + " codes (the table form), " + MysqlError.Category.values().length + " SQLSTATE classes",
                "A driver's SQLException carries the number; MysqlErrors.exceptionFor(number, message).");

        screen.situation("an INSERT hits a unique index: new SQLException(\"Duplicate entry ...\", \"23000\", 1062)");
        callMysql(screen, new SQLException("Duplicate entry 'ann@example.com' for key 'users.email'", "23000", 1062));
        screen.end();
    }

    /** What a data layer does with a driver's exception: the typed one, caught by class. */
    private static void call(Screen screen, SQLException fromDriver) {
        try {
            throw PostgresqlErrors.exceptionFor(fromDriver.getSQLState(), fromDriver.getMessage());
        } catch (PostgresqlIntegrityConstraintViolationException e) {
            screen.caught(e, e.error(), PostgresqlIntegrityConstraintViolationException.class,
                    "tell the user the value is taken");
        } catch (PostgresqlException e) {
            screen.caught(e, e.error(), PostgresqlException.class, "log it and report a failure");
        }
    }

    private static void callMysql(Screen screen, SQLException fromDriver) {
        try {
            throw MysqlErrors.exceptionFor(fromDriver.getErrorCode(), fromDriver.getMessage());
        } catch (MysqlIntegrityConstraintViolationException e) {
            screen.caught(e, e.error(), MysqlIntegrityConstraintViolationException.class,
                    "tell the user the value is taken");
        } catch (MysqlException e) {
            screen.caught(e, e.error(), MysqlException.class, "log it and report a failure");
        }
    }
}
