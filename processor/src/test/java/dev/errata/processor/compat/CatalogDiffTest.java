package dev.errata.processor.compat;

import static com.google.common.truth.Truth.assertThat;

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
