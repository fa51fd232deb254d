package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed parameters of a message received in the template's shape are read back, each only when its text is what
 * its type writes; a message of another shape leaves them all unknown; problem+json carries them as members and
 * reads them back exactly, even where the message alone could be split two ways.
 */
class ReceivedParametersTest {

    @TempDir Path dir;

    private CompiledClasses pay;

    @BeforeEach
    void compile() {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("pay.yaml", """
                        errata: 1
                        name: Pay
                        codes: {type: integer}
                        errors:
                          - code: 1
                            name: Limit
                            message: 'Limit {count} of {total} ({ratio}) reached: {hard}, account {account}.'
                            parameters: {count: int, total: long, ratio: double, hard: boolean, account: string}
                          - code: 2
                            name: Twice
                            message: '{name} is {name}.'
                            parameters: {name: string}
                          - code: 3
                            name: Status
                            message: 'Status {status}, {code} and {{literal}}.'
                            parameters: {status: string, code: string}
                        wire:
                          code: error_code
                          message: message
                        """)
                .inPackage("com.example.pay")
                .classpath(CatalogCompiler.testClasspathEntries("jackson-core-2.", "annotations"))
                .options("--release 17 -Xlint:all -Werror")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        pay = new CompiledClasses(compilation, "com.example.pay");
    }

    private Object exception(int code, String message) {
        return pay.callStatic("PayErrors", "exceptionFor", code, message);
    }

    private Map<?, ?> parameters(Object exception) {
        return (Map<?, ?>) CompiledClasses.call(exception, "parameters");
    }

    @Test
    void eachTypeIsReadAsItIsWritten() {
        Object limit = exception(1, "Limit 5 of 12345678901 (0.25) reached: true, account acct_1.");
        assertThat(parameters(limit)).containsExactly("count", 5, "total", 12345678901L, "ratio", 0.25, "hard", true,
                "account", "acct_1").inOrder();
        assertThat(CompiledClasses.call(limit, "count")).isEqualTo(5);
        // One text its type does not write (05): none is known.
        Object leadingZero = exception(1, "Limit 05 of 12 (0.25) reached: true, account a.");
        assertThat(parameters(leadingZero)).isEmpty();
        assertThat(CompiledClasses.call(leadingZero, "account")).isNull();
        assertThat(parameters(exception(1, "Limit reached."))).isEmpty();
    }

    @Test
    void aPlaceholderWrittenTwiceMustReadTheSameTwice() {
        assertThat(parameters(exception(2, "x is x."))).containsExactly("name", "x");
        assertThat(parameters(exception(2, "x is y."))).isEmpty();
    }

    @Test
    void problemJsonCarriesTheParametersAndReadsThemBackExactly() {
        Object built = pay.callStatic("PayErrors", "exceptionFor", 2, null);
        assertThat(parameters(built)).isEmpty();
        // Values holding the template's own text: the message alone splits them otherwise, the members do not.
        Object limit = newLimit(1, 2L, 0.5, false, "a, account b");
        String problem = (String) pay.callStatic("PayErrors", "toProblemJson", limit);
        assertThat(problem).contains("\"title\":\"Limit 1 of 2 (0.5) reached: false, account a, account b.\"");
        assertThat(problem).endsWith(",\"count\":1,\"total\":2,\"ratio\":0.5,\"hard\":false,\"account\":\"a, account b\"}");
        Object back = ((Optional<?>) pay.callStatic("PayErrors", "fromProblemJson", problem)).orElseThrow();
        assertThat(parameters(back)).isEqualTo(parameters(limit));
        // Parameters named as the problem's own members are not written again: read back from the detail.
        Object status = exception(3, "Status 404, not_found and {literal}.");
        assertThat(parameters(status)).containsExactly("status", "404", "code", "not_found").inOrder();
        String statusProblem = (String) pay.callStatic("PayErrors", "toProblemJson", status);
        assertThat(statusProblem).contains("\"code\":\"3\"");
        assertThat(statusProblem).doesNotContain("\"status\":\"404\"");
        assertThat(statusProblem).contains("\"title\":\"Status 404, not_found and {literal}.\"");
        Object statusBack = ((Optional<?>) pay.callStatic("PayErrors", "fromProblemJson", statusProblem)).orElseThrow();
        assertThat(parameters(statusBack)).isEqualTo(parameters(status));
    }

    private Object newLimit(int count, long total, double ratio, boolean hard, String account) {
        try {
            return pay.type("PayLimitException").getConstructor(int.class, long.class, double.class, boolean.class,
                    String.class).newInstance(count, total, ratio, hard, account);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void printfMessagesAreReadBackAsCPrintsThem(@TempDir Path printfDir) {
        Compilation compilation = CatalogCompiler.in(printfDir)
                .catalog("my.yaml", """
                        errata: 1
                        name: My
                        codes: {type: integer}
                        messages: printf
                        errors:
                          - {code: 1062, name: DupEntry, message: "Duplicate entry '%-.192s' for key '%-.192s'"}
                          - {code: 1205, name: LockWait, message: 'Lock wait timeout: %lu ms, %d retries, %.2f%% done, %x'}
                          - {code: 1406, name: TooLong, message: "Data too long for column '%-.*s'"}
                        wire:
                          code: errno
                          message: message
                        """)
                .inPackage("com.example.my")
                .classpath(CatalogCompiler.testClasspathEntries("jackson-core-2.", "annotations"))
                .options("--release 17 -Xlint:all -Werror")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses my = new CompiledClasses(compilation, "com.example.my");
        Object dup = my.callStatic("MyErrors", "exceptionFor", 1062, "Duplicate entry 'a@b.c' for key 'users.email'");
        assertThat((Map<?, ?>) CompiledClasses.call(dup, "parameters")).containsExactly("arg1", "a@b.c", "arg2",
                "users.email").inOrder();
        Object lock = my.callStatic("MyErrors", "exceptionFor", 1205, "Lock wait timeout: 50000 ms, -3 retries, 99.50% done, ff");
        assertThat((Map<?, ?>) CompiledClasses.call(lock, "parameters")).containsExactly("arg1", 50000L, "arg2", -3,
                "arg3", 99.5, "arg4", 255).inOrder();
        // A value C would print otherwise (99.5 is 99.50 under %.2f; 0xff is not %x's): nothing is read.
        assertThat((Map<?, ?>) CompiledClasses.call(my.callStatic("MyErrors", "exceptionFor", 1205,
                "Lock wait timeout: 50000 ms, -3 retries, 99.5% done, ff"), "parameters")).isEmpty();
        assertThat((Map<?, ?>) CompiledClasses.call(my.callStatic("MyErrors", "exceptionFor", 1205,
                "Lock wait timeout: 50000 ms, -3 retries, 99.50% done, 0xff"), "parameters")).isEmpty();
        // A '*' precision the text does not tell: not read back.
        Object tooLong = my.callStatic("MyErrors", "exceptionFor", 1406, "Data too long for column 'name'");
        assertThat((Map<?, ?>) CompiledClasses.call(tooLong, "parameters")).isEmpty();
    }
}
