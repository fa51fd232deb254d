package dev.errata;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a decoded error response held, as received: the HTTP status, the raw code and message, the
 * structured details, a bounded excerpt of the body, and the headers the catalog names (request id,
 * {@code Retry-After}, a header saying whether to retry). Generated decoders attach one to every exception
 * they return, so a caller can log exactly what the server sent.
 *
 * <p>The errors decoded from one response (the items of a batch, say) share its body excerpt and headers: one
 * copy of each per response, however many errors it held.
 */
public final class ErrorResponse implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Longest body excerpt kept, in characters. */
    public static final int EXCERPT_LENGTH = 256;

    private final int httpStatus;
    private final String rawCode;
    private final String rawMessage;
    /** Unmodifiable, or a {@link Few}, which {@link #details()} wraps so. */
    @SuppressWarnings("serial") // holds JSON as Java: strings, numbers, booleans, lists, maps, all serializable
    private final Map<String, Object> details;
    /** What the response as a whole held; shared by every error decoded from it. */
    private final Shared shared;

    /**
     * @param httpStatus the response's HTTP status, or 0 when unknown
     * @param rawCode the code as it stood in the body, in text form, or null when there was none
     * @param rawMessage the message as it stood in the body, or null
     * @param body the body as text, or null; only its first {@link #EXCERPT_LENGTH} characters are kept
     * @param details the structured details by JSON member name; values are JSON as Java (String,
     *     BigDecimal, Boolean, List, Map, null) or typed by the generated decoder; copied
     */
    public ErrorResponse(int httpStatus, String rawCode, String rawMessage, String body, Map<String, ?> details) {
        this(httpStatus, rawCode, rawMessage, copyOf(details), Shared.ofText(body));
    }

    /** Takes {@code details} as they are: already a copy, unmodifiable. */
    private ErrorResponse(int httpStatus, String rawCode, String rawMessage, Map<String, Object> details,
            Shared shared) {
        this.httpStatus = httpStatus;
        this.rawCode = rawCode;
        this.rawMessage = rawMessage;
        this.details = details;
        this.shared = shared;
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
        return Received.of(httpStatus, head(body)).error(rawCode, rawMessage, details);
    }

    /**
     * Like {@link #ofBytes(int, String, String, byte[], Map)}, the details given as names and values side by
     * side, in order, a null value standing for an absent detail; a name given again replaces the earlier
     * value in its place, as in a map.
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
        return Received.of(httpStatus, head(body)).error(rawCode, rawMessage, detailNames, detailValues);
    }

    /**
     * {@code body} as {@link Received} may keep it: a copy of one it would keep as it is, so that a caller's array
     * is never kept (a longer one it copies the start of).
     */
    private static byte[] head(byte[] body) {
        return body == null || body.length > Shared.HEAD_BYTES ? body : body.clone();
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
            values[size++] = Few.slot(entry.getValue());
        }
        return new Few(names, values, size);
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
        return new Few(keptNames, keptValues, size);
    }

    /**
     * {@code values} beside {@code names} as an unmodifiable map, the arrays adopted, not copied: a null value is
     * an absent detail. The names must be distinct and not null.
     */
    private static Map<String, Object> adopt(String[] names, Object[] values) {
        for (Object value : values) {
            if (value != null) {
                return new Few(names, values, names.length);
            }
        }
        return Collections.<String, Object>emptyMap();
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
        return shared.bodyExcerpt();
    }

    /**
     * The request's id as the server sent it in the header that the catalog's {@code wire.headers.requestId}
     * names (such as {@code Request-Id}), if the response had one: what a support ticket asks for.
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(shared.requestId);
    }

    /**
     * How long the server asked to wait before a retry: its {@code Retry-After} header (or the one that
     * {@code wire.headers.retryAfter} names) in seconds or as a date, a date counted from the response's
     * {@code Date} header, else from when the response was decoded; never negative.
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(shared.retryAfter);
    }

    /**
     * Whether the server said that a retry may succeed, in the header that {@code wire.headers.retryable} names
     * (such as {@code Stripe-Should-Retry: true}), if it said so; the exception's {@code retryable()} follows it.
     */
    public Optional<Boolean> retryable() {
        return Optional.ofNullable(shared.retryable);
    }

    /**
     * The headers the catalog names (its request id, retry-after and retryable headers, and those of
     * {@code wire.headers.keep}) that the response had, by the catalog's name of each, with their values as
     * received: at most 8 values of at most 1,024 characters each. No other header is kept, so that no cookie or credential ends up in an exception or a log.
     */
    public Map<String, List<String>> headers() {
        return shared.headers;
    }

    /** The {@code instance} of the {@code application/problem+json} document the error was read from, if any. */
    public Optional<String> instance() {
        return Optional.ofNullable(shared.instance);
    }

    /** Structured details by JSON member name; empty when there were none. */
    public Map<String, Object> details() {
        // A few details are kept bare, and wrapped only when asked for: most errors are never asked.
        return details instanceof Few ? Collections.unmodifiableMap(details) : details;
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
     * read than a hash map. A null slot is an absent detail, so that a generated decoder's values can be held as
     * they are, beside its constant names; a detail whose value is null holds {@link #NULL}. Read only, and
     * handed out behind {@code Collections.unmodifiableMap}; serialized as that of the {@code LinkedHashMap} it
     * stands for, so a stream holds only JDK maps, the same as before.
     */
    private static final class Few extends AbstractMap<String, Object> implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Most details kept this way; more go to a hash map, whose look-ups do not grow with them. */
        static final int MOST = 8;

        /** Stands for a null value in a slot, which a null slot would leave out. */
        private static final Object NULL = new Object();

        @SuppressWarnings("serial") // never serialized itself: writeReplace
        private final String[] names;
        @SuppressWarnings("serial") // never serialized itself: writeReplace
        private final Object[] values;
        /** The slots in use, from 0. */
        private final int length;
        /** The slots that hold a detail. */
        private final int size;

        Few(String[] names, Object[] values, int length) {
            this.names = names;
            this.values = values;
            this.length = length;
            int present = 0;
            for (int i = 0; i < length; i++) {
                if (values[i] != null) {
                    present++;
                }
            }
            this.size = present;
        }

        /** What a slot holds for {@code value}. */
        static Object slot(Object value) {
            return value == null ? NULL : value;
        }

        static int indexOf(String[] names, int length, Object name) {
            if (!(name instanceof String)) {
                return -1;
            }
            // Names are mostly literals, the same instances, their hashes cached: a miss, the common case
            // while copying, then costs a comparison of two ints, not of two strings.
            int hash = name.hashCode();
            for (int i = 0; i < length; i++) {
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
            int index = indexOf(names, length, name);
            return index >= 0 && values[index] != null;
        }

        @Override
        public Object get(Object name) {
            int index = indexOf(names, length, name);
            Object value = index >= 0 ? values[index] : null;
            return value == NULL ? null : value;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return new AbstractSet<Map.Entry<String, Object>>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    return new Iterator<Map.Entry<String, Object>>() {
                        private int next = present(0);

                        @Override
                        public boolean hasNext() {
                            return next < length;
                        }

                        @Override
                        public Map.Entry<String, Object> next() {
                            if (next >= length) {
                                throw new NoSuchElementException();
                            }
                            int index = next;
                            next = present(index + 1);
                            Object value = values[index];
                            return new AbstractMap.SimpleImmutableEntry<String, Object>(names[index],
                                    value == NULL ? null : value);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        /** The first slot from {@code from} on that holds a detail, or {@link #length}. */
        private int present(int from) {
            int index = from;
            while (index < length && values[index] == null) {
                index++;
            }
            return index;
        }

        private Object writeReplace() {
            return Collections.unmodifiableMap(new LinkedHashMap<String, Object>(this));
        }
    }

    @Override
    public String toString() {
        return "ErrorResponse{httpStatus=" + httpStatus + ", code=" + rawCode + ", message=" + rawMessage
                + ", details=" + details.keySet() + (shared.requestId == null ? "" : ", requestId=" + shared.requestId)
                + "}";
    }

    /**
     * The names of the headers a catalog reads from its responses ({@code wire.headers}): built once by each
     * generated decoder.
     */
    public static final class HeaderNames {

        private final String requestId;
        private final String retryAfter;
        private final String retryable;
        private final String[] all;

        /**
         * @param requestId the header holding the request's id, or null
         * @param retryAfter the header holding the time to wait before a retry, or null
         * @param retryable the header saying whether a retry may succeed ({@code true} or {@code false}), or null
         * @param kept further headers to keep as received
         */
        public HeaderNames(String requestId, String retryAfter, String retryable, String... kept) {
            this.requestId = requestId;
            this.retryAfter = retryAfter;
            this.retryable = retryable;
            this.all = new String[3 + kept.length];
            all[0] = requestId;
            all[1] = retryAfter;
            all[2] = retryable;
            System.arraycopy(kept, 0, all, 3, kept.length);
        }
    }

    /**
     * A response as received, before any error of it is read: what its errors share, its status, the head of its
     * body and its headers. Generated decoders make one per response and take from it the {@code ErrorResponse}
     * of each error they find; the first of them keeps the body's head (the body itself, when short) and reads
     * the headers, once for all.
     * Not thread-safe, and not kept: the errors keep only what they share, and a response without an error
     * costs neither copy.
     */
    public static final class Received {

        private final int httpStatus;
        private byte[] body;
        private Map<String, ? extends Collection<String>> headers;
        private HeaderNames headerNames;
        private String instance;
        private Shared shared;
        private int items;

        private Received(int httpStatus, byte[] body) {
            this.httpStatus = httpStatus;
            this.body = body;
        }

        /**
         * @param httpStatus the response's HTTP status, or 0 when unknown
         * @param body the body, or null; not copied until an error is read from it, and then only when longer than
         *     {@code 4 * EXCERPT_LENGTH} bytes (its start; a shorter one is kept as it is, for the excerpt): so not
         *     to be changed afterwards
         * @return the response
         */
        public static Received of(int httpStatus, byte[] body) {
            return new Received(httpStatus, body);
        }

        /**
         * Keeps the headers of the response that {@code names} names; to be called before any error is read.
         *
         * @param headers every header of the response, by name (in any case: looked up ignoring it), or null
         * @param names the headers to read
         * @return this response
         */
        public Received headers(Map<String, ? extends List<String>> headers, HeaderNames names) {
            this.headers = headers;
            this.headerNames = names;
            return this;
        }

        /**
         * Records the {@code instance} of the problem document the errors are read from; to be called before
         * any error is read.
         *
         * @param instance the instance, or null
         * @return this response
         */
        public Received instance(String instance) {
            this.instance = instance;
            return this;
        }

        /**
         * The response's HTTP status.
         *
         * @return the status, or 0 when unknown
         */
        public int httpStatus() {
            return httpStatus;
        }

        /**
         * The response of one error read from this one: its code, message and details, and what the response
         * as a whole held.
         *
         * @param rawCode the code as it stood in the body, in text form, or null
         * @param rawMessage the message as it stood in the body, or null
         * @param detailNames the names of the details; not null
         * @param detailValues the value of each name, at the same index, or null for an absent one; at least as
         *     long as the names; neither array is kept
         * @return the error's response
         */
        public ErrorResponse error(String rawCode, String rawMessage, String[] detailNames, Object[] detailValues) {
            return new ErrorResponse(httpStatus, rawCode, rawMessage, copyOf(detailNames, detailValues), shared());
        }

        /**
         * Like {@link #error(String, String, String[], Object[])}, for a generated decoder, which owns both arrays:
         * they are kept as they are, not copied. The names are distinct and not null, and the same array for every
         * error of a catalog; the values made for this error alone, and not changed afterwards.
         *
         * @param rawCode the code as it stood in the body, in text form, or null
         * @param rawMessage the message as it stood in the body, or null
         * @param detailNames the names of the details
         * @param detailValues the value of each name, at the same index, or null for an absent one; as long as the
         *     names
         * @return the error's response
         */
        public ErrorResponse errorAdopting(String rawCode, String rawMessage, String[] detailNames,
                Object[] detailValues) {
            return new ErrorResponse(httpStatus, rawCode, rawMessage, adopt(detailNames, detailValues), shared());
        }

        /**
         * Like {@link #error(String, String, String[], Object[])}, the details given as a map.
         *
         * @param rawCode the code as it stood in the body, in text form, or null
         * @param rawMessage the message as it stood in the body, or null
         * @param details the structured details by JSON member name, or null; copied
         * @return the error's response
         */
        public ErrorResponse error(String rawCode, String rawMessage, Map<String, ?> details) {
            return new ErrorResponse(httpStatus, rawCode, rawMessage, copyOf(details), shared());
        }

        /**
         * Counts one more error made of this response as an item of a batch or nested in details, so that a
         * decoder can stop at a bound however many a body holds.
         *
         * @param most how many the decoder makes at most
         * @return whether this one is within {@code most}
         */
        public boolean countItem(int most) {
            return ++items <= most;
        }

        private Shared shared() {
            if (shared == null) {
                shared = Shared.of(body, headers, headerNames, instance);
                body = null;
                headers = null;
            }
            return shared;
        }
    }

    /** What the errors of one response share: the head of its body, the headers kept and what they said. */
    private static final class Shared implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Most values kept of one header; a header sent more often than that is cut. */
        static final int MAX_VALUES = 8;
        /** Longest value kept of a header, in characters; a longer one is cut. */
        static final int MAX_VALUE_LENGTH = 1024;

        /** Longest start of a body kept, in bytes: enough for {@link #EXCERPT_LENGTH} characters of UTF-8. */
        static final int HEAD_BYTES = 4 * EXCERPT_LENGTH;

        /**
         * The start of the body as received, when it came as bytes (the body itself, when no longer); decoded
         * only if asked for.
         */
        private final byte[] bodyHead;
        private final boolean bodyCut;
        /** The excerpt of a body that came as text. */
        private final String textExcerpt;
        private transient String excerpt;
        @SuppressWarnings("serial") // unmodifiable JDK maps and lists of strings
        final Map<String, List<String>> headers;
        final String requestId;
        final Duration retryAfter;
        final Boolean retryable;
        final String instance;

        private Shared(byte[] bodyHead, boolean bodyCut, String textExcerpt, Map<String, List<String>> headers,
                String requestId, Duration retryAfter, Boolean retryable, String instance) {
            this.bodyHead = bodyHead;
            this.bodyCut = bodyCut;
            this.textExcerpt = textExcerpt;
            this.headers = headers;
            this.requestId = requestId;
            this.retryAfter = retryAfter;
            this.retryable = retryable;
            this.instance = instance;
        }

        static Shared ofText(String body) {
            return new Shared(null, false, excerpt(body), Collections.<String, List<String>>emptyMap(), null, null,
                    null, null);
        }

        static Shared of(byte[] body, Map<String, ? extends Collection<String>> all, HeaderNames names,
                String instance) {
            byte[] head = null;
            boolean cut = false;
            if (body != null) {
                // A body no longer than the head is kept as it is: copied, it would cost as much again, for an
                // excerpt that is seldom asked for. A longer one is copied, so as not to keep all of it.
                int kept = Math.min(body.length, HEAD_BYTES);
                head = body.length <= HEAD_BYTES ? body : Arrays.copyOf(body, kept);
                cut = body.length > kept;
            }
            Map<String, List<String>> headers = Collections.<String, List<String>>emptyMap();
            String requestId = null;
            Duration retryAfter = null;
            Boolean retryable = null;
            if (all != null && names != null) {
                try {
                    headers = kept(all, names);
                    requestId = first(headers, names.requestId);
                    String wait = first(headers, names.retryAfter);
                    if (wait != null) {
                        List<String> date = find(all, "Date");
                        Optional<Instant> sent = date == null ? Optional.<Instant>empty()
                                : RetryAfter.parseHttpDate(date.get(0));
                        retryAfter = RetryAfter.parse(wait, sent.isPresent() ? sent.get() : Instant.now()).orElse(null);
                    }
                    String retry = first(headers, names.retryable);
                    retryable = "true".equalsIgnoreCase(retry) ? Boolean.TRUE
                            : "false".equalsIgnoreCase(retry) ? Boolean.FALSE : null;
                } catch (RuntimeException e) {
                    // A map that fails while read (changed meanwhile, say): the response is kept without them.
                    headers = Collections.<String, List<String>>emptyMap();
                    requestId = null;
                    retryAfter = null;
                    retryable = null;
                }
            }
            return new Shared(head, cut, null, headers, requestId, retryAfter, retryable, instance);
        }

        /** The headers {@code names} names that the response has, by the catalog's name of each. */
        private static Map<String, List<String>> kept(Map<String, ? extends Collection<String>> all, HeaderNames names) {
            Map<String, List<String>> kept = null;
            for (String name : names.all) {
                if (name == null || kept != null && kept.containsKey(name)) {
                    continue;
                }
                List<String> values = find(all, name);
                if (values != null) {
                    if (kept == null) {
                        kept = new LinkedHashMap<String, List<String>>();
                    }
                    kept.put(name, values);
                }
            }
            return kept == null ? Collections.<String, List<String>>emptyMap() : Collections.unmodifiableMap(kept);
        }

        /** The values of header {@code name}, found ignoring case, bounded; null when it has none. */
        private static List<String> find(Map<String, ? extends Collection<String>> all, String name) {
            Collection<String> values = null;
            try {
                values = all.get(name);
            } catch (RuntimeException e) {
                // A sorted map whose comparator refuses the name: found by the scan below, if at all.
            }
            if (values == null) {
                for (Map.Entry<String, ? extends Collection<String>> header : all.entrySet()) {
                    if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
                        values = header.getValue();
                        break;
                    }
                }
            }
            if (values == null) {
                return null;
            }
            List<String> kept = new ArrayList<String>(Math.min(values.size(), MAX_VALUES));
            for (String value : values) {
                if (kept.size() == MAX_VALUES) {
                    break;
                }
                if (value != null) {
                    kept.add(value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value);
                }
            }
            return kept.isEmpty() ? null : Collections.unmodifiableList(kept);
        }

        private static String first(Map<String, List<String>> headers, String name) {
            List<String> values = name == null ? null : headers.get(name);
            return values == null ? null : values.get(0).trim();
        }

        String bodyExcerpt() {
            if (textExcerpt != null) {
                return textExcerpt;
            }
            String cached = excerpt;
            if (cached == null) {
                String head = bodyHead == null ? "" : new String(bodyHead, StandardCharsets.UTF_8);
                cached = excerpt(head);
                if (bodyCut && !cached.endsWith("...")) {
                    cached += "...";
                }
                excerpt = cached;
            }
            return cached;
        }
    }
}
