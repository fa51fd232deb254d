/**
 * The example's test catalog stripe.yaml, with 'generation: stackTraces: false' added (SyntheticCatalogs --stackless-seeds), for the decode benchmarks against hand-written Jackson
 * (HandWrittenDecodeBenchmark); the build copies it to target/catalogs.
 */
@ErrorCatalog("stackless-stripe.yaml")
package dev.errata.benchmarks.shapes.stackless.stripe;

import dev.errata.ErrorCatalog;
