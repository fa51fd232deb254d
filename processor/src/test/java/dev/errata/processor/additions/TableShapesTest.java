package dev.errata.processor.additions;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.testing.CompiledClasses.call;

import com.google.testing.compile.Compilation;
import dev.errata.CatalogError;
import dev.errata.ErrorKind;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden catalogs shaped like real tables, compiled as written and used: gRPC's 17 status codes (OK a
 * success, UNKNOWN an entry of its own, a google.rpc.Status body decoded), krb5's com_err table (a base, reserved
 * placeholder rows, {@code $Id$}), PostgreSQL's SQLSTATEs (classes owning their generic codes, shared condition
 * names) and MySQL's printf messages.
 */
class TableShapesTest {

    private static final Path GOLDEN = Paths.get(System.getProperty("errata.golden.dir", "src/test/resources/golden"));

    @TempDir Path dir;

    private CompiledClasses compile(String goldenCase, String options) throws IOException {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("catalog.yaml", Files.readAllBytes(GOLDEN.resolve(goldenCase).resolve("catalog.yaml")))
                .inPackage("com.example.shapes")
                .options("--release 8 -Xlint:all,-options -Werror" + options)
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledClasses(compilation, "com.example.shapes");
    }

    @Test
    void grpcStatusCodes() throws IOException {
        CompiledClasses grpc = compile("grpc-style", " -Aerrata.jackson=2");
        assertThat(((Object[]) grpc.callStatic("GrpcError", "values"))).hasLength(17);
        assertThat(grpc.callStatic("GrpcErrors", "decode", 200, "{\"code\": 0, \"message\": \"\"}")).isEqualTo(Optional.empty());
        Object unknown = ((Optional<?>) grpc.callStatic("GrpcErrors", "decode", 500,
                "{\"code\": 2, \"message\": \"boom\", \"details\": []}")).orElseThrow();
        assertThat(unknown.getClass().getSimpleName()).isEqualTo("GrpcUnknownException");
        assertThat(((Throwable) unknown).getMessage()).isEqualTo("boom");
        Object unlisted = ((Optional<?>) grpc.callStatic("GrpcErrors", "decode", 500, "{\"code\": 17}")).orElseThrow();
        assertThat(unlisted.getClass().getSimpleName()).isEqualTo("GrpcUnlistedCodeException");
        Object ok = grpc.callStatic("GrpcErrors", "exceptionFor", 0, null);
        assertThat(ok.getClass().getSimpleName()).isEqualTo("GrpcNotAnErrorException");
        assertThat(call(grpc.callStatic("GrpcError", "valueOf", "UNAVAILABLE"), "retryable")).isEqualTo(true);
        assertThat(grpc.callStatic("GrpcErrors", "fromSymbol", "DEADLINE_EXCEEDED"))
                .isEqualTo(grpc.callStatic("GrpcErrors", "fromCode", 4));
    }

    @Test
    void krb5ErrorTable() throws IOException {
        CompiledClasses krb5 = compile("krb5-style", "");
        CatalogError rcsid = (CatalogError) ((Optional<?>) krb5.callStatic("Krb5Errors", "fromOffset", 128)).orElseThrow();
        assertThat(rcsid.message()).hasValue("$Id$");
        assertThat(rcsid.kind()).isEqualTo(ErrorKind.RESERVED);
        assertThat(rcsid.codeString()).isEqualTo(Integer.toString(-1765328384 + 128));
        Object expired = krb5.callStatic("Krb5Errors", "exceptionFor", -1765328384 + 32, null);
        assertThat(expired.getClass().getSimpleName()).isEqualTo("Krb5Krb5krbApErrTktExpiredException");
        assertThat(krb5.type("Krb5ApException").isInstance(expired)).isTrue();
        assertThat(((Throwable) expired).getMessage()).isEqualTo("Ticket expired");
        assertThat(((CatalogError) krb5.callStatic("Krb5Errors", "lookup", -1765328384)).kind()).isEqualTo(ErrorKind.SUCCESS);
    }

    @Test
    void postgresqlSqlstates() throws IOException {
        CompiledClasses pg = compile("sqlstate-style", "");
        List<?> nullValue = (List<?>) pg.callStatic("PgErrors", "byConditionName", "null_value_not_allowed");
        assertThat(nullValue.stream().map(e -> ((CatalogError) e).codeString()).toList()).containsExactly("22004", "39004")
                .inOrder();
        Object generic = pg.callStatic("PgErrors", "exceptionFor", "23000", null);
        assertThat(generic.getClass().getSimpleName()).isEqualTo("PgIntegrityConstraintViolationException");
        assertThat(pg.callStatic("PgErrors", "fromSymbol", "ERRCODE_DATETIME_VALUE_OUT_OF_RANGE"))
                .isEqualTo(pg.callStatic("PgErrors", "fromCode", "22008"));
        assertThat(((CatalogError) pg.callStatic("PgErrors", "lookup", "01000")).kind()).isEqualTo(ErrorKind.WARNING);
    }

    @Test
    void mysqlPrintfMessages() throws IOException, ReflectiveOperationException {
        CompiledClasses my = compile("printf-table-form", "");
        Object duplicate = my.type("MyErDupEntryException").getConstructor(String.class, String.class)
                .newInstance("bob", "users.PRIMARY");
        assertThat(((Throwable) duplicate).getMessage()).isEqualTo("Duplicate entry 'bob' for key 'users.PRIMARY'");
        assertThat((List<?>) my.callStatic("MyErrors", "bySqlstate", "23000")).hasSize(2);
        // The obsolete symbol listed twice: fromSymbol gives the first, the second keeps its own name.
        assertThat(my.callStatic("MyErrors", "fromSymbol", "OBSOLETE_ER_XA_REPLICATION_FILTERS"))
                .isEqualTo(my.callStatic("MyErrors", "fromCode", 3227));
        assertThat(my.callStatic("MyErrors", "fromName", "ObsoleteErXaReplicationFilters13175"))
                .isEqualTo(my.callStatic("MyErrors", "fromCode", 13175));
    }
}
