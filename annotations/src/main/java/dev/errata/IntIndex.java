package dev.errata;

import java.util.Arrays;

/**
 * Finds the position of an {@code int} code among a catalog's codes without boxing: a direct table when
 * the codes are dense (their span is at most four times their number), else a perfect hash built once from
 * the codes. Generated lookups use it; it is immutable once built.
 *
 * <p>The perfect hash is "hash and displace": a multiplicative hash puts each code in one of about a
 * quarter as many buckets as codes, and each bucket has a displacement chosen when the index is built so
 * that every code of the catalog lands in a slot of its own. A lookup is therefore a multiply, one load of
 * the bucket's displacement (a small array, usually cached) and one load of the slot, with no probing loop:
 * the branch a probing loop takes varies from code to code, and mispredicting it was most of the cost of
 * the open addressing this replaced. Each slot keeps its code beside its position in one {@code int[]}
 * ({@code code, position, code, position, ...}), so a lookup touches one cache line of the table.
 */
public final class IntIndex {

    private static final int ABSENT = -1;

    /** Odd multipliers tried in turn until one hashes the codes into buckets a displacement can separate. */
    private static final int[] MULTIPLIERS = {
        0x9E3779B9, 0x85EBCA6B, 0xC2B2AE35, 0x27D4EB2F, 0x165667B1, 0xD3A2646D, 0xFD7046C5, 0xB55A4F09,
    };

    private final boolean dense;
    private final int offset;
    /** Dense: position by {@code code - offset}. Sparse: pairs of code and position, by slot. */
    private final int[] table;
    private final int mask;
    private final int multiplier;
    private final int bucketShift;
    /** Sparse: the displacement of each bucket's slots. */
    private final int[] displacements;

    private IntIndex(boolean dense, int offset, int[] table, int mask, int multiplier, int bucketShift,
            int[] displacements) {
        this.dense = dense;
        this.offset = offset;
        this.table = table;
        this.mask = mask;
        this.multiplier = multiplier;
        this.bucketShift = bucketShift;
        this.displacements = displacements;
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
            return new IntIndex(true, 0, new int[0], 0, 0, 0, new int[0]);
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
                    throw duplicate(codes[i]);
                }
                table[slot] = i;
            }
            return new IntIndex(true, min, table, 0, 0, 0, new int[0]);
        }
        rejectDuplicates(codes);
        // Slots: a power of two at least twice the codes, so that at most half are taken and a displacement
        // that fits a bucket is quickly found. Buckets: about four codes each.
        int capacity = Integer.highestOneBit(codes.length * 2 - 1) << 1;
        int bucketBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, codes.length / 4) - 1));
        for (int multiplier : MULTIPLIERS) {
            IntIndex index = displaced(codes, capacity, bucketBits, multiplier);
            if (index != null) {
                return index;
            }
        }
        // Eight multipliers all failing is far below any measurable probability; twice the slots always
        // gives a displacement more room.
        for (int multiplier : MULTIPLIERS) {
            IntIndex index = displaced(codes, capacity * 2, bucketBits, multiplier);
            if (index != null) {
                return index;
            }
        }
        throw new IllegalStateException("no perfect hash found for " + codes.length + " codes");
    }

    /** The index with this multiplier, or null when two codes of one bucket share a slot for every displacement. */
    private static IntIndex displaced(int[] codes, int capacity, int bucketBits, int multiplier) {
        int mask = capacity - 1;
        int bucketShift = 32 - bucketBits;
        int buckets = 1 << bucketBits;
        // Codes grouped by bucket (counting sort), then buckets placed largest first: a bucket of many codes
        // needs the most free slots, which the emptiest table offers.
        int[] starts = new int[buckets + 1];
        for (int code : codes) {
            starts[(code * multiplier >>> bucketShift) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            starts[b + 1] += starts[b];
        }
        int[] members = new int[codes.length];
        int[] fill = Arrays.copyOf(starts, buckets);
        for (int i = 0; i < codes.length; i++) {
            members[fill[codes[i] * multiplier >>> bucketShift]++] = i;
        }
        int[] order = largestFirst(starts, buckets);

        int[] pairs = new int[capacity * 2];
        for (int slot = 0; slot < capacity; slot++) {
            pairs[2 * slot + 1] = ABSENT;
        }
        int[] displacements = new int[buckets];
        int[] slots = new int[codes.length];
        for (int bucket : order) {
            int from = starts[bucket];
            int to = starts[bucket + 1];
            if (from == to) {
                continue;
            }
            int displacement = placement(codes, members, from, to, pairs, slots, multiplier, mask);
            if (displacement < 0) {
                return null;
            }
            displacements[bucket] = displacement;
            for (int m = from; m < to; m++) {
                int i = members[m];
                pairs[2 * slots[m - from]] = codes[i];
                pairs[2 * slots[m - from] + 1] = i;
            }
        }
        return new IntIndex(false, 0, pairs, mask, multiplier, bucketShift, displacements);
    }

    /** Bucket numbers by decreasing size (a counting sort: no comparator, no boxing at class initialization). */
    private static int[] largestFirst(int[] starts, int buckets) {
        int largest = 0;
        for (int b = 0; b < buckets; b++) {
            largest = Math.max(largest, starts[b + 1] - starts[b]);
        }
        int[] bySize = new int[largest + 2];
        for (int b = 0; b < buckets; b++) {
            bySize[largest - (starts[b + 1] - starts[b]) + 1]++;
        }
        for (int s = 0; s <= largest; s++) {
            bySize[s + 1] += bySize[s];
        }
        int[] order = new int[buckets];
        for (int b = 0; b < buckets; b++) {
            order[bySize[largest - (starts[b + 1] - starts[b])]++] = b;
        }
        return order;
    }

    /**
     * The first displacement that puts every code of one bucket in a free slot of its own, filling
     * {@code slots}; -1 when none does.
     */
    private static int placement(int[] codes, int[] members, int from, int to, int[] pairs, int[] slots,
            int multiplier, int mask) {
        search:
        for (int displacement = 0; displacement <= mask; displacement++) {
            for (int m = from; m < to; m++) {
                int slot = (base(codes[members[m]] * multiplier) + displacement) & mask;
                if (pairs[2 * slot + 1] != ABSENT) {
                    continue search;
                }
                for (int earlier = from; earlier < m; earlier++) {
                    if (slots[earlier - from] == slot) {
                        continue search;
                    }
                }
                slots[m - from] = slot;
            }
            return displacement;
        }
        return -1;
    }

    private static void rejectDuplicates(int[] codes) {
        int[] sorted = codes.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw duplicate(sorted[i]);
            }
        }
    }

    private static IllegalArgumentException duplicate(int code) {
        return new IllegalArgumentException("code " + code + " appears twice");
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
        int hash = code * multiplier;
        int slot = (base(hash) + displacements[hash >>> bucketShift]) & mask;
        // An empty slot holds code 0 and position -1, so code 0 finds -1 there as it should.
        return table[2 * slot] == code ? table[2 * slot + 1] : ABSENT;
    }

    /**
     * A code's slot before displacement: the hash's high half folded into its low bits, since the low bits
     * of a product depend only on the low bits of the code (codes 1024 apart would otherwise share them).
     */
    private static int base(int hash) {
        return hash ^ (hash >>> 16);
    }
}
