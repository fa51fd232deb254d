package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogError;
import dev.errata.example.openx.OpenxConflictException;
import dev.errata.example.openx.OpenxError;
import dev.errata.example.openx.OpenxErrors;
import dev.errata.example.openx.OpenxException;
import dev.errata.example.openx.OpenxInvalidInputException;
import dev.errata.example.openx.OpenxNotFoundException;
import dev.errata.example.openx.OpenxObjectNotFoundException;
import dev.errata.example.openx.OpenxPermissionDeniedException;
import dev.errata.example.openx.OpenxRateLimitException;
import dev.errata.example.openx.OpenxTooManyRequestsException;
import dev.errata.example.openx.OpenxUnknownException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** OpenX Platform API: 18 error types, named in words with spaces. */
class OpenxCatalogTest extends CatalogContract<OpenxError, OpenxError.Category, OpenxException> {

    @Override
    OpenxError[] constants() {
        return OpenxError.values();
    }

    @Override
    int expectedCount() {
        return 18;
    }

    @Override
    OpenxError.Category[] categories() {
        return OpenxError.Category.values();
    }

    @Override
    Optional<OpenxError.Category> categoryOf(OpenxError constant) {
        return constant.category();
    }

    @Override
    Optional<OpenxError> fromCode(String code) {
        return OpenxErrors.fromCode(code);
    }

    @Override
    CatalogError lookup(String code) {
        return OpenxErrors.lookup(code);
    }

    @Override
    OpenxException exceptionFor(String code, String message) {
        return OpenxErrors.exceptionFor(code, message);
    }

    @Override
    CatalogError errorOf(OpenxException e) {
        return e.error();
    }

    @Override
    Class<OpenxException> baseClass() {
        return OpenxException.class;
    }

    @Override
    Class<OpenxUnknownException> unknownClass() {
        return OpenxUnknownException.class;
    }

    @Override
    OpenxException exceptionFor(OpenxError.Category category, String code, String message) {
        return OpenxErrors.exceptionFor(category, code, message);
    }

    @Override
    Map<OpenxError.Category, Class<? extends OpenxException>> categoryClasses() {
        Map<OpenxError.Category, Class<? extends OpenxException>> classes = new EnumMap<>(OpenxError.Category.class);
        classes.put(OpenxError.Category.PERMISSION_DENIED, OpenxPermissionDeniedException.class);
        classes.put(OpenxError.Category.NOT_FOUND, OpenxNotFoundException.class);
        classes.put(OpenxError.Category.CONFLICT, OpenxConflictException.class);
        classes.put(OpenxError.Category.INVALID_INPUT, OpenxInvalidInputException.class);
        classes.put(OpenxError.Category.RATE_LIMIT, OpenxRateLimitException.class);
        return classes;
    }

    @Override
    String unlistedCode() {
        return "Quota Exceeded";
    }

    @Override
    String catalogName() {
        return "Openx";
    }

    @Test
    void tooManyRequestsIs429() {
        OpenxException e = OpenxErrors.exceptionFor("Too Many Requests", null);
        assertThat(e).isInstanceOf(OpenxTooManyRequestsException.class);
        assertThat(e).isInstanceOf(OpenxRateLimitException.class);
        assertThat(e.error().httpStatus()).hasValue(429);
        assertThat(OpenxError.TOO_MANY_REQUESTS.httpStatus()).hasValue(429);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void onlyTooManyRequestsHasAnHttpStatus() {
        assertThat(Arrays.stream(OpenxError.values()).filter(error -> error.httpStatus().isPresent())
                .collect(Collectors.toList())).containsExactly(OpenxError.TOO_MANY_REQUESTS);
        assertThat(OpenxErrors.categoriesForStatus(429)).containsExactly(OpenxError.Category.RATE_LIMIT);
    }

    @Test
    void objectNotFoundIsANotFound() {
        OpenxException e = OpenxErrors.exceptionFor("Object Not Found", null);
        assertThat(e).isInstanceOf(OpenxObjectNotFoundException.class);
        assertThat(e).isInstanceOf(OpenxNotFoundException.class);
        assertThat(((OpenxNotFoundException) e).category()).isEqualTo(OpenxError.Category.NOT_FOUND);
        assertThat(e.error().categoryId()).hasValue("not-found");
    }

    @Test
    void typesAreMatchedWithTheirSpaces() {
        assertThat(OpenxErrors.fromCode("Object Not Found")).hasValue(OpenxError.OBJECT_NOT_FOUND);
        assertThat(OpenxErrors.fromCode("ObjectNotFound")).isEmpty();
        assertThat(OpenxErrors.fromName("ObjectNotFound")).hasValue(OpenxError.OBJECT_NOT_FOUND);
    }
}
