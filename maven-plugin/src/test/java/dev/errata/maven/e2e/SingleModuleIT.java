package dev.errata.maven.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;

/**
 * One module, its catalog in {@code src/main/resources}, built as a user builds it: each kind of change to the
 * processor's inputs regenerates on the next plain {@code mvn compile}, and a build with nothing changed stays
 * "Nothing to compile" without rewriting a file.
 */
class SingleModuleIT {

    static final String NO_PAYMENT = "  - code: 2\n    name: NoPayment\n    message: The payment was declined\n";
    static final String NOTHING_TO_COMPILE = "Nothing to compile - all classes are up to date";
    static final String RECOMPILING = "Recompiling the module because of";

    private static final String JACKSON = """
                <dependency>
                  <groupId>com.fasterxml.jackson.core</groupId>
                  <artifactId>jackson-core</artifactId>
                  <version>@jackson2.version@</version>
                </dependency>
                <!-- more dependencies -->""";

    /** The catalog's lock file with code 1 under a name and constant. */
    private static final String LOCK = """
            {"errataLock": 1, "name": "Shop", "codeType": "integer", "wire": {}, "codes": [{"code": "1", "name": "%s",
             "constant": "%s", "retryable": false, "deprecated": false, "message": "The item is out of stock"}],
             "retired": []}
            """;

