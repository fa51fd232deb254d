package dev.errata.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Category;
import dev.errata.processor.model.CodeType;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.HttpStatusEntry;
import dev.errata.processor.model.Wire;
import java.util.Optional;

/**
 * What every writer of one catalog shares: the catalog, where its types go, their names, and what the
 * compiling source level allows.
 *
 * @param catalog the validated catalog
 * @param packageName the annotated package
 * @param sealed whether the source level has sealed classes (17 and up)
 * @param generatedAnnotation the {@code @Generated} type the source level has, if any
 * @param checkedExceptions whether the exception base is a checked exception
 * @param jackson the Jackson on the compile class path, if any: decoders are generated only with one
 */
record WriteContext(
        Catalog catalog,
        String packageName,
        boolean sealed,
        Optional<ClassName> generatedAnnotation,
        boolean checkedExceptions,
        Optional<Jackson> jackson) {

    static final ClassName CATALOG_ERROR = ClassName.get("dev.errata", "CatalogError");
    static final ClassName UNKNOWN_CATALOG_ERROR = ClassName.get("dev.errata", "UnknownCatalogError");
    static final ClassName ERROR_RESPONSE = ClassName.get("dev.errata", "ErrorResponse");
    static final ClassName JSON_TEXT = ClassName.get("dev.errata", "JsonText");
    static final String PROCESSOR = "dev.errata.processor.ErrataProcessor";

    GeneratedNames names() {
        return new GeneratedNames(catalog.name());
    }

    ClassName errorEnum() {
        return ClassName.get(packageName, names().errorEnum());
    }

    ClassName categoryEnum() {
        return errorEnum().nestedClass("Category");
    }

    ClassName baseException() {
        return ClassName.get(packageName, names().baseException());
    }

    ClassName unknownException() {
        return ClassName.get(packageName, names().unknownException());
    }

    ClassName tables() {
        return ClassName.get(packageName, names().tables());
    }

    ClassName httpStatusEnum() {
        return ClassName.get(packageName, names().httpStatusEnum());
    }

    ClassName statusException(HttpStatusEntry status) {
        return ClassName.get(packageName, names().statusException(status));
    }

    ClassName uncategorizedException() {
        return ClassName.get(packageName, names().uncategorizedException());
    }

    /** Whether each code has its own exception class (else one concrete class per category). */
    boolean classPerCode() {
        return catalog.usesClassPerCode();
    }

    /** {@code error.ordinal()} for the enum form, {@code error.index()} for the class form. */
    String positionOf(String error) {
        return error + (catalog.usesEnum() ? ".ordinal()" : ".index()");
    }

    ClassName batchException() {
        return ClassName.get(packageName, names().batchException());
    }

    ClassName batchResult() {
        return ClassName.get(packageName, names().batchResult());
    }

    ClassName json() {
        return ClassName.get(packageName, names().json());
    }

    ClassName decoder() {
        return ClassName.get(packageName, names().decoder());
    }

    ClassName renderer() {
        return ClassName.get(packageName, names().renderer());
    }

    Optional<Wire> wire() {
        return catalog.wire();
    }

    boolean hasBatch() {
        return catalog.wire().flatMap(Wire::batchPath).isPresent();
    }

    ClassName categoryException(Category category) {
        return ClassName.get(packageName, names().categoryException(category));
    }

    ClassName errorException(ErrorEntry error) {
        return ClassName.get(packageName, names().errorException(error));
    }

    /** {@code int} or {@code String}. */
    TypeName codeType() {
        return catalog.codeType() == CodeType.INTEGER ? TypeName.INT : ClassName.get(String.class);
    }

    boolean integerCodes() {
        return catalog.codeType() == CodeType.INTEGER;
    }

    /** The code as a Java literal of {@link #codeType()}. */
    String codeLiteral(ErrorEntry error) {
        return integerCodes() ? error.code() : Literals.quote(error.code());
    }

    /** The code as it reads in Javadoc. */
    String codeDoc(ErrorEntry error) {
        return Docs.code(error.code());
    }

    /** The catalog's display name for Javadoc: its title, else its name. */
    String displayName() {
        return Docs.text(catalog.title().orElse(catalog.name()));
    }

    /** {@code @Generated("dev.errata.processor.ErrataProcessor", comments = "catalog: ...")}, no date. */
    Optional<AnnotationSpec> generated() {
        return generatedAnnotation.map(type -> AnnotationSpec.builder(type)
                .addMember("value", "$S", PROCESSOR)
                .addMember("comments", "$L", Literals.quote("catalog: " + catalog.location()))
                .build());
    }
}
