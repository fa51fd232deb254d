package dev.errata.processor.docs;

import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.MessageTemplate;
import dev.errata.processor.model.Wire;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bodies the generated {@code <Name>Renderer} writes for an exception of one code that carries the
 * catalog's message and no details, as JSON as Java: the vendor's body ({@code toBody}) and RFC 9457
 * problem+json ({@code toProblemJson}). Docs show them as examples.
 *
 * <p>These follow {@link dev.errata.processor.write.wire.RendererWriter} rule for rule; the example module's
 * DocsExampleBodiesTest compiles the seed catalogs and compares every example of their docs with what the
 * compiled renderer writes, so that a change to one without the other fails the build.
 */
public final class ExampleBodies {

    private ExampleBodies() {}

    /** The text an exception of {@code entry} carries when made from the code alone: message, else description, else code. */
    public static String exceptionMessage(ErrorEntry entry) {
        return entry.message().or(entry::description).orElse(entry.code());
    }

    /** The vendor's body, if the catalog has a {@code wire} section. */
    public static Optional<Map<String, Object>> vendorBody(Catalog catalog, ErrorEntry entry) {
        if (catalog.wire().isEmpty()) {
            return Optional.empty();
        }
        Wire wire = catalog.wire().get();
        Map<String, Object> body = new LinkedHashMap<>();
        wire.successMember().ifPresent(member -> body.put(member, Boolean.FALSE));
        put(body, code(catalog, entry), wire.codePath());
        wire.messagePath().ifPresent(path -> put(body, exceptionMessage(entry), path));
        wire.category().ifPresent(member -> entry.category().flatMap(member::valueOf)
                .ifPresent(value -> put(body, value, member.path())));
        return Optional.of(body);
    }

    /** The problem+json document, if the catalog has a {@code wire} section. */
    public static Optional<Map<String, Object>> problemJson(Catalog catalog, ErrorEntry entry) {
        if (catalog.wire().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", problemType(catalog.wire().get().problemType(), entry.code()));
        problem.put("title", title(catalog, entry));
        if (entry.httpStatus().isPresent()) {
            problem.put("status", entry.httpStatus().getAsInt());
        }
        problem.put("detail", exceptionMessage(entry));
        problem.put("code", entry.code());
        problem.put("retryable", entry.retryable());
        if (!catalog.categories().isEmpty()) {
            entry.category().ifPresent(category -> problem.put("category", category.id()));
        }
        return Optional.of(problem);
    }

    /**
     * The problem's {@code title}: a message without placeholders as the catalog's syntax reads it, else the
     * message the exception carries (here the template itself), else the description, else the code.
     */
    private static String title(Catalog catalog, ErrorEntry entry) {
        if (entry.message().isEmpty()) {
            return exceptionMessage(entry);
        }
        String template = entry.message().get();
        return switch (catalog.messageSyntax()) {
            case NAMED -> {
                MessageTemplate parsed = MessageTemplate.parse(template);
                yield parsed.placeholderNames().isEmpty() ? parsed.literalText() : template;
            }
            case PRINTF -> template.replace("%%", "").indexOf('%') >= 0 ? template : template.replace("%%", "%");
            case NONE -> template;
        };
    }

    /** A code as the vendor writes it: a number for integer codes. */
    private static Object code(Catalog catalog, ErrorEntry entry) {
        if (catalog.codeType() == CodeType.INTEGER && isShortInteger(entry.code())) {
            return new BigDecimal(entry.code());
        }
        return entry.code();
    }

    /** Whether {@code code} is an optional minus and 1 to 10 ASCII digits (by hand: a regex compiled per code was slow). */
    private static boolean isShortInteger(String code) {
        int first = code.startsWith("-") ? 1 : 0;
        if (code.length() - first < 1 || code.length() - first > 10) {
            return false;
        }
        for (int i = first; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, Object value, List<String> path) {
        Map<String, Object> object = body;
        for (int i = 0; i < path.size() - 1; i++) {
            Object next = object.get(path.get(i));
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                object.put(path.get(i), next);
            }
            object = (Map<String, Object>) next;
        }
        object.put(path.get(path.size() - 1), value);
    }

    /**
     * The problem {@code type} of a code: the template with the code percent-encoded for {@code {code}}, or its
     * docs anchor ({@link CodeFacts#anchor}) for {@code {anchor}}.
     */
    public static String problemType(String template, String code) {
        if (code.isEmpty()) {
            return "about:blank";
        }
        int anchor = template.indexOf(Wire.ANCHOR_PLACEHOLDER);
        if (anchor >= 0) {
            return template.substring(0, anchor) + CodeFacts.anchor(code)
                    + template.substring(anchor + Wire.ANCHOR_PLACEHOLDER.length());
        }
        StringBuilder out = new StringBuilder();
        for (byte b : code.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c & 0xFF));
            }
        }
        int at = template.indexOf("{code}");
        return at < 0 ? template : template.substring(0, at) + out + template.substring(at + "{code}".length());
    }
}
