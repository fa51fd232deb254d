package dev.errata.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a catalog's errors look in HTTP responses: where the code and message stand in a JSON body, and what
 * else the body may carry. Drives the generated decoder and renderers.
 *
 * @param codePath the member holding the code, as path segments ({@code error.code} → [error, code])
 * @param codeAfter text that ends a namespace before the code ({@code #} of AWS's shape ids), if the member may
 *     hold one
 * @param messagePath the member holding the message, if any
 * @param successMember a boolean member meaning "not an error" when true, if any
 * @param errorsInSuccess whether errors may arrive inside 2xx responses
 * @param statusOnly errors known only by their HTTP status: status → entry
 * @param batchPath where per-object results stand: empty list for the body itself, else the member path;
 *     absent when the API has no batch responses
 * @param problemType the RFC 9457 {@code type} template, with {@code {code}} (the code, percent-encoded) or
 *     {@link #ANCHOR_PLACEHOLDER} (the code's docs anchor) at most once
 * @param category the member naming an error's category beside (or instead of) its code, if any
 * @param warningsPath the member holding the warnings of a response (a success's too): codes, comma-separated or
 *     a list, if the catalog names one
 * @param headers the headers read from responses, by their role
 * @param details typed details by their path as written (members joined with dots), relative to the error
 *     object ({@link #errorObjectPath()}), in catalog order
 */
public record Wire(
        List<String> codePath,
        Optional<String> codeAfter,
        Optional<List<String>> messagePath,
        Optional<String> successMember,
        boolean errorsInSuccess,
        Map<Integer, ErrorEntry> statusOnly,
        Optional<List<String>> batchPath,
        String problemType,
        Optional<CategoryMember> category,
        Optional<List<String>> warningsPath,
        Headers headers,
        Map<String, DetailKind> details) {

    /** Where a problem type template takes the code, percent-encoded. */
    public static final String CODE_PLACEHOLDER = "{code}";

    /** Where a problem type template takes the code's docs anchor ({@code dev.errata.DocsAnchor}). */
    public static final String ANCHOR_PLACEHOLDER = "{anchor}";

    public Wire {
        codePath = List.copyOf(codePath);
        messagePath = messagePath.map(List::copyOf);
        statusOnly = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(statusOnly));
        batchPath = batchPath.map(List::copyOf);
        warningsPath = warningsPath.map(List::copyOf);
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }

    /**
     * The members a problem+json document holds of its own, RFC 9457's and Errata's, where the details and the
     * parameters are written too: none of these may overwrite one of them.
     */
    public static final List<String> PROBLEM_MEMBERS = List.of("type", "title", "status", "detail", "instance", "code",
            "retryable", "category");

    /**
     * A member of error bodies that names the error's category ({@code wire.category}): Stripe's
     * {@code error.type}, which says {@code card_error} for every card error, listed or not, and is all that some
     * errors carry. An error whose code the catalog does not list, or that has none, is thrown as that category's.
     *
     * @param path the member, from the body (segments)
     * @param values each value the member takes, as the body writes it, and its category, in catalog order
     */
    public record CategoryMember(List<String> path, Map<String, Category> values) {

        public CategoryMember {
            path = List.copyOf(path);
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }

        /** The value written for {@code category}: the first the catalog maps to it, if any. */
        public Optional<String> valueOf(Category category) {
            return values.entrySet().stream().filter(e -> e.getValue().equals(category)).map(Map.Entry::getKey)
                    .findFirst();
        }
    }

    /**
     * The headers a decoder reads from a response ({@code wire.headers}), each an HTTP header name as the
     * catalog writes it (looked up ignoring case).
     *
     * @param requestId the header holding the request's id ({@code Request-Id}), if any
     * @param retryAfter the header holding the time to wait before retrying: {@code Retry-After} unless the
     *     catalog names another
     * @param retryable the header saying whether a retry may succeed ({@code Stripe-Should-Retry}), if any
     * @param keep further headers kept as received, in catalog order
     */
    public record Headers(Optional<String> requestId, Optional<String> retryAfter, Optional<String> retryable,
            List<String> keep) {

        /** The standard header of RFC 9110, read unless the catalog names another. */
        public static final String RETRY_AFTER = "Retry-After";

        /** What a catalog that names no header reads: {@code Retry-After}. */
        public static final Headers DEFAULT = new Headers(Optional.empty(), Optional.of(RETRY_AFTER), Optional.empty(),
                List.of());

        public Headers {
            keep = List.copyOf(keep);
        }
    }

    /**
     * Whether the decoder makes errors by the many from one body: the items of a batch, errors nested in details.
     * It makes them without a stack trace.
     */
    public static boolean makesItems(Optional<Wire> wire) {
        return wire.isPresent() && (wire.get().batchPath().isPresent()
                || wire.get().details().containsValue(DetailKind.ERRORS_BY_NAME)
                || wire.get().details().containsValue(DetailKind.ERRORS_BY_INDEX));
    }

    /**
     * Where the error object stands in a body: the object that holds the code, whose members the details are
     * ({@code error.code} → [error]); empty when the code is a member of the body itself.
     */
    public List<String> errorObjectPath() {
        return codePath.subList(0, codePath.size() - 1);
    }

    /** A detail's path inside the error object, as segments: {@code payment_method.id} → [payment_method, id]. */
    public static List<String> detailPath(String detail) {
        return List.of(detail.split("\\.", -1));
    }
}
