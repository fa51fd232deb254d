package dev.errata;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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
        this(httpStatus, rawCode, rawMessage, null, false, excerpt(body), details);
    }

    private ErrorResponse(int httpStatus, String rawCode, String rawMessage, byte[] bodyHead, boolean bodyCut,
            String bodyExcerpt, Map<String, ?> details) {
        this.httpStatus = httpStatus;
        this.rawCode = rawCode;
        this.rawMessage = rawMessage;
        this.bodyHead = bodyHead;
        this.bodyCut = bodyCut;
        this.bodyExcerpt = bodyExcerpt;
        this.details = details == null || details.isEmpty() ? Collections.<String, Object>emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<String, Object>(details));
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
        if (body == null) {
            return new ErrorResponse(httpStatus, rawCode, rawMessage, null, false, "", details);
        }
        int kept = Math.min(body.length, 4 * EXCERPT_LENGTH);
        return new ErrorResponse(httpStatus, rawCode, rawMessage, Arrays.copyOf(body, kept), body.length > kept, null,
                details);
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

    @Override
    public String toString() {
        return "ErrorResponse{httpStatus=" + httpStatus + ", code=" + rawCode + ", message=" + rawMessage
                + ", details=" + details.keySet() + "}";
    }
}
