package dev.errata;

/**
 * Finds the position of a {@code String} code among a catalog's codes: open addressing with linear probing
 * at a load factor of at most one half. Generated lookups use it; it is immutable once built.
 *
 * <p>Why not a {@code HashMap}: on a hit, a map goes from its table to a node, from the node to the key and
 * from the key to its characters, each a load that waits for the one before. Here the slot's hash and
 * position sit side by side in one {@code int[]} ({@code hash, position, hash, position, ...}) and the keys in
 * a {@code String[]} by slot, so the two loads can start together, and a slot whose hash differs is passed
 * over without touching a key at all. The keys are copies made when the index is built, one after another,
 * so that each lies beside its characters and near its neighbours in the table: a catalog's own code strings
 * are scattered among its texts, where comparing against them would likely cost a cache miss each once the
 * catalog outgrows the CPU's caches (the copies were not measured against the originals on their own).
 */
public final class StringIndex {

    private static final int ABSENT = -1;

    /** Pairs of hash and position, by slot; position -1 marks an empty slot. */
    private final int[] table;
    /** The code in each slot, or null. */
    private final String[] keys;
    private final int mask;

    private StringIndex(int[] table, String[] keys, int mask) {
        this.table = table;
        this.keys = keys;
        this.mask = mask;
    }

    /**
     * Indexes {@code codes}: code {@code codes[i]} is found at position {@code i}.
     *
     * @param codes distinct, non-null codes
     * @return the index
     * @throws IllegalArgumentException if a code appears twice
     * @throws NullPointerException if a code is null
     */
    public static StringIndex of(String[] codes) {
        int capacity = Integer.highestOneBit(Math.max(2, codes.length) * 2 - 1) << 1;
        int mask = capacity - 1;
        int[] table = new int[capacity * 2];
        for (int slot = 0; slot < capacity; slot++) {
            table[2 * slot + 1] = ABSENT;
        }
        String[] keys = new String[capacity];
        for (int i = 0; i < codes.length; i++) {
            String code = codes[i];
            int hash = code.hashCode();
            int slot = spread(hash) & mask;
            while (table[2 * slot + 1] != ABSENT) {
                if (table[2 * slot] == hash && keys[slot].equals(code)) {
                    throw new IllegalArgumentException("code " + code + " appears twice");
                }
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = hash;
            table[2 * slot + 1] = i;
            keys[slot] = code;
        }
        // Copies in slot order, so that neighbouring slots' keys are neighbours in memory too.
        for (int slot = 0; slot < capacity; slot++) {
            if (keys[slot] != null) {
                keys[slot] = new String(keys[slot].toCharArray());
            }
        }
        return new StringIndex(table, keys, mask);
    }

    /**
     * The position of {@code code}, or -1 when it is not indexed (or null).
     *
     * @param code a code, or null
     * @return its position, or -1
     */
    public int positionOf(String code) {
        if (code == null) {
            return ABSENT;
        }
        int hash = code.hashCode();
        int slot = spread(hash) & mask;
        while (true) {
            int position = table[2 * slot + 1];
            if (position == ABSENT || table[2 * slot] == hash && code.equals(keys[slot])) {
                return position;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Spreads {@code String.hashCode}, whose values for similar codes ({@code E00001}, {@code E00002}, ...)
     * are runs of consecutive integers: placed as they are, such runs merge into long clusters of taken
     * slots that a lookup of an absent code walks to the end.
     */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
