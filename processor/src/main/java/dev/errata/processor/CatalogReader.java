package dev.errata.processor;

import dev.errata.processor.bind.CatalogBinder;
import dev.errata.processor.compat.AcceptedChanges;
import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.locate.CatalogSource;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.validate.CatalogValidator;
import dev.errata.processor.yaml.YamlLimits;
import dev.errata.processor.yaml.YamlNode;
import dev.errata.processor.yaml.YamlTreeReader;
import java.util.Optional;

/**
 * The stages of the pipeline that need no compiler: parse → bind → validate. The annotation processor runs
 * them inside {@link CatalogPipeline}, the CLI runs them on a file; both report the same diagnostics. What
 * needs javac's view of the class path (the {@code exceptionBase} check) is the processor's alone.
 */
public final class CatalogReader {

    private final YamlLimits limits;

    public CatalogReader(YamlLimits limits) {
        this.limits = limits;
    }

    /**
     * The catalog in {@code source}, bound and validated; empty if it could not be read. Validation errors
     * are reported into {@code diagnostics} and the catalog is still returned (the caller decides whether
     * errors stop it).
     */
    public Optional<Catalog> read(CatalogSource source, Diagnostics diagnostics) {
        return readTree(source, diagnostics).map(Parsed::catalog);
    }

    /**
     * A catalog, the tree it was bound from, and its {@code accepted} list (the breaking-change check's, not
     * the writers' business, so it stays out of the model).
     */
    public record Parsed(YamlNode tree, Catalog catalog, AcceptedChanges accepted) {}

    /** As {@link #read}, keeping the tree. */
    public Optional<Parsed> readTree(CatalogSource source, Diagnostics diagnostics) {
        // Diagnostics name the real file, so that an IDE console links them; generated code names the location.
        Optional<YamlNode> tree = new YamlTreeReader(limits).read(source.shownAs(), source.bytes(), diagnostics);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        Optional<Catalog> catalog = new CatalogBinder(diagnostics).bind(source.location(), tree.get());
        catalog.ifPresent(c -> new CatalogValidator(diagnostics).validate(c));
        if (catalog.isEmpty()) {
            return Optional.empty();
        }
        // Checked whether or not a lock file is there: a malformed entry is an error the day it is written.
        AcceptedChanges accepted = AcceptedChanges.read(tree.get(), diagnostics);
        return Optional.of(new Parsed(tree.get(), catalog.get(), accepted));
    }
}
