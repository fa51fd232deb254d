package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Collections;
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
}
