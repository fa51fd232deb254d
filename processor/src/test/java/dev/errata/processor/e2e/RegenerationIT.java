package dev.errata.processor.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;

/**
 * Editing only a catalog regenerates and recompiles on the next {@code mvn compile}, with the pom set-up that
 * docs/build-integration.md gives users, and a build with nothing changed stays a no-op.
 */
class RegenerationIT {

    static final String NO_PAYMENT = "  - code: 2\n    name: NoPayment\n    message: The payment was declined\n";
    static final String NOTHING_TO_COMPILE = "Nothing to compile - all classes are up to date";
    static final String RECOMPILING = "Recompiling the module because of";

    @Test
    void catalogOnlyEditRegeneratesAndRecompilesThenStaysUpToDate() throws Exception {
        Path project = NestedMaven.project("single", "regeneration");
        Path catalog = project.resolve("src/main/resources/catalogs/shop.yaml");
        Path generated = project.resolve("target/generated-sources/annotations/com/example/shop/ShopError.java");
        Path compiled = project.resolve("target/classes/com/example/shop/ShopError.class");

        NestedMaven.run(project, NestedMaven.currentJdk(), "compile").assertSuccess();
        assertThat(Files.readString(generated, StandardCharsets.UTF_8)).contains("OUT_OF_STOCK(");
        assertThat(Files.readString(generated, StandardCharsets.UTF_8)).doesNotContain("NO_PAYMENT");

        NestedMaven.appendToCatalog(catalog, project.resolve("target"), NO_PAYMENT);
        NestedMaven.run(project, NestedMaven.currentJdk(), "compile").assertSuccess()
                .assertLogContains(RECOMPILING, "a catalog-only edit must make maven-compiler-plugin recompile");
        assertThat(Files.readString(generated, StandardCharsets.UTF_8)).contains("NO_PAYMENT(");
        assertThat(NestedMaven.enumConstants(project.resolve("target/classes"), "com.example.shop.ShopError"))
                .containsAtLeast("OUT_OF_STOCK", "NO_PAYMENT").inOrder();

        FileTime generatedAt = NestedMaven.modified(generated);
        FileTime compiledAt = NestedMaven.modified(compiled);
        NestedMaven.run(project, NestedMaven.currentJdk(), "compile").assertSuccess()
                .assertLogContains(NOTHING_TO_COMPILE, "nothing changed, so nothing may be recompiled")
                .assertLogLacks(RECOMPILING, "nothing changed, so nothing may be recompiled");
        assertWithMessage("generated source rewritten by a no-change build").that(NestedMaven.modified(generated))
                .isEqualTo(generatedAt);
        assertWithMessage("class rewritten by a no-change build").that(NestedMaven.modified(compiled)).isEqualTo(compiledAt);
    }

    /**
     * The control: the same edit with the snippet switched off (its property forced from the command line)
     * leaves the generated code stale, which is why users need the snippet. Should this start failing after a
     * maven-compiler-plugin upgrade, the plugin now notices catalog edits itself and the snippet may go.
     */
    @Test
    void withoutTheSnippetMavenKeepsStaleGeneratedCode() throws Exception {
        Path project = NestedMaven.project("single", "regeneration-control");
        Path generated = project.resolve("target/generated-sources/annotations/com/example/shop/ShopError.java");
        String snippetOff = "-Derrata.catalogs.unchanged=true";

        NestedMaven.run(project, NestedMaven.currentJdk(), snippetOff, "compile").assertSuccess();
        NestedMaven.appendToCatalog(project.resolve("src/main/resources/catalogs/shop.yaml"), project.resolve("target"),
                NO_PAYMENT);
        NestedMaven.run(project, NestedMaven.currentJdk(), snippetOff, "compile").assertSuccess()
                .assertLogContains(NOTHING_TO_COMPILE, "maven-compiler-plugin alone is expected not to notice a catalog edit");
        assertThat(Files.readString(generated, StandardCharsets.UTF_8)).doesNotContain("NO_PAYMENT");
    }
}
