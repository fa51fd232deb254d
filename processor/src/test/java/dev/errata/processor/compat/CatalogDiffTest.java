package dev.errata.processor.compat;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.processor.CatalogReader;
import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.locate.CatalogSource;
import dev.errata.processor.manifest.InputsManifest.Origin;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.yaml.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of the breaking-change check, found by {@link CatalogDiff} and surviving a lock file's round trip. */
class CatalogDiffTest {

    private static final String BASE = """
            errata: 1
            name: Shop
            codes:
              type: string
            categories:
              - id: card
                httpStatus: 402
              - id: api
                httpStatus: 400
            errors:
              - code: processing_error
                name: ProcessingError
                message: 'Not processed: {reason}.'
                parameters:
                  reason: string
                category: card
              - code: card_declined
                name: CardDeclined
                message: The card was declined.
                category: card
                details:
                  decline_code: why
              - code: old_one
                name: OldOne
                message: Old.
                category: api
                deprecated: use card_declined
            wire:
              code: error.code
              message: error.message
              problemType: 'https://example.com/{code}'
            """;

    private static Catalog read(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        CatalogSource source = new CatalogSource("shop.yaml", Origin.FILE, Optional.empty(), "shop.yaml", "shop.yaml",
                yaml.getBytes(StandardCharsets.UTF_8));
        Catalog catalog = new CatalogReader(YamlLimits.DEFAULT).read(source, diagnostics).orElseThrow();
        assertThat(diagnostics.all().stream().filter(d -> d.severity().name().equals("ERROR")).toList()).isEmpty();
        return catalog;
    }

    /** The baseline through a lock file, as the build reads it. */
    private static Snapshot locked(String yaml, Set<String> retired) {
        String lock = LockFile.write(Snapshot.of(read(yaml), retired));
        Diagnostics diagnostics = new Diagnostics();
        Snapshot snapshot = LockFile.read("shop.lock.json", lock.getBytes(StandardCharsets.UTF_8), diagnostics).orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        // What was written reads back as the same promises.
        assertThat(LockFile.write(snapshot)).isEqualTo(lock);
        return snapshot;
    }

    private static List<Change> diff(String before, String after, Set<String> retired) {
        Catalog current = read(after);
        return CatalogDiff.compare(locked(before, retired), Snapshot.of(current, Set.of()), current.namePosition());
    }

    private static Set<Rule> rules(List<Change> changes) {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        changes.forEach(c -> rules.add(c.rule()));
        return rules;
    }

    @Test
    void noChangeNoFinding() {
        assertThat(diff(BASE, BASE, Set.of())).isEmpty();
    }

    @Test
    void everyRuleIsFound() {
        String changed = BASE
                .replace("name: ProcessingError", "name: Processing")
                .replace("reason: string", "reason: int")
                .replace("message: The card was declined.\n    category: card", "message: Declined.\n    category: api\n    retryable: true")
                .replace("decline_code: why", "decline_code: the reason")
                .replace("code: error.code", "code: error.type")
                .replace("problemType: 'https://example.com/{code}'", "problemType: 'https://example.org/{code}'")
                .replace("  - code: old_one\n    name: OldOne\n    message: Old.\n    category: api\n    deprecated: use card_declined\n",
                        "  - code: gone\n    name: Gone\n    message: Back.\n    category: api\n"
                        + "  - code: fresh\n    name: Fresh\n    message: New.\n    category: api\n    deprecated: soon\n");
        List<Change> changes = diff(BASE, changed, Set.of("gone"));
        assertThat(rules(changes)).containsAtLeast(Rule.NAME_CHANGED, Rule.PARAMETER_RETYPED, Rule.CATEGORY_CHANGED,
                Rule.HTTP_STATUS_CHANGED, Rule.RETRYABLE_CHANGED, Rule.DETAIL_CHANGED, Rule.MESSAGE_CHANGED,
                Rule.WIRE_PATH_CHANGED, Rule.PROBLEM_TYPE_CHANGED, Rule.CODE_REUSED, Rule.CODE_ADDED,
                Rule.DEPRECATED_CODE_REMOVED);
        assertThat(rules(changes)).doesNotContain(Rule.CODE_REMOVED);
    }

