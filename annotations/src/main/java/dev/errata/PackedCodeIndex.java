package dev.errata;

/**
 * Finds the position of a code among a large catalog's codes without reading them all first: the codes are
 * spread by hash over shards, each a string constant the processor packed into the generated subclass, and a
 * shard is unpacked into an {@link IntIndex} or a {@link StringIndex} the first time a code hashes to it. The
 * first lookup in a fresh JVM thus unpacks a couple of hundred codes rather than building an index of all of
 * them (50,000 codes: 30 to 90 ms in the interpreter, measured in BENCHMARKS.md), and a lookup afterwards costs
 * one array load more than the shard's own index.
 *
 * <p>A shard's text holds, for each of its codes: the code's position in catalog order in decimal, a space, the
 * length of the code's text in decimal, a space, and the code's text (an integer code in decimal). Shards are
 * unpacked by whichever thread asks first; two threads may unpack one shard at once, and either result is
 * kept, both being equal and immutable.
 */
public abstract class PackedCodeIndex {

    /** An odd constant whose product's high bits spread codes, and hashes of strings, over the shards. */
    private static final int SPREAD = 0x7FEB352D;

    private final int shift;
    private final IntIndex[] intShards;
    private final StringIndex[] stringShards;

    /**
     * An index whose shards are unpacked on first use.
     *
     * @param shardBits the shards are {@code 2^shardBits}, from 1 to 16
     * @param stringCodes whether the codes are strings, else integers
     */
    protected PackedCodeIndex(int shardBits, boolean stringCodes) {
        if (shardBits < 1 || shardBits > 16) {
            throw new IllegalArgumentException("shardBits " + shardBits + " is not between 1 and 16");
        }
        this.shift = 32 - shardBits;
        this.intShards = stringCodes ? null : new IntIndex[1 << shardBits];
        this.stringShards = stringCodes ? new StringIndex[1 << shardBits] : null;
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
        int shard = (code * SPREAD) >>> shift;
        IntIndex index = intShards[shard];
        if (index == null) {
            index = unpackInts(shard);
        }
        return index.positionOf(code);
    }

    /**
     * Finds a string code.
     *
     * @param code a string code, or null
     * @return its position in catalog order, or -1 when the catalog does not list it (or for null)
     */
    public final int positionOf(String code) {
        if (code == null) {
            return -1;
        }
        int shard = (code.hashCode() * SPREAD) >>> shift;
        StringIndex index = stringShards[shard];
        if (index == null) {
            index = unpackStrings(shard);
        }
        return index.positionOf(code);
    }

    private IntIndex unpackInts(int shard) {
        Shard read = new Shard(shard(shard));
        int[] codes = new int[read.count];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = decimal(read.text, read.starts[i], read.ends[i]);
        }
        IntIndex index = IntIndex.of(codes, read.positions);
        intShards[shard] = index;
        return index;
    }

    private StringIndex unpackStrings(int shard) {
        Shard read = new Shard(shard(shard));
        String[] codes = new String[read.count];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = read.text.substring(read.starts[i], read.ends[i]);
        }
        StringIndex index = StringIndex.of(codes, read.positions);
        stringShards[shard] = index;
        return index;
    }

    /** A shard's text read: each code's position, and where its text starts and ends. */
    private static final class Shard {
        final String text;
        final int count;
        final int[] positions;
        final int[] starts;
        final int[] ends;

        Shard(String text) {
            this.text = text;
            this.count = count(text);
            this.positions = new int[count];
            this.starts = new int[count];
            this.ends = new int[count];
            int at = 0;
            for (int i = 0; i < count; i++) {
                int space = text.indexOf(' ', at);
                positions[i] = decimal(text, at, space);
                starts[i] = text.indexOf(' ', space + 1) + 1;
                ends[i] = starts[i] + decimal(text, space + 1, starts[i] - 1);
                at = ends[i];
            }
        }
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

    /** The number of codes in a shard's text: one pass over its lengths, skipping each code's text. */
    private static int count(String text) {
        int count = 0;
        int at = 0;
        while (at < text.length()) {
            int space = text.indexOf(' ', at);
            int start = text.indexOf(' ', space + 1) + 1;
            at = start + decimal(text, space + 1, start - 1);
            count++;
        }
        return count;
    }
}
