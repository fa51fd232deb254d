package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.CatalogError;
import dev.errata.example.oma.OmaAdminDisabledException;
import dev.errata.example.oma.OmaAuthenticationException;
import dev.errata.example.oma.OmaBatchException;
import dev.errata.example.oma.OmaConflictException;
import dev.errata.example.oma.OmaError;
import dev.errata.example.oma.OmaErrors;
import dev.errata.example.oma.OmaException;
import dev.errata.example.oma.OmaHttpStatus;
import dev.errata.example.oma.OmaInvalidCredentialsException;
import dev.errata.example.oma.OmaNotFoundException;
import dev.errata.example.oma.OmaPermissionException;
import dev.errata.example.oma.OmaQuotaException;
import dev.errata.example.oma.OmaServerException;
import dev.errata.example.oma.OmaTransientException;
import dev.errata.example.oma.OmaTwoFactorException;
import dev.errata.example.oma.OmaUnknownException;
import dev.errata.example.oma.OmaValidationException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** OpenSRS Email Admin (OMA): error numbers 0-49 and four HTTP-level outcomes. */
class OmaCatalogTest extends CatalogContract<OmaError, OmaError.Category, OmaException> {

    @Override
    OmaError[] constants() {
        return OmaError.values();
    }

    @Override
    int expectedCount() {
        return 50;
    }

    @Override
    OmaError.Category[] categories() {
        return OmaError.Category.values();
    }

    @Override
    Optional<OmaError.Category> categoryOf(OmaError constant) {
        return constant.category();
    }

    @Override
    Optional<OmaError> fromCode(String code) {
        return OmaErrors.fromCode(code);
    }

    @Override
    CatalogError lookup(String code) {
        return OmaErrors.lookup(Integer.parseInt(code));
    }

    @Override
    OmaException exceptionFor(String code, String message) {
        return OmaErrors.exceptionFor(code, message);
    }

    @Override
    CatalogError errorOf(OmaException e) {
        return e.error();
    }

    @Override
    Class<OmaException> baseClass() {
        return OmaException.class;
    }

    @Override
    Class<OmaUnknownException> unknownClass() {
        return OmaUnknownException.class;
    }

    @Override
    OmaException exceptionFor(OmaError.Category category, String code, String message) {
        return OmaErrors.exceptionFor(category, code, message);
    }

    @Override
    Map<OmaError.Category, Class<? extends OmaException>> categoryClasses() {
        Map<OmaError.Category, Class<? extends OmaException>> classes = new EnumMap<>(OmaError.Category.class);
        classes.put(OmaError.Category.AUTHENTICATION, OmaAuthenticationException.class);
        classes.put(OmaError.Category.PERMISSION, OmaPermissionException.class);
        classes.put(OmaError.Category.NOT_FOUND, OmaNotFoundException.class);
        classes.put(OmaError.Category.CONFLICT, OmaConflictException.class);
        classes.put(OmaError.Category.VALIDATION, OmaValidationException.class);
        classes.put(OmaError.Category.QUOTA, OmaQuotaException.class);
        classes.put(OmaError.Category.TWO_FACTOR, OmaTwoFactorException.class);
        classes.put(OmaError.Category.TRANSIENT, OmaTransientException.class);
        classes.put(OmaError.Category.SERVER, OmaServerException.class);
        return classes;
    }

    @Override
    String unlistedCode() {
        return "57";
    }

    @Override
    String catalogName() {
        return "Oma";
    }

    @Override
    Set<Class<? extends OmaException>> otherLeaves() {
        return Set.of(OmaBatchException.class);
    }

