package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.errata.ErrorResponse;
import dev.errata.processor.testing.CompiledClasses;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The objects a decoder reads whole (the values of details, such as Shop's {@code field} and the items of its
 * {@code referencing_objects}) are not hash maps, yet read as the {@code LinkedHashMap} each stood for before:
 * the body's order, a member named again replacing its value in place, a null member present, equality, removal,
 * and a {@code LinkedHashMap} once serialized; an object of many members too.
 */
class WholeObjectsTest {

    @TempDir Path dir;

    private CompiledClasses shop;

    @BeforeEach
    void compile() throws IOException {
        Compilation compilation = GoldenSourcesTest.compile(GoldenSourcesTest.GOLDEN.resolve("wire-json"), dir, "--release 17");
        assertThat(compilation).succeeded();
        shop = new CompiledClasses(compilation, GoldenSourcesTest.PACKAGE);
    }

    /** The details of the error Shop decodes from {@code field}'s and {@code referencing_objects}'s JSON. */
    private Map<String, Object> details(String field, String referencingObjects) {
        String body = "{\"ok\":false,\"error\":{\"code\":6,\"text\":\"bad\",\"field\":" + field
                + ",\"referencing_objects\":" + referencingObjects + "}}";
        Object exception = ((Optional<?>) shop.callStatic("ShopErrors", "decode", 200,
                body.getBytes(StandardCharsets.UTF_8))).orElseThrow();
        assertThat(exception.getClass().getSimpleName()).isEqualTo("ShopInvalidException");
        return ((ErrorResponse) ((Optional<?>) CompiledClasses.call(exception, "response")).orElseThrow()).details();
    }

    @Test
    void aWholeObjectReadsAsTheLinkedHashMapItStoodFor() {
        Map<String, Object> details = details("{\"b\":1,\"a\":\"x\",\"n\":null,\"b\":2,\"o\":{\"z\":true}}", "[]");
        Map<?, ?> field = (Map<?, ?>) details.get("field");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", BigDecimal.valueOf(2));
        expected.put("a", "x");
        expected.put("n", null);
        expected.put("o", Map.of("z", true));
        assertThat(field).containsExactlyEntriesIn(expected).inOrder();
        assertThat(field).isEqualTo(expected);
        assertThat(expected).isEqualTo(field);
        assertThat(field.hashCode()).isEqualTo(expected.hashCode());
        assertThat(field.toString()).isEqualTo(expected.toString());
        assertThat(field.containsKey("n")).isTrue();
        assertThat(field.get("n")).isNull();
        assertThat(field.containsKey("absent")).isFalse();
        assertThat(field.get(new String("a"))).isEqualTo("x");
        assertThat(field.get(7)).isNull();
    }

    @Test
    void anObjectOfManyMembersKeepsThemAllInOrder() {
        StringBuilder json = new StringBuilder("{");
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            json.append(i == 0 ? "" : ",").append("\"m").append(39 - i).append("\":").append(i);
            expected.put("m" + (39 - i), BigDecimal.valueOf(i));
        }
        json.append(",\"m3\":\"again\"}");
        expected.put("m3", "again");
        Map<?, ?> field = (Map<?, ?>) details(json.toString(), "[]").get("field");
        assertThat(field).containsExactlyEntriesIn(expected).inOrder();
        assertThat(field.get("m0")).isEqualTo(BigDecimal.valueOf(39));
    }

    @Test
    void itemsOfAListAreWholeObjectsTooAndCanBeChangedAsBefore() {
        List<?> items = (List<?>) details("{}", "[{\"id\":1,\"kind\":\"a\"},{\"id\":2},{}]").get("referencing_objects");
        assertThat(items).hasSize(3);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) items.get(0);
        assertThat(first).containsExactly("id", BigDecimal.ONE, "kind", "a").inOrder();
        assertThat((Map<?, ?>) items.get(2)).isEmpty();
        first.put("extra", "e");
        assertThat(first.remove("id")).isEqualTo(BigDecimal.ONE);
        Iterator<Map.Entry<String, Object>> entries = first.entrySet().iterator();
        entries.next();
        entries.remove();
        assertThrows(IllegalStateException.class, entries::remove);
        assertThat(first).containsExactly("extra", "e");
    }

    @Test
    void serializedAWholeObjectIsALinkedHashMap() throws IOException, ClassNotFoundException {
        Map<String, Object> details = details("{\"k\":\"v\",\"n\":null}", "[{\"id\":1}]");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(Arrays.asList(details.get("field"), details.get("referencing_objects"))));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<?> read = (List<?>) in.readObject();
            assertThat(read.get(0).getClass()).isEqualTo(LinkedHashMap.class);
            assertThat((Map<?, ?>) read.get(0)).isEqualTo(details.get("field"));
            assertThat(((List<?>) read.get(1)).get(0).getClass()).isEqualTo(LinkedHashMap.class);
        }
    }
}
