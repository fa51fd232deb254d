/**
 * The example's test catalog stripe.yaml, as the example's tests compile it, for the decode benchmarks against hand-written Jackson
 * (HandWrittenDecodeBenchmark); the build copies it to target/catalogs.
 */
@ErrorCatalog("stripe.yaml")
package dev.errata.benchmarks.shapes.stripe;

import dev.errata.ErrorCatalog;
