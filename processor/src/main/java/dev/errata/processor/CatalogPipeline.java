package dev.errata.processor;

import dev.errata.processor.bind.CatalogBinder;
import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.locate.CatalogLocator;
import dev.errata.processor.locate.CatalogSource;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ExceptionBase;
import dev.errata.processor.validate.CatalogValidator;
import dev.errata.processor.validate.ExceptionBaseValidator;
import dev.errata.processor.write.GeneratedSource;
import dev.errata.processor.write.GeneratedSources;
import dev.errata.processor.write.wire.Jackson;
import dev.errata.processor.yaml.YamlLimits;
import dev.errata.processor.yaml.YamlNode;
import java.util.List;
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
    record Result(Optional<CatalogSource> source, Optional<Catalog> catalog, List<GeneratedSource> sources) {}

    private final CatalogLocator locator;
    private final ExceptionBaseValidator exceptionBaseValidator;
    private final YamlLimits limits;
    private final boolean sealed;
    private final Optional<String> generatedAnnotation;
    private final Optional<Jackson> jackson;

    CatalogPipeline(CatalogLocator locator, ExceptionBaseValidator exceptionBaseValidator, YamlLimits limits, boolean sealed,
            Optional<String> generatedAnnotation, Optional<Jackson> jackson) {
        this.jackson = jackson;
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
        // Diagnostics name the real file, so that an IDE console links them; generated code names the location.
        Optional<YamlNode> tree = new dev.errata.processor.yaml.YamlTreeReader(limits)
                .read(source.get().shownAs(), source.get().bytes(), diagnostics);
        if (tree.isEmpty()) {
            return new Result(source, Optional.empty(), List.of());
        }
        Optional<Catalog> catalog = new CatalogBinder(diagnostics).bind(location, tree.get());
        if (catalog.isEmpty()) {
            return new Result(source, Optional.empty(), List.of());
        }
        new CatalogValidator(diagnostics).validate(catalog.get());
        Optional<ExceptionBase> base = exceptionBaseValidator.validate(catalog.get(), packageName, diagnostics);
        if (diagnostics.hasErrors() || base.isEmpty()) {
            return new Result(source, catalog, List.of());
        }
        return new Result(source, catalog, GeneratedSources.of(catalog.get(), packageName, sealed, generatedAnnotation,
                base.get(), jackson));
    }
}
