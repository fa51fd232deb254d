package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import dev.errata.example.osm.OsmAuthenticationException;
import dev.errata.example.osm.OsmCaseDoesNotExistException;
import dev.errata.example.osm.OsmError;
import dev.errata.example.osm.OsmErrors;
import dev.errata.example.osm.OsmException;
import dev.errata.example.osm.OsmFailedException;
import dev.errata.example.osm.OsmNotFoundException;
import dev.errata.example.osm.OsmUnauthorizedException;
import dev.errata.example.osm.OsmUnknownException;
import dev.errata.example.osm.OsmUnlistedAuthenticationException;
import dev.errata.example.osm.OsmUnlistedPermissionException;
import dev.errata.example.osm.OsmUnlistedServerException;
import dev.errata.example.osm.OsmUnlistedValidationException;
import dev.errata.example.osm.OsmUrgingTooFrequentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Huawei Cloud OSM on the wire, from its "Historical Error Codes" page: the body
 * {@code {"error_code": "OSM.0001", "error_msg": "failed"}}; OSM.0001-0004 with HTTP 400, 401, 403, 500, the
 * other 45 codes inside HTTP 200; codes starting with APIGW belong to the API Gateway's own catalog.
 */
class OsmWireTest extends WireContract<OsmError, OsmException> {

    @Override
    OsmError[] constants() {
        return OsmError.values();
    }

    @Override
    ErrorCodec<OsmException> codec() {
        return OsmErrors.codec();
    }

    @Override
    Class<OsmUnknownException> unknownClass() {
        return OsmUnknownException.class;
    }

    @Override
    boolean errorsInSuccess() {
        return true;
    }

    @Override
    Map<Integer, Class<? extends OsmException>> outcomesByStatus() {
        return Map.of();
    }

    @Override
    List<Integer> errorStatuses() {
        return List.of(400, 401, 403, 500);
    }

    @Override
    Map<Integer, Class<? extends OsmException>> unlistedByStatus() {
        return Map.of(400, OsmUnlistedValidationException.class, 401, OsmUnlistedAuthenticationException.class,
                403, OsmUnlistedPermissionException.class, 500, OsmUnlistedServerException.class);
    }

    @Override
    String codeMember() {
        return "error_code";
    }

    @Override
    String messageMember() {
        return "error_msg";
    }

    @Override
    String unlistedCodeJson() {
        return "\"OSM.01010023\"";
    }

    @Override
    String unlistedCode() {
        return "OSM.01010023";
    }

    /** A normal result of the service ticket API: no error_code. */
    @Override
    String successBody() {
        return """
                {"incident_id": "20231218000123", "total_count": 1,
                 "incident_info_list": [{"incident_id": "20231218000123", "status": "0", "simple_description": "ECS"}]}""";
    }

    // ---- Realistic bodies, from the page -----------------------------------------------------------------

    @Test
    void thePagesOwnExampleAtHttp400() {
        String body = """
                {
                    "error_code": "OSM.0001",
                    "error_msg": "failed"
                }""";
        OsmException e = OsmErrors.decode(400, body).orElseThrow();
        assertThat(e).isInstanceOf(OsmFailedException.class);
        // As received: the example writes "failed" where the table says "Failed".
        assertThat(e.getMessage()).isEqualTo("failed");
        assertThat(e.error().message()).hasValue("Failed");
        assertThat(e.response().orElseThrow().bodyExcerpt()).isEqualTo(body);
    }

    @Test
    void aTicketThatIsGoneArrivesInsideHttp200() {
        String body = """
                {"error_code": "OSM.01010015", "error_msg": "This case does not exist."}""";
        OsmException e = OsmErrors.decode(200, body).orElseThrow();
        assertThat(e).isInstanceOf(OsmCaseDoesNotExistException.class);
        assertThat(e).isInstanceOf(OsmNotFoundException.class);
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.httpStatus().getAsInt()).isEqualTo(200);
        assertThat(response.rawCode()).hasValue("OSM.01010015");
        assertThat(response.rawMessage()).hasValue("This case does not exist.");
        assertThrows(OsmCaseDoesNotExistException.class, () -> OsmErrors.throwIfError(200, body));
    }

    @Test
    void anExpiredTokenIsHttp401() {
        OsmException e = OsmErrors.decode(401, """
                {"error_code": "OSM.0002", "error_msg": "Unauthorized"}""").orElseThrow();
        assertThat(e).isInstanceOf(OsmUnauthorizedException.class);
        assertThat(e).isInstanceOf(OsmAuthenticationException.class);
        assertThat(e.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(401);
    }

    @Test
    void urgingTooOftenIsRetryable() {
        OsmException e = OsmErrors.decode(200, """
                {"error_code": "OSM.01010004", "error_msg": "You have asked for the order, please ask for it later."}""")
                .orElseThrow();
        assertThat(e).isInstanceOf(OsmUrgingTooFrequentException.class);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void anApiGatewayCodeIsNotInThisCatalogButItsStatusNamesItsCategory() {
        String body = """
                {"error_msg": "Incorrect IAM authentication information: decrypt token fail", "error_code": "APIGW.0301",
                 "request_id": "c2a7e6a9fc5b4c3a9d4bb2d1d0c6b3e1"}""";
        OsmException e = OsmErrors.decode(401, body).orElseThrow();
        // 401 is the status of the catalog's authentication category alone: caught as one, the code as received.
        assertThat(e).isInstanceOf(OsmUnlistedAuthenticationException.class);
        assertThat(e).isInstanceOf(OsmAuthenticationException.class);
        assertThat(e.error().known()).isFalse();
        // At a status no category has alone (a gateway's 504), the catalog's fallback.
        assertThat(OsmErrors.decode(504, body).orElseThrow()).isInstanceOf(OsmUnknownException.class);
        assertThat(e.codeString()).isEqualTo("APIGW.0301");
        assertThat(e.getMessage()).isEqualTo("Incorrect IAM authentication information: decrypt token fail");
        assertThat(e.response().orElseThrow().rawCode()).hasValue("APIGW.0301");
    }

    @Test
    void aNormalResultIsASuccess() {
        assertThat(OsmErrors.decode(200, successBody())).isEmpty();
        assertThat(OsmErrors.decode(200, "{}")).isEmpty();
        assertDoesNotThrow(() -> OsmErrors.throwIfError(200, successBody()));
    }
}
