package dev.errata.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dense integer codes are looked up by {@code code - first} in int arithmetic, which wraps around: codes at
 * either end of the int range, and codes far from the table, must still find exactly the listed entries.
 */
class DenseCodeEdgesTest {

    private static final int[] PROBES = {
        Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MIN_VALUE + 2, Integer.MIN_VALUE + 3, -3, -2, -1, 0, 1, 2,
        Integer.MAX_VALUE - 3, Integer.MAX_VALUE - 2, Integer.MAX_VALUE - 1, Integer.MAX_VALUE
    };

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -3, 0, 1, Integer.MAX_VALUE - 2})
    void onlyListedCodesAreFound(int first) {
        int[] listed = {first, first + 2};
        StringBuilder yaml = new StringBuilder("errata: 1\nname: Edge\ncodes: {type: integer}\nerrors:\n");
        for (int i = 0; i < listed.length; i++) {
            yaml.append("  - code: ").append(listed[i]).append("\n    name: Listed").append(i)
                    .append("\n    message: Listed ").append(i).append(".\n");
        }
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog("edge.yaml", yaml.toString())
                .inPackage("com.example.edge")
                .options("--release 8 -Xlint:all,-options -Werror")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses edge = new CompiledClasses(compilation, "com.example.edge");

        for (int probe : PROBES) {
            Optional<?> found = (Optional<?>) edge.callStatic("EdgeError", "fromCode", probe);
            boolean isListed = probe == listed[0] || probe == listed[1];
            assertWithMessage("code %s with first %s", probe, first).that(found.isPresent()).isEqualTo(isListed);
        }
        for (int code : listed) {
            Optional<?> found = (Optional<?>) edge.callStatic("EdgeError", "fromCode", code);
            assertThat(CompiledClasses.call(found.orElseThrow(), "code")).isEqualTo(code);
        }
    }
}
