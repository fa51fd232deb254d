package dev.errata;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entry of an error catalog, as every generated catalog describes it: the generated
 * {@code <Name>Error} enums implement it, and {@link UnknownCatalogError} stands for codes a catalog does
 * not list.
 *
 * <p>Texts are the catalog's, word for word; what the catalog leaves out is empty here, never invented.
 */
public interface CatalogError extends Serializable {

    /** The catalog's {@code name}, such as {@code "Oma"}. */
    String catalogName();

    /** The code as the vendor sends it, in text form: {@code "7"}, {@code "UserNotFound"}, {@code "OSM.0001"}. */
    String codeString();

    /**
     * The error text the vendor sends, if the catalog gives one: exactly as the vendor writes it (a catalog's
     * {@code {{} and {@code }}} are the single braces they stand for), with any placeholder as {@code {name}}.
     */
    Optional<String> message();

    /** What the error means, if the catalog says. */
    Optional<String> description();

    /** What to do about the error, if the catalog says. */
    Optional<String> solution();

    /** The HTTP status the error arrives with, if the catalog or the entry's category says. */
    OptionalInt httpStatus();

    /** Whether the same request may succeed if retried later. */
    boolean retryable();

    /** Whether the catalog marks the entry deprecated. */
    boolean deprecated();

    /** The id of the entry's category, such as {@code "rate-limit"}, if it has one. */
    Optional<String> categoryId();

    /**
     * The vendor's identifier of the code as written, such as {@code "ER_DUP_ENTRY"}, if the catalog gives one.
     *
     * @return the symbol, if any
     */
    default Optional<String> symbol() {
        return Optional.empty();
    }

    /**
     * Further identifiers of the same code, as written, in catalog order.
     *
     * @return an unmodifiable list, empty when the catalog gives none
     */
    default List<String> aliases() {
        return Collections.emptyList();
    }

    /**
     * What the entry stands for: an error, a warning, a success, or a reserved code.
     *
     * @return {@link ErrorKind#ERROR} unless the catalog says otherwise, and for codes it does not list
     */
    default ErrorKind kind() {
        return ErrorKind.ERROR;
    }

    /** Whether the catalog lists this code; {@code false} only for {@link UnknownCatalogError}. */
    default boolean known() {
        return true;
    }
}
