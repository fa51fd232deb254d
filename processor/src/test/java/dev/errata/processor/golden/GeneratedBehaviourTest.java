package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.testing.CompiledClasses.call;

import com.google.testing.compile.Compilation;
import dev.errata.CatalogError;
import dev.errata.processor.testing.CompiledClasses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the code generated from the golden catalogs: lookups, exception factories, fallbacks, messages. */
class GeneratedBehaviourTest {

    @TempDir Path dir;

    private CompiledClasses load(String goldenCase) throws IOException {
        Compilation compilation = GoldenSourcesTest.compile(GoldenSourcesTest.GOLDEN.resolve(goldenCase), dir, "--release 17");
        assertThat(compilation).succeeded();
        return new CompiledClasses(compilation, GoldenSourcesTest.PACKAGE);
    }

    @Test
    void integerCodesResolveToTheirLeafExceptionUnderTheirCategory() throws IOException {
        CompiledClasses mail = load("integer-codes");
        Object tryLater = mail.callStatic("MailErrors", "exceptionFor", 20, "Retry in 5 seconds");
        assertThat(tryLater.getClass().getSimpleName()).isEqualTo("MailTryLaterException");
        assertThat(mail.type("MailTransientException").isInstance(tryLater)).isTrue();
        assertThat(mail.type("MailException").isInstance(tryLater)).isTrue();
        assertThat(((RuntimeException) tryLater).getMessage()).isEqualTo("Retry in 5 seconds");
        assertThat(call(tryLater, "retryable")).isEqualTo(true);
        assertThat(call(tryLater, "codeString")).isEqualTo("20");
        assertThat(call(call(tryLater, "error"), "name")).isEqualTo("TRY_LATER");

        Object credentials = mail.callStatic("MailErrors", "exceptionFor", 1, null);
        assertThat(((RuntimeException) credentials).getMessage()).isEqualTo("Invalid credentials supplied in request.");
        assertThat(mail.type("MailAuthenticationException").isInstance(credentials)).isTrue();
        assertThat(call(credentials, "retryable")).isEqualTo(false);
    }

    @Test
    void defaultsComeFromTheCategory() throws IOException {
        CompiledClasses mail = load("integer-codes");
        CatalogError credentials = (CatalogError) ((Optional<?>) mail.callStatic("MailError", "fromCode", 1)).orElseThrow();
        assertThat(credentials.httpStatus()).isEqualTo(OptionalInt.of(401));
        assertThat(credentials.categoryId()).hasValue("authentication");
        CatalogError server = (CatalogError) ((Optional<?>) mail.callStatic("MailError", "fromCode", 0)).orElseThrow();
        assertThat(server.httpStatus()).isEqualTo(OptionalInt.empty());
        assertThat(server.categoryId()).isEmpty();
        assertThat(server.solution()).isEmpty();
        assertThat(server.description()).hasValue("Returned when something goes wrong and it is not the client's fault.");
    }

    @Test
    void unknownCodesNeverFail() throws IOException {
        CompiledClasses mail = load("integer-codes");
        assertThat(mail.callStatic("MailError", "fromCode", 999)).isEqualTo(Optional.empty());
        CatalogError unknown = (CatalogError) mail.callStatic("MailErrors", "lookup", 999);
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.codeString()).isEqualTo("999");

