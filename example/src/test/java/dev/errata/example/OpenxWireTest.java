package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import dev.errata.example.openx.OpenxDependencyException;
import dev.errata.example.openx.OpenxError;
import dev.errata.example.openx.OpenxErrors;
import dev.errata.example.openx.OpenxException;
import dev.errata.example.openx.OpenxInvalidInputException;
import dev.errata.example.openx.OpenxNotFoundException;
import dev.errata.example.openx.OpenxObjectValidationException;
import dev.errata.example.openx.OpenxRangeException;
import dev.errata.example.openx.OpenxRateLimitException;
import dev.errata.example.openx.OpenxReferenceException;
import dev.errata.example.openx.OpenxRequireException;
import dev.errata.example.openx.OpenxTooManyRequestsException;
import dev.errata.example.openx.OpenxTypeException;
import dev.errata.example.openx.OpenxUnknownException;
import dev.errata.example.openx.OpenxUnknownFieldException;
import dev.errata.example.openx.OpenxUnlistedRateLimitException;
import dev.errata.example.openx.OpenxValidationException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OpenX on the wire, from its "Response Codes and Error Handling" page: failures are HTTP 4xx whose JSON names
 * the error {@code type} with a {@code message}, and the structured details the page names: {@code field},
 * {@code dependency}, {@code field_errors} (field name to error), {@code item_errors} (array index to error),
 * {@code referencing_objects} and {@code uid}; "Validation" nests other errors; "Too Many Requests" is known by
 * HTTP 429 alone.
 */
class OpenxWireTest extends WireContract<OpenxError, OpenxException> {

    @Override
    OpenxError[] constants() {
        return OpenxError.values();
    }

    @Override
    ErrorCodec<OpenxException> codec() {
        return OpenxErrors.codec();
    }

    @Override
    Class<OpenxUnknownException> unknownClass() {
        return OpenxUnknownException.class;
    }

    @Override
    boolean errorsInSuccess() {
        return false;
    }

    @Override
    Map<Integer, Class<? extends OpenxException>> outcomesByStatus() {
        return Map.of(429, OpenxTooManyRequestsException.class);
    }

    @Override
    List<Integer> errorStatuses() {
        return List.of(400, 403, 404, 409, 429);
    }

    @Override
    Map<Integer, Class<? extends OpenxException>> unlistedByStatus() {
        return Map.of(429, OpenxUnlistedRateLimitException.class);
    }

    @Override
    String codeMember() {
        return "type";
    }

    @Override
    String messageMember() {
        return "message";
    }

    @Override
    String unlistedCodeJson() {
        return "\"Quota Exceeded\"";
    }

    @Override
    String unlistedCode() {
        return "Quota Exceeded";
    }

    @Override
    String successBody() {
        return """
                {"uid": "60000b3c-c001-fff1-8123-0c9a66", "name": "Homepage leaderboard", "status": "Active"}""";
    }

