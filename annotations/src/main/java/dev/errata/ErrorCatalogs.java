package dev.errata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Holds repeated {@link ErrorCatalog} annotations; write {@code @ErrorCatalog} twice instead of using it. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface ErrorCatalogs {

    /** The repeated annotations, in source order. */
    ErrorCatalog[] value();
}
