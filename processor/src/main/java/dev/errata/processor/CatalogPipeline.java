package dev.errata.processor;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.locate.CatalogLocator;
import dev.errata.processor.locate.CatalogSource;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ExceptionBase;
import dev.errata.processor.validate.ExceptionBaseValidator;
import dev.errata.processor.write.GeneratedSource;
import dev.errata.processor.write.GeneratedSources;
import dev.errata.processor.write.wire.Jackson;
import dev.errata.processor.yaml.YamlLimits;
import dev.errata.processor.compat.CompatibilityCheck;
import dev.errata.processor.compat.LockFile;
import dev.errata.processor.docs.CatalogDocs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One catalog's way through the stages: locate → parse → bind → validate → write. Each stage reports into
 * the same {@link Diagnostics}; nothing is generated unless every stage found no error.
 */
final class CatalogPipeline {

    /**
     * What the pipeline produced: the file it read if it found one, the catalog if it could be read, the
     * sources if it is valid.
     */
    record Result(Optional<CatalogSource> source, Optional<Catalog> catalog, List<GeneratedSource> sources,
            Map<String, String> resources, Optional<CatalogLocator.Sibling> lockFile) {

        Result(Optional<CatalogSource> source, Optional<Catalog> catalog, List<GeneratedSource> sources) {
            this(source, catalog, sources, Map.of(), Optional.empty());
        }
    }

    private final CatalogLocator locator;
    private final ExceptionBaseValidator exceptionBaseValidator;
    private final YamlLimits limits;
    private final boolean sealed;
    private final Optional<String> generatedAnnotation;
    private final Optional<Jackson> jackson;
    private final boolean httpClient;
    private final boolean docs;

    /** @param docs whether to produce the reference docs ({@code -Aerrata.docs}) */
    CatalogPipeline(CatalogLocator locator, ExceptionBaseValidator exceptionBaseValidator, YamlLimits limits, boolean sealed,
            Optional<String> generatedAnnotation, Optional<Jackson> jackson, boolean httpClient, boolean docs) {
        this.docs = docs;
        this.jackson = jackson;
        this.httpClient = httpClient;
        this.locator = locator;
        this.exceptionBaseValidator = exceptionBaseValidator;
        this.limits = limits;
        this.sealed = sealed;
        this.generatedAnnotation = generatedAnnotation;
    }

    Result run(String location, String packageName, Diagnostics diagnostics) {
        Optional<CatalogSource> source = locator.locate(location, diagnostics);
        if (source.isEmpty()) {
            return new Result(source, Optional.empty(), List.of());
        }
        // Looked up whatever the catalog holds: the build records where, so that a lock file added later is noticed.
        String fileName = source.get().resource().substring(source.get().resource().lastIndexOf('/') + 1);
        Optional<CatalogLocator.Sibling> lock = locator.sibling(source.get(), LockFile.nameFor(fileName), diagnostics);
        Optional<CatalogReader.Parsed> parsed = new CatalogReader(limits).readTree(source.get(), diagnostics);
        if (parsed.isEmpty()) {
            return new Result(source, Optional.empty(), List.of(), Map.of(), lock);
        }
        Optional<Catalog> catalog = Optional.of(parsed.get().catalog());
        checkAgainstLockFile(parsed.get(), lock, LockFile.nameFor(fileName), diagnostics);
        Optional<ExceptionBase> base = exceptionBaseValidator.validate(catalog.get(), packageName, diagnostics);
        if (diagnostics.hasErrors() || base.isEmpty()) {
            return new Result(source, catalog, List.of(), Map.of(), lock);
        }
        Map<String, String> resources = new LinkedHashMap<>();
        if (docs) {
            new CatalogDocs(catalog.get()).files().forEach((name, text) -> resources.put(CatalogDocs.folder(packageName) + name, text));
        }
        return new Result(source, catalog, GeneratedSources.of(catalog.get(), packageName, sealed, generatedAnnotation,
                base.get(), jackson, httpClient), resources, lock);
    }

    /**
     * The breaking-change check, when a lock file stands beside the catalog: only a valid catalog is compared,
     * so that a typo is reported as itself, not as a removed code.
     */
    private void checkAgainstLockFile(CatalogReader.Parsed parsed, Optional<CatalogLocator.Sibling> lock, String lockName,
            Diagnostics diagnostics) {
        if (diagnostics.hasErrors() || lock.isEmpty() || lock.get().bytes().isEmpty()) {
            return;
        }
        LockFile.read(lock.get().shownAs(), lock.get().bytes().get(), diagnostics).ifPresent(baseline -> CompatibilityCheck
                .check(parsed.catalog(), parsed.accepted(), baseline, lockName, diagnostics));
    }
}
