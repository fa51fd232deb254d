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
 * Success, warning and reserved entries: listed and looked up like errors, but with no exception class of
 * their own, never decoded as errors; {@code exceptionFor} still never fails. In the enum and the table form.
 */
class KindsTest {

    private static final String CATALOG = """
            errata: 1
            name: Sql
            codes:
              type: string
            categories:
              - id: successful-completion
              - id: warning
              - id: integrity
            errors:
              - code: '00000'
                name: SuccessfulCompletion
                kind: success
                category: successful-completion
                message: Done.
              - code: '01000'
                name: Warning
                kind: warning
                category: warning
                message: Careful.
              - code: '23505'
                name: UniqueViolation
                category: integrity
                message: Duplicate key.
              - code: '23999'
                name: ObsoleteIntegrity
                kind: reserved
                category: integrity
                message: No longer used.
              - code: '99999'
                name: Placeholder
                kind: reserved
                message: Placeholder.
            wire:
              code: code
              message: message
            """;

    @TempDir Path dir;

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void onlyErrorsHaveExceptionClasses(boolean table) {
        CompiledClasses sql = Representations.compile(dir, CATALOG, table);
        assertThat(kind(sql, "00000")).isEqualTo(ErrorKind.SUCCESS);
        assertThat(kind(sql, "01000")).isEqualTo(ErrorKind.WARNING);
        assertThat(kind(sql, "23505")).isEqualTo(ErrorKind.ERROR);
        assertThat(kind(sql, "99999")).isEqualTo(ErrorKind.RESERVED);
        assertThat(((CatalogError) sql.callStatic("SqlErrors", "lookup", "12345")).kind()).isEqualTo(ErrorKind.ERROR);

        assertThat(sql.generated("SqlSuccessfulCompletionException")).isFalse();
        assertThat(sql.generated("SqlWarningException")).isFalse();
        assertThat(sql.generated("SqlPlaceholderException")).isFalse();
        assertThat(sql.generated("SqlObsoleteIntegrityException")).isFalse();
        assertThat(sql.generated("SqlUniqueViolationException")).isTrue();
        assertThat(sql.generated("SqlIntegrityException")).isTrue();
    }

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void exceptionForNeverFails(boolean table) {
        CompiledClasses sql = Representations.compile(dir, CATALOG, table);
        Object success = sql.callStatic("SqlErrors", "exceptionFor", "00000", null);
        assertThat(success.getClass().getSimpleName()).isEqualTo("SqlNotAnErrorException");
        assertThat(((CatalogError) call(success, "error")).kind()).isEqualTo(ErrorKind.SUCCESS);
        assertThat(((Throwable) success).getMessage()).isEqualTo("Done.");
        Object warning = sql.callStatic("SqlErrors", "exceptionFor", "01000", "as received");
        assertThat(warning.getClass().getSimpleName()).isEqualTo("SqlNotAnErrorException");
        assertThat(((Throwable) warning).getMessage()).isEqualTo("as received");

        Object reserved = sql.callStatic("SqlErrors", "exceptionFor", "23999", null);
        assertThat(reserved.getClass().getSimpleName()).isEqualTo("SqlUnknownException");
        CatalogError entry = (CatalogError) call(reserved, "error");
        assertThat(entry.known()).isTrue();
        assertThat(entry.kind()).isEqualTo(ErrorKind.RESERVED);
        assertThat(entry.codeString()).isEqualTo("23999");

        Object error = sql.callStatic("SqlErrors", "exceptionFor", "23505", null);
        assertThat(sql.type("SqlIntegrityException").isInstance(error)).isTrue();
    }

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void successAndWarningCodesAreNotDecodedAsErrors(boolean table) {
        CompiledClasses sql = Representations.compile(dir, CATALOG, table);
        assertThat(decode(sql, 200, "{\"code\": \"00000\", \"message\": \"fine\"}")).isEqualTo(Optional.empty());
        assertThat(decode(sql, 200, "{\"code\": \"01000\", \"message\": \"careful\"}")).isEqualTo(Optional.empty());
        // Outside 2xx, a success code says nothing: the status decides, as for a body without a code.
        Object failed = decode(sql, 500, "{\"code\": \"00000\"}").orElseThrow();
        assertThat(failed.getClass().getSimpleName()).isEqualTo("SqlUnknownException");
        assertThat(((CatalogError) call(failed, "error")).known()).isFalse();
        Object reserved = decode(sql, 400, "{\"code\": \"23999\", \"message\": \"old\"}").orElseThrow();
        assertThat(((CatalogError) call(reserved, "error")).kind()).isEqualTo(ErrorKind.RESERVED);
        assertThat(decode(sql, 400, "{\"code\": \"23505\"}").orElseThrow().getClass().getSimpleName())
                .isEqualTo("SqlUniqueViolationException");
        assertThat(sql.callStatic("SqlErrors", "fromProblemJson", "{\"code\": \"00000\", \"status\": 200}"))
                .isEqualTo(Optional.empty());
    }

    private static Optional<?> decode(CompiledClasses sql, int status, String body) {
        return (Optional<?>) sql.callStatic("SqlErrors", "decode", status, body);
    }

    private static ErrorKind kind(CompiledClasses sql, String code) {
        return ((CatalogError) ((Optional<?>) sql.callStatic("SqlErrors", "fromCode", code)).orElseThrow()).kind();
    }
}
