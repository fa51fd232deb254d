package dev.errata.processor.yaml;

/**
 * The bounds every catalog is read within, so that no file, however written, can exhaust the compiler's
 * memory or stack. The README states them.
 *
 * @param maxBytes largest catalog file
 * @param maxDepth deepest nesting of mappings and lists
 * @param maxAliases most alias uses ({@code *name})
 * @param maxNodes most nodes after expanding aliases (bounds "billion laughs" files)
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {

    /**
     * 64 MiB, 64 levels, 100 aliases, 8,000,000 nodes: far below harm, and room for the largest catalogs
     * (a synthetic one of 50,000 codes, each with a message, a description and a solution, is about 15 MiB;
     * a merged catalog of a company's services may be several times that).
     */
    public static final YamlLimits DEFAULT = new YamlLimits(64 * 1024 * 1024, 64, 100, 8_000_000);
}
