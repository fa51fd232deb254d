package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The details an {@code ErrorResponse} keeps: the same map whether given as a map or as names and values. */
class ErrorResponseTest {

    @Test
    void namesAndValuesLeaveOutNullsAndKeepTheirOrder() {
        String[] names = {"field", "uid", "field_errors", "item_errors"};
        Object[] values = {null, "6000", Collections.singletonMap("name", "x"), null};
        ErrorResponse response = ErrorResponse.ofBytes(400, "Object Validation", "m", new byte[] {'{', '}'}, names,
                values);
        values[1] = "changed";
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("uid", "6000");
        expected.put("field_errors", Collections.singletonMap("name", "x"));
        assertThat(response.details()).containsExactlyEntriesIn(expected).inOrder();
        assertThat(response.details()).isEqualTo(expected);
        assertThat(response.details().hashCode()).isEqualTo(expected.hashCode());
        assertThat(response.details().toString()).isEqualTo(expected.toString());
        assertThat(response.details().get("field")).isNull();
        assertThat(response.details().containsKey("field")).isFalse();
        assertThat(response.bodyExcerpt()).isEqualTo("{}");
    }

    @Test
    void adoptedArraysGiveTheSameMapAsCopiedOnes() {
        String[] names = {"field", "uid", "field_errors", "item_errors"};
        Object[] values = {null, "6000", Collections.singletonMap("name", "x"), null};
        ErrorResponse.Received received = ErrorResponse.Received.of(400, null);
        Map<String, Object> copied = received.error("c", "m", names, values.clone()).details();
        Map<String, Object> adopted = received.errorAdopting("c", "m", names, values).details();
        assertThat(adopted).containsExactlyEntriesIn(copied).inOrder();
        assertThat(adopted).isEqualTo(copied);
        assertThat(adopted.hashCode()).isEqualTo(copied.hashCode());
        assertThat(adopted.toString()).isEqualTo(copied.toString());
        assertThat(adopted.size()).isEqualTo(2);
        assertThat(adopted.containsKey("field")).isFalse();
        assertThat(adopted.get("item_errors")).isNull();
        assertThat(adopted.keySet()).containsExactly("uid", "field_errors").inOrder();
        assertThrows(UnsupportedOperationException.class, () -> adopted.remove("uid"));
        assertThat(received.errorAdopting(null, null, names, new Object[4]).details()).isEmpty();
    }

    @Test
    void aShortBodyIsKeptAsItIsALongerOnesStartIsCopied() {
        byte[] shortBody = "{\"error\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ErrorResponse kept = ErrorResponse.Received.of(400, shortBody).error(null, null, new String[0], new Object[0]);
        assertThat(kept.bodyExcerpt()).isEqualTo("{\"error\":\"x\"}");
        byte[] atTheHead = new byte[4 * ErrorResponse.EXCERPT_LENGTH];
        Arrays.fill(atTheHead, (byte) 'a');
        assertThat(ErrorResponse.Received.of(400, atTheHead).error(null, null, new String[0], new Object[0])
                .bodyExcerpt()).isEqualTo(repeat('a', ErrorResponse.EXCERPT_LENGTH) + "...");
        byte[] longer = Arrays.copyOf(atTheHead, atTheHead.length + 1);
        longer[0] = 'b';
        ErrorResponse cut = ErrorResponse.Received.of(400, longer).error(null, null, new String[0], new Object[0]);
        longer[1] = 'c';
        assertThat(cut.bodyExcerpt()).isEqualTo("b" + repeat('a', ErrorResponse.EXCERPT_LENGTH - 1) + "...");
    }

    @Test
    void ofBytesNeverKeepsTheCallersArray() {
        byte[] body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ErrorResponse response = ErrorResponse.ofBytes(400, null, null, body, Collections.<String, Object>emptyMap());
        ErrorResponse withNames = ErrorResponse.ofBytes(400, null, null, body, new String[0], new Object[0]);
        body[0] = 'x';
        assertThat(response.bodyExcerpt()).isEqualTo("{}");
        assertThat(withNames.bodyExcerpt()).isEqualTo("{}");
    }

    private static String repeat(char c, int times) {
        char[] chars = new char[times];
        Arrays.fill(chars, c);
        return new String(chars);
    }

