/**
 * The OpenSRS Email Admin (OMA) API's errors, compiled from the seed catalog in the errata-catalogs jar: the
 * service throws these exceptions, the clients catch them. Everything in this package but this file is
 * generated.
 */
@ErrorCatalog("classpath:errata/catalogs/opensrs-oma.yaml")
package dev.errata.example.spring.oma;

import dev.errata.ErrorCatalog;
