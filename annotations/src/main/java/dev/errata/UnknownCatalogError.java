package dev.errata;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A code that a catalog does not list, as returned by the generated total lookups
 * ({@code <Name>Errors.lookup(code)}) so that an unexpected code never fails a caller.
 *
 * <p>It carries the code as received and nothing else: no message, not retryable; except that a code known to
 * belong to a category (a generated decoder read the category beside the code, or from the HTTP status) carries
 * that category's id and its {@code retryable}.
 */
public final class UnknownCatalogError implements CatalogError {

    private static final long serialVersionUID = 1L;

    private final String catalogName;
    private final String codeString;
    private final String categoryId;
    private final boolean retryable;

    /**
     * Describes {@code codeString}, a code that catalog {@code catalogName} does not list.
     *
     * @param catalogName the catalog's name, such as {@code "Oma"}
     * @param codeString the code as received, in text form
     */
    public UnknownCatalogError(String catalogName, String codeString) {
        this(catalogName, codeString, null, false);
    }

    /**
     * Describes {@code codeString}, a code that catalog {@code catalogName} does not list, of a category it
     * does.
     *
     * @param catalogName the catalog's name, such as {@code "Stripe"}
     * @param codeString the code as received, in text form; empty when the error had none
     * @param categoryId the category's id, such as {@code "card"}, or null for none
     * @param retryable whether the category's errors may succeed if retried
     */
    public UnknownCatalogError(String catalogName, String codeString, String categoryId, boolean retryable) {
        this.catalogName = Objects.requireNonNull(catalogName, "catalogName");
        this.codeString = Objects.requireNonNull(codeString, "codeString");
        this.categoryId = categoryId;
        this.retryable = retryable;
    }

    @Override
    public String catalogName() {
        return catalogName;
    }

    @Override
    public String codeString() {
        return codeString;
    }

    @Override
    public Optional<String> message() {
        return Optional.empty();
    }

    @Override
    public Optional<String> description() {
        return Optional.empty();
    }

    @Override
    public Optional<String> solution() {
        return Optional.empty();
    }

    @Override
    public OptionalInt httpStatus() {
        return OptionalInt.empty();
    }

    @Override
    public boolean retryable() {
        return retryable;
    }

    @Override
    public boolean deprecated() {
        return false;
    }

    @Override
    public Optional<String> categoryId() {
        return Optional.ofNullable(categoryId);
    }

    @Override
    public boolean known() {
        return false;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof UnknownCatalogError)) {
            return false;
        }
        UnknownCatalogError that = (UnknownCatalogError) other;
        return catalogName.equals(that.catalogName) && codeString.equals(that.codeString)
                && Objects.equals(categoryId, that.categoryId) && retryable == that.retryable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalogName, codeString, categoryId, retryable);
    }

    @Override
    public String toString() {
        return catalogName + " code " + codeString + " (not in the catalog"
                + (categoryId == null ? "" : "; category " + categoryId) + ")";
    }
}
