package dev.errata.processor.bind;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.SourcePosition;
import dev.errata.processor.model.Category;
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

    static final List<String> WIRE_KEYS = List.of("code", "codeAfter", "message", "success", "errorsInSuccess", "statusOnly", "batch",
            "problemType", "docsBaseUrl", "category", "warnings", "headers", "details");

    static final List<String> CATEGORY_KEYS = List.of("member", "values");

    static final List<String> HEADER_KEYS = List.of("requestId", "retryAfter", "retryable", "keep");

    /** An HTTP field name: a token of RFC 9110 (section 5.1), letters, digits and {@code !#$%&'*+-.^_`|~}. */
    /** A URL with a scheme and no blanks: {@code https://docs.example.com/errors/}. */
    private static final Pattern ABSOLUTE_URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^\\s]+");

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

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
    /**
     * Finds the category a wire value names by its id, reporting an id that names none where it stands; the
     * catalog's binder, so that references from the wire section are checked as entries' are.
     */
    interface CategoryReferences {
        Optional<Category> find(String id, SourcePosition at);
    }

    Optional<Wire> bind(YamlNode.Mapping node, String catalogName, CodeType codeType, OptionalInt codeBase,
            List<ErrorEntry> errors, boolean errorsComplete, CategoryReferences categories) {
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
        String problemType = problemType(wire, catalogName);
        Optional<Wire.CategoryMember> category = wire.mapping("category").flatMap(mapping -> category(mapping, categories));
        Optional<List<String>> warnings = path(wire, "warnings");
        Wire.Headers headers = wire.mapping("headers").map(this::headers).orElse(Wire.Headers.DEFAULT);
        Map<String, DetailKind> details = details(wire, code.orElse(List.of("")));
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> codeAfter = wire.text("codeAfter").filter(text -> {
            if (text.isEmpty()) {
                diagnostics.report(Message.WRONG_TYPE, wire.positionOf("codeAfter"), "'wire.codeAfter'",
                        "the text ending a namespace before the code, like '#'", "empty", "Write the separator, or remove"
                        + " the key");
                return false;
            }
            return true;
        });
        return Optional.of(new Wire(code.get(), codeAfter, message, success, errorsInSuccess, statusOnly, batch, problemType, category,
                warnings, headers, details));
    }

    /**
     * The problem type template: {@code wire.problemType} as written, else the docs page's anchors under
     * {@code wire.docsBaseUrl} ({@code <base><Name>.html#{anchor}}), else {@code urn:errata:<Name>:{code}}.
     */
    private String problemType(MappingReader wire, String catalogName) {
        Optional<String> written = wire.text("problemType");
        Optional<String> docsBase = wire.text("docsBaseUrl");
        if (docsBase.isPresent()) {
            String base = docsBase.get();
            if (written.isPresent()) {
                diagnostics.report(Message.WIRE_DOCS_BASE_URL, wire.positionOf("docsBaseUrl"),
                        "wire.problemType is given too", "Keep one of the two");
            } else if (!ABSOLUTE_URL.matcher(base).matches() || !base.endsWith("/")) {
                diagnostics.report(Message.WIRE_DOCS_BASE_URL, wire.positionOf("docsBaseUrl"),
                        "'" + base + "' is not one", "Write the folder the pages are served from, like"
                                + " 'https://docs.example.com/errors/'");
            } else {
                return base + catalogName + ".html#" + Wire.ANCHOR_PLACEHOLDER;
            }
        }
        String problemType = written.orElse("urn:errata:" + catalogName + ":" + Wire.CODE_PLACEHOLDER);
        if (placeholders(problemType) > 1 || problemType.isBlank()) {
            diagnostics.report(Message.WIRE_PROBLEM_TYPE, wire.positionOf("problemType"), problemType);
        }
        return problemType;
    }

    private static int placeholders(String template) {
        int count = 0;
        for (String placeholder : List.of(Wire.CODE_PLACEHOLDER, Wire.ANCHOR_PLACEHOLDER)) {
            for (int at = template.indexOf(placeholder); at >= 0; at = template.indexOf(placeholder, at + 1)) {
                count++;
            }
        }
        return count;
    }

    private Optional<List<String>> path(MappingReader wire, String key) {
        return wire.text(key).flatMap(text -> path("wire." + key, text, wire.positionOf(key)));
    }

    /** The segments of a member path, or empty when it is not one (reported). */
    private Optional<List<String>> path(String what, String text, SourcePosition position) {
        if (!MEMBER_PATH.matcher(text).matches()) {
            diagnostics.report(Message.WIRE_PATH, position, what, text, "Write the member's name as it stands in the body");
            return Optional.empty();
        }
        if (!wellFormed(what, text, position)) {
            return Optional.empty();
        }
        List<String> segments = Arrays.asList(text.split("\\."));
        // A detail may be a member named '$' itself; anywhere else, or before a dot, '$' is JSONPath's.
        boolean dollarMember = what.equals("wire.details") && segments.equals(List.of("$"));
        Optional<String> jsonPath = dollarMember ? Optional.empty() : jsonPathAdvice(segments);
        if (jsonPath.isPresent()) {
            diagnostics.report(Message.WIRE_PATH, position, what, text, jsonPath.get());
            return Optional.empty();
        }
        return Optional.of(segments);
    }

    /**
     * Whether a member name (or path) is well-formed Unicode; else reports it. Half of a surrogate pair has no
     * UTF-8, so no body can hold it, and Jackson refuses it in a member name even escaped: the decoder would
     * never find the member, though the code compiles.
     */
    private boolean wellFormed(MappingReader wire, String key, String text) {
        return wellFormed("wire." + key, text, wire.positionOf(key));
    }

    private boolean wellFormed(String what, String text, SourcePosition position) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                diagnostics.report(Message.WIRE_PATH, position, what, text, "It holds half of a"
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

    private Optional<Wire.CategoryMember> category(YamlNode.Mapping node, CategoryReferences categories) {
        MappingReader category = new MappingReader(node, "the wire.category section", CATEGORY_KEYS, diagnostics);
        boolean complete = category.require("member", "the JSON member naming the category, like 'error.type'")
                & category.require("values", "each value of the member and the id of its category, like"
                        + " 'card_error: card'");
        Optional<List<String>> member = category.text("member")
                .flatMap(text -> path("wire.category.member", text, category.positionOf("member")));
        Map<String, Category> values = new LinkedHashMap<>();
        category.mapping("values").ifPresent(mapping -> {
            for (YamlNode.Entry entry : mapping.entries()) {
                category.asText(entry.key().value(), entry.value())
                        .flatMap(id -> categories.find(id, entry.value().position()))
                        .ifPresent(found -> values.put(entry.key().value(), found));
            }
        });
        return complete && member.isPresent() ? Optional.of(new Wire.CategoryMember(member.get(), values))
                : Optional.empty();
    }

    private Wire.Headers headers(YamlNode.Mapping node) {
        MappingReader headers = new MappingReader(node, "the wire.headers section", HEADER_KEYS, diagnostics);
        List<String> keep = new java.util.ArrayList<>();
        headers.sequence("keep").ifPresent(list -> list.items().forEach(item -> headers.asText("keep", item)
                .flatMap(name -> headerName("wire.headers.keep", name, item.position())).ifPresent(keep::add)));
        return new Wire.Headers(headerName(headers, "requestId"),
                headers.has("retryAfter") ? headerName(headers, "retryAfter") : Optional.of(Wire.Headers.RETRY_AFTER),
                headerName(headers, "retryable"), keep);
    }

    private Optional<String> headerName(MappingReader headers, String key) {
        return headers.text(key).flatMap(name -> headerName("wire.headers." + key, name, headers.positionOf(key)));
    }

    private Optional<String> headerName(String what, String name, SourcePosition position) {
        if (!HEADER_NAME.matcher(name).matches()) {
            diagnostics.report(Message.WIRE_HEADER_NAME, position, what, name);
            return Optional.empty();
        }
        return Optional.of(name);
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

    /**
     * @param codePath where the code stands: the details are members of the object that holds it, so a path
     *     that starts with that object's name again most likely means the object itself, and is refused
     */
    private Map<String, DetailKind> details(MappingReader wire, List<String> codePath) {
        Map<String, DetailKind> details = new LinkedHashMap<>();
        Map<String, YamlNode.Scalar> byAccessor = new HashMap<>();
        List<String> errorObject = codePath.subList(0, codePath.size() - 1);
        wire.mapping("details").ifPresent(mapping -> {
            for (YamlNode.Entry entry : mapping.entries()) {
                String name = entry.key().value();
                Optional<List<String>> path = path("wire.details", name, entry.key().position());
                if (path.isEmpty()) {
                    continue;
                }
                if (!errorObject.isEmpty() && path.get().size() > errorObject.size()
                        && path.get().subList(0, errorObject.size()).equals(errorObject)) {
                    String inside = String.join(".", path.get().subList(errorObject.size(), path.get().size()));
                    diagnostics.report(Message.WIRE_DETAIL_PATH, entry.key().position(), String.join(".", errorObject),
                            name, inside);
                    continue;
                }
                String accessor = JavaNames.memberAccessor(name);
                if (accessor.isEmpty() || !Character.isJavaIdentifierStart(accessor.charAt(0))
                        || !accessor.chars().allMatch(Character::isJavaIdentifierPart)
                        || JavaNames.isKeyword(accessor)) {
                    diagnostics.report(Message.WIRE_DETAIL_NAME, entry.key().position(), accessor,
                            "that name is not a Java identifier");
                    continue;
                }
                if (Wire.PROBLEM_MEMBERS.contains(path.get().get(0))) {
                    diagnostics.report(Message.WIRE_DETAIL_PROBLEM_MEMBER, entry.key().position(), name,
                            path.get().get(0));
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
