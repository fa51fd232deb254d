package dev.errata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an error catalog (a YAML file) whose enum, exception hierarchy and lookup tables the Errata
 * annotation processor generates into the annotated package.
 *
 * <pre>{@code
 * @ErrorCatalog("catalogs/opensrs-oma.yaml")
 * package com.acme.oma;
 * }</pre>
 *
 * <p>The location is one of:
 * <ul>
 *   <li>an absolute path: {@code /srv/catalogs/oma.yaml};
 *   <li>a relative path: looked up under the folder given by the processor option
 *       {@code -Aerrata.catalogRoot=...} if set, else on the class output and class path (where Maven
 *       copies resources before compiling, so {@code src/main/resources/catalogs/oma.yaml} is found as
 *       {@code catalogs/oma.yaml}; Gradle does not, so Gradle builds set the option), then on the source
 *       path, then under the module's own folder (the nearest folder above the class output that holds
 *       {@code pom.xml} or {@code build.gradle[.kts]});
 *   <li>{@code classpath:path/in/a/jar.yaml}: only on the class path, for catalogs shipped in a jar.
 * </ul>
 *
 * <p>Repeat the annotation to generate several catalogs into one package; their generated type names
 * must differ, which the catalogs' {@code name} keys decide.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
@Repeatable(ErrorCatalogs.class)
public @interface ErrorCatalog {

    /** Where the catalog is: an absolute path, a relative path or {@code classpath:path}. */
    String value();
}
