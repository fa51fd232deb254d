package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import dev.errata.example.oma.OmaBadRequestException;
import dev.errata.example.oma.OmaBatchException;
import dev.errata.example.oma.OmaBatchResult;
import dev.errata.example.oma.OmaError;
import dev.errata.example.oma.OmaErrors;
import dev.errata.example.oma.OmaException;
import dev.errata.example.oma.OmaInternalServerErrorException;
import dev.errata.example.oma.OmaInvalidCredentialsException;
import dev.errata.example.oma.OmaMethodNotFoundException;
import dev.errata.example.oma.OmaObjectNotFoundException;
import dev.errata.example.oma.OmaTransientException;
import dev.errata.example.oma.OmaTryAgainLaterException;
import dev.errata.example.oma.OmaUnknownException;
import dev.errata.example.oma.OmaUnlistedServerException;
import dev.errata.example.oma.OmaUnlistedValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * OMA on the wire, from its "Errors" page: API errors inside HTTP 200 as {@code success}, {@code error} and
 * {@code error_number}; HTTP 400, 404 and 500 for bad JSON, a method that does not exist and a server fault;
 * batch methods answering an array of per-object results.
 */
class OmaWireTest extends WireContract<OmaError, OmaException> {

    @Override
    OmaError[] constants() {
        return OmaError.values();
    }

    @Override
    ErrorCodec<OmaException> codec() {
        return OmaErrors.codec();
    }

    @Override
    Class<OmaUnknownException> unknownClass() {
        return OmaUnknownException.class;
    }

    @Override
    boolean errorsInSuccess() {
        return true;
    }

    @Override
    Map<Integer, Class<? extends OmaException>> outcomesByStatus() {
        return Map.of(400, OmaBadRequestException.class, 404, OmaMethodNotFoundException.class,
                500, OmaInternalServerErrorException.class);
    }

    @Override
    List<Integer> errorStatuses() {
        return List.of(400, 404, 500);
    }

    @Override
    Map<Integer, Class<? extends OmaException>> unlistedByStatus() {
        return Map.of(400, OmaUnlistedValidationException.class, 404, OmaUnlistedValidationException.class,
                500, OmaUnlistedServerException.class);
    }

    @Override
    String codeMember() {
        return "error_number";
    }

    @Override
    String messageMember() {
        return "error";
    }

    @Override
    String unlistedCodeJson() {
        return "57";
    }

    @Override
    String unlistedCode() {
        return "57";
    }

    @Override
    String successBody() {
        return """
                {"success": true, "attributes": {"account": "joe@example.com", "type": "mailbox"}}""";
    }

    @Override
    List<OmaException> httpLevelOutcomes() {
        return List.of(new OmaBadRequestException(), new OmaMethodNotFoundException(),
                new OmaInternalServerErrorException());
    }

    @Test
    @Override
    void everyHttpLevelOutcomeRoundTrips() {
        super.everyHttpLevelOutcomeRoundTrips();
    }

    // ---- Realistic bodies, from the page -----------------------------------------------------------------

