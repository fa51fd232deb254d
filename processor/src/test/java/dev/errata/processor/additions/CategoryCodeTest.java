package dev.errata.processor.additions;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.processor.testing.CompiledClasses.call;

import dev.errata.CatalogError;
import dev.errata.processor.testing.CompiledClasses;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A category that owns its generic code (PostgreSQL's 23000 of class 23): that code's exception is the
 * category's class itself, concrete and still the superclass of the category's other codes; its entry and the
 * category may share a name. In every representation.
 */
class CategoryCodeTest {

    private static final String CATALOG = """
            errata: 1
            name: Pg
            codes:
              type: string
            categories:
              - id: integrity-constraint-violation
                code: '23000'
              - id: successful-completion
                code: '00000'
            errors:
              - code: '00000'
                name: SuccessfulCompletion
                kind: success
                message: Done.
              - code: '23000'
                name: IntegrityConstraintViolation
                message: Integrity constraint violated.
              - code: '23505'
                name: UniqueViolation
                message: 'Duplicate key: {key}.'
                parameters: {key: string}
                category: integrity-constraint-violation
            """;

    @TempDir Path dir;

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void theOwnCodeIsThrownAsTheCategoryClass(boolean table) throws ReflectiveOperationException {
        CompiledClasses pg = Representations.compile(dir, CATALOG, table);
        Class<?> category = pg.type("PgIntegrityConstraintViolationException");
        assertThat(Modifier.isAbstract(category.getModifiers())).isFalse();
        Object generic = pg.callStatic("PgErrors", "exceptionFor", "23000", null);
        assertThat(generic.getClass()).isEqualTo(category);
        assertThat(((Throwable) generic).getMessage()).isEqualTo("Integrity constraint violated.");
        assertThat(((CatalogError) call(generic, "error")).codeString()).isEqualTo("23000");
        Object unique = pg.callStatic("PgErrors", "exceptionFor", "23505", "as received");
        assertThat(unique.getClass().getSimpleName()).isEqualTo("PgUniqueViolationException");
        assertThat(category.isInstance(unique)).isTrue();
        Object built = category.getConstructor().newInstance();
        assertThat(((CatalogError) call(built, "error")).codeString()).isEqualTo("23000");
        assertThat(((CatalogError) call(built, "error")).categoryId()).hasValue("integrity-constraint-violation");
    }

    @ParameterizedTest(name = "table form: {0}")
    @ValueSource(booleans = {false, true})
    void theCategoryKnowsItsOwnEntry(boolean table) {
        CompiledClasses pg = Representations.compile(dir, CATALOG, table);
        Object generic = ((Optional<?>) pg.callStatic("PgErrors", "fromCode", "23000")).orElseThrow();
        Object category = call(generic, "category");
        assertThat(((Optional<?>) category).map(c -> call(c, "entry")).orElseThrow()).isEqualTo(Optional.of(generic));
        Object success = ((Optional<?>) pg.callStatic("PgErrors", "fromCode", "00000")).orElseThrow();
        // A success owned by its category: linked, but nothing is thrown as it.
        assertThat(((Optional<?>) call(success, "category")).map(c -> call(c, "entry")).orElseThrow())
                .isEqualTo(Optional.of(success));
        assertThat(pg.generated("PgSuccessfulCompletionException")).isFalse();
    }

    @Test
    void withOneClassPerCategoryTheOwnCodeHasItsConstructorsToo(@TempDir Path dir) throws ReflectiveOperationException {
        CompiledClasses pg = Representations.compilePerCategory(dir, CATALOG);
        Class<?> category = pg.type("PgIntegrityConstraintViolationException");
        Object unique = pg.callStatic("PgErrors", "exceptionFor", "23505", null);
        assertThat(unique.getClass()).isEqualTo(category);
        Object built = category.getConstructor(String.class).newInstance("as received");
        assertThat(((CatalogError) call(built, "error")).codeString()).isEqualTo("23000");
    }
}
