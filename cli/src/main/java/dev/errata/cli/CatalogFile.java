package dev.errata.cli;

import dev.errata.processor.CatalogReader;
import dev.errata.processor.compat.CompatibilityCheck;
import dev.errata.processor.compat.LockFile;
import dev.errata.processor.diagnostic.Diagnostic;
import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.locate.CatalogLocator;
import dev.errata.processor.locate.CatalogSource;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.yaml.YamlLimits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One catalog file read as the processor reads it: {@link CatalogLocator#readFile} then {@link CatalogReader}
 * (parse, bind, validate), then the breaking-change check against the lock file beside it. Not checked:
 * {@code exceptionBase}, which needs the compile class path (the processor checks it).
 *
 * @param path the file
 * @param parsed the catalog and its tree, if it could be read
 * @param diagnostics everything reported
 */
record CatalogFile(Path path, Optional<CatalogReader.Parsed> parsed, Diagnostics diagnostics) {

    static CatalogFile read(Path path) {
        return read(path, true);
    }

    /** The catalog, checked against its lock file if {@code againstLock} and there is one. */
    static CatalogFile read(Path path, boolean againstLock) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<CatalogSource> source = CatalogLocator.readFile(path, YamlLimits.DEFAULT.maxBytes(), diagnostics);
        Optional<CatalogReader.Parsed> parsed = source.flatMap(s -> new CatalogReader(YamlLimits.DEFAULT).readTree(s, diagnostics));
        if (againstLock && parsed.isPresent() && !diagnostics.hasErrors()) {
            Path lock = lockFile(path);
            if (Files.isRegularFile(lock)) {
                try {
                    LockFile.read(lock.toString(), Files.readAllBytes(lock), diagnostics).ifPresent(baseline ->
                            CompatibilityCheck.check(parsed.get().catalog(), parsed.get().accepted(), baseline,
                                    lock.getFileName().toString(), diagnostics));
                } catch (IOException e) {
                    throw new Main.TroubleException("cannot read " + lock + ": " + e.getMessage());
                }
            }
        }
        return new CatalogFile(path, parsed, diagnostics);
    }

    /** The lock file's place beside the catalog. */
    static Path lockFile(Path catalog) {
        return catalog.resolveSibling(LockFile.nameFor(catalog.getFileName().toString()));
    }

    /** The catalog, if it was read without an error. */
    Optional<Catalog> valid() {
        return diagnostics.hasErrors() ? Optional.empty() : parsed.map(CatalogReader.Parsed::catalog);
    }

    /** Prints every diagnostic as {@code SEVERITY [errata:tag] file:line:column: text}; returns whether any is an error. */
    boolean print(PrintStream out) {
        for (Diagnostic diagnostic : diagnostics.all()) {
            out.println(diagnostic.severity() + " " + diagnostic.render());
        }
        return diagnostics.hasErrors();
    }

    /** Reads a catalog that a command needs valid: prints its diagnostics, and fails the command when it has errors. */
    static Catalog requireValid(Path path, PrintStream out) {
        return requireValid(read(path), out).catalog();
    }

    /** As {@link #requireValid(Path, PrintStream)}, for a file already read. */
    static CatalogReader.Parsed requireValid(CatalogFile file, PrintStream out) {
        if (file.print(out)) {
            throw new Findings();
        }
        return file.parsed().orElseThrow(Findings::new);
    }

    /** The catalog has errors, already printed: exit 1. */
    static final class Findings extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Findings() {
            super(null, null, false, false);
        }
    }
}
