package dev.errata.processor.bind;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.DetailKind;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.model.Wire;
import dev.errata.processor.yaml.YamlNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Binds the optional {@code wire} section: where codes and messages stand in a vendor's JSON bodies. */
final class WireBinder {

    static final List<String> WIRE_KEYS = List.of("code", "message", "success", "errorsInSuccess", "statusOnly", "batch",
            "problemType", "details");

    private static final Pattern MEMBER_PATH = Pattern.compile("[^.\\s]+(\\.[^.\\s]+)*");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");

    /** Accessors every generated exception already has; a detail of the same name would clash. */
    private static final Set<String> TAKEN_ACCESSORS = Set.of("error", "codeString", "retryable", "response", "attach",
            "getMessage", "getCause", "getLocalizedMessage", "getStackTrace", "getSuppressed", "toString", "hashCode",
            "getClass", "category", "failures", "itemCount", "wait", "notify", "notifyAll", "clone", "finalize");

    private final Diagnostics diagnostics;

    WireBinder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<Wire> bind(YamlNode.Mapping node, String catalogName, CodeType codeType, OptionalInt codeBase,
            List<ErrorEntry> errors) {
        MappingReader wire = new MappingReader(node, "the wire section", WIRE_KEYS, diagnostics);
        if (!wire.require("code", "the JSON member holding the code, like 'error_code'")) {
            return Optional.empty();
        }
        Optional<List<String>> code = path(wire, "code");
        Optional<List<String>> message = path(wire, "message");
        Optional<String> success = wire.text("success");
        boolean errorsInSuccess = wire.bool("errorsInSuccess").orElse(false);
        Map<Integer, ErrorEntry> statusOnly = statusOnly(wire, codeType, codeBase, errors);
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
                diagnostics.report(Message.WIRE_PATH, wire.positionOf(key), "wire." + key, text);
                return Optional.empty();
            }
            return Optional.of(Arrays.asList(text.split("\\.")));
        });
    }

    /** With {@code codes.base}, the codes are written as the entries write theirs: as offsets from the base. */
    private Map<Integer, ErrorEntry> statusOnly(MappingReader wire, CodeType codeType, OptionalInt codeBase,
            List<ErrorEntry> errors) {
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
                    if (target.isEmpty()) {
                        diagnostics.report(Message.WIRE_UNKNOWN_CODE, entry.value().position(), "'" + text + "'");
                    } else {
                        statusOnly.put(status.getAsInt(), target.get());
                    }
                });
            }
        });
        return statusOnly;
    }

    private Map<String, DetailKind> details(MappingReader wire) {
        Map<String, DetailKind> details = new LinkedHashMap<>();
        wire.mapping("details").ifPresent(mapping -> {
            for (YamlNode.Entry entry : mapping.entries()) {
                String name = entry.key().value();
                String accessor = JavaNames.memberAccessor(name);
                if (accessor.isEmpty() || !Character.isJavaIdentifierStart(accessor.charAt(0))
                        || !accessor.chars().allMatch(Character::isJavaIdentifierPart)
                        || JavaNames.isKeyword(accessor)) {
                    diagnostics.report(Message.WIRE_DETAIL_NAME, entry.key().position(), accessor,
                            "is not a Java identifier");
                    continue;
                }
                if (TAKEN_ACCESSORS.contains(accessor)) {
                    diagnostics.report(Message.WIRE_DETAIL_NAME, entry.key().position(), accessor,
                            "is taken by a method every exception already has");
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
