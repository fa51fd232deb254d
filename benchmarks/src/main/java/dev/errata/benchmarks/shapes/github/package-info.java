/**
 * The example's test catalog github.yaml, as the example's tests compile it, for the decode benchmarks against hand-written Jackson
 * (HandWrittenDecodeBenchmark); the build copies it to target/catalogs.
 */
@ErrorCatalog("github.yaml")
package dev.errata.benchmarks.shapes.github;

import dev.errata.ErrorCatalog;
