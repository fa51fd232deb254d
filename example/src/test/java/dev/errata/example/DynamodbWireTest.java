package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import dev.errata.example.dynamodb.DynamodbConditionalCheckFailedExceptionException;
import dev.errata.example.dynamodb.DynamodbError;
import dev.errata.example.dynamodb.DynamodbErrors;
import dev.errata.example.dynamodb.DynamodbException;
import dev.errata.example.dynamodb.DynamodbInternalServerErrorException;
import dev.errata.example.dynamodb.DynamodbResourceNotFoundExceptionException;
import dev.errata.example.dynamodb.DynamodbServerException;
import dev.errata.example.dynamodb.DynamodbThrottlingException;
import dev.errata.example.dynamodb.DynamodbUnknownException;
import dev.errata.example.dynamodb.DynamodbUnlistedServerException;
import dev.errata.example.dynamodb.DynamodbUnrecognizedClientExceptionException;
import dev.errata.example.dynamodb.DynamodbValidationExceptionException;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Amazon DynamoDB on the wire, the AWS JSON 1.0 protocol as the DynamoDB Developer Guide's "Error handling" shows
 * it: a 400 (client errors) or a 5xx whose JSON names the error's shape in {@code __type}, with its namespace before
 * a {@code #}, and a {@code message}; the request id in {@code x-amzn-RequestId}.
 */
class DynamodbWireTest extends WireContract<DynamodbError, DynamodbException> {

    @Override
    DynamodbError[] constants() {
        return DynamodbError.values();
    }

    @Override
    ErrorCodec<DynamodbException> codec() {
        return DynamodbErrors.codec();
    }

    @Override
    Class<DynamodbUnknownException> unknownClass() {
        return DynamodbUnknownException.class;
    }

    @Override
    boolean errorsInSuccess() {
        return false;
    }

    @Override
    Map<Integer, Class<? extends DynamodbException>> outcomesByStatus() {
        return Map.of();
    }

    @Override
    Map<Integer, Class<? extends DynamodbException>> unlistedByStatus() {
        return Map.of(500, DynamodbUnlistedServerException.class, 503, DynamodbUnlistedServerException.class);
    }

    @Override
    List<Integer> errorStatuses() {
        return List.of(400, 500, 503);
    }

    @Override
    String codeMember() {
        return "__type";
    }

    @Override
    String messageMember() {
        return "message";
    }

    @Override
    String unlistedCodeJson() {
        return "\"TransactionCanceledException\"";
    }

    @Override
    String unlistedCode() {
        return "TransactionCanceledException";
    }

    @Override
    String requestIdHeader() {
        return "x-amzn-RequestId";
    }

    @Override
    String successBody() {
        return """
                {"Item": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}}""";
    }

    // ---- Realistic bodies, written from the guide ---------------------------------------------------------------

    @Test
    void theShapeNameIsTheCodeItsNamespaceDropped() {
        DynamodbException e = DynamodbErrors.decode(400, Map.of("x-amzn-RequestId",
                List.of("KF3M2SJ2R6DSQ7VG6N3O5JSG9BVV4KQNSO5AEMVJF66Q9ASUAAJG"), "x-amz-crc32", List.of("2745614147")), """
                {"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
                 "message":"Requested resource not found: Table: Music not found"}""").orElseThrow();
        assertThat(e).isInstanceOf(DynamodbResourceNotFoundExceptionException.class);
        assertThat(e.codeString()).isEqualTo("ResourceNotFoundException");
        assertThat(((DynamodbResourceNotFoundExceptionException) e).table()).isEqualTo("Music");
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.requestId()).hasValue("KF3M2SJ2R6DSQ7VG6N3O5JSG9BVV4KQNSO5AEMVJF66Q9ASUAAJG");
        assertThat(response.headers().get("x-amz-crc32")).containsExactly("2745614147");
        assertThat(response.rawCode()).hasValue("ResourceNotFoundException");
        assertThat(response.bodyExcerpt()).contains("com.amazonaws.dynamodb.v20120810#");
        // Another namespace, the same rule.
        assertThat(DynamodbErrors.decode(400, """
                {"__type":"com.amazon.coral.service#UnrecognizedClientException",
                 "message":"The security token included in the request is invalid."}""").orElseThrow())
                .isInstanceOf(DynamodbUnrecognizedClientExceptionException.class);
        DynamodbException validation = DynamodbErrors.decode(400, """
                {"__type":"com.amazon.coral.validate#ValidationException",
                 "message":"1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null"}""")
                .orElseThrow();
        assertThat(validation).isInstanceOf(DynamodbValidationExceptionException.class);
        assertThat(validation.getMessage()).startsWith("1 validation error detected");
        // A shape name alone, without a namespace.
        assertThat(DynamodbErrors.decode(400, "{\"__type\": \"ConditionalCheckFailedException\", \"message\":"
                + " \"The conditional request failed\"}").orElseThrow())
                .isInstanceOf(DynamodbConditionalCheckFailedExceptionException.class);
    }

    @Test
    void throttlingIsRetryableAndServerErrorsAreOfTheirStatus() {
        DynamodbException throttled = DynamodbErrors.decode(400, """
                {"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException",
                 "message":"Rate of requests exceeds the allowed throughput."}""").orElseThrow();
        assertThat(throttled).isInstanceOf(DynamodbThrottlingException.class);
        assertThat(throttled.retryable()).isTrue();
        assertThat(DynamodbErrors.decode(500, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\"}")
                .orElseThrow()).isInstanceOf(DynamodbInternalServerErrorException.class);
        // A shape the catalog does not list, at 500: the server category, retryable as it is.
        DynamodbException unlisted = DynamodbErrors.decode(500, """
                {"__type":"com.amazonaws.dynamodb.v20120810#ReplicatedWriteConflictException","message":"Conflict"}""")
                .orElseThrow();
        assertThat(unlisted).isInstanceOf(DynamodbUnlistedServerException.class);
        assertThat(unlisted).isInstanceOf(DynamodbServerException.class);
        assertThat(unlisted.codeString()).isEqualTo("ReplicatedWriteConflictException");
        assertThat(unlisted.retryable()).isTrue();
        // At 400, which many categories share, it stays the fallback.
        DynamodbException atFourHundred = DynamodbErrors.decode(400, """
                {"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","message":"Transaction cancelled"}""")
                .orElseThrow();
        assertThat(atFourHundred).isInstanceOf(DynamodbUnknownException.class);
        assertThat(atFourHundred.codeString()).isEqualTo("TransactionCanceledException");
        // A gateway's page at 504: the fallback.
        assertThat(DynamodbErrors.decode(504, WireContract.PROXY_PAGE).orElseThrow())
                .isInstanceOf(DynamodbUnknownException.class);
        HttpHeaders headers = HttpHeaders.of(Map.of("x-amzn-RequestId", List.of("REQ1")), (name, value) -> true);
        assertThat(DynamodbErrors.decode(503, headers, new byte[0]).orElseThrow().response().orElseThrow().requestId())
                .hasValue("REQ1");
    }
}
