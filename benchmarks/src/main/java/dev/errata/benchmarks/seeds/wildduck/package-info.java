/** The seed catalog of the WildDuck API, from the errata-catalogs jar, for the decode benchmarks. */
@ErrorCatalog("classpath:errata/catalogs/wildduck.yaml")
package dev.errata.benchmarks.seeds.wildduck;

import dev.errata.ErrorCatalog;
