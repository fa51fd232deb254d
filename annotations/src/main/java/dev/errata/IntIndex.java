package dev.errata;

import java.util.Arrays;

/**
 * Finds the position of an {@code int} code among a catalog's codes without boxing: a direct table when
 * the codes are dense (their span is at most four times their number), else open addressing with linear
 * probing at a load factor of at most one half. Generated lookups use it; it is immutable once built.
 */
public final class IntIndex {

    private static final int ABSENT = -1;

    private final boolean dense;
    private final int offset;
    private final int[] keys;
    private final int[] positions;
    private final int mask;

    private IntIndex(boolean dense, int offset, int[] keys, int[] positions, int mask) {
        this.dense = dense;
        this.offset = offset;
        this.keys = keys;
        this.positions = positions;
        this.mask = mask;
    }

    /**
     * Indexes {@code codes}: code {@code codes[i]} is found at position {@code i}.
     *
     * @param codes distinct codes
     * @return the index
     * @throws IllegalArgumentException if a code appears twice
     */
    public static IntIndex of(int[] codes) {
        if (codes.length == 0) {
            return new IntIndex(true, 0, new int[0], new int[0], 0);
        }
        int min = codes[0];
        int max = codes[0];
        for (int code : codes) {
            min = Math.min(min, code);
            max = Math.max(max, code);
        }
        long span = (long) max - min + 1;
        if (span <= 4L * codes.length + 64) {
            int[] table = new int[(int) span];
            Arrays.fill(table, ABSENT);
            for (int i = 0; i < codes.length; i++) {
                int slot = codes[i] - min;
                if (table[slot] != ABSENT) {
                    throw new IllegalArgumentException("code " + codes[i] + " appears twice");
                }
                table[slot] = i;
            }
            return new IntIndex(true, min, null, table, 0);
        }
        int capacity = Integer.highestOneBit(Math.max(2, codes.length) * 2 - 1) << 1;
        int[] keys = new int[capacity];
        int[] positions = new int[capacity];
        Arrays.fill(positions, ABSENT);
        int mask = capacity - 1;
        for (int i = 0; i < codes.length; i++) {
            int slot = hash(codes[i]) & mask;
            while (positions[slot] != ABSENT) {
                if (keys[slot] == codes[i]) {
                    throw new IllegalArgumentException("code " + codes[i] + " appears twice");
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = codes[i];
            positions[slot] = i;
        }
        return new IntIndex(false, 0, keys, positions, mask);
    }

    /**
     * The position of {@code code}, or -1 when it is not indexed.
     *
     * @param code a code
     * @return its position, or -1
     */
    public int positionOf(int code) {
        if (dense) {
            long slot = (long) code - offset;
            return slot >= 0 && slot < positions.length ? positions[(int) slot] : ABSENT;
        }
        int slot = hash(code) & mask;
        while (true) {
            int position = positions[slot];
            if (position == ABSENT || keys[slot] == code) {
                return position;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Spreads clustered codes (1000, 1001, ...) over the table: Fibonacci hashing. */
    private static int hash(int code) {
        int h = code * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
