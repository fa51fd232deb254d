/** The seed catalog of the Huawei Cloud OSM API, from the errata-catalogs jar, for the decode benchmarks. */
@ErrorCatalog("classpath:errata/catalogs/huawei-cloud-osm.yaml")
package dev.errata.benchmarks.seeds.osm;

import dev.errata.ErrorCatalog;