    @Test
    void thereAreFourHttpStatuses() {
        assertThat(OmaHttpStatus.values()).hasLength(4);
        assertThat(Arrays.stream(OmaHttpStatus.values()).map(OmaHttpStatus::status).collect(Collectors.toList()))
                .containsExactly(200, 400, 404, 500).inOrder();
        assertThat(OmaErrors.httpStatus(200).orElseThrow().success()).isTrue();
        assertThat(OmaErrors.httpStatus(404)).hasValue(OmaHttpStatus.METHOD_NOT_FOUND);
        assertThat(OmaHttpStatus.METHOD_NOT_FOUND.success()).isFalse();
        assertThat(OmaErrors.httpStatus(503)).isEmpty();
    }

    @Test
    void theCodesAreTheNumbersZeroToFortyNine() {
        assertThat(Arrays.stream(OmaError.values()).map(OmaError::code).collect(Collectors.toList()))
                .containsExactlyElementsIn(IntStream.rangeClosed(0, 49).boxed().collect(Collectors.toList())).inOrder();
    }

    @Test
    void everyCodeResolvesAsAnIntToo() {
        for (OmaError constant : OmaError.values()) {
            assertThat(OmaErrors.fromCode(constant.code())).hasValue(constant);
            assertThat(OmaErrors.lookup(constant.code())).isSameInstanceAs(constant);
            assertThat(OmaErrors.exceptionFor(constant.code(), null).error()).isSameInstanceAs(constant);
        }
        assertThat(OmaErrors.exceptionFor(57, null)).isInstanceOf(OmaUnknownException.class);
        assertThat(OmaErrors.exceptionFor(-1, null).codeString()).isEqualTo("-1");
        assertThat(OmaErrors.exceptionFor("twenty", null)).isInstanceOf(OmaUnknownException.class);
    }

    @Test
    void twentyTwentyTwoAndTwentyFiveAreRetryable() {
        for (int code : new int[] {20, 22, 25}) {
            OmaException e = OmaErrors.exceptionFor(code, null);
            assertWithMessage("OMA %s", code).that(e.retryable()).isTrue();
            assertWithMessage("OMA %s", code).that(e).isInstanceOf(OmaTransientException.class);
            assertWithMessage("OMA %s", code).that(OmaErrors.fromCode(code).orElseThrow().retryable()).isTrue();
        }
    }

    @Test
    void onlyTwentyTwentyTwoAndTwentyFiveAreRetryable() {
        assertThat(Arrays.stream(OmaError.values()).filter(OmaError::retryable).map(OmaError::code)
                .collect(Collectors.toList())).containsExactly(20, 22, 25).inOrder();
    }

    @Test
    void oneIsAnAuthenticationFailure() {
        OmaException e = OmaErrors.exceptionFor(1, "Invalid credentials supplied in request.");
        assertThat(e).isInstanceOf(OmaInvalidCredentialsException.class);
        assertThat(e).isInstanceOf(OmaAuthenticationException.class);
        assertThat(((OmaAuthenticationException) e).category()).isEqualTo(OmaError.Category.AUTHENTICATION);
        assertThat(OmaError.INVALID_CREDENTIALS.code()).isEqualTo(1);
        assertThat(OmaError.INVALID_CREDENTIALS.categoryId()).hasValue("authentication");
        assertThat(e.retryable()).isFalse();
        assertThat(OmaErrors.exceptionFor(32, null)).isInstanceOf(OmaAdminDisabledException.class);
    }

    @Test
    void sevenAndEightAreTwoCodesWithOneText() {
        OmaError seven = OmaErrors.fromCode(7).orElseThrow();
        OmaError eight = OmaErrors.fromCode(8).orElseThrow();
        assertThat(seven.message()).hasValue("An object with this name already exists.");
        assertThat(eight.message()).isEqualTo(seven.message());
        assertThat(eight.code()).isNotEqualTo(seven.code());
        assertThat(eight).isNotEqualTo(seven);
        assertThat(OmaErrors.exceptionFor(8, null).getClass()).isNotEqualTo(OmaErrors.exceptionFor(7, null).getClass());
        assertThat(OmaErrors.exceptionFor(7, null).getMessage()).isEqualTo(OmaErrors.exceptionFor(8, null).getMessage());
    }
}
