package dev.errata.maven.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.maven.e2e.SingleModuleIT.NOTHING_TO_COMPILE;
import static dev.errata.maven.e2e.SingleModuleIT.NO_PAYMENT;
import static dev.errata.maven.e2e.SingleModuleIT.RECOMPILING;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;

/**
 * Three modules: {@code catalogs} ships a catalog as a resource, {@code errors} generates from it (through the
 * class path) and from a catalog in its own folder, {@code app} uses what {@code errors} generates. A catalog
 * edit in the sibling module regenerates {@code errors} whether Maven starts at the reactor root or in the
 * module's folder (then the sibling comes as a changed jar from the local repository).
 */
class ReactorIT {

    private static final String FRAUD = "  - code: 3\n    name: Fraud\n    message: The order looks fraudulent\n";

    @Test
    void siblingAndModuleCatalogEditsRegenerateFromTheRootAndFromTheModuleFolder() throws Exception {
        Path root = NestedMaven.project("reactor", "reactor");
        Path errors = root.resolve("errors");
        Path sibling = root.resolve("catalogs/src/main/resources/catalogs/shop.yaml");
        Path classes = errors.resolve("target/classes");
        Path shopError = errors.resolve("target/generated-sources/annotations/com/example/errors/ShopError.java");
        Path localError = errors.resolve("target/generated-sources/annotations/com/example/local/LocalError.java");

        NestedMaven.run(root, "install").assertSuccess();
        assertThat(Files.readString(shopError, StandardCharsets.UTF_8)).contains("OUT_OF_STOCK(");

        // From the root: the sibling's resources are copied before 'errors' starts, and 'errors' regenerates.
        NestedMaven.appendToCatalog(sibling, NO_PAYMENT);
        NestedMaven.Build fromRoot = NestedMaven.run(root, "compile").assertSuccess()
                .assertLogContains("Errata: catalog catalogs/shop.yaml on the class path changed; the processor runs again",
                        "the plugin names the changed catalog");
        assertWithMessage("'errors' and 'app' recompiled from the root\n%s", fromRoot.tail(30))
                .that(fromRoot.count(RECOMPILING)).isEqualTo(2);
        assertThat(NestedMaven.enumConstants(classes, "com.example.errors.ShopError")).contains("NO_PAYMENT");

        // From the module folder: the sibling arrives as a rebuilt jar in the local repository.
        NestedMaven.appendToCatalog(sibling, FRAUD);
        NestedMaven.run(root.resolve("catalogs"), "install").assertSuccess();
        NestedMaven.run(errors, "compile").assertSuccess()
                .assertLogContains("Errata: catalog catalogs/shop.yaml on the class path changed", "the changed jar is noticed")
                .assertLogContains(RECOMPILING, "a changed catalog jar must recompile");
        assertThat(Files.readString(shopError, StandardCharsets.UTF_8)).contains("FRAUD(");
        assertThat(NestedMaven.enumConstants(classes, "com.example.errors.ShopError")).contains("FRAUD");

        // A catalog in the module's own folder (outside its resources), edited and built from the module folder.
        NestedMaven.edit(errors.resolve("catalogs/local.yaml"), "Try again later", "Try again in a minute");
        NestedMaven.run(errors, "compile").assertSuccess()
                .assertLogContains("Errata: catalog catalogs/local.yaml changed", "the module's own catalog is noticed");
        assertThat(Files.readString(localError, StandardCharsets.UTF_8)).contains("Try again in a minute");

        // Nothing changed: no module recompiles, nothing is rewritten.
        FileTime shopAt = NestedMaven.modified(shopError);
        FileTime localAt = NestedMaven.modified(localError);
        NestedMaven.Build again = NestedMaven.run(root, "compile").assertSuccess()
                .assertLogLacks(RECOMPILING, "nothing changed, so nothing may be recompiled");
        assertWithMessage("modules up to date\n%s", again.tail(30)).that(again.count(NOTHING_TO_COMPILE)).isEqualTo(2);
        assertThat(NestedMaven.modified(shopError)).isEqualTo(shopAt);
        assertThat(NestedMaven.modified(localError)).isEqualTo(localAt);
    }
}
