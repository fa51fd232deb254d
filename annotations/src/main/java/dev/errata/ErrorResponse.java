package dev.errata;

import java.io.Serializable;
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
    private final String bodyExcerpt;
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
        this.httpStatus = httpStatus;
        this.rawCode = rawCode;
        this.rawMessage = rawMessage;
        this.bodyExcerpt = excerpt(body);
        this.details = details == null || details.isEmpty() ? Collections.<String, Object>emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<String, Object>(details));
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
        return bodyExcerpt;
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
