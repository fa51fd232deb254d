/**
 * The example's test catalog dynamodb.yaml, as the example's tests compile it, for the decode benchmarks against hand-written Jackson
 * (HandWrittenDecodeBenchmark); the build copies it to target/catalogs.
 */
@ErrorCatalog("dynamodb.yaml")
package dev.errata.benchmarks.shapes.dynamodb;

import dev.errata.ErrorCatalog;
