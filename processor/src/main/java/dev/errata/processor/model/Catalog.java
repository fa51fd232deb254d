package dev.errata.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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
 * @param wire how errors look in HTTP responses, if the catalog says
 * @param generation how the code is shaped
 * @param codeBase what integer codes are counted from ({@code codes.base}): an entry's code is base + its
 *     written code, the table's offset; absent for codes written as the vendor sends them
 * @param messageSyntax how messages are written
 * @param attributes the per-entry attributes the catalog declares, in catalog order
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
        dev.errata.processor.diagnostic.SourcePosition exceptionBasePosition,
        Optional<Wire> wire,
        Generation generation,
        OptionalInt codeBase,
        MessageSyntax messageSyntax,
        List<Attribute> attributes) {

    /**
     * Whether {@code <Name>Error} is an enum (else a final class whose entries live in arrays): up to
     * {@link Generation#AUTO_ENUM_LIMIT} codes, and while the enum's static initializer stays within its budget
     * ({@code auto}), or always.
     */
    public boolean usesEnum() {
        return generation.usesEnum(errors.size()) && (generation.enumMode() == Generation.Mode.ON
                || InitializerSize.enumBytes(this) <= InitializerSize.ENUM_BUDGET);
    }

    /** Entries per data class of the table form (see {@link InitializerSize#tableChunk}). */
    public int tableChunk() {
        return InitializerSize.tableChunk(this);
    }

    /** Whether each code has its own exception class (else each category has one concrete class). */
    public boolean usesClassPerCode() {
        return generation.usesClassPerCode(errors.size());
    }

    /** Whether exceptions of {@code error} record a stack trace: its category's choice, else the catalog's. */
    public boolean stackTraces(ErrorEntry error) {
        return error.category().flatMap(Category::stackTraces).orElse(generation.stackTraces());
    }

    /**
     * Whether any exception is created without a stack trace: a listed entry's, or, when the catalog asks for
     * none, the exceptions of codes it does not list.
     */
    public boolean anyStackless() {
        return !generation.stackTraces() || errors.stream().anyMatch(e -> !stackTraces(e));
    }

    /** The code as the catalog writes it: with {@code codes.base}, the offset; else the code itself. */
    public String writtenCode(ErrorEntry error) {
        if (codeBase.isEmpty()) {
            return error.code();
        }
        return Long.toString((long) Integer.parseInt(error.code()) - codeBase.getAsInt());
    }

    /** Whether any entry gives a symbol: then entries have {@code symbol()}. */
    public boolean hasSymbols() {
        return errors.stream().anyMatch(e -> e.symbol().isPresent());
    }

    /** Whether any entry gives aliases: then entries have {@code aliases()}. */
    public boolean hasAliases() {
        return errors.stream().anyMatch(e -> !e.aliases().isEmpty());
    }

    /** Whether any entry is of another kind than error: then entries have {@code kind()}. */
    public boolean hasKinds() {
        return errors.stream().anyMatch(e -> e.kind() != EntryKind.ERROR);
    }

    /** Whether any entry is a success or a warning: then {@code <Name>NotAnErrorException} exists. */
    public boolean hasOutcomes() {
        return errors.stream().anyMatch(e -> e.kind().isOutcome());
    }

    /** Whether any entry is reserved: then the fallback exception can carry a listed entry. */
    public boolean hasReserved() {
        return errors.stream().anyMatch(e -> e.kind() == EntryKind.RESERVED);
    }

    /** Whether {@code error} is thrown as an exception of its own or its category's: it is of kind error. */
    public boolean isThrown(ErrorEntry error) {
        return error.kind() == EntryKind.ERROR;
    }

    /**
     * Whether {@code error} has an exception class of its own (with a class per code): a thrown entry that is
     * not its category's own code, whose class is the category's.
     */
    public boolean hasOwnClass(ErrorEntry error) {
        return isThrown(error) && !error.ownedByCategory();
    }

    /** The category's own entry ({@code categories[].code}), if it names one. */
    public Optional<ErrorEntry> ownEntry(Category category) {
        if (category.ownCode().isEmpty()) {
            return Optional.empty();
        }
        return errors.stream().filter(e -> e.ownedByCategory() && e.category().map(category::equals).orElse(false))
                .findFirst();
    }

    /** Whether the category's class is thrown for its own code: it owns a thrown entry. */
    public boolean ownsThrownEntry(Category category) {
        return ownEntry(category).filter(this::isThrown).isPresent();
    }

    /**
     * Whether a category has an exception class: unless all its entries are successes, warnings or reserved
     * codes, which nothing throws (an empty category keeps its class, open for subclasses).
     */
    public boolean hasExceptionClass(Category category) {
        List<ErrorEntry> members = errorsIn(category);
        return members.isEmpty() || members.stream().anyMatch(this::isThrown) || !errorStatusesIn(category).isEmpty();
    }

    /** The entries of one category with a class of their own, in catalog order: the subclasses it permits. */
    public List<ErrorEntry> ownClassErrorsIn(Category category) {
        return errorsIn(category).stream().filter(this::hasOwnClass).toList();
    }

    /** The thrown entries that belong to no category, in catalog order. */
    public List<ErrorEntry> thrownUncategorizedErrors() {
        return uncategorizedErrors().stream().filter(this::isThrown).toList();
    }

    /** The HTTP-level outcomes that are errors, each with an exception class. */
    public List<HttpStatusEntry> errorStatuses() {
        return httpStatuses.stream().filter(s -> !s.success()).toList();
    }

    public Catalog {
        attributes = List.copyOf(attributes);
        categories = List.copyOf(categories);
        httpStatuses = List.copyOf(httpStatuses);
        errors = List.copyOf(errors);
    }

    /** The entries of one category, in catalog order. */
    public List<ErrorEntry> errorsIn(Category category) {
        return errors.stream().filter(e -> e.category().map(category::equals).orElse(false)).toList();
    }

    /** The HTTP-level error outcomes of one category, in catalog order. */
    public List<HttpStatusEntry> errorStatusesIn(Category category) {
        return errorStatuses().stream().filter(s -> s.category().map(category::equals).orElse(false)).toList();
    }

    /** The HTTP-level error outcomes that belong to no category, in catalog order. */
    public List<HttpStatusEntry> uncategorizedErrorStatuses() {
        return errorStatuses().stream().filter(s -> s.category().isEmpty()).toList();
    }

    /** The entries that belong to no category, in catalog order. */
    public List<ErrorEntry> uncategorizedErrors() {
        return errors.stream().filter(e -> e.category().isEmpty()).toList();
    }

    /**
     * The categories whose errors arrive with each HTTP status: by a category's own status, an entry's, or an
     * {@code httpStatuses} entry's; statuses in ascending order, categories in catalog order.
     */
    public java.util.SortedMap<Integer, java.util.Set<Category>> categoriesByStatus() {
        java.util.SortedMap<Integer, java.util.Set<Category>> byStatus = new java.util.TreeMap<>();
        for (Category category : categories) {
            category.httpStatus().ifPresent(s -> byStatus.computeIfAbsent(s, k -> new java.util.LinkedHashSet<>())
                    .add(category));
        }
        for (ErrorEntry error : errors) {
            if (error.httpStatus().isPresent() && error.category().isPresent()) {
                byStatus.computeIfAbsent(error.httpStatus().getAsInt(), k -> new java.util.LinkedHashSet<>())
                        .add(error.category().get());
            }
        }
        for (HttpStatusEntry status : httpStatuses) {
            status.category().ifPresent(c -> byStatus.computeIfAbsent(status.status(), k -> new java.util.LinkedHashSet<>())
                    .add(c));
        }
        return byStatus;
    }

    /**
     * The category an error arriving with an error status (not 2xx) belongs to when nothing else tells: the one
     * category of that status, for each status that has exactly one.
     */
    public java.util.SortedMap<Integer, Category> categoryOfErrorStatus() {
        java.util.SortedMap<Integer, Category> byStatus = new java.util.TreeMap<>();
        categoriesByStatus().forEach((status, categories) -> {
            if ((status < 200 || status > 299) && categories.size() == 1 && hasExceptionClass(categories.iterator().next())) {
                byStatus.put(status, categories.iterator().next());
            }
        });
        return byStatus;
    }
}
