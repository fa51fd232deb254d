package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JsonObjectMap reads as a LinkedHashMap of the same members would, below and past its eight array slots. */
class JsonObjectMapTest {

    /** The same puts into both maps, then every way of reading them compared. */
    private static void sameAsLinkedHashMap(int members) {
        JsonObjectMap object = new JsonObjectMap();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int i = 0; i < members; i++) {
            String name = "m" + i;
            Object value = i % 3 == 0 ? null : Integer.valueOf(i);
            assertThat(object.put(name, value)).isNull();
            expected.put(name, value);
        }
        // A member named again keeps its place and gives back the earlier value.
        if (members > 1) {
            assertThat(object.put("m1", "again")).isEqualTo(expected.put("m1", "again"));
        }
        assertThat(object).isEqualTo(expected);
        assertThat(expected).isEqualTo(object);
        assertThat(object.hashCode()).isEqualTo(expected.hashCode());
        assertThat(object.keySet()).containsExactlyElementsIn(expected.keySet()).inOrder();
        assertThat(object.size()).isEqualTo(members);
        assertThat(object.containsKey("m0")).isEqualTo(members > 0);
        assertThat(object.get("m0")).isNull();
        assertThat(object.containsKey("absent")).isFalse();
        assertThat(object.containsKey(42)).isFalse();
    }

    @Test
    void readsAsALinkedHashMapWithFewAndWithManyMembers() {
        for (int members : new int[] {0, 1, 7, 8, 9, 30}) {
            sameAsLinkedHashMap(members);
        }
    }

    @Test
    void aNullNameMovesTheMembersIntoAHashMapInOrder() {
        JsonObjectMap object = new JsonObjectMap();
        object.put("a", 1);
        object.put(null, 2);
        object.put("b", 3);
        assertThat(object.keySet()).containsExactly("a", null, "b").inOrder();
        assertThat(object.get(null)).isEqualTo(2);
    }

    @Test
    void removingThroughTheIteratorMovesTheRestUp() {
        JsonObjectMap object = new JsonObjectMap();
        object.put("a", 1);
        object.put("b", 2);
        object.put("c", 3);
        Iterator<Map.Entry<String, Object>> entries = object.entrySet().iterator();
        assertThrows(IllegalStateException.class, entries::remove);
        entries.next();
        entries.next();
        entries.remove();
        assertThat(entries.next().getKey()).isEqualTo("c");
        assertThat(entries.hasNext()).isFalse();
        assertThat(object.keySet()).containsExactly("a", "c").inOrder();
        assertThat(object.remove("a")).isEqualTo(1);
        assertThat(object).containsExactly("c", 3);
    }

    @Test
    void isSerializedAsALinkedHashMap() throws Exception {
        JsonObjectMap object = new JsonObjectMap();
        object.put("field", "email");
        object.put("code", "missing");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Object read = in.readObject();
            assertThat(read).isInstanceOf(LinkedHashMap.class);
            assertThat(read).isEqualTo(object);
        }
    }
}
