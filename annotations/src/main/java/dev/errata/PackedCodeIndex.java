package dev.errata;

/**
 * Finds the position of a code among a large catalog's codes without reading them all first: the codes are
 * spread by hash over shards, each a string constant the processor packed into the generated subclass, and a
 * shard is unpacked the first time a code hashes to it. The first lookup in a fresh JVM thus reads a couple of
 * hundred codes rather than indexing all of them (50,000 codes: 30 to 90 ms in the interpreter, measured in
 * BENCHMARKS.md).
 *
 * <p>Every shard is unpacked into one table for the whole catalog, sized for all its codes: open addressing
 * with linear probing, at most half full, each slot a pair of {@code int}s side by side (the code, or a string
 * code's hash, then its position plus one; 0 marks an empty slot) and, for string codes, the code itself in a
 * {@code String[]} by slot, so that a slot whose hash differs is passed over without touching a string. A
 * lookup is thus the same few loads whichever shard the code is in; an index per shard cost one more load,
 * waited on before the shard's own tables (BENCHMARKS.md, fifth round).
 *
 * <p>Threads: a shard is unpacked under a lock, its slots written once and never moved, then the shard is
 * marked published (a volatile write). A lookup probes the table without a lock: a slot it reads is either
 * empty or holds its final pair, each {@code int} written once from 0, so a code found with a position other
 * than 0 is found right. Anything else (an empty slot, or a position not yet seen) sends the lookup to the slow
 * path: it reads the shards' marks (a volatile read), unpacks the shard under the lock if no one has, and probes
 * again, now seeing every slot written before the mark. The marks are a bit set copied on every change and
 * published whole through a volatile field (not an {@code AtomicIntegerArray}: since Java 9 that class starts
 * the {@code VarHandle} machinery, some 5 to 10 ms of CPU on the first lookup in a fresh JVM). Integer code 0 would be read in an empty slot, so it
 * is kept aside and always takes the slow path.
 *
 * <p>A shard's text holds, for each of its codes: the code's position in catalog order in decimal, a space, the
 * length of the code's text in decimal, a space, and the code's text (an integer code in decimal).
 */
public abstract class PackedCodeIndex {

    private static final int ABSENT = -1;

    /** An odd constant whose product's high bits spread codes, and hashes of strings, over shards and slots. */
    static final int SPREAD = 0x7FEB352D;

    private final int shardShift;
    private final int slotShift;
    private final int mask;
    /** Pairs by slot: the code (a string code's hash), then its position plus one; 0, 0 when empty. */
    private final int[] slots;
    /** String codes: the code in each slot, or null. Null for integer codes. */
    private final String[] keys;
    /**
     * A bit for each shard unpacked into {@link #slots}: never changed once assigned, but replaced by a copy with
     * one more bit under {@link #lock}, after the shard's slots are written.
     */
    private volatile long[] published;
    private final Object lock = new Object();
    /** The codes the constructor was told of: the table's room. */
    private final int codes;
    /** Codes unpacked so far, under {@link #lock}. */
    private int unpacked;
    /** The position of integer code 0, or -1; written before its shard is published. */
    private int zeroPosition = ABSENT;

