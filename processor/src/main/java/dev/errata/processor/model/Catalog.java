package dev.errata.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole catalog, as the writers see it: immutable, validated, every default resolved.
 *
 * @param location the catalog as named in {@code @ErrorCatalog}
 * @param name prefix of the generated types, such as {@code Oma}
 * @param title the vendor's name for the API
 * @param description what the catalog holds
 * @param version the catalog's or the page's version
 * @param source where the entries were copied from
 * @param codeType the Java type of codes
 * @param codePattern the regular expression every string code matches, if declared
 * @param exceptionBase fully qualified superclass of the generated base exception
 * @param categories in catalog order
 * @param httpStatuses in catalog order
 * @param errors in catalog order
 * @param namePosition where the catalog's name is written
 * @param exceptionBasePosition where exceptionBase is written (the name's position when absent)
 */
public record Catalog(
        String location,
        String name,
        Optional<String> title,
        Optional<String> description,
        Optional<String> version,
        Optional<String> source,
        CodeType codeType,
        Optional<String> codePattern,
        String exceptionBase,
        List<Category> categories,
        List<HttpStatusEntry> httpStatuses,
        List<ErrorEntry> errors,
        dev.errata.processor.diagnostic.SourcePosition namePosition,
        dev.errata.processor.diagnostic.SourcePosition exceptionBasePosition) {

    public Catalog {
        categories = List.copyOf(categories);
        httpStatuses = List.copyOf(httpStatuses);
        errors = List.copyOf(errors);
    }

    /** The entries of one category, in catalog order. */
    public List<ErrorEntry> errorsIn(Category category) {
        return errors.stream().filter(e -> e.category().map(category::equals).orElse(false)).toList();
    }

    /** The entries that belong to no category, in catalog order. */
    public List<ErrorEntry> uncategorizedErrors() {
        return errors.stream().filter(e -> e.category().isEmpty()).toList();
    }
}
