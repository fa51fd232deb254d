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

    /** 16 MiB, 64 levels, 100 aliases, 2,000,000 nodes: far above any real catalog, far below harm. */
    public static final YamlLimits DEFAULT = new YamlLimits(16 * 1024 * 1024, 64, 100, 2_000_000);
}
