package dev.errata.processor.write.wire;

import dev.errata.processor.model.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What of a JSON value a generated decoder reads: all of it, or some members of an object (each with what of
 * its own value is read) and the items of an array. The generated {@code <Name>Json} keeps what is selected
 * and skips the rest, still checking it to its end, so that a fault anywhere in a body makes it malformed.
 *
 * @param all whether the whole value is kept
 * @param members of an object, the members kept, in the order the catalog names them
 * @param items of an array, what is kept of each item; empty when no item is
 */
record JsonSelection(boolean all, Map<String, JsonSelection> members, Optional<JsonSelection> items) {

    /** The whole value. */
    static final JsonSelection ALL = new JsonSelection(true, Map.of(), Optional.empty());

    /** Nothing of an object's members or an array's items; a scalar is always kept. */
    static final JsonSelection NONE = new JsonSelection(false, Map.of(), Optional.empty());

    JsonSelection {
        members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** What the decoder reads of an error object: its code, message, success flag and declared details (inside it). */
    static JsonSelection errorObject(Wire wire) {
        JsonSelection selection = NONE.with(wire.codePath(), ALL);
        if (wire.messagePath().isPresent()) {
            selection = selection.with(wire.messagePath().get(), ALL);
        }
        if (wire.successMember().isPresent()) {
            selection = selection.with(List.of(wire.successMember().get()), ALL);
        }
        if (wire.category().isPresent()) {
            selection = selection.with(wire.category().get().path(), ALL);
        }
        for (String detail : wire.details().keySet()) {
            selection = selection.with(inErrorObject(wire, Wire.detailPath(detail)), ALL);
        }
        return selection;
    }

    /** {@code path} inside the error object, from the body: [decline_code] → [error, decline_code]. */
    private static List<String> inErrorObject(Wire wire, List<String> path) {
        List<String> full = new java.util.ArrayList<>(wire.errorObjectPath());
        full.addAll(path);
        return full;
    }

    /** What the decoder reads of a whole body: an error object, and the results of a batch, each an error object. */
    static JsonSelection body(Wire wire) {
        JsonSelection error = errorObject(wire);
        if (wire.batchPath().isEmpty()) {
            return error;
        }
        JsonSelection results = new JsonSelection(false, Map.of(), Optional.of(error));
        List<String> path = wire.batchPath().get();
        return path.isEmpty() ? error.merge(results) : error.with(path, results);
    }

    /**
     * What the decoder reads of an {@code application/problem+json} body: status, code, detail, instance, category,
     * the details and the parameters carried as members of their own ({@code parameterMembers}).
     */
    static JsonSelection problem(Wire wire, java.util.Collection<String> parameterMembers) {
        JsonSelection selection = NONE.with(List.of("status"), ALL).with(List.of("code"), ALL)
                .with(List.of("detail"), ALL).with(List.of("instance"), ALL).with(List.of("category"), ALL);
        for (String detail : wire.details().keySet()) {
            selection = selection.with(Wire.detailPath(detail), ALL);
        }
        for (String parameter : parameterMembers) {
            selection = selection.with(List.of(parameter), ALL);
        }
        return selection;
    }

    /** This selection, also keeping {@code leaf} at {@code path} (object members, outermost first). */
    JsonSelection with(List<String> path, JsonSelection leaf) {
        JsonSelection inner = path.size() == 1 ? leaf : NONE.with(path.subList(1, path.size()), leaf);
        return merge(new JsonSelection(false, Map.of(path.get(0), inner), Optional.empty()));
    }

    /** What either selection keeps. */
    JsonSelection merge(JsonSelection other) {
        if (all || other.all) {
            return ALL;
        }
        Map<String, JsonSelection> merged = new LinkedHashMap<>(members);
        other.members.forEach((name, selection) -> merged.merge(name, selection, JsonSelection::merge));
        Optional<JsonSelection> mergedItems = items.isEmpty() ? other.items
                : other.items.isEmpty() ? items : Optional.of(items.get().merge(other.items.get()));
        return new JsonSelection(false, merged, mergedItems);
    }
}
