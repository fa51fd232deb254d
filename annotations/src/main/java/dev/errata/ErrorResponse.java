package dev.errata;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a decoded error response held, as received: the HTTP status, the raw code and message, the
 * structured details and a bounded excerpt of the body. Generated decoders attach one to every exception
 * they return, so a caller can log exactly what the server sent.
 */
public final class ErrorResponse implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest body excerpt kept, in characters. */
    public static final int EXCERPT_LENGTH = 256;

    private final int httpStatus;
    private final String rawCode;
    private final String rawMessage;
    /** The start of the body as received, when built from bytes; decoded only if asked for. */
    private final byte[] bodyHead;
    private final boolean bodyCut;
    private transient String bodyExcerpt;
    @SuppressWarnings("serial") // holds JSON as Java: strings, numbers, booleans, lists, maps, all serializable
    private final Map<String, Object> details;

    /**
     * @param httpStatus the response's HTTP status, or 0 when unknown
     * @param rawCode the code as it stood in the body, in text form, or null when there was none
     * @param rawMessage the message as it stood in the body, or null
     * @param body the body as text, or null; only its first {@link #EXCERPT_LENGTH} characters are kept
     * @param details the structured details by JSON member name; values are JSON as Java (String,
     *     BigDecimal, Boolean, List, Map, null) or typed by the generated decoder; copied
     */
    public ErrorResponse(int httpStatus, String rawCode, String rawMessage, String body, Map<String, ?> details) {
        this(httpStatus, rawCode, rawMessage, null, false, excerpt(body), copyOf(details));
    }

    /** Takes {@code details} as they are: already a copy, unmodifiable. */
    private ErrorResponse(int httpStatus, String rawCode, String rawMessage, byte[] bodyHead, boolean bodyCut,
            String bodyExcerpt, Map<String, Object> details) {
        this.httpStatus = httpStatus;
        this.rawCode = rawCode;
        this.rawMessage = rawMessage;
        this.bodyHead = bodyHead;
        this.bodyCut = bodyCut;
        this.bodyExcerpt = bodyExcerpt;
        this.details = details;
    }

    /**
     * Like the constructor, for a body received as bytes: keeps a copy of at most its first
     * {@code 4 * EXCERPT_LENGTH} bytes and decodes them (as UTF-8) only when {@link #bodyExcerpt()} is called,
     * so that decoding an error costs no text conversion nobody reads.
     *
     * @param httpStatus the response's HTTP status, or 0 when unknown
     * @param rawCode the code as it stood in the body, in text form, or null
     * @param rawMessage the message as it stood in the body, or null
     * @param body the body, or null
     * @param details the structured details by JSON member name; copied
     * @return the response
     */
    public static ErrorResponse ofBytes(int httpStatus, String rawCode, String rawMessage, byte[] body,
            Map<String, ?> details) {
        return withBody(httpStatus, rawCode, rawMessage, body, copyOf(details));
    }

    /**
     * Like {@link #ofBytes(int, String, String, byte[], Map)}, the details given as names and values side by
     * side, in order, a null value standing for an absent detail; a name given again replaces the earlier
     * value in its place, as in a map. Generated decoders use it: they know their detail names in advance,
     * and a map built only to be copied here would cost more than the rest of the response.
     *
     * @param httpStatus the response's HTTP status, or 0 when unknown
     * @param rawCode the code as it stood in the body, in text form, or null
     * @param rawMessage the message as it stood in the body, or null
     * @param body the body, or null
     * @param detailNames the names of the details; not null
     * @param detailValues the value of each name, at the same index, or null; at least as long as the names;
     *     neither array is kept
     * @return the response
     */
    public static ErrorResponse ofBytes(int httpStatus, String rawCode, String rawMessage, byte[] body,
            String[] detailNames, Object[] detailValues) {
        return withBody(httpStatus, rawCode, rawMessage, body, copyOf(detailNames, detailValues));
    }

    private static ErrorResponse withBody(int httpStatus, String rawCode, String rawMessage, byte[] body,
            Map<String, Object> details) {
        if (body == null) {
            return new ErrorResponse(httpStatus, rawCode, rawMessage, null, false, "", details);
        }
        int kept = Math.min(body.length, 4 * EXCERPT_LENGTH);
        return new ErrorResponse(httpStatus, rawCode, rawMessage, Arrays.copyOf(body, kept), body.length > kept, null,
                details);
    }

    /** An unmodifiable copy of {@code details}, in their order. */
    private static Map<String, Object> copyOf(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return Collections.<String, Object>emptyMap();
        }
        if (details.size() > Few.MOST) {
            return Collections.unmodifiableMap(new LinkedHashMap<String, Object>(details));
        }
        String[] names = new String[details.size()];
        Object[] values = new Object[names.length];
        int size = 0;
        for (Map.Entry<String, ?> entry : details.entrySet()) {
            if (size == names.length || entry.getKey() == null) {
                // The map grew while copied, or has a null key, which Few does not hold: a hash map does.
                return Collections.unmodifiableMap(new LinkedHashMap<String, Object>(details));
            }
            names[size] = entry.getKey();
            values[size++] = entry.getValue();
        }
        return Collections.unmodifiableMap(new Few(names, values, size));
    }

    /** The non-null values of {@code names} as an unmodifiable map, like {@link #copyOf(Map)} of one. */
    private static Map<String, Object> copyOf(String[] names, Object[] values) {
        int present = 0;
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                present++;
            }
        }
        if (present == 0) {
            return Collections.<String, Object>emptyMap();
        }
        if (present > Few.MOST || hasNullName(names, values)) {
            Map<String, Object> copy = new LinkedHashMap<String, Object>();
            for (int i = 0; i < names.length; i++) {
                if (values[i] != null) {
                    copy.put(names[i], values[i]);
                }
            }
            return Collections.unmodifiableMap(copy);
        }
        String[] keptNames = new String[present];
        Object[] keptValues = new Object[present];
        int size = 0;
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                int index = Few.indexOf(keptNames, size, names[i]);
                if (index < 0) {
                    index = size++;
                    keptNames[index] = names[i];
                }
                keptValues[index] = values[i];
            }
        }
        return Collections.unmodifiableMap(new Few(keptNames, keptValues, size));
    }

    /** The HTTP status of the response, if known. */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** The code exactly as the body held it, in text form, if it held one. */
    public Optional<String> rawCode() {
        return Optional.ofNullable(rawCode);
    }

    /** The message exactly as the body held it, if it held one. */
    public Optional<String> rawMessage() {
        return Optional.ofNullable(rawMessage);
    }

    /** The start of the body, at most {@link #EXCERPT_LENGTH} characters, control characters shown as '?'. */
    public String bodyExcerpt() {
        String excerpt = bodyExcerpt;
        if (excerpt == null) {
            String head = bodyHead == null ? "" : new String(bodyHead, StandardCharsets.UTF_8);
            excerpt = excerpt(head);
            if (bodyCut && !excerpt.endsWith("...")) {
                excerpt += "...";
            }
            bodyExcerpt = excerpt;
        }
        return excerpt;
    }

    /** Structured details by JSON member name; empty when there were none. */
    public Map<String, Object> details() {
        return details;
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        int length = Math.min(body.length(), EXCERPT_LENGTH);
        StringBuilder out = new StringBuilder(length + 3);
        for (int i = 0; i < length; i++) {
            char c = body.charAt(i);
            out.append(c < 0x20 && c != '\n' && c != '\t' ? '?' : c);
        }
        if (body.length() > EXCERPT_LENGTH) {
            out.append("...");
        }
        return out.toString();
    }

    /** Whether a name is null where its value is not: Few holds no null key, a hash map does. */
    private static boolean hasNullName(String[] names, Object[] values) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null && values[i] != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A few details in two arrays, found by a scan: for the handful an error carries, cheaper to build and to
     * read than a hash map. Read only, and always behind {@code Collections.unmodifiableMap}; serialized as
     * the {@code LinkedHashMap} it stands for, so a stream holds only JDK maps, as it did before.
     */
    private static final class Few extends AbstractMap<String, Object> implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Most details kept this way; more go to a hash map, whose look-ups do not grow with them. */
        static final int MOST = 8;

        private final String[] names;
        @SuppressWarnings("serial") // never serialized itself: writeReplace
        private final Object[] values;
        private final int size;

        Few(String[] names, Object[] values, int size) {
            this.names = names;
            this.values = values;
            this.size = size;
        }

        static int indexOf(String[] names, int size, Object name) {
            if (!(name instanceof String)) {
                return -1;
            }
            // Names are mostly literals, the same instances, their hashes cached: a miss, the common case
            // while copying, then costs a comparison of two ints, not of two strings.
            int hash = name.hashCode();
            for (int i = 0; i < size; i++) {
                String known = names[i];
                if (known == name || known.hashCode() == hash && known.equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean containsKey(Object name) {
            return indexOf(names, size, name) >= 0;
        }

        @Override
        public Object get(Object name) {
            int index = indexOf(names, size, name);
            return index >= 0 ? values[index] : null;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return new AbstractSet<Map.Entry<String, Object>>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    return new Iterator<Map.Entry<String, Object>>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, Object> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int index = next++;
                            return new AbstractMap.SimpleImmutableEntry<String, Object>(names[index], values[index]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        private Object writeReplace() {
            return new LinkedHashMap<String, Object>(this);
        }
    }

    @Override
    public String toString() {
        return "ErrorResponse{httpStatus=" + httpStatus + ", code=" + rawCode + ", message=" + rawMessage
                + ", details=" + details.keySet() + "}";
    }
}
