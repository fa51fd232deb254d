package dev.errata.processor.model;

/**
 * The simple names of the types generated for a catalog. The validator checks them for clashes and
 * the writers use them, so both agree by construction.
 */
public final class GeneratedNames {

    /** Entries per data class of a catalog too large for an enum, at most (see {@link InitializerSize#tableChunk}). */
    public static final int TABLE_CHUNK = 500;

    /** What the fallback class is named after when an entry or category takes {@code Unknown}. */
    public static final String UNLISTED_CODE = "UnlistedCode";

    private final String prefix;
    private final boolean unknownTaken;

    /**
     * The names of a catalog called {@code catalogName} whose entries and categories are not known (yet): its
     * fallback is taken to be {@code <Name>UnknownException}, which {@link #catalogTypes()} lists beside the
     * other name the fallback may have.
     */
    public GeneratedNames(String catalogName) {
        this(catalogName, false);
    }

    private GeneratedNames(String catalogName, boolean unknownTaken) {
        this.prefix = catalogName;
        this.unknownTaken = unknownTaken;
    }

    public GeneratedNames(Catalog catalog) {
        this(catalog.name(), catalog.errors().stream().anyMatch(e -> e.javaName().equals("Unknown"))
                || catalog.categories().stream().anyMatch(c -> c.javaName().equals("Unknown")));
    }

    /** {@code OmaError}: the enum of codes. */
    public String errorEnum() {
        return prefix + "Error";
    }

    /** {@code OmaException}: the base of the hierarchy. */
    public String baseException() {
        return prefix + "Exception";
    }

    /**
     * {@code OmaUnknownException}: thrown for codes the catalog does not list. When an entry or a category is
     * named {@code Unknown} (gRPC's {@code UNKNOWN}), that name is theirs and the fallback is
     * {@code OmaUnlistedCodeException}.
     */
    public String unknownException() {
        return prefix + (unknownTaken ? UNLISTED_CODE : "Unknown") + "Exception";
    }

    /**
     * {@code OmaNotAnErrorException}: what {@code exceptionFor} gives for a success or warning code, which has no
     * exception class of its own; generated only for catalogs that list such codes.
     */
    public String notAnErrorException() {
        return prefix + "NotAnErrorException";
    }

    /** {@code OmaErrors}: the lookup tables. */
    public String tables() {
        return prefix + "Errors";
    }

    /** {@code OmaHttpStatus}: the HTTP-level outcomes, when the catalog lists any. */
    public String httpStatusEnum() {
        return prefix + "HttpStatus";
    }

    /** {@code OmaAuthenticationException}: a category's abstract class. */
    public String categoryException(Category category) {
        return exceptionOf(category.javaName());
    }

    /**
     * {@code StripeUnlistedCardException}: a category's final class for the codes the catalog does not list that
     * a response shows to be of that category.
     */
    public String unlistedException(Category category) {
        return prefix + "Unlisted" + category.javaName() + "Exception";
    }

    /** {@code OmaInvalidCredentialsException}: an entry's final class. */
    public String errorException(ErrorEntry error) {
        return exceptionOf(error.javaName());
    }

    /** {@code OmaBadRequestException}: an HTTP-level outcome's final class. */
    public String statusException(HttpStatusEntry status) {
        return exceptionOf(status.javaName());
    }

    /** The exception class of an entry, a category or a status named {@code javaName}. */
    public String exceptionOf(String javaName) {
        return prefix + javaName + "Exception";
    }

    /** {@code OmaBatchException}: a batch response with failed items. */
    public String batchException() {
        return prefix + "BatchException";
    }

    /** {@code OmaBatchResult}: the per-item outcome of a batch response. */
    public String batchResult() {
        return prefix + "BatchResult";
    }

    /** {@code OmaJson}: reads response bodies with Jackson (package-private). */
    public String json() {
        return prefix + "Json";
    }

    /** {@code OmaDecoder}: turns response bodies into exceptions (package-private). */
    public String decoder() {
        return prefix + "Decoder";
    }

    /** {@code OmaRenderer}: writes exceptions as response bodies (package-private). */
    public String renderer() {
        return prefix + "Renderer";
    }

    /** {@code OmaCodec}: the wire codec, {@code dev.errata.ErrorCodec} over the catalog's exceptions (public). */
    public String codec() {
        return prefix + "Codec";
    }

    /** {@code OmaErrorTable0}: data of a catalog too large for an enum, one class per slice (package-private). */
    public String errorTable(int chunk) {
        return prefix + "ErrorTable" + chunk;
    }

    /** {@code OmaUncategorizedException}: with one exception class per category, the class of uncategorized codes. */
    public String uncategorizedException() {
        return prefix + "UncategorizedException";
    }

    /** Every type a catalog of this name may generate but those of its entries, categories and statuses. */
    public java.util.List<String> catalogTypes() {
        return java.util.List.of(errorEnum(), baseException(), unknownException(), prefix + UNLISTED_CODE + "Exception",
                notAnErrorException(), tables(), httpStatusEnum(), batchException(), batchResult(), json(), decoder(),
                renderer(), codec(), errorTable(0), uncategorizedException());
    }

    /** The enum constant of an entry: {@code INVALID_CREDENTIALS}. */
    public static String constant(ErrorEntry error) {
        return error.constantName();
    }

    /** The enum constant of an HTTP-level outcome: {@code BAD_REQUEST}. */
    public static String constant(HttpStatusEntry status) {
        return JavaNames.constantName(status.javaName());
    }

    /** The nested enum constant of a category: {@code RATE_LIMIT}. */
    public static String constant(Category category) {
        return JavaNames.constantName(category.javaName());
    }
}