    @Test
    void whereTheCategoryOrTheCodesNamespaceStandsIsAWirePath() {
        String withMembers = BASE.replace("  message: error.message\n",
                "  message: error.message\n  codeAfter: '#'\n  category:\n    member: error.type\n    values:\n"
                        + "      card_error: card\n      api_error: api\n");
        assertThat(diff(withMembers, withMembers, Set.of())).isEmpty();
        // A catalog that starts naming them breaks no decoder of the old shape.
        assertThat(diff(BASE, withMembers, Set.of())).isEmpty();
        List<Change> changes = diff(withMembers, withMembers.replace("member: error.type", "member: error.kind")
                .replace("codeAfter: '#'", "codeAfter: ':'"), Set.of());
        assertThat(changes.stream().map(Change::text).toList()).containsExactly(
                "wire.codeAfter changed from '#' to ':'", "wire.categoryMember changed from 'error.type' to 'error.kind'");
        assertThat(rules(changes)).containsExactly(Rule.WIRE_PATH_CHANGED);
    }

    @Test
    void parametersAddedAndRemovedAndCodesRemovedAndTypeChanged() {
        String changed = BASE
                .replace("message: 'Not processed: {reason}.'\n    parameters:\n      reason: string",
                        "message: 'Not processed: {why}.'\n    parameters:\n      why: string")
                .replace("  - code: card_declined\n", "  - code: card_refused\n")
                .replace("deprecated: use card_declined", "deprecated: true");
        Set<Rule> rules = rules(diff(BASE, changed, Set.of()));
        assertThat(rules).containsAtLeast(Rule.PARAMETER_ADDED, Rule.PARAMETER_REMOVED, Rule.CODE_REMOVED, Rule.CODE_ADDED);

        String integers = BASE.replace("type: string", "type: integer").replace("code: processing_error", "code: 1")
                .replace("code: card_declined", "code: 2").replace("code: old_one", "code: 3");
        assertThat(rules(diff(BASE, integers, Set.of()))).contains(Rule.CODE_TYPE_CHANGED);
    }

    @Test
    void deprecationIsANoteAndRetiredCodesAccumulate() {
        String deprecated = BASE.replace("message: The card was declined.", "message: The card was declined.\n    deprecated: x");
        assertThat(rules(diff(BASE, deprecated, Set.of()))).containsExactly(Rule.CODE_DEPRECATED);

        Snapshot before = Snapshot.of(read(BASE), Set.of("ancient"));
        String without = BASE.substring(0, BASE.indexOf("  - code: old_one")) + BASE.substring(BASE.indexOf("wire:"));
        Snapshot after = Snapshot.of(read(without), Set.of());
        assertThat(after.retiredAfter(before)).containsExactly("ancient", "old_one");
    }

    /** A table with #13's additions: kinds, symbols, aliases and typed attributes, one indexed. */
    private static final String TABLE = """
            errata: 1
            name: Db
            codes:
              type: integer
            suppress: [missing-message]
            attributes:
              sqlstate: {type: string, indexed: true}
              level: {type: string}
            errors:
              - code: 1
                symbol: ER_ONE
                aliases: [ER_FIRST]
                message: One.
                attributes: {sqlstate: '23000', level: E}
              - code: 2
                symbol: ER_TWO
                message: Two.
                deprecated: use 1
              - code: 3
                name: Three
                kind: warning
                message: Three.
              - code: 4
                symbol: OBSOLETE_FOUR
                kind: reserved
            """;

    @Test
    void theFormatAdditionsRoundTripAndCompareEqual() {
        assertThat(diff(TABLE, TABLE, Set.of())).isEmpty();
        Snapshot snapshot = locked(TABLE, Set.of());
        assertThat(snapshot.attributes().get("sqlstate").indexed()).isTrue();
        assertThat(snapshot.codes().get("1").aliases()).containsExactly("ER_FIRST");
        assertThat(snapshot.codes().get("4").kind()).isEqualTo("reserved");
        assertThat(snapshot.codes().get("1").attributes()).containsExactly("sqlstate", "23000", "level", "E");
    }

