/**
 * The seed catalog of the OpenX Platform API with {@code generation: stackTraces: false} added (a copy the build makes,
 * see SyntheticCatalogs --stackless-seeds): the decode benchmarks without the cost of a stack trace.
 */
@ErrorCatalog("stackless-openx-platform.yaml")
package dev.errata.benchmarks.seeds.stackless.openx;

import dev.errata.ErrorCatalog;
