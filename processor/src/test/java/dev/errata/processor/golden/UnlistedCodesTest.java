package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.CatalogError;
import dev.errata.ErrorResponse;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Codes the catalog does not list, and errors without a code, land inside the category the body's category member
 * or the error status names, in both representations: a class of their own under each category when each code has
 * a class, the category's own (concrete) class when each category has one. Either way they keep the raw code, the
 * category's retryable, and survive the vendor's body and problem+json.
 */
class UnlistedCodesTest {

    @TempDir Path dir;

    private static final String CATALOG = """
            errata: 1
            name: Pay
            codes: {type: string}
            generation:
              exceptionClasses: %s
            categories:
              - {id: card, httpStatus: 402}
              - {id: busy, httpStatus: 429, retryable: true}
              - {id: api}
            errors:
              - {code: card_declined, name: CardDeclined, message: Your card was declined., category: card}
              - {code: rate_limit, name: RateLimited, message: Too many requests., category: busy}
            wire:
              code: error.code
              message: error.message
              category:
                member: error.type
                values: {card_error: card, api_error: api}
            """;

    private CompiledClasses compile(String exceptionClasses) {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("pay.yaml", CATALOG.formatted(exceptionClasses))
                .inPackage("com.example.pay")
                .classpath(CatalogCompiler.testClasspathEntries("jackson-core-2.", "annotations"))
                .options("--release 17 -Xlint:all -Werror")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledClasses(compilation, "com.example.pay");
    }

    @ParameterizedTest
    @ValueSource(strings = {"perCode", "perCategory"})
    void unlistedCodesAreCaughtWithTheirCategory(String exceptionClasses) {
        CompiledClasses pay = compile(exceptionClasses);
        boolean perCode = exceptionClasses.equals("perCode");
        Class<?> card = pay.type("PayCardException");
        Class<?> busy = pay.type("PayBusyException");

        Object byType = decode(pay, 400, "{\"error\": {\"code\": \"card_velocity_exceeded\", \"type\": \"card_error\"}}");
        assertThat(byType).isInstanceOf(card);
        assertThat(byType.getClass().getSimpleName()).isEqualTo(perCode ? "PayUnlistedCardException" : "PayCardException");
        CatalogError error = (CatalogError) CompiledClasses.call(byType, "error");
        assertThat(error.known()).isFalse();
        assertThat(error.codeString()).isEqualTo("card_velocity_exceeded");
        assertThat(error.categoryId()).hasValue("card");
        assertThat(((Throwable) byType).getMessage()).isEqualTo("Code not in catalog Pay: card_velocity_exceeded");

        Object byStatus = decode(pay, 429, "{\"error\": {\"code\": \"slow_down\", \"message\": \"Slow down.\"}}");
        assertThat(byStatus).isInstanceOf(busy);
        assertThat(CompiledClasses.call(byStatus, "retryable")).isEqualTo(true);
        assertThat(((ErrorResponse) ((Optional<?>) CompiledClasses.call(byStatus, "response")).orElseThrow()).rawCode())
                .hasValue("slow_down");

        Object typeOnly = decode(pay, 500, "{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong.\"}}");
        assertThat(typeOnly).isInstanceOf(pay.type("PayApiException"));
        assertThat(((CatalogError) CompiledClasses.call(typeOnly, "error")).codeString()).isEmpty();

        // Nothing names a category: the catalog's fallback, as before.
        assertThat(decode(pay, 500, "{\"error\": {\"code\": \"new\"}}").getClass().getSimpleName())
                .isEqualTo("PayUnknownException");
        assertThat(decode(pay, 200, "{\"error\": {\"code\": \"new\"}}").getClass().getSimpleName())
                .isEqualTo("PayUnknownException");

        for (Object sent : List.of(byType, byStatus, typeOnly)) {
            String body = (String) pay.callStatic("PayErrors", "toBody", sent);
            int status = sent == byStatus ? 429 : 400;
            Object back = decode(pay, status, body);
            assertWithMessage(body).that(back.getClass()).isEqualTo(sent.getClass());
            assertWithMessage(body).that(CompiledClasses.call(back, "error")).isEqualTo(CompiledClasses.call(sent, "error"));
            String problem = (String) pay.callStatic("PayErrors", "toProblemJson", sent);
            Object fromProblem = ((Optional<?>) pay.callStatic("PayErrors", "fromProblemJson", problem)).orElseThrow();
            assertWithMessage(problem).that(fromProblem.getClass()).isEqualTo(sent.getClass());
            assertWithMessage(problem).that(CompiledClasses.call(fromProblem, "error"))
                    .isEqualTo(CompiledClasses.call(sent, "error"));
        }
        assertThat((String) pay.callStatic("PayErrors", "toBody", byType)).contains("\"type\":\"card_error\"");

        // exceptionFor(category, code, message): the listed code's own class, else the category's unlisted one.
        Object cardCategory = pay.type("PayError$Category").getEnumConstants()[0];
        Object listed = pay.callStatic("PayErrors", "exceptionFor", cardCategory, "card_declined", null);
        assertThat(listed.getClass().getSimpleName()).isEqualTo(perCode ? "PayCardDeclinedException" : "PayCardException");
        assertThat(((CatalogError) CompiledClasses.call(listed, "error")).known()).isTrue();
        assertThat(pay.callStatic("PayErrors", "exceptionFor", cardCategory, "new_code", "m")).isInstanceOf(card);
        assertThat(pay.callStatic("PayErrors", "exceptionFor", null, "new_code", "m").getClass().getSimpleName())
                .isEqualTo("PayUnknownException");
    }

    private static Object decode(CompiledClasses pay, int status, String body) {
        return ((Optional<?>) pay.callStatic("PayErrors", "decode", status, body)).orElseThrow();
    }
}