    @Test
    void aDeprecatedOrRetiredCodeMayBeReservedButNothingElse() {
        // Deprecated in a release, reserved in the next: a note, and nothing else about the code is compared.
        String reserved = TABLE.replace("symbol: ER_TWO\n    message: Two.\n    deprecated: use 1",
                "symbol: OBSOLETE_ER_TWO\n    kind: reserved");
        assertThat(texts(diff(TABLE, reserved, Set.of()))).containsExactly(
                "code-reserved: code 2 (ErTwo) is reserved after its deprecation");
        // A code removed earlier listed again as reserved: fine, it documents that the number is taken.
        String relisted = TABLE + "  - code: 9\n    symbol: OBSOLETE_NINE\n    kind: reserved\n";
        assertThat(texts(diff(TABLE, relisted, Set.of("9")))).containsExactly(
                "code-reserved: code 9 was removed in an earlier release and is listed again as reserved");
        // ... but not with a meaning.
        String reused = TABLE + "  - code: 9\n    name: Nine\n    message: Nine.\n";
        assertThat(rules(diff(TABLE, reused, Set.of("9")))).containsExactly(Rule.CODE_REUSED);
        // A reserved code given a meaning again is reused; one that goes away is as a deprecated one removed.
        String revived = TABLE.replace("symbol: OBSOLETE_FOUR\n    kind: reserved", "symbol: FOUR\n    message: Four.");
        assertThat(rules(diff(TABLE, revived, Set.of()))).containsExactly(Rule.CODE_REUSED);
        String without = TABLE.replace("  - code: 4\n    symbol: OBSOLETE_FOUR\n    kind: reserved\n", "");
        assertThat(texts(diff(TABLE, without, Set.of()))).containsExactly(
                "deprecated-code-removed: code 4 (ObsoleteFour) was removed after being reserved");
        // Reserving a code nobody was warned about is removing it.
        String undeprecated = TABLE.replace("symbol: ER_ONE\n    aliases: [ER_FIRST]\n    message: One.\n"
                + "    attributes: {sqlstate: '23000', level: E}", "symbol: ER_ONE\n    kind: reserved");
        assertThat(rules(diff(TABLE, undeprecated, Set.of()))).containsExactly(Rule.CODE_REMOVED);
    }

    @Test
    void kindsSymbolsAndAliases() {
        String changed = TABLE.replace("kind: warning", "kind: success")
                .replace("aliases: [ER_FIRST]", "aliases: [ER_UNO]");
        assertThat(texts(diff(TABLE, changed, Set.of()))).containsExactly(
                "alias-removed: code 1 lost alias 'ER_FIRST'",
                "outcome-kind-changed: code 3 changed its kind from warning to success");
        assertThat(Rule.OUTCOME_KIND_CHANGED.level()).isEqualTo(Rule.Level.WARNING);
        // The old symbol kept as an alias: fromSymbol still finds the code, symbol() and the constant change.
        String swapped = TABLE.replace("symbol: ER_ONE\n    aliases: [ER_FIRST]", "symbol: ER_FIRST\n    aliases: [ER_ONE]");
        assertThat(texts(diff(TABLE, swapped, Set.of()))).containsExactly("name-changed: code 1 was renamed from ErOne"
                + " (ER_ONE) to ErFirst (ER_FIRST), and changed its symbol from 'ER_ONE' to 'ER_FIRST'");
        String thrown = TABLE.replace("kind: warning", "kind: error");
        assertThat(texts(diff(TABLE, thrown, Set.of()))).containsExactly(
                "kind-changed: code 3 changed its kind from warning to error: it is thrown now");
    }

    @Test
    void attributeValuesOfAnIndexedAttributeMatterMore() {
        String changed = TABLE.replace("attributes: {sqlstate: '23000', level: E}", "attributes: {sqlstate: '23505', level: W}")
                .replace("symbol: ER_TWO\n", "symbol: ER_TWO\n    attributes: {level: E}\n")
                .replace("  level: {type: string}\n", "  level: {type: string}\n  origin: {type: string}\n");
        List<Change> changes = diff(TABLE, changed, Set.of());
        assertThat(texts(changes)).containsExactly(
                "attribute-added: attribute 'origin' (string) was declared",
                "indexed-attribute-value-changed: code 1 changed its sqlstate from '23000' to '23505' (indexed:"
                        + " bySqlstate('23000') no longer finds it)",
                "attribute-value-changed: code 1 changed its level from 'E' to 'W'",
                "attribute-value-added: code 2 changed its level from (none) to 'E'");
        assertThat(changes.stream().map(Change::level).toList()).containsExactly(Rule.Level.NOTE, Rule.Level.ERROR,
                Rule.Level.WARNING, Rule.Level.NOTE).inOrder();
        // A declaration's own change is reported once, not again per entry.
        String retyped = TABLE.replace("level: {type: string}", "level: {type: int}").replace("level: E}", "level: 5}")
                .replace("sqlstate: {type: string, indexed: true}", "sqlstate: {type: string}");
        assertThat(texts(diff(TABLE, retyped, Set.of()))).containsExactly(
                "attribute-lookup-removed: attribute 'sqlstate' is no longer indexed",
                "attribute-retyped: attribute 'level' changed its type from string to int");
        String removed = TABLE.replace("  level: {type: string}\n", "").replace(", level: E}", "}");
        assertThat(texts(diff(TABLE, removed, Set.of()))).containsExactly(
                "attribute-removed: attribute 'level' (string) was removed");
    }

