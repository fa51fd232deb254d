package dev.errata.processor.text;

import static dev.errata.processor.testing.YamlText.quoted;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

/**
 * A catalog with hostile text in every text field and string code: the catalog's title, description,
 * version and source; a category's description; an HTTP status's message; each entry's code (string
 * codes), message, template, description, solution, deprecation reason and documented details; the wire
 * section's member names, problem type and detail names. Its shape varies too: integer or string codes, an
 * enum or the table form, a class per code or per category.
 *
 * <p>Every text is kept as the vendor wrote it (for a message, with braces not yet doubled), so that a test
 * can tell what each route must give back.
 */
record HostileCatalog(
        String location,
        String title,
        String description,
        String version,
        String source,
        boolean integerCodes,
        boolean enumForm,
        boolean classPerCode,
        String categoryDescription,
        String statusMessage,
        Entry plain,
        Entry filled,
        Entry bare,
        Wire wire) {

    static final String NAME = "Hostile";

    /** Folders a catalog may be in: its location is written into comments and Javadoc too. */
    static final List<String> FOLDERS = List.of("catalogs", "C\\users\\$app", "end *\\u002a/ here",
            "$5 {{x}} @param <b>", "quote'\"s", "\u00e9\u20ac\ud83d\ude00", "tab\there");
    /**
     * The warnings each entry accepts: two entries may share a text, one has no message, and one may be
     * deprecated. Asked of the processor, as the set of warnings changes.
     */
    static final String SUPPRESSED = java.util.stream.Stream.of("duplicate-message", "missing-message", "deprecated")
            .filter(dev.errata.processor.diagnostic.Message::isSuppressibleWarning)
            .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    static final int CATEGORY_STATUS = 402;
    static final int DOCUMENTED_STATUS = 404;
    static final int STATUS_ONLY = 429;

    /**
     * One entry. {@code message} is the vendor's text; for the entry with a parameter, {@code message} is the
     * text before the placeholder {@code {value}} and {@code afterValue} the text after it.
     */
    record Entry(
            String code,
            String name,
            Optional<String> message,
            Optional<String> afterValue,
            Optional<String> description,
            Optional<String> solution,
            Optional<String> deprecated,
            Map<String, String> documentedDetails) {

        boolean parameterized() {
            return afterValue.isPresent();
        }

        /** What {@code message()} gives: the vendor's text, a placeholder left as {@code {value}}. */
        Optional<String> messageText() {
            return parameterized() ? Optional.of(message.orElseThrow() + "{value}" + afterValue.orElseThrow()) : message;
        }

        /** The message of an exception made without one: the catalog's message, else its description, else the code. */
        String defaultText() {
            return messageText().or(() -> description).orElse(code);
        }

        /** The message as the catalog writes it: literal braces doubled. */
        Optional<String> catalogMessage() {
            return parameterized()
                    ? Optional.of(doubled(message.orElseThrow()) + "{value}" + doubled(afterValue.orElseThrow()))
                    : message.map(Entry::doubled);
        }

        private static String doubled(String text) {
            return text.replace("{", "{{").replace("}", "}}");
        }
    }

    /** The wire section: where code, message and success flag stand, the problem type, and the details. */
    record Wire(
            String codeMember,
            String messageMember,
            String successMember,
            boolean errorsInSuccess,
            String problemTypeBefore,
            String problemTypeAfter,
            Map<String, String> details) {

        String problemType() {
            return problemTypeBefore + "{code}" + problemTypeAfter;
        }

        /** The detail of kind {@code text}: always there, so that a text value can travel through it. */
        String textDetail() {
            return details.keySet().iterator().next();
        }
    }

    static Arbitrary<HostileCatalog> arbitrary() {
        Arbitrary<String> text = HostileText.text();
        return Builders.withBuilder(() -> new Draft())
                .use(Arbitraries.of(FOLDERS)).inSetter((d, folder) -> d.location = folder + "/hostile.yaml")
                .use(text).inSetter((d, t) -> d.title = t)
                .use(text).inSetter((d, t) -> d.description = t)
                .use(text).inSetter((d, t) -> d.version = t)
                .use(text).inSetter((d, t) -> d.source = t)
                .use(Arbitraries.of(true, false)).inSetter((d, b) -> d.integerCodes = b)
                .use(Arbitraries.of(true, false)).inSetter((d, b) -> d.enumForm = b)
                .use(Arbitraries.of(true, false)).inSetter((d, b) -> d.classPerCode = b)
                .use(text).inSetter((d, t) -> d.categoryDescription = t)
                .use(text).inSetter((d, t) -> d.statusMessage = t)
                // Not empty: an empty code is refused (code-empty), as generated code reads it as no code.
                .use(text.filter(code -> !code.isEmpty()).list().ofSize(3).uniqueElements())
                .inSetter((d, codes) -> d.stringCodes = codes)
                .use(Arbitraries.integers().list().ofSize(3).uniqueElements())
                .inSetter((d, codes) -> d.integerCodeValues = codes)
                .use(text.list().ofSize(11)).inSetter((d, texts) -> d.texts = texts)
                .use(Arbitraries.of(true, false).list().ofSize(4)).inSetter((d, present) -> d.present = present)
                .use(text.list().ofMaxSize(2).uniqueElements()).inSetter((d, names) -> d.documentedDetailNames = names)
                .use(HostileText.member("#c")).inSetter((d, m) -> d.codeMember = m)
                .use(HostileText.member("#m")).inSetter((d, m) -> d.messageMember = m)
                .use(HostileText.member("#s")).inSetter((d, m) -> d.successMember = m)
                .use(Arbitraries.of(true, false)).inSetter((d, b) -> d.errorsInSuccess = b)
                .use(HostileText.mixed().list().ofSize(2)).inSetter((d, parts) -> d.problemType = parts)
                .use(detailNames()).inSetter((d, names) -> d.detailNames = names)
                .build(Draft::catalog);
    }

    /**
     * Names of typed details, one per kind: JSON member names whose Java accessors are identifiers (a
     * leading {@code $}: never a keyword, never a method every exception has), distinct as accessors. No dot:
     * a detail's name is a path, whose dots join members (nested paths are tested by the golden wire case).
     */
    private static Arbitrary<List<String>> detailNames() {
        Arbitrary<String> name = Arbitraries.strings().withChars("abcXYZ019$_-").ofMaxLength(5).map(s -> "$" + s);
        return name.list().ofSize(5).uniqueElements(n -> dev.errata.processor.model.JavaNames.memberAccessor(n));
    }

    /** Mutable, only while jqwik builds a catalog from its parts. */
    private static final class Draft {
        String location;
        String title;
        String description;
        String version;
        String source;
        boolean integerCodes;
        boolean enumForm;
        boolean classPerCode;
        String categoryDescription;
        String statusMessage;
        List<String> stringCodes;
        List<Integer> integerCodeValues;
        List<String> texts;
        List<Boolean> present;
        List<String> documentedDetailNames;
        String codeMember;
        String messageMember;
        String successMember;
        boolean errorsInSuccess;
        List<String> problemType;
        List<String> detailNames;

        HostileCatalog catalog() {
            List<String> codes = integerCodes ? integerCodeValues.stream().map(String::valueOf).toList() : stringCodes;
            Map<String, String> documented = new LinkedHashMap<>();
            for (int i = 0; i < documentedDetailNames.size(); i++) {
                documented.put(documentedDetailNames.get(i), texts.get(i));
            }
            Entry plain = new Entry(codes.get(0), "Plain", Optional.of(texts.get(0)), Optional.empty(),
                    Optional.of(texts.get(1)), Optional.of(texts.get(2)),
                    present.get(0) ? Optional.of(texts.get(3)) : Optional.empty(), documented);
            Entry filled = new Entry(codes.get(1), "Filled", Optional.of(texts.get(4)), Optional.of(texts.get(5)),
                    present.get(1) ? Optional.of(texts.get(6)) : Optional.empty(), Optional.empty(), Optional.empty(),
                    Map.of());
            Entry bare = new Entry(codes.get(2), "Bare", Optional.empty(), Optional.empty(),
                    present.get(2) ? Optional.of(texts.get(7)) : Optional.empty(),
                    present.get(3) ? Optional.of(texts.get(8)) : Optional.empty(), Optional.empty(), Map.of());
            Map<String, String> details = new LinkedHashMap<>();
            String[] kinds = {"text", "object", "list", "errorsByName", "errorsByIndex"};
            for (int i = 0; i < kinds.length; i++) {
                details.put(detailNames.get(i), kinds[i]);
            }
            Wire wire = new Wire(codeMember, messageMember, successMember, errorsInSuccess,
                    withoutCodePlaceholder(problemType.get(0)), withoutCodePlaceholder(problemType.get(1)), details);
            return new HostileCatalog(location, title, description, version, source, integerCodes, enumForm, classPerCode,
                    categoryDescription, statusMessage, plain, filled, bare, wire);
        }
    }

    /** The text with no {@code {code}} left, not even one that removing another made. */
    private static String withoutCodePlaceholder(String text) {
        String without = text;
        while (without.contains("{code}")) {
            without = without.replace("{code}", "");
        }
        return without;
    }

    List<Entry> entries() {
        return List.of(plain, filled, bare);
    }

    String yaml() {
        StringBuilder yaml = new StringBuilder()
                .append("errata: 1\n")
                .append("name: ").append(NAME).append('\n')
                .append("title: ").append(quoted(title)).append('\n')
                .append("description: ").append(quoted(description)).append('\n')
                .append("version: ").append(quoted(version)).append('\n')
                .append("source: ").append(quoted(source)).append('\n')
                .append("codes:\n  type: ").append(integerCodes ? "integer" : "string").append('\n')
                .append("generation:\n  enum: ").append(enumForm ? "always" : "never")
                .append("\n  exceptionClasses: ").append(classPerCode ? "perCode" : "perCategory").append('\n')
                .append("categories:\n  - id: funds\n    httpStatus: ").append(CATEGORY_STATUS)
                .append("\n    description: ").append(quoted(categoryDescription)).append('\n')
                .append("httpStatuses:\n  - status: ").append(DOCUMENTED_STATUS).append("\n    name: Missing\n    message: ")
                .append(quoted(statusMessage)).append("\n    category: funds\n")
                .append("errors:\n");
        for (Entry entry : entries()) {
            yaml.append("  - code: ").append(integerCodes ? entry.code() : quoted(entry.code())).append('\n')
                    .append("    name: ").append(entry.name()).append('\n');
            entry.catalogMessage().ifPresent(m -> yaml.append("    message: ").append(quoted(m)).append('\n'));
            if (entry.parameterized()) {
                yaml.append("    parameters:\n      value: string\n");
            }
            entry.description().ifPresent(d -> yaml.append("    description: ").append(quoted(d)).append('\n'));
            entry.solution().ifPresent(s -> yaml.append("    solution: ").append(quoted(s)).append('\n'));
            entry.deprecated().ifPresent(r -> yaml.append("    deprecated: ").append(quoted(r)).append('\n'));
            if (entry == plain) {
                yaml.append("    category: funds\n");
            }
            if (!entry.documentedDetails().isEmpty()) {
                yaml.append("    details:\n");
                // YAML allows an implicit key of 1,024 characters at most; a longer one takes the explicit form.
                entry.documentedDetails().forEach((name, what) -> yaml.append(quoted(name).length() <= 1024
                        ? "      " + quoted(name) + ": " : "      ? " + quoted(name) + "\n      : ").append(quoted(what))
                        .append('\n'));
            }
            yaml.append("    suppress: ").append(SUPPRESSED).append('\n');
        }
        yaml.append("wire:\n")
                .append("  code: ").append(quoted(wire.codeMember())).append('\n')
                .append("  message: ").append(quoted(wire.messageMember())).append('\n')
                .append("  success: ").append(quoted(wire.successMember())).append('\n')
                .append("  errorsInSuccess: ").append(wire.errorsInSuccess()).append('\n')
                .append("  statusOnly:\n    ").append(STATUS_ONLY).append(": ")
                .append(integerCodes ? bare.code() : quoted(bare.code())).append('\n')
                .append("  problemType: ").append(quoted(wire.problemType())).append('\n')
                .append("  details:\n");
        wire.details().forEach((name, kind) -> yaml.append("    ").append(quoted(name)).append(": ").append(kind)
                .append('\n'));
        return yaml.toString();
    }
}
