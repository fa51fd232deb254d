package dev.errata.processor.bind;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.DetailKind;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ExceptionMembers;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.model.Wire;
import dev.errata.processor.yaml.YamlNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Binds the optional {@code wire} section: where codes and messages stand in a vendor's JSON bodies. */
final class WireBinder {

    static final List<String> WIRE_KEYS = List.of("code", "message", "success", "errorsInSuccess", "statusOnly", "batch",
            "problemType", "details");

    private static final Pattern MEMBER_PATH = Pattern.compile("[^.\\s]+(\\.[^.\\s]+)*");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");

    private final Diagnostics diagnostics;

    WireBinder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param codeBase what integer codes are counted from, if the catalog says
     * @param errors the catalog's entries
     * @param errorsComplete whether every entry could be bound: else a code that names none is most likely
     *     one that could not be read, already reported, and is not reported again
     */
    Optional<Wire> bind(YamlNode.Mapping node, String catalogName, CodeType codeType, OptionalInt codeBase,
            List<ErrorEntry> errors, boolean errorsComplete) {
        MappingReader wire = new MappingReader(node, "the wire section", WIRE_KEYS, diagnostics);
        if (!wire.require("code", "the JSON member holding the code, like 'error_code'")) {
            return Optional.empty();
        }
        Optional<List<String>> code = path(wire, "code");
        Optional<List<String>> message = path(wire, "message");
        Optional<String> success = wire.text("success").filter(member -> wellFormed(wire, "success", member));
        boolean errorsInSuccess = wire.bool("errorsInSuccess").orElse(false);
        Map<Integer, ErrorEntry> statusOnly = statusOnly(wire, codeType, codeBase, errors, errorsComplete);
        Optional<List<String>> batch = wire.text("batch").flatMap(text -> text.equals("$") ? Optional.of(List.<String>of())
                : path(wire, "batch"));
        String problemType = wire.text("problemType").orElse("urn:errata:" + catalogName + ":{code}");
        if (problemType.indexOf("{code}") != problemType.lastIndexOf("{code}") || problemType.isBlank()) {
            diagnostics.report(Message.WIRE_PROBLEM_TYPE, wire.positionOf("problemType"), problemType);
        }
        Map<String, DetailKind> details = details(wire);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Wire(code.get(), message, success, errorsInSuccess, statusOnly, batch, problemType, details));
    }

    private Optional<List<String>> path(MappingReader wire, String key) {
        return wire.text(key).flatMap(text -> {
            if (!MEMBER_PATH.matcher(text).matches()) {
                diagnostics.report(Message.WIRE_PATH, wire.positionOf(key), "wire." + key, text,
                        "Write the member's name as it stands in the body");
                return Optional.empty();
            }
            if (!wellFormed(wire, key, text)) {
                return Optional.empty();
            }
            List<String> segments = Arrays.asList(text.split("\\."));
            Optional<String> jsonPath = jsonPathAdvice(segments);
            if (jsonPath.isPresent()) {
                diagnostics.report(Message.WIRE_PATH, wire.positionOf(key), "wire." + key, text, jsonPath.get());
                return Optional.empty();
            }
            return Optional.of(segments);
        });
    }

    /**
     * Whether a member name (or path) is well-formed Unicode; else reports it. Half of a surrogate pair has no
     * UTF-8, so no body can hold it, and Jackson refuses it in a member name even escaped: the decoder would
     * never find the member, though the code compiles.
     */
    private boolean wellFormed(MappingReader wire, String key, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                diagnostics.report(Message.WIRE_PATH, wire.positionOf(key), "wire." + key, text, "It holds half of a"
                        + " surrogate pair, which no JSON body can hold: write the member's name as it stands in the body");
                return false;
            }
        }
        return true;
    }

    /**
     * What to write instead of a JSONPath expression ({@code $.error.code}, {@code errors[0].code},
     * {@code errors.*}), which a member path would take literally and so never match; empty for a path
     * without JSONPath syntax. A member whose name really is {@code $} or holds brackets cannot be named.
     */
    private static Optional<String> jsonPathAdvice(List<String> segments) {
        boolean root = segments.get(0).equals("$");
        boolean indexed = segments.stream().anyMatch(s -> s.indexOf('[') >= 0 || s.indexOf(']') >= 0);
        boolean wildcard = segments.contains("*");
        if (!root && !indexed && !wildcard) {
            return Optional.empty();
        }
        if (indexed || wildcard) {
            return Optional.of("Paths are not JSONPath and cannot step into a list ('[0]', '*'): name members of"
                    + " objects only, like 'error.code'");
        }
        List<String> members = segments.subList(1, segments.size());
        return Optional.of(members.isEmpty() ? "Paths are not JSONPath: '$' alone stands for the body only in"
                + " wire.batch" : "Paths are not JSONPath: write '" + String.join(".", members) + "', without '$.'");
    }

    /** With {@code codes.base}, the codes are written as the entries write theirs: as offsets from the base. */
    private Map<Integer, ErrorEntry> statusOnly(MappingReader wire, CodeType codeType, OptionalInt codeBase,
            List<ErrorEntry> errors, boolean errorsComplete) {
        Map<Integer, ErrorEntry> statusOnly = new LinkedHashMap<>();
        wire.mapping("statusOnly").ifPresent(mapping -> {
            for (YamlNode.Entry entry : mapping.entries()) {
                OptionalInt status = entry.key().plain() && DECIMAL.matcher(entry.key().value()).matches()
                        && entry.key().value().length() <= 3 ? OptionalInt.of(Integer.parseInt(entry.key().value()))
                        : OptionalInt.empty();
                if (status.isEmpty() || status.getAsInt() < 100 || status.getAsInt() > 599) {
                    diagnostics.report(Message.WIRE_STATUS_KEY, entry.key().position(), entry.key().value());
                    continue;
                }
                wire.asText("statusOnly", entry.value()).ifPresent(text -> {
                    String wanted = codeType == CodeType.INTEGER && DECIMAL.matcher(text).matches()
                            ? new BigInteger(text).add(BigInteger.valueOf(codeBase.orElse(0))).toString() : text;
                    Optional<ErrorEntry> target = errors.stream().filter(e -> e.code().equals(wanted)).findFirst();
                    if (target.isEmpty() && errorsComplete) {
                        diagnostics.report(Message.WIRE_UNKNOWN_CODE, entry.value().position(), "'" + text + "'");
                    } else if (target.isPresent()) {
                        statusOnly.put(status.getAsInt(), target.get());
                    }
                });
            }
        });
        return statusOnly;
    }

    private Map<String, DetailKind> details(MappingReader wire) {
        Map<String, DetailKind> details = new LinkedHashMap<>();
        Map<String, YamlNode.Scalar> byAccessor = new HashMap<>();
        wire.mapping("details").ifPresent(mapping -> {
            for (YamlNode.Entry entry : mapping.entries()) {
                String name = entry.key().value();
                String accessor = JavaNames.memberAccessor(name);
                if (accessor.isEmpty() || !Character.isJavaIdentifierStart(accessor.charAt(0))
                        || !accessor.chars().allMatch(Character::isJavaIdentifierPart)
                        || JavaNames.isKeyword(accessor)) {
                    diagnostics.report(Message.WIRE_DETAIL_NAME, entry.key().position(), accessor,
                            "that name is not a Java identifier");
                    continue;
                }
                Optional<String> taken = ExceptionMembers.takenForDetail(accessor);
                if (taken.isPresent()) {
                    diagnostics.report(Message.WIRE_DETAIL_NAME, entry.key().position(), accessor, taken.get());
                    continue;
                }
                YamlNode.Scalar earlier = byAccessor.putIfAbsent(accessor, entry.key());
                if (earlier != null) {
                    diagnostics.report(Message.WIRE_DETAIL_NAME, entry.key().position(), accessor, "detail '"
                            + earlier.value() + "' (line " + earlier.position().line() + ") becomes that accessor already");
                    continue;
                }
                wire.asText(name, entry.value()).ifPresent(word -> {
                    Optional<DetailKind> kind = DetailKind.fromKeyword(word);
                    if (kind.isEmpty()) {
                        diagnostics.report(Message.WIRE_DETAIL_KIND, entry.value().position(), DetailKind.keywords(), name,
                                word);
                    } else {
                        details.put(name, kind.get());
                    }
                });
            }
        });
        return details;
    }

}