    @Test
    void aLockFileOfTheFirstFormatReadsAsErrorsWithoutSymbolsOrAttributes() {
        String lock = "{\"errataLock\": 1, \"name\": \"Db\", \"codeType\": \"integer\", \"wire\": {}, \"codes\": [{\"code\":"
                + " \"1\", \"name\": \"One\", \"constant\": \"ONE\", \"retryable\": false, \"deprecated\": false}]}";
        Diagnostics diagnostics = new Diagnostics();
        Snapshot old = LockFile.read("db.lock.json", lock.getBytes(StandardCharsets.UTF_8), diagnostics).orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        assertThat(old.attributes()).isEmpty();
        Snapshot.Code one = old.codes().get("1");
        assertThat(one.kind()).isEqualTo("error");
        assertThat(one.symbol()).isEmpty();
        assertThat(one.aliases()).isEmpty();
        assertThat(one.attributes()).isEmpty();
    }

    @Test
    void theWarningsMemberAndTheHeadersAreWirePathsToo() {
        String withHeaders = BASE.replace("  message: error.message\n",
                "  message: error.message\n  warnings: warning\n  headers: {requestId: Request-Id}\n");
        assertThat(diff(withHeaders, withHeaders, Set.of())).isEmpty();
        String moved = withHeaders.replace("warnings: warning", "warnings: warnings").replace("Request-Id", "X-Request-Id");
        assertThat(texts(diff(withHeaders, moved, Set.of()))).containsExactly(
                "wire-path-changed: wire.warningsPath changed from 'warning' to 'warnings'",
                "wire-path-changed: wire.requestIdHeader changed from 'Request-Id' to 'X-Request-Id'");
    }

    @Test
    void everyRuleIsInTheReadmesTable() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("basedir", "."), "..",
                "README.md"));
        String table = readme.substring(readme.indexOf("| rule id | default | change |"));
        table = table.substring(0, table.indexOf("\n\n"));
        for (Rule rule : Rule.values()) {
            assertWithMessage(rule.id()).that(table).containsMatch("`" + rule.id() + "`[^|]*\\| " + rule.level() + " \\|");
        }
    }

    private static List<String> texts(List<Change> changes) {
        return changes.stream().map(c -> c.rule().id() + ": " + c.text()).toList();
    }

    @Test
    void aDamagedLockFileIsReportedAtItsLine() {
        Diagnostics diagnostics = new Diagnostics();
        String lock = "{\n  \"errataLock\": 2,\n  \"name\": \"Shop\"\n}\n";
        assertThat(LockFile.read("x.lock.json", lock.getBytes(StandardCharsets.UTF_8), diagnostics)).isEmpty();
        assertThat(diagnostics.all()).hasSize(1);
        assertThat(diagnostics.all().get(0).render()).startsWith("[errata:lock-file] x.lock.json:2:17: a lock file must be"
                + " as 'errata lock' writes it, but here its errataLock is '2'");
    }

    @Test
    void sarifAndJsonNameTheRuleAndMarkAcceptedChanges() {
        List<Change> changes = diff(BASE, BASE.replace("name: CardDeclined", "name: Declined"), Set.of());
        String sarif = Reports.sarif(changes, AcceptedChanges.NONE);
        assertThat(sarif).contains("\"ruleId\": \"name-changed\"");
        assertThat(sarif).contains("\"startLine\": 17");
        assertThat(sarif).doesNotContain("suppressions");
        assertThat(Reports.json(changes, AcceptedChanges.NONE)).contains("\"accepted\": null");
        assertThat(Reports.breaking(changes, AcceptedChanges.NONE)).isEqualTo(1);
    }
}