    /** Every typed detail, nested errors two levels deep, on every entry. */
    @Override
    OpenxException withDetails(OpenxException error) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", "end_date");
        field.put("type", "datetime");
        field.put("required", Boolean.FALSE);
        field.put("max", new BigDecimal("2147483647"));
        field.put("ratio", new BigDecimal("0.25"));
        field.put("url", null);
        field.put("choices", Arrays.asList("a", new BigDecimal("1"), null, List.of(), Map.of()));
        OpenxException require = OpenxErrors.exceptionFor("Require", "This field requires a non-null value.")
                .withField(Map.of("name", "name", "type", "string"));
        OpenxException inner = OpenxErrors.exceptionFor("Validation", null)
                .withItemErrors(Map.of(3, OpenxErrors.exceptionFor("Range", "must be at most 100")));
        Map<String, OpenxException> fieldErrors = new LinkedHashMap<>();
        fieldErrors.put("name", require);
        fieldErrors.put("targeting", inner);
        Map<Integer, OpenxException> itemErrors = new LinkedHashMap<>();
        itemErrors.put(0, OpenxErrors.exceptionFor("Unknown Field", "no such field: colour").withUid("item-0"));
        itemErrors.put(12, OpenxErrors.exceptionFor("Quota Exceeded", "an error type the page does not list"));
        return error.withField(field)
                .withDependency(Map.of("start_date", "must be before end_date"))
                .withFieldErrors(fieldErrors)
                .withItemErrors(itemErrors)
                .withReferencingObjects(List.of(Map.of("uid", "6000c4a1-e0c9-fff1-8123-0c9a66", "type", "lineitem"),
                        "6000c4a1-e0c9-fff1-8123-0c9a67"))
                .withUid("60000b3c-c001-fff1-8123-0c9a66");
    }

    @Override
    Map<String, Object> typedDetails(OpenxException error) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", error.field());
        details.put("dependency", error.dependency());
        Map<String, Object> fieldErrors = new LinkedHashMap<>();
        error.fieldErrors().forEach((name, nested) -> fieldErrors.put(name, describe(nested)));
        details.put("field_errors", fieldErrors);
        Map<Integer, Object> itemErrors = new LinkedHashMap<>();
        error.itemErrors().forEach((index, nested) -> itemErrors.put(index, describe(nested)));
        details.put("item_errors", itemErrors);
        details.put("referencing_objects", error.referencingObjects());
        details.put("uid", error.uid());
        return details;
    }

    @Test
    void theDetailsRoundTripAsMembersTheDecoderKeepsRawToo() {
        OpenxException sent = withDetails(OpenxErrors.exceptionFor("Object Validation", "invalid"));
        OpenxException received = OpenxErrors.decode(400, OpenxErrors.toBody(sent)).orElseThrow();
        assertThat(received.response().orElseThrow().details().keySet())
                .containsExactly("field", "dependency", "field_errors", "item_errors", "referencing_objects", "uid")
                .inOrder();
        // The field's members keep their order, and JSON numbers come back as BigDecimal.
        assertThat(received.field().keySet()).containsExactly("name", "type", "required", "max", "ratio", "url",
                "choices").inOrder();
        assertThat(received.field().get("max")).isEqualTo(new BigDecimal("2147483647"));
        assertThat(received.fieldErrors().get("targeting").itemErrors().get(3))
                .isInstanceOf(OpenxRangeException.class);
        assertThat(received.itemErrors().get(12)).isInstanceOf(OpenxUnknownException.class);
    }
    @Test
    void aDetailWithAHugeExponentRendersBack() {
        OpenxException e = OpenxErrors.decode(400, "{\"type\": \"Range\", \"field\": {\"max\": 1e999999999}}")
                .orElseThrow();
        assertThat(assertDoesNotThrow(() -> OpenxErrors.toBody(e)).length()).isLessThan(400);
        assertThat(assertDoesNotThrow(() -> OpenxErrors.toProblemJson(e)).length()).isLessThan(1000);
    }

    // ---- Realistic bodies, written from the page ---------------------------------------------------------------

    @Test
    void objectValidationListsTheRejectedFieldsAndTheUid() {
        String body = """
                {
                  "type": "Object Validation",
                  "message": "Some of the input fields did not pass validation.",
                  "uid": "6000c4a1-e0c9-fff1-8123-0c9a66",
                  "field_errors": {
                    "name": {"type": "Require", "message": "This field requires a non-null value.",
                             "field": {"name": "name", "type": "string", "required": true}},
                    "start_date": {"type": "Type", "message": "Cannot parse 'tomorrow' as a date/time.",
                                   "field": {"name": "start_date", "type": "datetime"}},
                    "delivery_medium": {"type": "Value", "message": "'PRINT' is not one of the allowed values.",
                                        "field": {"name": "delivery_medium", "url": "/options/delivery_medium"}}
                  }
                }
                """;
        OpenxException e = OpenxErrors.decode(400, body).orElseThrow();
        assertThat(e).isInstanceOf(OpenxObjectValidationException.class);
        assertThat(e).isInstanceOf(OpenxInvalidInputException.class);
        assertThat(e.getMessage()).isEqualTo("Some of the input fields did not pass validation.");
        assertThat(e.uid()).hasValue("6000c4a1-e0c9-fff1-8123-0c9a66");
        assertThat(e.fieldErrors().keySet()).containsExactly("name", "start_date", "delivery_medium").inOrder();
        OpenxException name = e.fieldErrors().get("name");
        assertThat(name).isInstanceOf(OpenxRequireException.class);
        assertThat(name.getMessage()).isEqualTo("This field requires a non-null value.");
        assertThat(name.field()).containsEntry("required", Boolean.TRUE);
        assertThat(e.fieldErrors().get("start_date")).isInstanceOf(OpenxTypeException.class);
        assertThat(e.fieldErrors().get("delivery_medium").field()).containsEntry("url", "/options/delivery_medium");
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.httpStatus().getAsInt()).isEqualTo(400);
        assertThat(response.rawCode()).hasValue("Object Validation");
        assertThat(response.details().keySet()).containsExactly("field_errors", "uid").inOrder();
        assertThat(response.bodyExcerpt()).startsWith("{\n  \"type\": \"Object Validation\",");
        assertThat(response.bodyExcerpt()).endsWith("...");
        assertThat(response.bodyExcerpt().length()).isAtMost(WireContract.MAX_EXCERPT);
        assertThrows(OpenxObjectValidationException.class, () -> OpenxErrors.throwIfError(400, body));
    }

    @Test
    void validationNestsErrorsOfSubObjectsAndArrays() {
        String body = """
                {
                  "type": "Validation",
                  "message": "One or more errors occurred within nested data structures.",
                  "field_errors": {
                    "targeting": {
                      "type": "Validation",
                      "message": "One or more errors occurred within nested data structures.",
                      "field_errors": {
                        "geographic": {"type": "Unknown Field", "message": "'galaxy' is not a field of geographic."}
                      }
                    }
                  },
                  "item_errors": {
                    "0": {"type": "Range", "message": "Ensure this value is less than or equal to 100."},
                    "2": {"type": "Not Unique", "message": "This name is already used within the parent account."}
                  }
                }
                """;
        OpenxException e = OpenxErrors.decode(400, body).orElseThrow();
        assertThat(e).isInstanceOf(OpenxValidationException.class);
        OpenxException targeting = e.fieldErrors().get("targeting");
        assertThat(targeting).isInstanceOf(OpenxValidationException.class);
        assertThat(targeting.fieldErrors().get("geographic")).isInstanceOf(OpenxUnknownFieldException.class);
        assertThat(e.itemErrors().keySet()).containsExactly(0, 2).inOrder();
        assertThat(e.itemErrors().get(0)).isInstanceOf(OpenxRangeException.class);
        assertThat(e.itemErrors().get(2).codeString()).isEqualTo("Not Unique");
        assertThat(e.itemErrors().get(2).getMessage())
                .isEqualTo("This name is already used within the parent account.");
    }

    @Test
    void itemErrorsAsAnArrayAreByPosition() {
        OpenxException e = OpenxErrors.decode(400, """
                {"type": "Validation", "item_errors": [{"type": "Size", "message": "Too long."},
                                                       {"type": "Require", "message": "Required."}]}""")
                .orElseThrow();
        assertThat(e.itemErrors().keySet()).containsExactly(0, 1).inOrder();
        assertThat(e.itemErrors().get(1)).isInstanceOf(OpenxRequireException.class);
    }

    @Test
    void referenceListsTheReferringObjects() {
        OpenxException e = OpenxErrors.decode(400, """
                {"type": "Reference", "message": "This object is referenced by other objects and cannot be deleted.",
                 "referencing_objects": [{"uid": "6000c4a1-e0c9-fff1-8123-0c9a66", "type": "lineitem",
                                          "name": "Spring sale"},
                                         {"uid": "6000c4a1-e0c9-fff1-8123-0c9a67", "type": "lineitem",
                                          "name": "Summer sale"}]}""").orElseThrow();
        assertThat(e).isInstanceOf(OpenxReferenceException.class);
        assertThat(e.referencingObjects()).hasSize(2);
        assertThat((Map<?, ?>) e.referencingObjects().get(1)).containsEntry("name", "Summer sale");
    }

    @Test
    void dependencyNamesTheRelatedFieldAndTheFieldSpecificError() {
        OpenxException e = OpenxErrors.decode(400, """
                {"type": "Dependency", "message": "end_date must be later than start_date.",
                 "field": {"name": "start_date", "type": "datetime"},
                 "dependency": {"end_date": {"type": "Range", "message": "Must be later than start_date."}}}""")
                .orElseThrow();
        assertThat(e).isInstanceOf(OpenxDependencyException.class);
        assertThat(e.field()).containsEntry("name", "start_date");
        assertThat(e.dependency().keySet()).containsExactly("end_date");
        assertThat((Map<?, ?>) e.dependency().get("end_date")).containsEntry("type", "Range");
    }

    @Test
    void tooManyRequestsIsKnownByHttp429WhateverTheBody() {
        for (String body : List.of("", "Too Many Requests", "<html><body>429 Too Many Requests</body></html>",
                "{}", "{\"message\": \"Hourly API rate limit exceeded.\"}",
                "{\"type\": \"Too Many Requests\", \"message\": \"Hourly API rate limit exceeded.\"}")) {
            OpenxException e = OpenxErrors.decode(429, body).orElseThrow();
            assertThat(e).isInstanceOf(OpenxTooManyRequestsException.class);
            assertThat(e).isInstanceOf(OpenxRateLimitException.class);
            assertThat(e.retryable()).isTrue();
            assertThat(e.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(429);
            assertThat(e.response().orElseThrow().bodyExcerpt()).isEqualTo(body);
            if (body.contains("Hourly")) {
                assertThat(e.getMessage()).isEqualTo("Hourly API rate limit exceeded.");
            } else {
                assertThat(e.getMessage()).isEqualTo(OpenxError.TOO_MANY_REQUESTS.description().orElseThrow());
            }
        }
    }

    @Test
    void objectNotFoundAndA4xxWithoutJson() {
        assertThat(OpenxErrors.decode(404, """
                {"type": "Object Not Found", "message": "No account with uid 6000c4a1-e0c9-fff1-8123-0c9a66."}""")
                .orElseThrow()).isInstanceOf(OpenxNotFoundException.class);
        OpenxException e = OpenxErrors.decode(400, "Bad Request").orElseThrow();
        assertThat(e).isInstanceOf(OpenxUnknownException.class);
        assertThat(e.getMessage()).contains("400");
    }

    @Test
    void a2xxWithoutATypeIsASuccessWhateverTheBody() {
        for (String body : List.of("", "{}", "[]", "null", WireContract.PROXY_PAGE, "{\"objects\": []}")) {
            assertThat(OpenxErrors.decode(200, body)).isEmpty();
        }
        assertThat(OpenxErrors.decode(204, "")).isEmpty();
    }

    @Test
    void nestedErrorsShareTheResponseAndAreBounded() {
        OpenxException e = OpenxErrors.decode(400, Map.of("Retry-After", List.of("5")), """
                {"type": "Validation", "item_errors": [{"type": "Size"}, 7]}""").orElseThrow();
        OpenxException first = e.itemErrors().get(0);
        assertThat(first.getStackTrace()).isEmpty();
        assertThat(e.getStackTrace()).isNotEmpty();
        // The nested errors came in the same response: its status, excerpt and headers.
        assertThat(first.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(400);
        assertThat(first.response().orElseThrow().retryAfter()).hasValue(java.time.Duration.ofSeconds(5));
        assertThat(first.response().orElseThrow().bodyExcerpt()).isSameInstanceAs(e.response().orElseThrow().bodyExcerpt());
        assertThat(e.itemErrors().get(1)).isInstanceOf(OpenxUnknownException.class);
        // Ten thousand nested errors are read; more refuse the body.
        String atTheLimit = "{\"type\": \"Validation\", \"item_errors\": [" + "1,".repeat(9_999) + "1]}";
        assertThat(OpenxErrors.decode(400, atTheLimit).orElseThrow().itemErrors()).hasSize(10_000);
        String overTheLimit = "{\"type\": \"Validation\", \"item_errors\": [" + "1,".repeat(10_000) + "1]}";
        OpenxException refused = OpenxErrors.decode(400, overTheLimit).orElseThrow();
        assertThat(refused).isInstanceOf(OpenxUnknownException.class);
        assertThat(refused.getMessage()).contains("more than 10000 errors");
    }
}
