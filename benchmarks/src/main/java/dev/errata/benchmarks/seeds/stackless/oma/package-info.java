/**
 * The seed catalog of the OpenSRS Email Admin (OMA) API with {@code generation: stackTraces: false} added (a copy the build makes,
 * see SyntheticCatalogs --stackless-seeds): the decode benchmarks without the cost of a stack trace.
 */
@ErrorCatalog("stackless-opensrs-oma.yaml")
package dev.errata.benchmarks.seeds.stackless.oma;

import dev.errata.ErrorCatalog;