    @Test
    void aNameGivenAgainReplacesItsValueInPlace() {
        ErrorResponse response = ErrorResponse.ofBytes(0, null, null, null, new String[] {"a", "b", "a"},
                new Object[] {1, 2, 3});
        assertThat(response.details()).containsExactly("a", 3, "b", 2).inOrder();
    }

    @Test
    void noValuesNoDetails() {
        ErrorResponse response = ErrorResponse.ofBytes(0, null, null, null, new String[] {"a", "b"}, new Object[2]);
        assertThat(response.details()).isEmpty();
    }

    @Test
    void manyDetailsStayInOrder() {
        String[] names = new String[20];
        Object[] values = new Object[20];
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            names[i] = "d" + (19 - i);
            values[i] = i;
            map.put(names[i], i);
        }
        assertThat(ErrorResponse.ofBytes(0, null, null, null, names, values).details())
                .containsExactlyEntriesIn(map).inOrder();
        assertThat(ErrorResponse.ofBytes(0, null, null, null, map).details()).containsExactlyEntriesIn(map).inOrder();
    }

    @Test
    void aMapIsCopiedNullValuesAndAll() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", null);
        map.put("b", "x");
        ErrorResponse response = new ErrorResponse(0, null, null, null, map);
        map.put("c", "later");
        assertThat(response.details()).containsExactly("a", null, "b", "x").inOrder();
        assertThat(response.details().containsKey("a")).isTrue();
    }

    @Test
    void aNullNameIsKeptAsAMapWouldKeepIt() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(null, "n");
        map.put("a", 1);
        assertThat(ErrorResponse.ofBytes(0, null, null, null, map).details()).containsExactlyEntriesIn(map).inOrder();
        assertThat(ErrorResponse.ofBytes(0, null, null, null, new String[] {null, "a"}, new Object[] {"n", 1})
                .details()).containsExactlyEntriesIn(map).inOrder();
        assertThat(ErrorResponse.ofBytes(0, null, null, null, new String[] {null, "a"}, new Object[] {null, 1})
                .details()).containsExactly("a", 1);
    }

    @Test
    void detailsCannotBeChanged() {
        Map<String, Object> details = ErrorResponse.ofBytes(0, null, null, null, new String[] {"a"},
                new Object[] {1}).details();
        assertThrows(UnsupportedOperationException.class, () -> details.put("b", 2));
        assertThrows(UnsupportedOperationException.class, () -> details.remove("absent"));
        assertThrows(UnsupportedOperationException.class, () -> details.putIfAbsent("a", 2));
        assertThrows(UnsupportedOperationException.class, details::clear);
        assertThrows(UnsupportedOperationException.class, () -> details.entrySet().iterator().remove());
    }

    @Test
    void serializesAsJdkMapsOnly() throws IOException, ClassNotFoundException {
        ErrorResponse response = ErrorResponse.ofBytes(404, "x", "m", null, new String[] {"uid", "field"},
                new Object[] {"6000", null});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(response);
        }
        assertThat(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Few");
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ErrorResponse read = (ErrorResponse) in.readObject();
            assertThat(read.details()).containsExactly("uid", "6000");
            assertThat(read.toString()).isEqualTo(response.toString());
        }
    }

    private static final ErrorResponse.HeaderNames STRIPE = new ErrorResponse.HeaderNames("Request-Id", "Retry-After",
            "Stripe-Should-Retry", "Idempotent-Replayed");

    private static Map<String, List<String>> headers(String... namesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return headers;
    }

    @Test
    void theNamedHeadersAreKeptWhateverTheirCaseAndNoOther() {
        Map<String, List<String>> received = headers("request-id", "req_123", "RETRY-AFTER", "30",
                "stripe-should-retry", "false", "Set-Cookie", "session=secret", "Idempotent-Replayed", "true");
        ErrorResponse response = ErrorResponse.Received.of(429, null).headers(received, STRIPE)
                .error("rate_limit", null, Collections.<String, Object>emptyMap());
        assertThat(response.requestId()).hasValue("req_123");
        assertThat(response.retryAfter()).hasValue(Duration.ofSeconds(30));
        assertThat(response.retryable()).hasValue(false);
        assertThat(response.headers()).containsExactly("Request-Id", Arrays.asList("req_123"), "Retry-After",
                Arrays.asList("30"), "Stripe-Should-Retry", Arrays.asList("false"), "Idempotent-Replayed",
                Arrays.asList("true")).inOrder();
        assertThat(response.toString()).contains("requestId=req_123");
        assertThat(response.toString()).doesNotContain("secret");
    }

    @Test
    void aRetryAfterDateCountsFromTheResponsesDate() {
        Map<String, List<String>> received = headers("Date", "Sun, 06 Nov 1994 08:49:37 GMT", "Retry-After",
                "Sun, 06 Nov 1994 08:51:37 GMT");
        ErrorResponse response = ErrorResponse.Received.of(503, null).headers(received, STRIPE)
                .error(null, null, Collections.<String, Object>emptyMap());
        assertThat(response.retryAfter()).hasValue(Duration.ofMinutes(2));
    }

    @Test
    void headersThatSayNothingReadableAreKeptButSayNothing() {
        Map<String, List<String>> received = headers("Retry-After", "soon", "Stripe-Should-Retry", "maybe",
                "Request-Id", " req_1 ");
        ErrorResponse response = ErrorResponse.Received.of(500, null).headers(received, STRIPE)
                .error(null, null, Collections.<String, Object>emptyMap());
        assertThat(response.retryAfter()).isEmpty();
        assertThat(response.retryable()).isEmpty();
        assertThat(response.requestId()).hasValue("req_1");
        assertThat(response.headers().get("Retry-After")).containsExactly("soon");
    }

    @Test
    void headerValuesAreBounded() {
        Map<String, List<String>> received = new LinkedHashMap<>();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(i == 0 ? new String(new char[5000]).replace('\0', 'x') : "v" + i);
        }
        many.add(3, null);
        received.put("Idempotent-Replayed", many);
        ErrorResponse response = ErrorResponse.Received.of(500, null).headers(received, STRIPE)
                .error(null, null, Collections.<String, Object>emptyMap());
        List<String> kept = response.headers().get("Idempotent-Replayed");
        assertThat(kept).hasSize(8);
        assertThat(kept.get(0)).hasLength(1024);
        assertThat(kept).doesNotContain(null);
    }

    @Test
    void noHeadersOrAFailingMapGiveNone() {
        ErrorResponse none = ErrorResponse.Received.of(500, null).headers(null, STRIPE)
                .error(null, null, Collections.<String, Object>emptyMap());
        assertThat(none.headers()).isEmpty();
        assertThat(none.requestId()).isEmpty();
        Map<String, List<String>> failing = new java.util.AbstractMap<String, List<String>>() {
            @Override
            public java.util.Set<Map.Entry<String, List<String>>> entrySet() {
                throw new java.util.ConcurrentModificationException();
            }
        };
        ErrorResponse fromFailing = ErrorResponse.Received.of(500, null).headers(failing, STRIPE)
                .error(null, null, Collections.<String, Object>emptyMap());
        assertThat(fromFailing.headers()).isEmpty();
    }

    @Test
    void theErrorsOfOneResponseShareOneCopyOfItsBody() throws Exception {
        byte[] body = new byte[100_000];
        Arrays.fill(body, (byte) 'x');
        ErrorResponse.Received received = ErrorResponse.Received.of(200, body);
        ErrorResponse first = received.error("1", null, Collections.<String, Object>emptyMap());
        ErrorResponse second = received.error("2", null, new String[] {"uid"}, new Object[] {"u"});
        body[0] = 'y';
        assertThat(first.bodyExcerpt()).startsWith("xxx");
        assertThat(first.bodyExcerpt()).endsWith("...");
        java.lang.reflect.Field shared = ErrorResponse.class.getDeclaredField("shared");
        shared.setAccessible(true);
        assertThat(shared.get(second)).isSameInstanceAs(shared.get(first));
        assertThat(second.details()).containsExactly("uid", "u");
    }

    @Test
    void aTextBodysExcerptSurvivesSerialization() throws IOException, ClassNotFoundException {
        ErrorResponse response = new ErrorResponse(502, null, null, "<html>Bad Gateway</html>", null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(response);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(((ErrorResponse) in.readObject()).bodyExcerpt()).isEqualTo("<html>Bad Gateway</html>");
        }
    }
}
