/**
 * The seed catalog of the Huawei Cloud OSM API with {@code generation: stackTraces: false} added (a copy the build makes,
 * see SyntheticCatalogs --stackless-seeds): the decode benchmarks without the cost of a stack trace.
 */
@ErrorCatalog("stackless-huawei-cloud-osm.yaml")
package dev.errata.benchmarks.seeds.stackless.osm;

import dev.errata.ErrorCatalog;