        Object byNumber = mail.callStatic("MailErrors", "exceptionFor", 999, null);
        assertThat(byNumber.getClass().getSimpleName()).isEqualTo("MailUnknownException");
        assertThat(((RuntimeException) byNumber).getMessage()).isEqualTo("Code not in catalog Mail: 999");
        for (String text : new String[] {"abc", "", "99999999999999", "-", "7x"}) {
            Object byText = mail.callStatic("MailErrors", "exceptionFor", text, "as received");
            assertThat(byText.getClass().getSimpleName()).isEqualTo("MailUnknownException");
            assertThat(call(byText, "codeString")).isEqualTo(text);
        }
        Object nullCode = mail.callStatic("MailErrors", "exceptionFor", (String) null, null);
        assertThat(call(nullCode, "codeString")).isEqualTo("");
        Object known = mail.callStatic("MailErrors", "exceptionFor", "+7", null);
        assertThat(known.getClass().getSimpleName()).isEqualTo("MailObjectExistsException");
    }

    @Test
    void parametersFillTheMessageTemplate() throws Exception {
        CompiledClasses mail = load("integer-codes");
        Object filled = mail.type("MailTryLaterException").getConstructor(int.class, String.class).newInstance(5, "bob");
        assertThat(((RuntimeException) filled).getMessage()).isEqualTo("Try again later: 5 seconds, for bob.");
        assertThat(call(filled, "seconds")).isEqualTo(5);
        assertThat(call(filled, "user")).isEqualTo("bob");
    }

    @Test
    void twoCodesMayShareOneText() throws IOException {
        CompiledClasses mail = load("integer-codes");
        CatalogError seven = (CatalogError) ((Optional<?>) mail.callStatic("MailError", "fromCode", 7)).orElseThrow();
        CatalogError eight = (CatalogError) ((Optional<?>) mail.callStatic("MailError", "fromCode", 8)).orElseThrow();
        assertThat(seven.message()).isEqualTo(eight.message());
        assertThat(seven).isNotEqualTo(eight);
    }

    @Test
    void tablesAnswerByNameAndStatus() throws IOException {
        CompiledClasses mail = load("integer-codes");
        assertThat(call(((Optional<?>) mail.callStatic("MailErrors", "fromName", "InvalidCredentials")).orElseThrow(), "name"))
                .isEqualTo("INVALID_CREDENTIALS");
        assertThat(mail.callStatic("MailErrors", "fromName", "NoSuchName")).isEqualTo(Optional.empty());
        Set<?> at401 = (Set<?>) mail.callStatic("MailErrors", "categoriesForStatus", 401);
        assertThat(at401.stream().map(Object::toString).toList()).containsExactly("AUTHENTICATION");
        assertThat((Set<?>) mail.callStatic("MailErrors", "categoriesForStatus", 599)).isEmpty();
        Object badRequest = ((Optional<?>) mail.callStatic("MailErrors", "httpStatus", 400)).orElseThrow();
        assertThat(call(badRequest, "success")).isEqualTo(false);
        assertThat(((CatalogError) badRequest).codeString()).isEqualTo("400");
    }

    @Test
    void stringCodesDeriveNamesAndFallBack() throws IOException {
        CompiledClasses post = load("string-codes");
        Object notFound = post.callStatic("PostErrors", "exceptionFor", "UserNotFound", null);
        assertThat(notFound.getClass().getSimpleName()).isEqualTo("PostUserNotFoundException");
        assertThat(post.type("PostNotFoundException").isInstance(notFound)).isTrue();
        Object limited = post.callStatic("PostErrors", "exceptionFor", "RateLimitedError", null);
        assertThat(call(limited, "retryable")).isEqualTo(true);
        Object noMessage = post.callStatic("PostErrors", "exceptionFor", "InvalidToken", null);
        assertThat(((RuntimeException) noMessage).getMessage()).isEqualTo("InvalidToken");
        assertThat(post.callStatic("PostError", "fromCode", (Object) null)).isEqualTo(Optional.empty());
        assertThat(post.callStatic("PostErrors", "exceptionFor", "userNotFound", null).getClass().getSimpleName())
                .isEqualTo("PostUnknownException");
    }

    @Test
    void patternedCodesKeepTheirHttpStatusAndCheckedBase() throws IOException {
        CompiledClasses tickets = load("patterned-codes");
        Object failed = tickets.callStatic("TicketsErrors", "exceptionFor", "OSM.01010001", null);
        assertThat(failed).isInstanceOf(Exception.class);
        assertThat(failed).isNotInstanceOf(RuntimeException.class);
        assertThat(((Exception) failed).getMessage()).isEqualTo("Param validation failed.");
        assertThat(((CatalogError) call(failed, "error")).httpStatus()).isEqualTo(OptionalInt.of(200));
        Object validation = tickets.callStatic("TicketsErrors", "exceptionFor", "Object Validation", null);
        assertThat(((Exception) validation).getMessage()).startsWith("Some of the input fields did not pass validation.");
        assertThat(((Exception) validation).getMessage()).contains("object\u2019s UID");
    }
}
