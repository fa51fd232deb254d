package dev.errata.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.CatalogError;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What holds for every generated catalog, checked against the generated types of one catalog: every code
 * resolves to its constant and to its own final exception class, which sits under its category's sealed
 * class; the count is exact; no two codes share a constant or a class; an unlisted code falls back to the
 * unknown exception.
 *
 * @param <E> the generated {@code <Name>Error} enum
 * @param <C> its {@code Category} enum
 * @param <X> the generated {@code <Name>Exception} base class
 */
abstract class CatalogContract<E extends Enum<E> & CatalogError, C extends Enum<C>, X extends RuntimeException> {

    /** {@code <Name>Error.values()}. */
    abstract E[] constants();

    /** How many entries the vendor's page has. */
    abstract int expectedCount();

    /** {@code <Name>Error.Category.values()}. */
    abstract C[] categories();

    /** {@code constant.category()}. */
    abstract Optional<C> categoryOf(E constant);

    /** {@code <Name>Errors.fromCode(code)}, with the code as received in text form. */
    abstract Optional<E> fromCode(String code);

    /** {@code <Name>Errors.lookup(code)}, with the code as received in text form. */
    abstract CatalogError lookup(String code);

    /** {@code <Name>Errors.exceptionFor(code, message)}, with the code as received in text form. */
    abstract X exceptionFor(String code, String message);

    /** {@code e.error()}. */
    abstract CatalogError errorOf(X e);

    /** {@code <Name>Exception.class}. */
    abstract Class<X> baseClass();

    /** {@code <Name>UnknownException.class}. */
    abstract Class<? extends X> unknownClass();

    /**
     * {@code <Name>Errors.exceptionFor(category, code, message)}: the exception of a code, and of a code the catalog
     * does not list, the category's class for such codes (the seed catalogs all have a wire section).
     */
    abstract X exceptionFor(C category, String code, String message);

    /** The abstract class generated for each category, written out by hand as a reader of the catalog would. */
    abstract Map<C, Class<? extends X>> categoryClasses();

    /** A code the catalog does not list. */
    abstract String unlistedCode();

    /** The catalog's {@code name}. */
    abstract String catalogName();

    /**
     * Final classes directly under the base class that stand for no code: {@code <Name>BatchException} when the
     * catalog's wire section has {@code batch}; none by default.
     */
    Set<Class<? extends X>> otherLeaves() {
        return Set.of();
    }

    @Test
    void countIsExactlyThePagesCount() {
        assertThat(constants()).hasLength(expectedCount());
    }

    @Test
    void everyCodeResolvesToItsConstant() {
        for (E constant : constants()) {
            assertWithMessage(constant.name()).that(fromCode(constant.codeString())).hasValue(constant);
            assertWithMessage(constant.name()).that(lookup(constant.codeString())).isSameInstanceAs(constant);
            assertWithMessage(constant.name()).that(constant.catalogName()).isEqualTo(catalogName());
            assertWithMessage(constant.name()).that(constant.known()).isTrue();
        }
    }

    @Test
    void everyCodeResolvesToItsLeafException() {
        for (E constant : constants()) {
            X e = exceptionFor(constant.codeString(), null);
            Class<?> leaf = e.getClass();
            assertWithMessage(constant.name()).that(errorOf(e)).isSameInstanceAs(constant);
            assertWithMessage(constant.name()).that(leaf).isNotEqualTo(unknownClass());
            assertWithMessage(leaf + " is final").that(Modifier.isFinal(leaf.getModifiers())).isTrue();
            assertWithMessage(leaf.getName()).that(leaf.getPackageName()).isEqualTo(baseClass().getPackageName());
            // No message received: the catalog's message, else its description, else the code.
            String expected = constant.message().orElse(constant.description().orElse(constant.codeString()));
            assertWithMessage(constant.name()).that(e.getMessage()).isEqualTo(expected);
            // A message received is kept as received.
            assertWithMessage(constant.name()).that(exceptionFor(constant.codeString(), "as sent").getMessage())
                    .isEqualTo("as sent");
        }
    }

    @Test
    void everyLeafIsAnInstanceOfItsConstantsCategoryClass() throws ReflectiveOperationException {
        for (E constant : constants()) {
            X e = exceptionFor(constant.codeString(), null);
            Optional<C> category = categoryOf(constant);
            if (category.isEmpty()) {
                assertWithMessage(constant.name() + " has no category").that(e.getClass().getSuperclass())
                        .isEqualTo(baseClass());
                continue;
            }
            Class<? extends X> categoryClass = categoryClasses().get(category.get());
            assertWithMessage(constant.name()).that(e).isInstanceOf(categoryClass);
            assertWithMessage(constant.name()).that(e.getClass().getSuperclass()).isEqualTo(categoryClass);
            assertWithMessage(constant.name()).that(categoryClass.getMethod("category").invoke(e))
                    .isSameInstanceAs(category.get());
            assertWithMessage(constant.name()).that(constant.categoryId()).isPresent();
        }
    }

    @Test
    void noTwoCodesShareAConstantOrClass() {
        Set<String> codes = new HashSet<>();
        Set<E> constants = new HashSet<>();
        Set<Class<?>> classes = new HashSet<>();
        for (E constant : constants()) {
            codes.add(constant.codeString());
            constants.add(fromCode(constant.codeString()).orElseThrow());
            classes.add(exceptionFor(constant.codeString(), null).getClass());
        }
        assertThat(codes).hasSize(expectedCount());
        assertThat(constants).hasSize(expectedCount());
        assertThat(classes).hasSize(expectedCount());
    }

