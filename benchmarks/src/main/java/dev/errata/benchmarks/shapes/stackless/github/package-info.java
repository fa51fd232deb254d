/**
 * The example's test catalog github.yaml, with 'generation: stackTraces: false' added (SyntheticCatalogs --stackless-seeds), for the decode benchmarks against hand-written Jackson
 * (HandWrittenDecodeBenchmark); the build copies it to target/catalogs.
 */
@ErrorCatalog("stackless-github.yaml")
package dev.errata.benchmarks.shapes.stackless.github;

import dev.errata.ErrorCatalog;
