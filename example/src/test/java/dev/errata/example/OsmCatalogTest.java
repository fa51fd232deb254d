package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogError;
import dev.errata.example.osm.OsmAuthenticationException;
import dev.errata.example.osm.OsmCaseDoesNotExistException;
import dev.errata.example.osm.OsmConflictException;
import dev.errata.example.osm.OsmError;
import dev.errata.example.osm.OsmErrors;
import dev.errata.example.osm.OsmException;
import dev.errata.example.osm.OsmNotFoundException;
import dev.errata.example.osm.OsmPermissionException;
import dev.errata.example.osm.OsmQuotaException;
import dev.errata.example.osm.OsmRateLimitException;
import dev.errata.example.osm.OsmServerException;
import dev.errata.example.osm.OsmUnauthorizedException;
import dev.errata.example.osm.OsmUnknownException;
import dev.errata.example.osm.OsmValidationException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Huawei Cloud OSM: 4 codes with real HTTP statuses, 45 that arrive inside HTTP 200. */
class OsmCatalogTest extends CatalogContract<OsmError, OsmError.Category, OsmException> {

    @Override
    OsmError[] constants() {
        return OsmError.values();
    }

    @Override
    int expectedCount() {
        return 49;
    }

    @Override
    OsmError.Category[] categories() {
        return OsmError.Category.values();
    }

    @Override
    Optional<OsmError.Category> categoryOf(OsmError constant) {
        return constant.category();
    }

    @Override
    Optional<OsmError> fromCode(String code) {
        return OsmErrors.fromCode(code);
    }

    @Override
    CatalogError lookup(String code) {
        return OsmErrors.lookup(code);
    }

    @Override
    OsmException exceptionFor(String code, String message) {
        return OsmErrors.exceptionFor(code, message);
    }

    @Override
    CatalogError errorOf(OsmException e) {
        return e.error();
    }

    @Override
    Class<OsmException> baseClass() {
        return OsmException.class;
    }

    @Override
    Class<OsmUnknownException> unknownClass() {
        return OsmUnknownException.class;
    }

    @Override
    OsmException exceptionFor(OsmError.Category category, String code, String message) {
        return OsmErrors.exceptionFor(category, code, message);
    }

    @Override
    Map<OsmError.Category, Class<? extends OsmException>> categoryClasses() {
        Map<OsmError.Category, Class<? extends OsmException>> classes = new EnumMap<>(OsmError.Category.class);
        classes.put(OsmError.Category.AUTHENTICATION, OsmAuthenticationException.class);
        classes.put(OsmError.Category.PERMISSION, OsmPermissionException.class);
        classes.put(OsmError.Category.NOT_FOUND, OsmNotFoundException.class);
        classes.put(OsmError.Category.CONFLICT, OsmConflictException.class);
        classes.put(OsmError.Category.VALIDATION, OsmValidationException.class);
        classes.put(OsmError.Category.QUOTA, OsmQuotaException.class);
        classes.put(OsmError.Category.RATE_LIMIT, OsmRateLimitException.class);
        classes.put(OsmError.Category.SERVER, OsmServerException.class);
        return classes;
    }

    @Override
    String unlistedCode() {
        return "OSM.01010023";
    }

    @Override
    String catalogName() {
        return "Osm";
    }

    @Test
    void osm0002Is401() {
        OsmException e = OsmErrors.exceptionFor("OSM.0002", "Unauthorized");
        assertThat(e).isInstanceOf(OsmUnauthorizedException.class);
        assertThat(e).isInstanceOf(OsmAuthenticationException.class);
        assertThat(e.error().httpStatus()).hasValue(401);
    }

    @Test
    void osm01010015ArrivesWithHttp200() {
        OsmException e = OsmErrors.exceptionFor("OSM.01010015", null);
        assertThat(e).isInstanceOf(OsmCaseDoesNotExistException.class);
        assertThat(e).isInstanceOf(OsmNotFoundException.class);
        assertThat(e.error().httpStatus()).hasValue(200);
        assertThat(e.getMessage()).isEqualTo("This case does not exist.");
    }

    @Test
    void osm01010023DoesNotExist() {
        assertThat(OsmErrors.fromCode("OSM.01010023")).isEmpty();
        assertThat(OsmErrors.lookup("OSM.01010023").known()).isFalse();
        assertThat(OsmErrors.exceptionFor("OSM.01010023", null)).isInstanceOf(OsmUnknownException.class);
        // Its neighbours do exist, and so does the other gap's absence.
        assertThat(OsmErrors.fromCode("OSM.01010022")).isPresent();
        assertThat(OsmErrors.fromCode("OSM.01010024")).isPresent();
        assertThat(OsmErrors.fromCode("OSM.01010025")).isEmpty();
    }

    @Test
    void fourCodesHaveRealStatusesAndTheRestArriveInside200() {
        Map<Integer, Long> byStatus = Arrays.stream(OsmError.values())
                .collect(Collectors.groupingBy(error -> error.httpStatus().orElse(0), Collectors.counting()));
        assertThat(byStatus).containsExactly(400, 1L, 401, 1L, 403, 1L, 500, 1L, 200, 45L);
    }
}