    @Test
    void everyKindOfInputChangeRegeneratesAndNothingChangedStaysUpToDate() throws Exception {
        Path project = NestedMaven.project("single", "single");
        Path catalog = project.resolve("src/main/resources/catalogs/shop.yaml");
        Path generated = project.resolve("target/generated-sources/annotations/com/example/shop");
        Path classes = project.resolve("target/classes");

        // Built before the plugin was added (errata.skip), then a catalog-only edit: the compiler alone misses it.
        NestedMaven.run(project, "-Derrata.skip=true", "compile").assertSuccess();
        NestedMaven.appendToCatalog(catalog, NO_PAYMENT);
        NestedMaven.run(project, "-Derrata.skip=true", "compile").assertSuccess()
                .assertLogContains(NOTHING_TO_COMPILE, "without the plugin, maven-compiler-plugin is expected to miss a catalog edit");
        assertThat(Files.exists(generated.resolve("ShopNoPaymentException.java"))).isFalse();

        // The first build with the plugin catches up with the edit made before it was added.
        NestedMaven.run(project, "compile").assertSuccess()
                .assertLogContains("Errata: catalog src/main/resources/catalogs/shop.yaml changed; the processor runs again",
                        "the plugin says why it recompiles")
                .assertLogContains(RECOMPILING, "the first build with the plugin must recompile");
        assertThat(Files.readString(generated.resolve("ShopError.java"), StandardCharsets.UTF_8)).contains("NO_PAYMENT(");
        assertThat(NestedMaven.enumConstants(classes, "com.example.shop.ShopError"))
                .containsExactly("OUT_OF_STOCK", "NO_PAYMENT").inOrder();
        assertNothingToCompile(project, generated.resolve("ShopError.java"), classes.resolve("com/example/shop/ShopError.class"));
        // By now the plugin knows the catalog, and put the schema its first line names beside it, for editors.
        try (InputStream schema = SingleModuleIT.class.getResourceAsStream("/dev/errata/maven/errata-catalog-1.schema.json")) {
            assertThat(Files.readAllBytes(catalog.resolveSibling("errata-catalog-1.schema.json"))).isEqualTo(schema.readAllBytes());
        }

        // A YAML-only edit.
        NestedMaven.edit(catalog, "The payment was declined", "The card was declined");
        NestedMaven.run(project, "compile").assertSuccess()
                .assertLogContains("catalog src/main/resources/catalogs/shop.yaml changed; the processor runs again",
                        "the plugin names the changed catalog")
                .assertLogContains(RECOMPILING, "a catalog-only edit must recompile");
        assertThat(Files.readString(generated.resolve("ShopError.java"), StandardCharsets.UTF_8))
                .contains("The card was declined");

        // An entry removed: its generated exception goes, source and class.
        NestedMaven.edit(catalog, NO_PAYMENT.replace("The payment was declined", "The card was declined"), "");
        NestedMaven.run(project, "compile").assertSuccess().assertLogContains(RECOMPILING, "a removed entry must recompile");
        assertThat(Files.exists(generated.resolve("ShopNoPaymentException.java"))).isFalse();
        assertThat(Files.exists(classes.resolve("com/example/shop/ShopNoPaymentException.class"))).isFalse();
        assertThat(NestedMaven.enumConstants(classes, "com.example.shop.ShopError")).containsExactly("OUT_OF_STOCK");

        // Jackson added to the pom: now the catalog gets a decoder.
        assertThat(Files.exists(generated.resolve("ShopDecoder.java"))).isFalse();
        NestedMaven.edit(project.resolve("pom.xml"), "<!-- more dependencies -->",
                JACKSON.replace("@jackson2.version@", NestedMaven.property("errata.e2e.jackson2Version")));
        NestedMaven.run(project, "compile").assertSuccess()
                .assertLogContains("com.fasterxml.jackson.core.JsonFactory is now on the class path", "the plugin says why")
                .assertLogContains(RECOMPILING, "adding Jackson must recompile");
        assertThat(Files.exists(generated.resolve("ShopDecoder.java"))).isTrue();
        assertThat(Files.readString(generated.resolve("ShopJson.java"), StandardCharsets.UTF_8))
                .contains("com.fasterxml.jackson.core");
        assertThat(Files.exists(classes.resolve("com/example/shop/ShopDecoder.class"))).isTrue();
        assertNothingToCompile(project, generated.resolve("ShopDecoder.java"), classes.resolve("com/example/shop/ShopDecoder.class"));

        // An option changed in the compiler's set-up: no decoder any more.
        Path docs = classes.resolve("META-INF/errata/docs/com.example.shop/Shop.html");
        assertThat(Files.exists(docs)).isTrue();
        NestedMaven.edit(project.resolve("pom.xml"), "<release>17</release>",
                "<release>17</release>\n          <compilerArgs><arg>-Aerrata.jackson=none</arg>"
                        + "<arg>-Aerrata.docs=false</arg></compilerArgs>");
        NestedMaven.run(project, "compile").assertSuccess()
                .assertLogContains("option -Aerrata.jackson=none was added", "the plugin says why")
                .assertLogContains("option -Aerrata.docs=false was added", "the plugin says why");
        // Docs turned off: last build's pages do not stay behind in the class output (and the jar).
        assertThat(Files.exists(docs)).isFalse();
        assertThat(Files.exists(generated.resolve("ShopDecoder.java"))).isFalse();
        assertThat(Files.exists(generated.resolve("ShopJson.java"))).isFalse();
        assertThat(Files.exists(classes.resolve("com/example/shop/ShopDecoder.class"))).isFalse();

        // A lock file put beside the catalog, and nothing else: the breaking-change check must run against it.
        Path lock = catalog.resolveSibling("shop.lock.json");
        Files.writeString(lock, LOCK.formatted("Sold", "SOLD"), StandardCharsets.UTF_8);
        NestedMaven.Build breaking = NestedMaven.run(project, "compile");
        assertWithMessage("a lock file the catalog breaks fails the build\n%s", breaking.tail(30))
                .that(breaking.exitCode()).isNotEqualTo(0);
        breaking.assertLogContains("Errata: lock file src/main/resources/catalogs/shop.lock.json was added; the processor"
                + " runs again", "the plugin says why")
                .assertLogContains("code 1 was renamed from Sold (SOLD) to OutOfStock (OUT_OF_STOCK) (rule name-changed,"
                        + " against shop.lock.json)", "the processor checks against the new lock file");
        // The lock file rewritten to the catalog's state, as 'errata lock' does at a release: the build passes.
        Files.writeString(lock, LOCK.formatted("OutOfStock", "OUT_OF_STOCK"), StandardCharsets.UTF_8);
        NestedMaven.run(project, "compile").assertSuccess()
                .assertLogContains("Errata: lock file src/main/resources/catalogs/shop.lock.json", "the plugin says why")
                .assertLogContains(RECOMPILING, "a changed lock file must recompile");
        // The lock file alone edited again: noticed although the catalog is the same.
        Files.writeString(lock, LOCK.formatted("OutOfStock", "OUT_OF_STOCK").replace("\"retired\": []",
                "\"retired\": [\"7\"]"), StandardCharsets.UTF_8);
        NestedMaven.run(project, "compile").assertSuccess()
                .assertLogContains("Errata: lock file src/main/resources/catalogs/shop.lock.json changed; the processor runs"
                        + " again", "the plugin names the lock file")
                .assertLogContains(RECOMPILING, "a lock-file-only edit must recompile");

        // A record that cannot be read is a clear error, not a guess.
        Path manifest = classes.resolve("META-INF/errata/inputs.txt");
        Files.writeString(manifest, "errata-inputs 99\n", StandardCharsets.UTF_8);
        NestedMaven.Build broken = NestedMaven.run(project, "compile");
        assertWithMessage("a build with an unreadable manifest fails\n%s", broken.tail(20)).that(broken.exitCode()).isNotEqualTo(0);
        broken.assertLogContains("Errata: the processor's record of its last run cannot be read: " + manifest
                + ":1: format version 99 is not the version 1 this reader knows", "the error names the file, line and fault");
    }

    /** A build with nothing changed: "Nothing to compile", and neither the generated source nor its class rewritten. */
    static void assertNothingToCompile(Path project, Path source, Path compiled) throws Exception {
        assertNothingToCompile(project, NestedMaven.currentJdk(), source, compiled);
    }

    static void assertNothingToCompile(Path project, Path jdk, Path source, Path compiled) throws Exception {
        FileTime sourceAt = NestedMaven.modified(source);
        FileTime compiledAt = NestedMaven.modified(compiled);
        NestedMaven.run(project, jdk, "compile").assertSuccess()
                .assertLogContains("Errata: the processor's inputs are unchanged", "the plugin says it found no change")
                .assertLogContains(NOTHING_TO_COMPILE, "nothing changed, so nothing may be recompiled")
                .assertLogLacks(RECOMPILING, "nothing changed, so nothing may be recompiled");
        assertWithMessage("generated source rewritten by a no-change build").that(NestedMaven.modified(source)).isEqualTo(sourceAt);
        assertWithMessage("class rewritten by a no-change build").that(NestedMaven.modified(compiled)).isEqualTo(compiledAt);
    }
}
