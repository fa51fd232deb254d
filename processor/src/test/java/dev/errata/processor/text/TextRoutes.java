package dev.errata.processor.text;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.processor.testing.CompiledClasses.call;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.errata.CatalogError;
import dev.errata.ErrorResponse;
import dev.errata.processor.model.JavaNames;
import dev.errata.processor.testing.CompiledClasses;
import dev.errata.processor.testing.JavadocText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every text of a {@link HostileCatalog} back from the code generated for it, through every route
 * a user has: the entries and their accessors, the category and HTTP-status enums, each way to make an
 * exception, the renderers and the decoders, and the doc comments as javac read them.
 */
final class TextRoutes {

    /** The decoders read bodies up to 1 MiB; a larger one is malformed by design. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final HostileCatalog catalog;
    private final CompiledClasses classes;
    private final Map<String, String> docs;
    private final String received;

    TextRoutes(HostileCatalog catalog, CompiledClasses classes, Map<String, String> docs) {
        this.catalog = catalog;
        this.classes = classes;
        this.docs = docs;
        // A message "as received": hostile text too, so that it travels through the same routes.
        this.received = catalog.source();
    }

    void check() {
        for (HostileCatalog.Entry entry : catalog.entries()) {
            checkEntry(entry);
            checkExceptions(entry);
            checkWire(entry);
        }
        checkHttpStatus();
        checkStatusOnly();
        checkDocs();
    }

    private Object code(HostileCatalog.Entry entry) {
        return catalog.integerCodes() ? (Object) Integer.valueOf(entry.code()) : entry.code();
    }

    private CatalogError lookup(HostileCatalog.Entry entry) {
        Optional<?> found = (Optional<?>) classes.callStatic("HostileError", "fromCode", code(entry));
        assertWithMessage("fromCode(%s)", entry.name()).that(found.isPresent()).isTrue();
        return (CatalogError) found.get();
    }

    private void checkEntry(HostileCatalog.Entry entry) {
        CatalogError error = lookup(entry);
        String what = entry.name() + ".";
        same(what + "codeString()", error.codeString(), entry.code());
        same(what + "message()", error.message(), entry.messageText());
        same(what + "description()", error.description(), entry.description());
        same(what + "solution()", error.solution(), entry.solution());
        same(what + "deprecated()", error.deprecated(), entry.deprecated().isPresent());
        if (entry == catalog.plain()) {
            Object category = ((Optional<?>) call(error, "category")).orElseThrow();
            same("category description()", call(category, "description"), Optional.of(catalog.categoryDescription()));
            same("categoryId()", error.categoryId(), Optional.of("funds"));
        }
    }

    private void checkExceptions(HostileCatalog.Entry entry) {
        String what = entry.name() + ": ";
        Throwable byCode = (Throwable) classes.callStatic("HostileErrors", "exceptionFor", code(entry), null);
        same(what + "exceptionFor(code, null)", byCode.getMessage(), entry.defaultText());
        same(what + "its class", byCode.getClass().getSimpleName(), exceptionClass(entry));
        Throwable asReceived = (Throwable) classes.callStatic("HostileErrors", "exceptionFor", code(entry), received);
        same(what + "exceptionFor(code, received)", asReceived.getMessage(), received);
        Throwable byEntry = (Throwable) classes.callStatic("HostileErrors", "exceptionFor", lookup(entry), null, null);
        same(what + "exceptionFor(entry, null, null)", byEntry.getMessage(), entry.defaultText());
        if (catalog.integerCodes()) {
            Throwable byText = (Throwable) classes.callStatic("HostileErrors", "exceptionFor", entry.code(), null);
            same(what + "exceptionFor(code text, null)", byText.getMessage(), entry.defaultText());
        }
        if (catalog.classPerCode()) {
            Class<?> leaf = classes.type(exceptionClass(entry));
            try {
                if (entry.parameterized()) {
                    String value = catalog.title();
                    Throwable filled = (Throwable) leaf.getConstructor(String.class).newInstance(value);
                    same(what + "new (value)", filled.getMessage(),
                            entry.message().orElseThrow() + value + entry.afterValue().orElseThrow());
                } else {
                    Throwable made = (Throwable) leaf.getConstructor().newInstance();
                    same(what + "new ()", made.getMessage(), entry.defaultText());
                    Throwable given = (Throwable) leaf.getConstructor(String.class).newInstance(received);
                    same(what + "new (received)", given.getMessage(), received);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(what + "constructing " + leaf, e);
            }
        }
    }

    private String exceptionClass(HostileCatalog.Entry entry) {
        if (catalog.classPerCode()) {
            return "Hostile" + entry.name() + "Exception";
        }
        return entry == catalog.plain() ? "HostileFundsException" : "HostileUncategorizedException";
    }

    /** toBody and toProblemJson, each read back by the decoder and, for the problem, by Jackson itself. */
    private void checkWire(HostileCatalog.Entry entry) {
        String what = entry.name() + ": ";
        String textDetail = catalog.wire().textDetail();
        String detailValue = catalog.description();
        Object exception = classes.callStatic("HostileErrors", "exceptionFor", code(entry), null);
        call(exception, "with" + capitalized(JavaNames.memberAccessor(textDetail)), detailValue);
        String message = ((Throwable) exception).getMessage();

        String body = (String) classes.callStatic("HostileErrors", "toBody", exception);
        if (fitsDecoder(body)) {
            Object decoded = ((Optional<?>) classes.callStatic("HostileErrors", "decode", 400, body)).orElseThrow();
            same(what + "decode(toBody) class", decoded.getClass(), exception.getClass());
            same(what + "decode(toBody) message", ((Throwable) decoded).getMessage(), message);
            same(what + "decode(toBody) code", call(decoded, "codeString"), entry.code());
            same(what + "decode(toBody) detail", call(decoded, JavaNames.memberAccessor(textDetail)),
                    Optional.of(detailValue));
            ErrorResponse response = (ErrorResponse) ((Optional<?>) call(decoded, "response")).orElseThrow();
            same(what + "response().rawMessage()", response.rawMessage(), Optional.of(message));
            same(what + "response().rawCode()", response.rawCode(), Optional.of(entry.code()));
        }

        String problem = (String) classes.callStatic("HostileErrors", "toProblemJson", exception);
        Map<String, String> members = topLevelTexts(problem);
        same(what + "problem title", members.get("title"), entry.defaultText());
        same(what + "problem detail", members.get("detail"), message);
        same(what + "problem code", members.get("code"), entry.code());
        same(what + "problem type", members.get("type"), catalog.wire().problemTypeBefore()
                + percentEncoded(entry.code()) + catalog.wire().problemTypeAfter());
        same(what + "problem detail member", members.get(textDetail), detailValue);
        if (fitsDecoder(problem)) {
            Object decoded = ((Optional<?>) classes.callStatic("HostileErrors", "fromProblemJson", problem)).orElseThrow();
            same(what + "fromProblemJson class", decoded.getClass(), exception.getClass());
            same(what + "fromProblemJson message", ((Throwable) decoded).getMessage(), message);
        }
    }

