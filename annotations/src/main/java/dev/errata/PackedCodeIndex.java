package dev.errata;

/**
 * Finds the position of a code among a large catalog's codes without reading them all first: the codes are
 * spread by hash over shards, each a string constant the processor packed into the generated subclass, and a
 * shard is unpacked the first time a code hashes to it. The first lookup in a fresh JVM thus reads a couple of
 * hundred codes rather than indexing all of them (50,000 codes: 30 to 90 ms in the interpreter, measured in
 * BENCHMARKS.md).
 *
 * <p>A shard is unpacked into a table of its own, all shards' tables of one size the processor chose for the
 * largest: open addressing with linear probing, at most half full, each slot a pair of {@code int}s side by side
 * (the code, or a string code's hash, then its position plus one; 0 marks an empty slot) and, for string codes,
 * the code itself in a {@code String[]} by slot, so that a slot whose hash differs is passed over without
 * touching a string. A lookup loads the shard's table from an array of them, then probes it: one load fewer
 * than an index object per shard (whose fields were loaded before its tables), and no table for the whole
 * catalog allocated up front (a megabyte at 50,000 codes costs the first lookup some 5 ms of CPU in a fresh
 * JVM, mostly the page faults of touching it).
 *
 * <p>Threads: a shard is unpacked under a lock, each of its slots written once, then its table is stored and
 * the shard marked published (a volatile write). A lookup reads without a lock: a slot it reads is either empty
 * or holds its final pair, each {@code int} written once from 0, so a code found with a position other than 0 is
 * found right. Anything else (no table yet, an empty slot, a position not yet seen) sends the lookup to the
 * slow path: it reads the shards' marks (a volatile read), unpacks the shard under the lock if no one has, and
 * probes again, now seeing every slot written before the mark. The marks are a bit set copied on every change
 * and published whole through a volatile field (not an {@code AtomicIntegerArray}: since Java 9 that class
 * starts the {@code VarHandle} machinery, 5 to 10 ms of CPU on the first lookup in a fresh JVM). Integer code 0
 * would be read in an empty slot, so it is kept aside and always takes the slow path.
 *
 * <p>A shard's text holds, for each of its codes: the code's position in catalog order in decimal, a space, the
 * length of the code's text in decimal, a space, and the code's text (an integer code in decimal).
 */
public abstract class PackedCodeIndex {

    private static final int ABSENT = -1;

    /** An odd constant whose product's high bits spread codes, and hashes of strings, over shards and slots. */
    static final int SPREAD = 0x7FEB352D;

    private final int shardShift;
    /** A code's home slot: the bits of its spread hash just below those that chose its shard. */
    private final int slotShift;
    private final int slotMask;
    /**
     * Each shard's table once unpacked: pairs by slot, the code (a string code's hash), then its position plus
     * one; 0, 0 when empty. Null for a shard not yet unpacked.
     */
    private final int[][] slots;
    /** String codes: each shard's codes by slot, null where empty. Null for integer codes. */
    private final String[][] keys;
    /**
     * A bit for each shard unpacked: never changed once assigned, but replaced by a copy with one more bit under
     * {@link #lock}, after the shard's table is written.
     */
    private volatile long[] published;
    private final Object lock = new Object();
    /** The position of integer code 0, or -1; written before its shard is published. */
    private int zeroPosition = ABSENT;

    /**
     * An index whose shards are unpacked on first use.
     *
     * @param shardBits the shards are {@code 2^shardBits}, from 1 to 16
     * @param slotBits each shard's table has {@code 2^slotBits} slots, from 1 to 16: at least twice the codes of
     *     the largest shard
     * @param stringCodes whether the codes are strings, else integers
     */
    protected PackedCodeIndex(int shardBits, int slotBits, boolean stringCodes) {
        if (shardBits < 1 || shardBits > 16) {
            throw new IllegalArgumentException("shardBits " + shardBits + " is not between 1 and 16");
        }
        if (slotBits < 1 || slotBits > 16) {
            throw new IllegalArgumentException("slotBits " + slotBits + " is not between 1 and 16");
        }
        this.shardShift = 32 - shardBits;
        this.slotShift = 32 - shardBits - slotBits;
        this.slotMask = (1 << slotBits) - 1;
        this.slots = new int[1 << shardBits][];
        this.keys = stringCodes ? new String[1 << shardBits][] : null;
        this.published = new long[((1 << shardBits) + 63) >>> 6];
    }

    /**
     * The packed text of shard {@code shard}, as the class comment describes it.
     *
     * @param shard from 0 to {@code 2^shardBits - 1}
     * @return the shard's codes and their positions; empty for a shard without codes
     */
    protected abstract String shard(int shard);

    /**
     * The shard of an integer code, as the processor computes it when it packs the shards.
     *
     * @param code the code
     * @param shardBits as given to the constructor
     * @return the shard
     */
    public static int shardOf(int code, int shardBits) {
        return (code * SPREAD) >>> (32 - shardBits);
    }

    /**
     * The shard of a string code: {@link #shardOf(int, int)} of its {@link String#hashCode()}.
     *
     * @param code the code
     * @param shardBits as given to the constructor
     * @return the shard
     */
    public static int shardOf(String code, int shardBits) {
        return shardOf(code.hashCode(), shardBits);
    }

    /**
     * Finds an integer code, in an index of integer codes.
     *
     * @param code an integer code
     * @return its position in catalog order, or -1 when the catalog does not list it
     */
    public final int positionOf(int code) {
        int hash = code * SPREAD;
        int[] pairs = slots[hash >>> shardShift];
        if (pairs != null && code != 0) {
            for (int slot = (hash >>> slotShift) & slotMask; ; slot = (slot + 1) & slotMask) {
                int found = pairs[2 * slot];
                if (found == code) {
                    int position = pairs[2 * slot + 1];
                    if (position != 0) {
                        return position - 1;
                    }
                    break;
                }
                if (found == 0) {
                    break;
                }
            }
        }
        return publishedPositionOf(code);
    }

