package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which exceptions record a stack trace: a category's {@code stackTraces} wins over the catalog's
 * {@code generation.stackTraces}, and codes the catalog does not list (its fallback exception) follow the
 * catalog's choice, so a catalog that asks for no stack traces gets none on any path.
 */
class StackTraceChoiceTest {

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void categoriesOverrideTheCatalogAndUnlistedCodesFollowIt(boolean catalogStackTraces) {
        String yaml = "errata: 1\nname: Flow\ncodes: {type: integer}\n"
                + "generation:\n  stackTraces: " + catalogStackTraces + "\n"
                + "categories:\n"
                + "  - id: traced\n    stackTraces: true\n"
                + "  - id: untraced\n    stackTraces: false\n"
                + "  - id: default\n"
                + "errors:\n"
                + "  - {code: 1, name: TracedFailure, message: Traced., category: traced}\n"
                + "  - {code: 2, name: UntracedFailure, message: Untraced., category: untraced}\n"
                + "  - {code: 3, name: DefaultFailure, message: By default., category: default}\n";
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("flow.yaml", yaml)
                .inPackage("com.example.flow")
                .options("--release 8 -Xlint:all,-options -Werror")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses flow = new CompiledClasses(compilation, "com.example.flow");

        assertThat(traced(flow, 1)).isTrue();
        assertThat(traced(flow, 2)).isFalse();
        assertWithMessage("listed code of a category without its own choice").that(traced(flow, 3))
                .isEqualTo(catalogStackTraces);
        assertWithMessage("unlisted code").that(traced(flow, 99)).isEqualTo(catalogStackTraces);
    }

    private static boolean traced(CompiledClasses flow, int code) {
        Throwable exception = (Throwable) flow.callStatic("FlowErrors", "exceptionFor", code, "as received");
        return exception.getStackTrace().length > 0;
    }
}
