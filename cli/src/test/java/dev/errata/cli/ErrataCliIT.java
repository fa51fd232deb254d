package dev.errata.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded {@code errata-cli} jar as a process, as a user or a CI job does. */
class ErrataCliIT {

    private static final Path JAR = Path.of(System.getProperty("errata.cli.jar"));
    private static final Path CATALOGS = Path.of(System.getProperty("errata.catalogs.dir"));

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private Run errata(String... args) throws IOException, InterruptedException {
        return run(dir, args);
    }

    private static Run run(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("errata-out", ".txt");
        Path err = Files.createTempFile("errata-err", ".txt");
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("errata " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static final String CATALOG = """
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
                message: 'The card could not be processed: {reason}.'
                parameters:
                  reason: string
                category: card
              - code: card_declined
                name: CardDeclined
                message: The card was declined.
                category: card
            wire:
              code: error.code
              message: error.message
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void newCatalogPassesLintWithoutAWord() throws Exception {
        Run created = errata("new", "-o", "catalogs/billing-api.yaml", "BillingApi");
        assertEquals(0, created.exit(), created.err());
        String text = Files.readString(dir.resolve("catalogs/billing-api.yaml"));
        assertThat(text).contains("name: BillingApi");
        assertThat(text).contains("@ErrorCatalog(\"catalogs/billing-api.yaml\")");
        Run lint = errata("lint", "catalogs/billing-api.yaml");
        assertEquals(0, lint.exit(), lint.out() + lint.err());
        assertEquals("", lint.out());
        // Never overwrites.
        assertEquals(2, errata("new", "-o", "catalogs/billing-api.yaml", "BillingApi").exit());
        assertEquals(2, errata("new", "billing").exit());
    }

    @Test
    void lintReportsTheProcessorsDiagnosticsAtFileLineColumn() throws Exception {
        Path bad = write("bad.yaml", CATALOG.replace("category: card\n  - code: card_declined", "category: cards\n  - code: card_declined"));
        Run lint = errata("lint", bad.toString());
        assertEquals(1, lint.exit(), lint.out() + lint.err());
        assertThat(lint.out()).contains("ERROR [errata:unknown-category] " + bad.toAbsolutePath() + ":16:15: 'category'"
                + " must name a category defined under 'categories'");
        assertEquals(1, lint.out().lines().count(), lint.out());
    }

    @Test
    void lintPassesEverySeedCatalog() throws Exception {
        List<String> args = new ArrayList<>(List.of("lint"));
        try (var files = Files.list(CATALOGS)) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> args.add(f.toString()));
        }
        assertThat(args.size()).isAtLeast(5);
        Run lint = errata(args.toArray(String[]::new));
        assertEquals(0, lint.exit(), lint.out() + lint.err());
    }

    @Test
    void docsWriteMarkdownHtmlAndIndexWithAnchorsAndExampleBodies() throws Exception {
        Run docs = errata("docs", "-o", "site", CATALOGS.resolve("opensrs-oma.yaml").toString());
        assertEquals(0, docs.exit(), docs.out() + docs.err());
        String markdown = Files.readString(dir.resolve("site/Oma.md"));
        assertThat(markdown).contains("<a id=\"code-1\"></a>\n\n### 1: InvalidCredentials");
        assertThat(markdown).contains("- **Category**: authentication");
        assertThat(markdown).contains("\"error_number\": 1");
        assertThat(markdown).contains("\"type\": \"urn:errata:Oma:1\"");
        assertThat(Files.readString(dir.resolve("site/Oma.html"))).contains("<h3 id=\"code-1\">1: InvalidCredentials</h3>");
        String index = Files.readString(dir.resolve("site/Oma.json"));
        assertThat(index).contains("\"url\": \"Oma.md#code-1\"");
        assertThat(index).contains("\"errataDocs\": 1");
    }

    @Test
    void explainTellsEverythingAboutOneCode() throws Exception {
        Path catalog = write("shop.yaml", CATALOG);
        Run explain = errata("explain", catalog.toString(), "processing_error");
        assertEquals(0, explain.exit(), explain.out() + explain.err());
        assertThat(explain.out()).contains("Shop processing_error: ProcessingError");
        assertThat(explain.out()).contains("  Category: card");
        assertThat(explain.out()).contains("  HTTP status: 402");
        assertThat(explain.out()).contains("  Parameters: reason: string");
        assertThat(explain.out()).contains("  Constant: ShopError.PROCESSING_ERROR");
        assertThat(explain.out()).contains("Response body: {\"error\":{\"code\":\"processing_error\",\"message\":");
        // By name as well; an unknown code is a finding.
        assertThat(errata("explain", catalog.toString(), "CardDeclined").out()).contains("card_declined");
        assertEquals(1, errata("explain", catalog.toString(), "nope").exit());
    }

    @Test
    void aLockedCatalogFailsOnABreakingChangeUntilItIsAccepted() throws Exception {
        Path catalog = write("shop.yaml", CATALOG);
        Run lock = errata("lock", catalog.toString());
        assertEquals(0, lock.exit(), lock.out() + lock.err());
        assertThat(Files.exists(dir.resolve("shop.lock.json"))).isTrue();
        assertEquals(0, errata("lint", catalog.toString()).exit());

        // The new user's mistake: processing_error moved from card to api. A catch block of card no longer sees it.
        String moved = CATALOG.replaceFirst("category: card", "category: api");
        Files.writeString(catalog, moved);
        Run lint = errata("lint", catalog.toString());
        assertEquals(1, lint.exit(), lint.out() + lint.err());
        assertThat(lint.out()).contains("ERROR [errata:breaking-change] " + catalog.toAbsolutePath() + ":11:11: a released"
                + " catalog must not break its clients, but code processing_error moved from category 'card' to 'api'"
                + " (rule category-changed");

        Files.writeString(catalog, moved + """
                accepted:
                  - rule: category-changed
                    code: processing_error
                    reason: a processing error is the request's fault, not the card's
                  - rule: http-status-changed
                    code: processing_error
                    reason: and so it is a 400, as every api error
                """);
        Run accepted = errata("lint", catalog.toString());
        assertEquals(0, accepted.exit(), accepted.out() + accepted.err());

        Files.writeString(catalog, moved + "accepted:\n  - rule: category-moved\n    code: processing_error\n    reason: x\n");
        Run unknownRule = errata("lint", catalog.toString());
        assertEquals(1, unknownRule.exit());
        assertThat(unknownRule.out()).contains("[errata:accepted-change]");
        assertThat(unknownRule.out()).contains("'category-moved' is not a rule");
    }

    @Test
    void removalNeedsADeprecationFirstAndARemovedCodeNeverComesBack() throws Exception {
        Path catalog = write("shop.yaml", CATALOG);
        errata("lock", catalog.toString());
        String removed = CATALOG.substring(0, CATALOG.indexOf("  - code: card_declined")) + CATALOG.substring(CATALOG.indexOf("wire:"));
        Files.writeString(catalog, removed);
        Run lint = errata("lint", catalog.toString());
        assertEquals(1, lint.exit());
        assertThat(lint.out()).contains("code card_declined (CardDeclined) was removed without being deprecated in a"
                + " release first (rule code-removed");

        // Deprecated for a release, then removed: fine, and the lock keeps it retired.
        Files.writeString(catalog, CATALOG.replace("message: The card was declined.",
                "message: The card was declined.\n    deprecated: use processing_error"));
        assertEquals(0, errata("lock", catalog.toString()).exit());
        Files.writeString(catalog, removed);
        assertEquals(0, errata("lint", catalog.toString()).exit());
        assertEquals(0, errata("lock", catalog.toString()).exit());
        assertThat(Files.readString(dir.resolve("shop.lock.json"))).contains("\"retired\": [\n    \"card_declined\"\n  ]");

        Files.writeString(catalog, CATALOG);
        Run reused = errata("lint", catalog.toString());
        assertEquals(1, reused.exit());
        assertThat(reused.out()).contains("(rule code-reused");
    }

    @Test
    void diffReportsEveryChangeAsTextJsonAndSarif() throws Exception {
        Path old = write("old.yaml", CATALOG);
        Path changed = write("shop.yaml", CATALOG.replaceFirst("category: card", "category: api")
                .replace("reason: string", "reason: int").replace("The card was declined.", "Declined.")
                .replace("code: error.code", "code: error.type"));
        Run text = errata("diff", old.toString(), changed.toString());
        assertEquals(1, text.exit(), text.out() + text.err());
        assertThat(text.out()).contains("ERROR [category-changed] " + changed.toAbsolutePath() + ":11:11: code"
                + " processing_error moved from category 'card' to 'api'");
        assertThat(text.out()).contains("ERROR [parameter-retyped]");
        assertThat(text.out()).contains("NOTE [message-changed]");
        assertThat(text.out()).contains("ERROR [wire-path-changed]");
        // Moving to api also changes the status the category gives it: two changes, each under its own rule.
        assertThat(text.out()).contains("ERROR [http-status-changed]");
        assertThat(text.out()).contains("5 change(s), 4 breaking");

        Run json = errata("diff", "--format", "json", old.toString(), changed.toString());
        assertThat(json.out()).contains("\"rule\": \"category-changed\",\n      \"level\": \"error\",\n      \"code\": \"processing_error\"");
        Run sarif = errata("diff", "--format", "sarif", old.toString(), changed.toString());
        assertThat(sarif.out()).contains("\"version\": \"2.1.0\"");
        assertThat(sarif.out()).contains("\"ruleId\": \"category-changed\"");
        assertThat(sarif.out()).contains("\"startLine\": 11");
        assertEquals(0, errata("diff", old.toString(), old.toString()).exit());
        assertEquals(2, errata("diff", "--format", "xml", old.toString(), changed.toString()).exit());
    }

    @Test
    void diffReadsABaselineFromALockFileAJarAndAGitRef() throws Exception {
        Path catalog = write("shop.yaml", CATALOG);
        errata("lock", catalog.toString());
        Path jar = dir.resolve("shop-1.0.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("catalogs/shop.yaml"));
            zip.write(CATALOG.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.writeString(catalog, CATALOG.replace("httpStatus: 402", "httpStatus: 400"));
        Run fromLock = errata("diff", "shop.lock.json", "shop.yaml");
        assertEquals(1, fromLock.exit(), fromLock.out() + fromLock.err());
        assertThat(fromLock.out()).contains("[http-status-changed]");
        Run fromJar = errata("diff", jar.toString(), "shop.yaml");
        assertEquals(1, fromJar.exit(), fromJar.out() + fromJar.err());
        assertThat(fromJar.out()).contains("code card_declined changed its HTTP status from 402 to 400");

        if (gitAvailable()) {
            git("init", "-q");
            Files.writeString(catalog, CATALOG);
            git("add", "shop.yaml");
            git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "v1");
            Files.writeString(catalog, CATALOG.replace("name: CardDeclined", "name: Declined"));
            Run fromGit = errata("diff", "git:HEAD", "shop.yaml");
            assertEquals(1, fromGit.exit(), fromGit.out() + fromGit.err());
            assertThat(fromGit.out()).contains("[name-changed]");
            assertThat(fromGit.out()).contains("CardDeclined (CARD_DECLINED) to Declined (DECLINED)");
            assertEquals(2, errata("diff", "git:no-such-ref", "shop.yaml").exit());
        }
    }

    @Test
    void schemaAndUsage() throws Exception {
        Run schema = errata("schema");
        assertEquals(0, schema.exit());
        assertEquals(Files.readString(CATALOGS.resolve("errata-catalog-1.schema.json")), schema.out());
        assertEquals(2, errata().exit());
        Run unknown = errata("frobnicate");
        assertEquals(2, unknown.exit());
        assertThat(unknown.err()).contains("unknown command 'frobnicate'");
        assertEquals(2, errata("lint").exit());
        assertEquals(1, errata("lint", "missing.yaml").exit());
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), output);
    }
}