    @Test
    void categoryClassesAreTheSealedMiddleOfTheHierarchy() {
        assertThat(categoryClasses().keySet()).containsExactlyElementsIn(categories());
        Set<Class<?>> uncategorized = new LinkedHashSet<>();
        for (E constant : constants()) {
            if (categoryOf(constant).isEmpty()) {
                uncategorized.add(exceptionFor(constant.codeString(), null).getClass());
            }
        }
        Set<Class<?>> expectedUnderBase = new LinkedHashSet<>(categoryClasses().values());
        expectedUnderBase.add(unknownClass());
        expectedUnderBase.addAll(uncategorized);
        expectedUnderBase.addAll(otherLeaves());
        for (Class<?> leaf : otherLeaves()) {
            assertWithMessage(leaf + " is final").that(Modifier.isFinal(leaf.getModifiers())).isTrue();
        }
        assertThat(baseClass().isSealed()).isTrue();
        assertThat(Modifier.isAbstract(baseClass().getModifiers())).isTrue();
        assertThat(withoutHttpStatusLeaves(baseClass().getPermittedSubclasses())).containsExactlyElementsIn(expectedUnderBase);

        for (C category : categories()) {
            Class<? extends X> categoryClass = categoryClasses().get(category);
            assertWithMessage(categoryClass.getName()).that(categoryClass.isSealed()).isTrue();
            assertWithMessage(categoryClass.getName()).that(Modifier.isAbstract(categoryClass.getModifiers())).isTrue();
            assertWithMessage(categoryClass.getName()).that(categoryClass.getSuperclass()).isEqualTo(baseClass());
            List<Class<?>> leaves = Arrays.stream(constants())
                    .filter(constant -> categoryOf(constant).equals(Optional.of(category)))
                    .map(constant -> exceptionFor(constant.codeString(), null).getClass())
                    .collect(Collectors.toList());
            // Codes the catalog does not list that a response shows to be of this category: a final class of their own.
            X unlisted = exceptionFor(category, unlistedCode(), null);
            Class<?> unlistedClass = unlisted.getClass();
            assertWithMessage(unlistedClass.getName()).that(unlistedClass.getSuperclass()).isEqualTo(categoryClass);
            assertWithMessage(unlistedClass.getName()).that(Modifier.isFinal(unlistedClass.getModifiers())).isTrue();
            assertThat(unlistedClass.getSimpleName()).isEqualTo(catalogName() + "Unlisted"
                    + categoryClass.getSimpleName().substring(catalogName().length()));
            assertThat(leaves).doesNotContain(unlistedClass);
            leaves.add(unlistedClass);
            CatalogError unlistedError = errorOf(unlisted);
            assertThat(unlistedError.known()).isFalse();
            assertThat(unlistedError.codeString()).isEqualTo(unlistedCode());
            assertThat(unlistedError.categoryId()).hasValue(categoryIdOf(category));
            assertWithMessage(categoryClass.getName())
                    .that(withoutHttpStatusLeaves(categoryClass.getPermittedSubclasses())).containsExactlyElementsIn(leaves);
        }
    }

    /** A category's id, as its {@code id()} gives it. */
    private static String categoryIdOf(Enum<?> category) {
        try {
            return (String) category.getClass().getMethod("id").invoke(category);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The permitted classes other than those of HTTP-level outcomes (whose entry is the HttpStatus enum). */
    private static List<Class<?>> withoutHttpStatusLeaves(Class<?>[] permitted) {
        return Arrays.stream(permitted).filter(type -> !isHttpStatusLeaf(type)).collect(Collectors.toList());
    }

    private static boolean isHttpStatusLeaf(Class<?> type) {
        try {
            return type.getMethod("error").getReturnType().getSimpleName().endsWith("HttpStatus");
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void anUnlistedCodeFallsBackToTheUnknownException() {
        String code = unlistedCode();
        assertThat(fromCode(code)).isEmpty();

        X e = exceptionFor(code, "as sent");
        assertThat(e).isInstanceOf(unknownClass());
        assertThat(e.getMessage()).isEqualTo("as sent");
        CatalogError error = errorOf(e);
        assertThat(error.known()).isFalse();
        assertThat(error.catalogName()).isEqualTo(catalogName());
        assertThat(error.codeString()).isEqualTo(code);
        assertThat(error.retryable()).isFalse();
        assertThat(error.message()).isEmpty();
        assertThat(error.httpStatus()).isEmpty();
        assertThat(error.categoryId()).isEmpty();

        assertThat(exceptionFor(code, null).getMessage()).contains(code);
        assertThat(lookup(code).known()).isFalse();
        assertThat(lookup(code).codeString()).isEqualTo(code);
    }

    @Test
    void noCodeAtAllFallsBackToTheUnknownExceptionToo() {
        assertThat(fromCode(null)).isEmpty();
        X e = exceptionFor(null, null);
        assertThat(e).isInstanceOf(unknownClass());
        assertThat(errorOf(e).codeString()).isEmpty();
        assertThat(e.getMessage()).isNotNull();
    }
}
