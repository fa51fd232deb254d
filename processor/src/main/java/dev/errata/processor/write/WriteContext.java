package dev.errata.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.ExceptionBase;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.HttpStatusEntry;
import dev.errata.processor.model.Wire;
import java.util.List;
import java.util.Optional;
import dev.errata.processor.write.wire.Jackson;
import dev.errata.processor.write.text.Literals;
import dev.errata.processor.write.text.Docs;

/**
 * What every writer of one catalog shares: the catalog, where its types go, their names, and what the
 * compiling source level allows.
 *
 * @param catalog the validated catalog
 * @param packageName the annotated package
 * @param sealed whether the source level has sealed classes (17 and up)
 * @param generatedAnnotation the {@code @Generated} type the source level has, if any
 * @param exceptionBase the class the catalog's base exception extends
 * @param jackson the Jackson on the compile class path, if any: decoders are generated only with one
 * @param httpClient whether the compiled code can see {@code java.net.http.HttpHeaders} (Java 11 and up, and in a
 *     named module one that reads {@code java.net.http}): decoding methods then take its headers too
 * @param names the generated types' names, worked out once: finding them looks at every entry, and the writers
 *     ask for them once per entry
 */
public record WriteContext(
        Catalog catalog,
        String packageName,
        boolean sealed,
        Optional<ClassName> generatedAnnotation,
        ExceptionBase exceptionBase,
        Optional<Jackson> jackson,
        boolean httpClient,
        GeneratedNames names) {

    public WriteContext(Catalog catalog, String packageName, boolean sealed, Optional<ClassName> generatedAnnotation,
            ExceptionBase exceptionBase, Optional<Jackson> jackson, boolean httpClient) {
        this(catalog, packageName, sealed, generatedAnnotation, exceptionBase, jackson, httpClient,
                new GeneratedNames(catalog));
    }

    public static final ClassName CATALOG_ERROR = ClassName.get("dev.errata", "CatalogError");
    public static final ClassName UNKNOWN_CATALOG_ERROR = ClassName.get("dev.errata", "UnknownCatalogError");
    public static final ClassName ERROR_RESPONSE = ClassName.get("dev.errata", "ErrorResponse");
    public static final ClassName JSON_TEXT = ClassName.get("dev.errata", "JsonText");
    public static final ClassName JSON_OBJECT_MAP = ClassName.get("dev.errata", "JsonObjectMap");
    public static final ClassName ERROR_KIND = ClassName.get("dev.errata", "ErrorKind");
    public static final ClassName PRINTF = ClassName.get("dev.errata", "Printf");
    static final String PROCESSOR = "dev.errata.processor.ErrataProcessor";

    /** Whether the exception base is a checked exception. */
    public boolean checkedExceptions() {
        return exceptionBase.checked();
    }

    /**
     * The class the base exception extends, named from its package and nesting as the class path has them
     * (its written form cannot tell a package {@code com.Acme} from a class, nor a class {@code myBase} from a
     * package).
     */
    public ClassName exceptionBaseClass() {
        List<String> names = exceptionBase.simpleNames();
        return ClassName.get(exceptionBase.packageName(), names.get(0),
                names.subList(1, names.size()).toArray(new String[0]));
    }

    public ClassName errorEnum() {
        return ClassName.get(packageName, names().errorEnum());
    }

    public ClassName categoryEnum() {
        return errorEnum().nestedClass("Category");
    }

    public ClassName baseException() {
        return ClassName.get(packageName, names().baseException());
    }

    public ClassName unknownException() {
        return ClassName.get(packageName, names().unknownException());
    }

    public ClassName notAnErrorException() {
        return ClassName.get(packageName, names().notAnErrorException());
    }

    public ClassName tables() {
        return ClassName.get(packageName, names().tables());
    }

    public ClassName httpStatusEnum() {
        return ClassName.get(packageName, names().httpStatusEnum());
    }

    public ClassName statusException(HttpStatusEntry status) {
        return ClassName.get(packageName, names().statusException(status));
    }

    public ClassName uncategorizedException() {
        return ClassName.get(packageName, names().uncategorizedException());
    }

    /** Whether each code has its own exception class (else one concrete class per category). */
    public boolean classPerCode() {
        return catalog.usesClassPerCode();
    }

    /** {@code error.ordinal()} for the enum form, {@code error.index()} for the class form. */
    public String positionOf(String error) {
        return error + (catalog.usesEnum() ? ".ordinal()" : ".index()");
    }

    public ClassName batchException() {
        return ClassName.get(packageName, names().batchException());
    }

    public ClassName batchResult() {
        return ClassName.get(packageName, names().batchResult());
    }

    public ClassName json() {
        return ClassName.get(packageName, names().json());
    }

    public ClassName decoder() {
        return ClassName.get(packageName, names().decoder());
    }

    public ClassName renderer() {
        return ClassName.get(packageName, names().renderer());
    }

    public ClassName codec() {
        return ClassName.get(packageName, names().codec());
    }

    public Optional<Wire> wire() {
        return catalog.wire();
    }

    public boolean hasBatch() {
        return catalog.wire().flatMap(Wire::batchPath).isPresent();
    }

    public ClassName categoryException(Category category) {
        return ClassName.get(packageName, names().categoryException(category));
    }

    /** The class of the codes a category's responses carry that the catalog does not list. */
    public ClassName unlistedException(Category category) {
        return ClassName.get(packageName, names().unlistedException(category));
    }

    /**
     * Whether each category has a class of its own for the codes the catalog does not list: with a wire section
     * (the decoder finds them), where each code has a class; with one class per category, that class serves.
     */
    public boolean unlistedClasses() {
        return catalog.wire().isPresent() && classPerCode();
    }

    public ClassName errorException(ErrorEntry error) {
        return ClassName.get(packageName, names().errorException(error));
    }

    /** {@code int} or {@code String}. */
    public TypeName codeType() {
        return catalog.codeType() == CodeType.INTEGER ? TypeName.INT : ClassName.get(String.class);
    }

    public boolean integerCodes() {
        return catalog.codeType() == CodeType.INTEGER;
    }

    /** The code as a Java literal of {@link #codeType()}. */
    public String codeLiteral(ErrorEntry error) {
        return integerCodes() ? error.code() : Literals.quote(error.code());
    }

    /** The code as it reads in Javadoc; with {@code codes.base}, its offset follows. */
    public String codeDoc(ErrorEntry error) {
        return Docs.code(error.code()) + (catalog.codeBase().isPresent()
                ? " (offset " + catalog.writtenCode(error) + ")" : "");
    }

    /** The catalog's display name for Javadoc: its title, else its name. */
    public String displayName() {
        return Docs.text(catalog.title().orElse(catalog.name()));
    }

    /** {@code @Generated("dev.errata.processor.ErrataProcessor", comments = "catalog: ...")}, no date. */
    public Optional<AnnotationSpec> generated() {
        return generatedAnnotation.map(type -> AnnotationSpec.builder(type)
                .addMember("value", "$S", PROCESSOR)
                .addMember("comments", "$L", Literals.constant("catalog: " + catalog.location()))
                .build());
    }
}
