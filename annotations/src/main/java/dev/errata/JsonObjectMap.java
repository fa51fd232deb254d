package dev.errata;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A JSON object that a generated decoder reads whole (a detail's value, such as GitHub's {@code errors} items or
 * OpenX's {@code field_errors}), as a map in the body's order. A hash map costs a table and an entry per member,
 * more than the few members of an error's object themselves; this one holds them in two arrays, found by a scan
 * (by identity first: the parser's member names are canonical, the decoder's literals), until it holds eight,
 * when a {@code LinkedHashMap} takes them all over, so that a hostile object of many members costs no more than
 * one. It reads as a {@code LinkedHashMap} would (order, a member named again replacing the earlier value in its
 * place, null values and a null name, equality, {@code remove}) and is serialized as one. Not thread-safe.
 */
public final class JsonObjectMap extends AbstractMap<String, Object> implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Most members held in the arrays.
     */
    private static final int FEW = 8;

    /**
     * The members' names in order, null until the first; never serialized (writeReplace).
     */
    @SuppressWarnings("serial")
    private String[] names;

    /**
     * The value of each name, at the same index.
     */
    @SuppressWarnings("serial")
    private Object[] values;

    private int size;

    /**
     * Every member, once there are more than {@link #FEW}; null before.
     */
    @SuppressWarnings("serial")
    private LinkedHashMap<String, Object> many;

    /** An empty object. */
    public JsonObjectMap() {}

    @Override
    public Object put(String name, Object value) {
        if (many != null) {
            return many.put(name, value);
        }
        int index = indexOf(name);
        if (index >= 0) {
            Object earlier = values[index];
            values[index] = value;
            return earlier;
        }
        if (size == FEW || name == null) {
            // A hash map from here on; it holds a null name too, which the scan does not.
            many = new LinkedHashMap<String, Object>(this);
            names = null;
            values = null;
            size = 0;
            return many.put(name, value);
        }
        if (names == null) {
            names = new String[4];
            values = new Object[4];
        } else if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size++] = value;
        return null;
    }

    /**
     * The index of the member {@code name} in the arrays, or -1.
     */
    private int indexOf(Object name) {
        if (!(name instanceof String)) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            if (names[i].hashCode() == hash && names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object name) {
        if (many != null) {
            return many.get(name);
        }
        int index = indexOf(name);
        return index >= 0 ? values[index] : null;
    }

    @Override
    public boolean containsKey(Object name) {
        return many != null ? many.containsKey(name) : indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return many != null ? many.size() : size;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        if (many != null) {
            return many.entrySet();
        }
        return new AbstractSet<Map.Entry<String, Object>>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<Map.Entry<String, Object>>() {
                    private int next;

                    private int last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        return new AbstractMap.SimpleImmutableEntry<String, Object>(names[last], values[last]);
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        removeAt(last);
                        next = last;
                        last = -1;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * Removes the member at {@code index}, those after it moving up one.
     */
    private void removeAt(int index) {
        System.arraycopy(names, index + 1, names, index, size - index - 1);
        System.arraycopy(values, index + 1, values, index, size - index - 1);
        size--;
        names[size] = null;
        values[size] = null;
    }

    private Object writeReplace() {
        return new LinkedHashMap<String, Object>(this);
    }
}
