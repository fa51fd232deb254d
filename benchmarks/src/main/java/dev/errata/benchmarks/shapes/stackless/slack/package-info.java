/**
 * The example's test catalog slack.yaml, with 'generation: stackTraces: false' added (SyntheticCatalogs --stackless-seeds), for the decode benchmarks against hand-written Jackson
 * (HandWrittenDecodeBenchmark); the build copies it to target/catalogs.
 */
@ErrorCatalog("stackless-slack.yaml")
package dev.errata.benchmarks.shapes.stackless.slack;

import dev.errata.ErrorCatalog;
