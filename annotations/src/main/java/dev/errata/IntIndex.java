package dev.errata;

import java.util.Arrays;

/**
 * Finds the position of an {@code int} code among a catalog's codes without boxing: a direct table when
 * the codes are dense (their span is at most four times their number), else open addressing with linear
 * probing at a load factor of at most one half. Generated lookups use it; it is immutable once built.
 *
 * <p>The open-addressing table keeps each code beside its position in one {@code int[]} ({@code code,
 * position, code, position, ...}): a lookup then touches one cache line where two parallel arrays would
 * touch two, which is most of its cost once the table outgrows the CPU's caches.
 */
public final class IntIndex {

    private static final int ABSENT = -1;

    private final boolean dense;
    private final int offset;
    /** Dense: position by {@code code - offset}. Sparse: pairs of code and position, by slot. */
    private final int[] table;
    private final int mask;

    private IntIndex(boolean dense, int offset, int[] table, int mask) {
        this.dense = dense;
        this.offset = offset;
        this.table = table;
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
            return new IntIndex(true, 0, new int[0], 0);
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
            return new IntIndex(true, min, table, 0);
        }
        int capacity = Integer.highestOneBit(Math.max(2, codes.length) * 2 - 1) << 1;
        int[] pairs = new int[capacity * 2];
        for (int slot = 0; slot < capacity; slot++) {
            pairs[2 * slot + 1] = ABSENT;
        }
        int mask = capacity - 1;
        for (int i = 0; i < codes.length; i++) {
            int slot = hash(codes[i]) & mask;
            while (pairs[2 * slot + 1] != ABSENT) {
                if (pairs[2 * slot] == codes[i]) {
                    throw new IllegalArgumentException("code " + codes[i] + " appears twice");
                }
                slot = (slot + 1) & mask;
            }
            pairs[2 * slot] = codes[i];
            pairs[2 * slot + 1] = i;
        }
        return new IntIndex(false, 0, pairs, mask);
    }

    /**
     * The position of {@code code}, or -1 when it is not indexed.
     *
     * @param code a code
     * @return its position, or -1
     */
    public int positionOf(int code) {
        if (dense) {
            // int arithmetic: a code that wraps around lands outside the table (its span is under 2^31).
            int slot = code - offset;
            return slot >= 0 && slot < table.length ? table[slot] : ABSENT;
        }
        int slot = hash(code) & mask;
        while (true) {
            int position = table[2 * slot + 1];
            if (position == ABSENT || table[2 * slot] == code) {
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
