package dev.errata.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The codes the benchmarks look up, drawn once per trial at random (uniformly, with a fixed seed). */
public final class Probes {

    /** How many codes each lookup benchmark goes through per invocation; a power of two. */
    public static final int COUNT = 1024;

    /** {@code COUNT - 1}: cycles an index through the probes. */
    public static final int MASK = COUNT - 1;

    /** The message every exception benchmark passes, Errata's and the baselines' alike. */
    public static final String MESSAGE = "The request could not be completed: see the error code.";

    private Probes() {
    }

    /** {@link #COUNT} positions in {@code [0, size)}, uniformly at random. */
    public static int[] positions(int size) {
        SplittableRandom random = new SplittableRandom(0x9E3779B97F4A7C15L ^ size);
        int[] positions = new int[COUNT];
        for (int i = 0; i < COUNT; i++) {
            positions[i] = random.nextInt(size);
        }
        return positions;
    }

    /**
     * {@link #COUNT} integer codes drawn at random from the entries whose category is the stackless one
     * ({@code stackless}) or not.
     */
    public static int[] codes(List<SyntheticCatalogs.Entry> entries, boolean stackless) {
        List<SyntheticCatalogs.Entry> eligible = new ArrayList<>();
        for (SyntheticCatalogs.Entry entry : entries) {
            if (entry.stackless() == stackless) {
                eligible.add(entry);
            }
        }
        int[] positions = positions(eligible.size());
        int[] codes = new int[COUNT];
        for (int i = 0; i < COUNT; i++) {
            codes[i] = Integer.parseInt(eligible.get(positions[i]).yamlCode());
        }
        return codes;
    }
}