    /**
     * Finds a string code, in an index of string codes.
     *
     * @param code a string code, or null
     * @return its position in catalog order, or -1 when the catalog does not list it (or for null)
     */
    public final int positionOf(String code) {
        if (code == null) {
            return ABSENT;
        }
        int hash = code.hashCode();
        int spread = hash * SPREAD;
        int[] pairs = slots[spread >>> shardShift];
        String[] codes = keys[spread >>> shardShift];
        if (pairs != null && codes != null) {
            for (int slot = (spread >>> slotShift) & slotMask; ; slot = (slot + 1) & slotMask) {
                int position = pairs[2 * slot + 1];
                if (position == 0) {
                    break;
                }
                if (pairs[2 * slot] == hash && code.equals(codes[slot])) {
                    return position - 1;
                }
            }
        }
        return publishedPositionOf(code, hash);
    }

    /** The slow path of an integer code: its shard published, unpacked first if need be, then probed again. */
    private int publishedPositionOf(int code) {
        int hash = code * SPREAD;
        publish(hash >>> shardShift);
        if (code == 0) {
            return zeroPosition;
        }
        int[] pairs = slots[hash >>> shardShift];
        for (int slot = (hash >>> slotShift) & slotMask; ; slot = (slot + 1) & slotMask) {
            int found = pairs[2 * slot];
            if (found == code) {
                return pairs[2 * slot + 1] - 1;
            }
            if (found == 0) {
                return ABSENT;
            }
        }
    }

    /** The slow path of a string code, as {@link #publishedPositionOf(int)}. */
    private int publishedPositionOf(String code, int hash) {
        int spread = hash * SPREAD;
        publish(spread >>> shardShift);
        int[] pairs = slots[spread >>> shardShift];
        String[] codes = keys[spread >>> shardShift];
        for (int slot = (spread >>> slotShift) & slotMask; ; slot = (slot + 1) & slotMask) {
            int position = pairs[2 * slot + 1];
            if (position == 0 || pairs[2 * slot] == hash && code.equals(codes[slot])) {
                return position - 1;
            }
        }
    }

    /**
     * Makes sure shard {@code shard} is unpacked: once this returns, the calling thread sees its table (the
     * volatile read of its mark, or the lock, orders it before).
     */
    private void publish(int shard) {
        if (isPublished(published, shard)) {
            return;
        }
        synchronized (lock) {
            long[] marks = published;
            if (!isPublished(marks, shard)) {
                unpack(shard, shard(shard));
                marks = marks.clone();
                marks[shard >>> 6] |= 1L << shard;
                published = marks;
            }
        }
    }

    private static boolean isPublished(long[] marks, int shard) {
        return (marks[shard >>> 6] & 1L << shard) != 0;
    }

    /** Puts every code of a shard's text in a table of its own, then stores the table. */
    private void unpack(int shard, String text) {
        int[] pairs = new int[2 * (slotMask + 1)];
        String[] codes = keys == null ? null : new String[slotMask + 1];
        int count = 0;
        int at = 0;
        while (at < text.length()) {
            int space = text.indexOf(' ', at);
            int position = decimal(text, at, space);
            int start = text.indexOf(' ', space + 1) + 1;
            int end = start + decimal(text, space + 1, start - 1);
            // More than half the slots taken would make probes long; all of them, a probe for an absent code endless.
            if (++count > (slotMask + 1) / 2) {
                throw new IllegalStateException("shard " + shard + " holds more than " + (slotMask + 1) / 2
                        + " codes, half its slots");
            }
            if (codes == null) {
                insert(pairs, decimal(text, start, end), position);
            } else {
                insert(pairs, codes, text.substring(start, end), position);
            }
            at = end;
        }
        slots[shard] = pairs;
        if (codes != null) {
            keys[shard] = codes;
        }
    }

    private void insert(int[] pairs, int code, int position) {
        if (code == 0) {
            zeroPosition = position;
            return;
        }
        int slot = ((code * SPREAD) >>> slotShift) & slotMask;
        while (pairs[2 * slot] != 0) {
            if (pairs[2 * slot] == code) {
                throw new IllegalStateException("code " + code + " is packed twice");
            }
            slot = (slot + 1) & slotMask;
        }
        pairs[2 * slot] = code;
        pairs[2 * slot + 1] = position + 1;
    }

    private void insert(int[] pairs, String[] codes, String code, int position) {
        int hash = code.hashCode();
        int slot = ((hash * SPREAD) >>> slotShift) & slotMask;
        while (pairs[2 * slot + 1] != 0) {
            if (pairs[2 * slot] == hash && code.equals(codes[slot])) {
                throw new IllegalStateException("code " + code + " is packed twice");
            }
            slot = (slot + 1) & slotMask;
        }
        pairs[2 * slot] = hash;
        codes[slot] = code;
        pairs[2 * slot + 1] = position + 1;
    }

    /**
     * The int written in decimal from {@code from} to {@code to}, a leading minus sign allowed: by hand, for the
     * first lookup runs interpreted and every substring and {@code parseInt} would cost it.
     */
    private static int decimal(String text, int from, int to) {
        boolean negative = text.charAt(from) == '-';
        int value = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            value = value * 10 - (text.charAt(i) - '0');
        }
        return negative ? value : -value;
    }
}
