/** The seed catalog of the OpenX Platform API, from the errata-catalogs jar, for the decode benchmarks. */
@ErrorCatalog("classpath:errata/catalogs/openx-platform.yaml")
package dev.errata.benchmarks.seeds.openx;

import dev.errata.ErrorCatalog;