    /**
     * An index whose shards are unpacked on first use.
     *
     * @param shardBits the shards are {@code 2^shardBits}, from 1 to 16
     * @param codes how many codes the shards hold in all, at least 0
     * @param stringCodes whether the codes are strings, else integers
     */
    protected PackedCodeIndex(int shardBits, int codes, boolean stringCodes) {
        if (shardBits < 1 || shardBits > 16) {
            throw new IllegalArgumentException("shardBits " + shardBits + " is not between 1 and 16");
        }
        if (codes < 0 || codes > 1 << 28) {
            throw new IllegalArgumentException("codes " + codes + " is not between 0 and 2^28");
        }
        // Slots: a power of two at least twice the codes, so that at most half are taken and probes stay short.
        int capacity = Integer.highestOneBit(Math.max(2, codes) * 2 - 1) << 1;
        this.codes = codes;
        this.shardShift = 32 - shardBits;
        this.slotShift = 32 - Integer.numberOfTrailingZeros(capacity);
        this.mask = capacity - 1;
        this.slots = new int[capacity * 2];
        this.keys = stringCodes ? new String[capacity] : null;
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
     * Finds an integer code.
     *
     * @param code an integer code
     * @return its position in catalog order, or -1 when the catalog does not list it
     */
    public final int positionOf(int code) {
        if (code != 0) {
            int[] pairs = slots;
            for (int slot = (code * SPREAD) >>> slotShift; ; slot = (slot + 1) & mask) {
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
     * Finds a string code.
     *
     * @param code a string code, or null
     * @return its position in catalog order, or -1 when the catalog does not list it (or for null)
     */
    public final int positionOf(String code) {
        if (code == null) {
            return ABSENT;
        }
        int hash = code.hashCode();
        int[] pairs = slots;
        for (int slot = (hash * SPREAD) >>> slotShift; ; slot = (slot + 1) & mask) {
            int position = pairs[2 * slot + 1];
            if (position == 0) {
                return publishedPositionOf(code, hash);
            }
            if (pairs[2 * slot] == hash && code.equals(keys[slot])) {
                return position - 1;
            }
        }
    }

    /** The slow path of an integer code: its shard published, unpacked first if need be, then probed again. */
    private int publishedPositionOf(int code) {
        publish((code * SPREAD) >>> shardShift);
        if (code == 0) {
            return zeroPosition;
        }
        for (int slot = (code * SPREAD) >>> slotShift; ; slot = (slot + 1) & mask) {
            int found = slots[2 * slot];
            if (found == code) {
                return slots[2 * slot + 1] - 1;
            }
            if (found == 0) {
                return ABSENT;
            }
        }
    }

    /** The slow path of a string code, as {@link #publishedPositionOf(int)}. */
    private int publishedPositionOf(String code, int hash) {
        publish((hash * SPREAD) >>> shardShift);
        for (int slot = (hash * SPREAD) >>> slotShift; ; slot = (slot + 1) & mask) {
            int position = slots[2 * slot + 1];
            if (position == 0 || slots[2 * slot] == hash && code.equals(keys[slot])) {
                return position - 1;
            }
        }
    }

    /**
     * Makes sure shard {@code shard} is in the table: once this returns, the calling thread sees all its slots
     * (the volatile read of its mark, or the lock, orders them before).
     */
    private void publish(int shard) {
        if (isPublished(published, shard)) {
            return;
        }
        synchronized (lock) {
            long[] marks = published;
            if (!isPublished(marks, shard)) {
                unpack(shard(shard));
                marks = marks.clone();
                marks[shard >>> 6] |= 1L << shard;
                published = marks;
            }
        }
    }

    private static boolean isPublished(long[] marks, int shard) {
        return (marks[shard >>> 6] & 1L << shard) != 0;
    }

    /** Puts every code of a shard's text in the table. */
    private void unpack(String text) {
        int at = 0;
        while (at < text.length()) {
            int space = text.indexOf(' ', at);
            int position = decimal(text, at, space);
            int start = text.indexOf(' ', space + 1) + 1;
            int end = start + decimal(text, space + 1, start - 1);
            // More codes than the table was sized for would fill it, and a probe for an absent code never ends.
            if (++unpacked > codes) {
                throw new IllegalStateException("the shards hold more than the " + codes + " codes declared");
            }
            if (keys == null) {
                insert(decimal(text, start, end), position);
            } else {
                insert(text.substring(start, end), position);
            }
            at = end;
        }
    }

    private void insert(int code, int position) {
        if (code == 0) {
            zeroPosition = position;
            return;
        }
        int slot = (code * SPREAD) >>> slotShift;
        while (slots[2 * slot] != 0) {
            if (slots[2 * slot] == code) {
                throw new IllegalStateException("code " + code + " is packed twice");
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = code;
        slots[2 * slot + 1] = position + 1;
    }

    private void insert(String code, int position) {
        int hash = code.hashCode();
        int slot = (hash * SPREAD) >>> slotShift;
        while (slots[2 * slot + 1] != 0) {
            if (slots[2 * slot] == hash && code.equals(keys[slot])) {
                throw new IllegalStateException("code " + code + " is packed twice");
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = hash;
        keys[slot] = code;
        slots[2 * slot + 1] = position + 1;
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
