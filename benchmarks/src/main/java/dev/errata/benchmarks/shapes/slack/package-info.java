/**
 * The example's test catalog slack.yaml, as the example's tests compile it, for the decode benchmarks against hand-written Jackson
 * (HandWrittenDecodeBenchmark); the build copies it to target/catalogs.
 */
@ErrorCatalog("slack.yaml")
package dev.errata.benchmarks.shapes.slack;

import dev.errata.ErrorCatalog;
