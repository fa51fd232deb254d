package dev.errata.maven;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.processor.manifest.InputsManifest;
import dev.errata.processor.manifest.InputsManifest.CatalogRecord;
import dev.errata.processor.manifest.InputsManifest.LockFileRecord;
import dev.errata.processor.manifest.InputsManifest.Origin;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The comparison alone, against a build whose every answer the test sets. */
class ChangedInputsTest {

    /** A build as the test describes it. */
    private static final class Build implements CurrentInputs {
        Optional<String> version = Optional.of("1.0");
        Optional<String> jar = Optional.of("jar-sha");
        Optional<Map<String, String>> options = Optional.of(Map.of());
        final Map<String, String> files = new HashMap<>();
        final Map<String, String> classPath = new HashMap<>();
        final Set<String> types = new HashSet<>();

        @Override
        public Optional<String> processorVersion() {
            return version;
        }

        @Override
        public Optional<String> processorJarSha256() {
            return jar;
        }

        @Override
        public Optional<Map<String, String>> errataOptions() {
            return options;
        }

        @Override
        public Optional<String> fileSha256(String path) {
            return Optional.ofNullable(files.get(path));
        }

        @Override
        public Optional<String> classOutputResourceSha256(String name) {
            return Optional.ofNullable(files.get("src/main/resources/" + name));
        }

        @Override
        public Optional<String> classPathResourceSha256(String name) {
            return Optional.ofNullable(classPath.get(name));
        }

        @Override
        public boolean onClassPath(String type) {
            return types.contains(type);
        }
    }

    private static InputsManifest manifest(boolean namedModule, Map<String, String> options, Map<String, Boolean> probes) {
        return new InputsManifest("1.0", Optional.of("jar-sha"), namedModule, options, probes, List.of(
                new CatalogRecord("a", "catalogs/a.yaml", Origin.CLASS_OUTPUT, "catalogs/a.yaml", "a1", Map.of(),
                        Optional.of(new LockFileRecord(Origin.FILE, "src/main/resources/catalogs/a.lock.json",
                                Optional.of("lock-a1")))),
                new CatalogRecord("b", "classpath:b.yaml", Origin.CLASS_PATH, "b.yaml", "b1", Map.of(),
                        Optional.of(new LockFileRecord(Origin.CLASS_PATH, "b.lock.json", Optional.empty()))),
                new CatalogRecord("c", "/abs/c.yaml", Origin.FILE, "/abs/c.yaml", "c1", Map.of(), Optional.empty())));
    }

    private static Build unchanged() {
        Build build = new Build();
        build.files.put("src/main/resources/catalogs/a.yaml", "a1");
        build.files.put("src/main/resources/catalogs/a.lock.json", "lock-a1");
        build.classPath.put("b.yaml", "b1");
        build.files.put("/abs/c.yaml", "c1");
        build.types.add("com.fasterxml.jackson.core.JsonFactory");
        return build;
    }

    private static final Map<String, Boolean> JACKSON_2 = Map.of("com.fasterxml.jackson.core.JsonFactory", true,
            "tools.jackson.core.json.JsonFactory", false);

    @Test
    void sameInputsGiveNoReason() throws IOException {
        assertThat(ChangedInputs.between(manifest(false, Map.of(), JACKSON_2), unchanged())).isEmpty();
    }

    @Test
    void eachChangedCatalogIsNamedByHowItWasFound() throws IOException {
        Build build = unchanged();
        build.files.put("src/main/resources/catalogs/a.yaml", "a2");
        build.classPath.put("b.yaml", "b2");
        build.files.remove("/abs/c.yaml");
        assertThat(ChangedInputs.between(manifest(false, Map.of(), JACKSON_2), build)).containsExactly(
                "catalog catalogs/a.yaml changed", "catalog b.yaml on the class path changed", "catalog /abs/c.yaml is gone")
                .inOrder();
    }

    @Test
    void aLockFileAddedChangedOrRemovedIsAReasonLikeTheCatalog() throws IOException {
        InputsManifest manifest = manifest(false, Map.of(), JACKSON_2);
        Build changed = unchanged();
        changed.files.put("src/main/resources/catalogs/a.lock.json", "lock-a2");
        assertThat(ChangedInputs.between(manifest, changed))
                .containsExactly("lock file src/main/resources/catalogs/a.lock.json changed");
        Build removed = unchanged();
        removed.files.remove("src/main/resources/catalogs/a.lock.json");
        assertThat(ChangedInputs.between(manifest, removed))
                .containsExactly("lock file src/main/resources/catalogs/a.lock.json is gone");
        // None was there when the processor looked: one that appears makes the check run.
        Build added = unchanged();
        added.classPath.put("b.lock.json", "lock-b1");
        assertThat(ChangedInputs.between(manifest, added)).containsExactly("lock file b.lock.json on the class path was added");
    }

    @Test
    void processorVersionOrRebuiltJarIsAReason() throws IOException {
        Build newer = unchanged();
        newer.version = Optional.of("1.1");
        assertThat(ChangedInputs.between(manifest(false, Map.of(), JACKSON_2), newer))
                .containsExactly("errata-processor changed from 1.0 to 1.1");
        Build rebuilt = unchanged();
        rebuilt.jar = Optional.of("other-sha");
        assertThat(ChangedInputs.between(manifest(false, Map.of(), JACKSON_2), rebuilt))
                .containsExactly("the errata-processor jar changed (a rebuilt 1.0)");
        Build unknown = unchanged();
        unknown.version = Optional.empty();
        unknown.jar = Optional.empty();
        assertThat(ChangedInputs.between(manifest(false, Map.of(), JACKSON_2), unknown)).isEmpty();
    }

    @Test
    void optionsAddedRemovedOrChangedAreReasonsUnlessTheSetUpCannotBeRead() throws IOException {
        Build build = unchanged();
        build.options = Optional.of(Map.of("errata.jackson", "3", "errata.catalogRoot", "/x"));
        assertThat(ChangedInputs.between(manifest(false, Map.of("errata.jackson", "2", "errata.other", "1"), JACKSON_2), build))
                .containsExactly("option -Aerrata.catalogRoot=/x was added", "option -Aerrata.jackson changed from 2 to 3",
                        "option -Aerrata.other was removed").inOrder();
        build.options = Optional.empty();
        assertThat(ChangedInputs.between(manifest(false, Map.of("errata.jackson", "2"), JACKSON_2), build)).isEmpty();
    }

    @Test
    void jacksonComingOrGoingIsAReasonButInANamedModuleOnlyGoing() throws IOException {
        Build added = unchanged();
        added.types.add("tools.jackson.core.json.JsonFactory");
        assertThat(ChangedInputs.between(manifest(false, Map.of(), JACKSON_2), added))
                .containsExactly("tools.jackson.core.json.JsonFactory is now on the class path");
        // A named module sees it only once module-info.java requires it, an edit that recompiles by itself.
        assertThat(ChangedInputs.between(manifest(true, Map.of(), JACKSON_2), added)).isEmpty();
        Build removed = unchanged();
        removed.types.clear();
        assertThat(ChangedInputs.between(manifest(true, Map.of(), JACKSON_2), removed))
                .containsExactly("com.fasterxml.jackson.core.JsonFactory is no longer on the class path");
    }
}