    @Test
    void wrongCredentialsArriveInsideHttp200() {
        String body = """
                {"success": false, "error": "Invalid credentials supplied in request.", "error_number": 1}""";
        OmaException e = OmaErrors.decode(200, body).orElseThrow();
        assertThat(e).isInstanceOf(OmaInvalidCredentialsException.class);
        assertThat(e.error()).isSameInstanceAs(OmaError.INVALID_CREDENTIALS);
        assertThat(e.getMessage()).isEqualTo("Invalid credentials supplied in request.");
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.httpStatus().getAsInt()).isEqualTo(200);
        assertThat(response.rawCode()).hasValue("1");
        assertThat(response.rawMessage()).hasValue("Invalid credentials supplied in request.");
        assertThat(response.bodyExcerpt()).isEqualTo(body);
        assertThat(response.details()).isEmpty();
        assertThrows(OmaInvalidCredentialsException.class, () -> OmaErrors.throwIfError(200, body));
    }

    @Test
    void aTransientErrorIsRetryableAndKeepsTheServersText() {
        OmaException e = OmaErrors.decode(200, """
                {"success": false, "error": "Try again later (mailbox locked)", "error_number": 20}""").orElseThrow();
        assertThat(e).isInstanceOf(OmaTryAgainLaterException.class);
        assertThat(e).isInstanceOf(OmaTransientException.class);
        assertThat(e.retryable()).isTrue();
        assertThat(e.getMessage()).isEqualTo("Try again later (mailbox locked)");
    }

    @Test
    void anErrorNumberSentAsTextIsReadToo() {
        OmaException e = OmaErrors.decode(200, "{\"success\": false, \"error_number\": \"2\"}").orElseThrow();
        assertThat(e).isInstanceOf(OmaObjectNotFoundException.class);
        assertThat(e.getMessage()).isEqualTo("The requested object does not exist.");
        assertThat(e.response().orElseThrow().rawMessage()).isEmpty();
    }

    /** A whole number is the same code whatever its notation; its raw code is written plainly. */
    @Test
    void anErrorNumberReadsAsAWholeNumberWhateverItsNotation() {
        for (String notation : List.of("2", "2.0", "2.000", "2e0", "2E+0", "20e-1", "0.2e1")) {
            OmaException e = OmaErrors.decode(200, "{\"success\": false, \"error_number\": " + notation + "}")
                    .orElseThrow();
            assertThat(e).isInstanceOf(OmaObjectNotFoundException.class);
            assertThat(e.response().orElseThrow().rawCode()).hasValue("2");
        }
        for (String notation : List.of("2E+1", "200e-1")) {
            OmaException e = OmaErrors.decode(200, "{\"success\": false, \"error_number\": " + notation + "}")
                    .orElseThrow();
            assertThat(e.error()).isSameInstanceAs(OmaError.TRY_AGAIN_LATER);
            assertThat(e.response().orElseThrow().rawCode()).hasValue("20");
        }
        for (String notation : List.of("0", "-0", "0.0", "-0.0", "0e5")) {
            OmaException e = OmaErrors.decode(200, "{\"success\": false, \"error_number\": " + notation + "}")
                    .orElseThrow();
            assertThat(e.error()).isSameInstanceAs(OmaError.SERVER_ERROR);
            assertThat(e.response().orElseThrow().rawCode()).hasValue("0");
        }
        Map<String, String> unlisted = Map.of("-2", "-2", "2.5", "2.5", "2.50", "2.50", "2147483649", "2147483649",
                "-2147483649", "-2147483649", "12345678901234567890", "12345678901234567890");
        unlisted.forEach((notation, rawCode) -> {
            OmaException e = OmaErrors.decode(200, "{\"success\": false, \"error_number\": " + notation + "}")
                    .orElseThrow();
            assertThat(e).isInstanceOf(OmaUnknownException.class);
            assertThat(e.response().orElseThrow().rawCode()).hasValue(rawCode);
        });
    }

    @Test
    void aTrueSuccessFlagWinsOverAnErrorNumber() {
        assertThat(OmaErrors.decode(200, "{\"success\": true, \"error_number\": 5}")).isEmpty();
    }

    @Test
    void successFalseWithoutAnErrorNumberIsTheFallbackWithTheText() {
        OmaException e = OmaErrors.decode(200, "{\"success\": false, \"error\": \"Quota service down\"}").orElseThrow();
        assertThat(e).isInstanceOf(OmaUnknownException.class);
        assertThat(e.getMessage()).isEqualTo("Quota service down");
        assertThat(e.response().orElseThrow().rawCode()).isEmpty();
        assertThat(e.response().orElseThrow().rawMessage()).hasValue("Quota service down");
    }

    @Test
    void aMethodThatDoesNotExistIsHttp404WithoutJson() {
        for (String body : List.of("Non-existent method requested", "",
                "<html><body><h1>404 Not Found</h1></body></html>")) {
            OmaException e = OmaErrors.decode(404, body).orElseThrow();
            assertThat(e).isInstanceOf(OmaMethodNotFoundException.class);
            assertThat(e.getMessage()).isEqualTo("Not Found. Non-existent method requested.");
            assertThat(e.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(404);
            assertThat(e.response().orElseThrow().rawCode()).isEmpty();
            assertThat(e.response().orElseThrow().bodyExcerpt()).isEqualTo(body);
        }
        assertThat(OmaErrors.toProblemJson(OmaErrors.decode(404, "").orElseThrow())).contains("\"status\":404");
    }

    @Test
    void badlyFormattedJsonIsHttp400AndAServerFaultHttp500() {
        assertThat(OmaErrors.decode(400, "{\"user\": \"joe@example.com\",}").orElseThrow())
                .isInstanceOf(OmaBadRequestException.class);
        OmaException fault = OmaErrors.decode(500, WireContract.PROXY_PAGE).orElseThrow();
        assertThat(fault).isInstanceOf(OmaInternalServerErrorException.class);
        assertThat(fault.getMessage()).startsWith("Internal Server Error.");
        // An error number at 500 is still the error number's.
        assertThat(OmaErrors.decode(500, "{\"success\": false, \"error\": \"Server error.\", \"error_number\": 0}")
                .orElseThrow().error()).isSameInstanceAs(OmaError.SERVER_ERROR);
    }

    // ---- Batches: restore_deleted_messages and the like ------------------------------------------------------

    private static final String RESTORE_DELETED_MESSAGES = """
            [
              {"success": true, "id": "1614255012.M716104P21838.mail.example.com"},
              {"success": false, "error": "The requested object does not exist.", "error_number": 2},
              {"success": true, "id": "1614255034.M291045P21838.mail.example.com"},
              {"success": false, "error": "Try again later", "error_number": 20}
            ]
            """;

    @Test
    void aBatchGivesOneOutcomePerItem() {
        OmaBatchResult result = OmaErrors.decodeBatch(200, RESTORE_DELETED_MESSAGES);
        assertThat(result.responseError()).isEmpty();
        assertThat(result.items()).hasSize(4);
        assertThat(result.items().get(0)).isEmpty();
        assertThat(result.items().get(1).orElseThrow()).isInstanceOf(OmaObjectNotFoundException.class);
        assertThat(result.items().get(2)).isEmpty();
        assertThat(result.items().get(3).orElseThrow()).isInstanceOf(OmaTryAgainLaterException.class);
        assertThat(result.failures().keySet()).containsExactly(1, 3).inOrder();
        assertThat(result.allSucceeded()).isFalse();
        ErrorResponse second = result.items().get(1).orElseThrow().response().orElseThrow();
        assertThat(second.rawCode()).hasValue("2");
        assertThat(second.httpStatus().getAsInt()).isEqualTo(200);
        assertThat(second.bodyExcerpt().length()).isAtMost(WireContract.MAX_EXCERPT);

        OmaBatchException thrown = assertThrows(OmaBatchException.class, result::throwIfAnyFailed);
        assertThat(thrown.failures().keySet()).containsExactly(1, 3).inOrder();
        assertThat(thrown.itemCount()).isEqualTo(4);
    }

    @Test
    void aBatchDecodedAsOneResponseIsABatchExceptionHoldingTheFailures() {
        OmaException e = OmaErrors.decode(200, RESTORE_DELETED_MESSAGES).orElseThrow();
        assertThat(e).isInstanceOf(OmaBatchException.class);
        OmaBatchException batch = (OmaBatchException) e;
        assertThat(batch.itemCount()).isEqualTo(4);
        assertThat(batch.failures().keySet()).containsExactly(1, 3).inOrder();
        assertThat(batch.failures().get(1)).isInstanceOf(OmaObjectNotFoundException.class);
        assertThat(batch.failures().get(3).retryable()).isTrue();
        assertThat(batch.error()).isSameInstanceAs(OmaError.OBJECT_NOT_FOUND);
        assertThat(batch.getMessage()).isEqualTo("2 of 4 items failed; the first: The requested object does not exist.");
        assertThat(batch.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(200);
        assertThrows(OmaBatchException.class, () -> OmaErrors.throwIfError(200, RESTORE_DELETED_MESSAGES));
    }

    @Test
    void aBatchInWhichEveryItemSucceededIsASuccess() {
        String body = "[{\"success\": true}, {\"success\": true}]";
        assertThat(OmaErrors.decode(200, body)).isEmpty();
        OmaBatchResult result = OmaErrors.decodeBatch(200, body);
        assertThat(result.allSucceeded()).isTrue();
        assertThat(result.items()).containsExactly(Optional.empty(), Optional.empty());
        result.throwIfAnyFailed();
    }

    @Test
    void aBatchCallAnsweredWithOneErrorIsTheResponsesError() {
        OmaBatchResult result = OmaErrors.decodeBatch(200, """
                {"success": false, "error": "Invalid credentials supplied in request.", "error_number": 1}""");
        assertThat(result.items()).isEmpty();
        assertThat(result.responseError().orElseThrow()).isInstanceOf(OmaInvalidCredentialsException.class);
        assertThrows(OmaInvalidCredentialsException.class, result::throwIfAnyFailed);
    }

    @Test
    void aBatchItemThatIsNoObjectIsTheFallback() {
        OmaBatchResult result = OmaErrors.decodeBatch(200, "[{\"success\": true}, \"oops\", 7]");
        assertThat(result.items().get(0)).isEmpty();
        assertThat(result.items().get(1).orElseThrow()).isInstanceOf(OmaUnknownException.class);
        assertThat(result.items().get(2).orElseThrow()).isInstanceOf(OmaUnknownException.class);
    }

    @Test
    void aBadBodyForABatchIsTheResponsesError() {
        for (BadBody bad : corpus()) {
            for (int status : statusesToTry()) {
                OmaBatchResult result = assertDoesNotThrow(() -> OmaErrors.decodeBatch(status, bad.body()),
                        bad.toString());
                assertThat(result.items()).isEmpty();
                Class<? extends OmaException> expected = bad.rawCode() != null
                        ? unlistedByStatus().getOrDefault(status, OmaUnknownException.class) : expectedWithoutCode(status);
                assertThat(result.responseError().orElseThrow().getClass()).isEqualTo(expected);
                assertThat(result.responseError().orElseThrow().response().orElseThrow().httpStatus().getAsInt())
                        .isEqualTo(status);
            }
        }
    }

    // ---- Bounded work on hostile bodies ---------------------------------------------------------------------------

    @Test
    void theItemsOfABatchShareOneExcerptAndHaveNoStackTrace() {
        String body = "[" + "{\"success\": false, \"error_number\": 3},".repeat(999) + "\"not an object\"]";
        OmaBatchResult result = OmaErrors.decodeBatch(200, body);
        assertThat(result.items()).hasSize(1000);
        String excerpt = result.items().get(0).orElseThrow().response().orElseThrow().bodyExcerpt();
        for (Optional<OmaException> item : result.items()) {
            OmaException failure = item.orElseThrow();
            assertThat(failure.getStackTrace()).isEmpty();
            // One copy of the body's head for the whole response, however many items it holds.
            assertThat(failure.response().orElseThrow().bodyExcerpt()).isSameInstanceAs(excerpt);
        }
        assertThat(result.items().get(999).orElseThrow()).isInstanceOf(OmaUnknownException.class);
        // The response as a whole is thrown where the caller is: it has a stack trace.
        OmaBatchException thrown = assertThrows(OmaBatchException.class, result::throwIfAnyFailed);
        assertThat(thrown.getStackTrace()).isNotEmpty();
        OmaException decoded = OmaErrors.decode(200, body).orElseThrow();
        assertThat(decoded).isInstanceOf(OmaBatchException.class);
        assertThat(decoded.getStackTrace()).isNotEmpty();
        assertThat(((OmaBatchException) decoded).failures().get(0).getStackTrace()).isEmpty();
        // An exception made outside a decoder records its stack trace as ever.
        assertThat(OmaErrors.exceptionFor(3, null).getStackTrace()).isNotEmpty();
    }

    @Test
    void aBodyOfMoreThanTenThousandErrorsIsNotReadOneByOne() {
        String atTheLimit = "[" + "1,".repeat(9_999) + "1]";
        OmaBatchResult result = OmaErrors.decodeBatch(200, atTheLimit);
        assertThat(result.failures()).hasSize(10_000);
        String overTheLimit = "[" + "1,".repeat(10_000) + "1]";
        for (OmaException refused : List.of(OmaErrors.decodeBatch(200, overTheLimit).responseError().orElseThrow(),
                OmaErrors.decode(200, overTheLimit).orElseThrow())) {
            assertThat(refused).isInstanceOf(OmaUnknownException.class);
            assertThat(refused.getMessage())
                    .isEqualTo("A response holding more than 10000 errors, which Oma does not read one by one");
            assertThat(refused.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(200);
        }
        // Successes cost no error: a batch of 40,000 of them is read.
        String successes = "[" + "{\"success\": true},".repeat(39_999) + "{\"success\": true}]";
        assertThat(OmaErrors.decodeBatch(200, successes).items()).hasSize(40_000);
        assertThat(OmaErrors.decode(200, successes)).isEmpty();
    }

    @Test
    void aBodyKeepingMoreThanAHundredThousandValuesIsMalformed() {
        // The array, then two values per item (the object, its success flag): 100,000 values kept in all, the
        // limit, and one more.
        String atTheLimit = "[" + "{\"success\": true},".repeat(49_998) + "{\"success\": true}" + " ".repeat(9) + "]";
        assertThat(OmaErrors.decodeBatch(200, atTheLimit).items()).hasSize(49_999);
        String overTheLimit = "[" + "{\"success\": true},".repeat(49_999) + "{\"success\": true}]";
        OmaBatchResult refused = OmaErrors.decodeBatch(200, overTheLimit);
        assertThat(refused.items()).isEmpty();
        assertThat(refused.responseError().orElseThrow()).isInstanceOf(OmaUnknownException.class);
        assertThat(refused.responseError().orElseThrow().getMessage())
                .isEqualTo("HTTP 200 response without an error Oma knows");
        // A megabyte of empty objects: refused as soon as the limit is passed, whatever follows.
        StringBuilder objects = new StringBuilder("[");
        while (objects.length() < WireContract.MAX_BODY_BYTES - 3) {
            objects.append("{},");
        }
        objects.append("{}]");
        OmaException e = assertDoesNotThrow(() -> OmaErrors.decode(200, objects.toString())).orElseThrow();
        assertThat(e).isInstanceOf(OmaUnknownException.class);
        // Members the decoder skips cost nothing of the limit.
        String skipped = "{\"success\": false, \"error_number\": 1, \"unused\": [" + "1,".repeat(200_000) + "1]}";
        assertThat(OmaErrors.decode(200, skipped).orElseThrow()).isInstanceOf(OmaInvalidCredentialsException.class);
    }
}