    private void checkHttpStatus() {
        CatalogError status = (CatalogError) ((Optional<?>) classes.callStatic("HostileErrors", "httpStatus",
                HostileCatalog.DOCUMENTED_STATUS)).orElseThrow();
        same("HTTP status message()", status.message(), Optional.of(catalog.statusMessage()));
        try {
            Throwable made = (Throwable) classes.type("HostileMissingException").getConstructor().newInstance();
            same("new HostileMissingException()", made.getMessage(), catalog.statusMessage());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        Object decoded = ((Optional<?>) classes.callStatic("HostileErrors", "decode", HostileCatalog.DOCUMENTED_STATUS,
                "{}")).orElseThrow();
        same("decode(404, {})", ((Throwable) decoded).getMessage(), catalog.statusMessage());
    }

    private void checkStatusOnly() {
        Object decoded = ((Optional<?>) classes.callStatic("HostileErrors", "decode", HostileCatalog.STATUS_ONLY,
                "{}")).orElseThrow();
        same("decode(429, {}) code", call(decoded, "codeString"), catalog.bare().code());
        same("decode(429, {}) message", ((Throwable) decoded).getMessage(), catalog.bare().defaultText());
    }

    /** The doc comments hold each text, as javac read them (a text that closed its comment does not). */
    private void checkDocs() {
        String type = "HostileError";
        assertDocHolds(type, catalog.title());
        assertDocHolds(type, catalog.location());
        if (catalog.enumForm()) {
            assertDocHolds(type, catalog.description());
            assertDocHolds(type, catalog.version());
            assertDocHolds(type, catalog.source());
        }
        assertDocHolds("HostileError.Category.FUNDS", catalog.categoryDescription());
        assertDocHolds("HostileFundsException", catalog.categoryDescription());
        assertDocHolds("HostileHttpStatus.MISSING", catalog.statusMessage());
        assertDocHolds("HostileMissingException", catalog.statusMessage());
        for (HostileCatalog.Entry entry : catalog.entries()) {
            String constant = entry == catalog.plain() ? "PLAIN" : entry == catalog.filled() ? "FILLED" : "BARE";
            String documented = catalog.enumForm() ? "HostileError." + constant
                    : catalog.classPerCode() ? "Hostile" + entry.name() + "Exception" : null;
            if (documented == null) {
                continue;
            }
            assertDocHolds(documented, entry.code());
            entry.messageText().ifPresent(text -> assertDocHolds(documented, text));
            entry.description().ifPresent(text -> assertDocHolds(documented, text));
            entry.solution().ifPresent(text -> assertDocHolds(documented, text));
            entry.deprecated().ifPresent(text -> assertDocHolds(documented, text));
            entry.documentedDetails().forEach((name, text) -> {
                assertDocHolds(documented, name);
                assertDocHolds(documented, text);
            });
        }
        for (String detail : catalog.wire().details().keySet()) {
            assertDocHolds("HostileException." + JavaNames.memberAccessor(detail) + "()", detail);
        }
    }

    private void assertDocHolds(String element, String text) {
        String comment = docs.get(element);
        assertWithMessage("doc comment of %s among %s", element, docs.keySet()).that(comment).isNotNull();
        String read = JavadocText.plain(comment);
        String wanted = JavadocText.spaced(text);
        if (!read.contains(wanted)) {
            // Where the comment stops holding the text tells most: compare from the text's first characters.
            int start = wanted.isEmpty() ? -1 : read.indexOf(wanted.substring(0, Math.min(8, wanted.length())));
            same("doc comment of " + element + " (holds the text)", start < 0 ? read : read.substring(start), wanted);
        }
    }

    /**
     * Asserts {@code actual} equals {@code expected}, and when not, says where they part, escaped: the texts
     * hold NUL, lone surrogates and line breaks, which reports would swallow or garble.
     */
    static void same(String what, Object actual, Object expected) {
        if (java.util.Objects.equals(actual, expected)) {
            return;
        }
        String got = String.valueOf(actual);
        String wanted = String.valueOf(expected);
        int at = 0;
        while (at < got.length() && at < wanted.length() && got.charAt(at) == wanted.charAt(at)) {
            at++;
        }
        throw new AssertionError(what + ": differs at index " + at + " (lengths " + wanted.length() + " expected, "
                + got.length() + " actual)\n  expected: " + shown(wanted, at) + "\n  actual:   " + shown(got, at));
    }

    /** Up to 60 characters around {@code at}, as a Java literal. */
    private static String shown(String text, int at) {
        int from = Math.max(0, at - 30);
        int to = Math.min(text.length(), at + 30);
        StringBuilder out = new StringBuilder(from > 0 ? "..." : "").append('"');
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? String.valueOf(c)
                    : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
        return out.append('"').append(to < text.length() ? "..." : "").toString();
    }

    private static boolean fitsDecoder(String body) {
        return body.getBytes(StandardCharsets.UTF_8).length <= MAX_BODY_BYTES;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** As RFC 3986 has it for a path segment: unreserved characters as they are, every other byte %XX. */
    private static String percentEncoded(String code) {
        if (code.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (byte b : code.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    /** The top-level members of a JSON object that are strings or numbers, as text, read by Jackson. */
    private static Map<String, String> topLevelTexts(String json) {
        Map<String, String> members = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new AssertionError("not a JSON object: " + json);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
                    members.put(name, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }
}
