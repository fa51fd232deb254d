/** The seed catalog of the OpenSRS Email Admin (OMA) API, from the errata-catalogs jar, for the decode benchmarks. */
@ErrorCatalog("classpath:errata/catalogs/opensrs-oma.yaml")
package dev.errata.benchmarks.seeds.oma;

import dev.errata.ErrorCatalog;
