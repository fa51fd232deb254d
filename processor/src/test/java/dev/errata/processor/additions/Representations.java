package dev.errata.processor.additions;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.nio.file.Path;

/**
 * Compiles one catalog in the representation a test asks for: every format addition must work alike in the
 * enum (up to 250 codes by default) and in the table form (beyond, or {@code generation.enum: never}).
 */
final class Representations {

    static final String PACKAGE = "com.example.additions";

    private Representations() {}

    /**
     * Compiles {@code yaml} (a catalog without a {@code generation} section) at {@code --release 8} with every
     * lint warning an error, as an enum when {@code table} is false, else in the table form with one exception
     * class per code.
     */
    static CompiledClasses compile(Path dir, String yaml, boolean table) {
        return compileWith(dir, table ? yaml + "generation:\n  enum: never\n  exceptionClasses: perCode\n" : yaml);
    }

    /** As {@link #compile}, in the table form with one exception class per category (the form past 250 codes). */
    static CompiledClasses compilePerCategory(Path dir, String yaml) {
        return compileWith(dir, yaml + "generation:\n  enum: never\n  exceptionClasses: perCategory\n");
    }

    private static CompiledClasses compileWith(Path dir, String catalog) {
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("catalog.yaml", catalog)
                .inPackage(PACKAGE)
                .options("--release 8 -Xlint:all,-options -Werror")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledClasses(compilation, PACKAGE);
    }
}
