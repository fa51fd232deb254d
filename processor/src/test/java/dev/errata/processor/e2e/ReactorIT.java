package dev.errata.processor.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.processor.e2e.RegenerationIT.NOTHING_TO_COMPILE;
import static dev.errata.processor.e2e.RegenerationIT.NO_PAYMENT;
import static dev.errata.processor.e2e.RegenerationIT.RECOMPILING;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;

/**
 * A module-relative catalog ({@code catalogs/shop.yaml} in the module's own folder, not in its resources) in a
 * two-module build: found, and regenerated after a catalog-only edit, whether Maven starts at the reactor root
 * or in the module's folder.
 */
class ReactorIT {

    private static final String FRAUD = "  - code: 3\n    name: Fraud\n    message: The order looks fraudulent\n";

    @Test
    void moduleRelativeCatalogWorksFromReactorRootAndFromModuleFolder() throws Exception {
        Path root = NestedMaven.project("reactor", "reactor");
        Path errors = root.resolve("errors");
        Path catalog = errors.resolve("catalogs/shop.yaml");
        Path classes = errors.resolve("target/classes");
        Path generated = errors.resolve("target/generated-sources/annotations/com/example/errors/ShopError.java");

        NestedMaven.run(root, NestedMaven.currentJdk(), "compile").assertSuccess();
        assertThat(Files.readString(generated, StandardCharsets.UTF_8)).contains("OUT_OF_STOCK(");

        // From the root: the module regenerates, and the module using it recompiles against the new classes.
        NestedMaven.appendToCatalog(catalog, errors.resolve("target"), NO_PAYMENT);
        NestedMaven.Build fromRoot = NestedMaven.run(root, NestedMaven.currentJdk(), "compile").assertSuccess();
        assertWithMessage("modules recompiled from the root after a catalog edit\n%s", fromRoot.tail(30))
                .that(fromRoot.count(RECOMPILING)).isEqualTo(2);
        assertThat(Files.readString(generated, StandardCharsets.UTF_8)).contains("NO_PAYMENT(");
        assertThat(NestedMaven.enumConstants(classes, "com.example.errors.ShopError")).contains("NO_PAYMENT");

        // From the module's folder.
        NestedMaven.appendToCatalog(catalog, errors.resolve("target"), FRAUD);
        NestedMaven.run(errors, NestedMaven.currentJdk(), "compile").assertSuccess()
                .assertLogContains(RECOMPILING, "a catalog-only edit must recompile when building from the module folder");
        assertThat(Files.readString(generated, StandardCharsets.UTF_8)).contains("FRAUD(");
        assertThat(NestedMaven.enumConstants(classes, "com.example.errors.ShopError")).contains("FRAUD");

        // Nothing changed: neither module recompiles.
        FileTime generatedAt = NestedMaven.modified(generated);
        NestedMaven.Build again = NestedMaven.run(root, NestedMaven.currentJdk(), "compile").assertSuccess()
                .assertLogLacks(RECOMPILING, "nothing changed, so nothing may be recompiled");
        assertWithMessage("modules up to date\n%s", again.tail(30)).that(again.count(NOTHING_TO_COMPILE)).isEqualTo(2);
        assertThat(NestedMaven.modified(generated)).isEqualTo(generatedAt);
    }
}
