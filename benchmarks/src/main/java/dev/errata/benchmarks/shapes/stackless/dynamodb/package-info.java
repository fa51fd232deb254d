/**
 * The example's test catalog dynamodb.yaml, with 'generation: stackTraces: false' added (SyntheticCatalogs --stackless-seeds), for the decode benchmarks against hand-written Jackson
 * (HandWrittenDecodeBenchmark); the build copies it to target/catalogs.
 */
@ErrorCatalog("stackless-dynamodb.yaml")
package dev.errata.benchmarks.shapes.stackless.dynamodb;

import dev.errata.ErrorCatalog;
