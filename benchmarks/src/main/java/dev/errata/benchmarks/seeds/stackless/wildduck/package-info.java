/**
 * The seed catalog of the WildDuck API with {@code generation: stackTraces: false} added (a copy the build makes,
 * see SyntheticCatalogs --stackless-seeds): the decode benchmarks without the cost of a stack trace.
 */
@ErrorCatalog("stackless-wildduck.yaml")
package dev.errata.benchmarks.seeds.stackless.wildduck;

import dev.errata.ErrorCatalog;
