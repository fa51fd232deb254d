package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.CatalogError;
import dev.errata.example.wildduck.WildduckAuthenticationException;
import dev.errata.example.wildduck.WildduckConflictException;
import dev.errata.example.wildduck.WildduckError;
import dev.errata.example.wildduck.WildduckErrors;
import dev.errata.example.wildduck.WildduckException;
import dev.errata.example.wildduck.WildduckNotFoundException;
import dev.errata.example.wildduck.WildduckPermissionException;
import dev.errata.example.wildduck.WildduckQuotaException;
import dev.errata.example.wildduck.WildduckRateLimitException;
import dev.errata.example.wildduck.WildduckRejectedException;
import dev.errata.example.wildduck.WildduckServerException;
import dev.errata.example.wildduck.WildduckTwoFactorException;
import dev.errata.example.wildduck.WildduckUnknownException;
import dev.errata.example.wildduck.WildduckUserNotFoundException;
import dev.errata.example.wildduck.WildduckValidationException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** WildDuck: 52 string codes that are already identifiers. */
class WildduckCatalogTest extends CatalogContract<WildduckError, WildduckError.Category, WildduckException> {

    @Override
    WildduckError[] constants() {
        return WildduckError.values();
    }

    @Override
    int expectedCount() {
        return 52;
    }

    @Override
    WildduckError.Category[] categories() {
        return WildduckError.Category.values();
    }

    @Override
    Optional<WildduckError.Category> categoryOf(WildduckError constant) {
        return constant.category();
    }

    @Override
    Optional<WildduckError> fromCode(String code) {
        return WildduckErrors.fromCode(code);
    }

    @Override
    CatalogError lookup(String code) {
        return WildduckErrors.lookup(code);
    }

    @Override
    WildduckException exceptionFor(String code, String message) {
        return WildduckErrors.exceptionFor(code, message);
    }

    @Override
    CatalogError errorOf(WildduckException e) {
        return e.error();
    }

    @Override
    Class<WildduckException> baseClass() {
        return WildduckException.class;
    }

    @Override
    Class<WildduckUnknownException> unknownClass() {
        return WildduckUnknownException.class;
    }

    @Override
    WildduckException exceptionFor(WildduckError.Category category, String code, String message) {
        return WildduckErrors.exceptionFor(category, code, message);
    }

    @Override
    Map<WildduckError.Category, Class<? extends WildduckException>> categoryClasses() {
        Map<WildduckError.Category, Class<? extends WildduckException>> classes = new EnumMap<>(WildduckError.Category.class);
        classes.put(WildduckError.Category.AUTHENTICATION, WildduckAuthenticationException.class);
        classes.put(WildduckError.Category.PERMISSION, WildduckPermissionException.class);
        classes.put(WildduckError.Category.NOT_FOUND, WildduckNotFoundException.class);
        classes.put(WildduckError.Category.CONFLICT, WildduckConflictException.class);
        classes.put(WildduckError.Category.VALIDATION, WildduckValidationException.class);
        classes.put(WildduckError.Category.TWO_FACTOR, WildduckTwoFactorException.class);
        classes.put(WildduckError.Category.QUOTA, WildduckQuotaException.class);
        classes.put(WildduckError.Category.RATE_LIMIT, WildduckRateLimitException.class);
        classes.put(WildduckError.Category.REJECTED, WildduckRejectedException.class);
        classes.put(WildduckError.Category.SERVER, WildduckServerException.class);
        return classes;
    }

    @Override
    String unlistedCode() {
        return "MailboxLocked";
    }

    @Override
    String catalogName() {
        return "Wildduck";
    }

    @Test
    void userNotFoundIsANotFound() {
        WildduckException e = WildduckErrors.exceptionFor("UserNotFound", null);
        assertThat(e).isInstanceOf(WildduckUserNotFoundException.class);
        assertThat(e).isInstanceOf(WildduckNotFoundException.class);
        assertThat(((WildduckNotFoundException) e).category()).isEqualTo(WildduckError.Category.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("This user does not exist");
        assertThat(WildduckError.USER_NOT_FOUND.code()).isEqualTo("UserNotFound");
    }

    @Test
    void theThreeRateLimitsAreRetryable() {
        for (String code : new String[] {"RateLimitedError", "DownloadRateLimited", "UploadRateLimited"}) {
            WildduckException e = WildduckErrors.exceptionFor(code, null);
            assertWithMessage(code).that(e).isInstanceOf(WildduckRateLimitException.class);
            assertWithMessage(code).that(e.retryable()).isTrue();
        }
    }

    @Test
    void codesAreMatchedExactly() {
        assertThat(WildduckErrors.fromCode("ERRCOMPOSE")).hasValue(WildduckError.ERRCOMPOSE);
        assertThat(WildduckErrors.fromCode("userNotFound")).isEmpty();
        assertThat(WildduckErrors.fromCode(" UserNotFound")).isEmpty();
    }
}
