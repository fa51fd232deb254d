package dev.errata.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a catalog's errors look in HTTP responses: where the code and message stand in a JSON body, and what
 * else the body may carry. Drives the generated decoder and renderers.
 *
 * @param codePath the member holding the code, as path segments ({@code error.code} → [error, code])
 * @param messagePath the member holding the message, if any
 * @param successMember a boolean member meaning "not an error" when true, if any
 * @param errorsInSuccess whether errors may arrive inside 2xx responses
 * @param statusOnly errors known only by their HTTP status: status → entry
 * @param batchPath where per-object results stand: empty list for the body itself, else the member path;
 *     absent when the API has no batch responses
 * @param problemType the RFC 9457 {@code type} template, with {@code {code}}
 * @param details typed details by their path as written (members joined with dots), relative to the error
 *     object ({@link #errorObjectPath()}), in catalog order
 */
public record Wire(
        List<String> codePath,
        Optional<List<String>> messagePath,
        Optional<String> successMember,
        boolean errorsInSuccess,
        Map<Integer, ErrorEntry> statusOnly,
        Optional<List<String>> batchPath,
        String problemType,
        Map<String, DetailKind> details) {

    public Wire {
        codePath = List.copyOf(codePath);
        messagePath = messagePath.map(List::copyOf);
        statusOnly = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(statusOnly));
        batchPath = batchPath.map(List::copyOf);
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
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
