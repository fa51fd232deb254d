package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PackedCodeIndexTest {

    /** Packs codes as the processor does (PackedCodesWriter): position, space, length, space, text. */
    private static final class Packed extends PackedCodeIndex {
        private final List<StringBuilder> shards = new ArrayList<>();
        final AtomicInteger unpacked = new AtomicInteger();

        Packed(int bits, int[] codes) {
            super(bits, codes.length, false);
            for (int s = 0; s < 1 << bits; s++) {
                shards.add(new StringBuilder());
            }
            for (int i = 0; i < codes.length; i++) {
                String text = Integer.toString(codes[i]);
                shards.get(shardOf(codes[i], bits)).append(i).append(' ').append(text.length()).append(' ').append(text);
            }
        }

        Packed(int bits, String[] codes) {
            super(bits, codes.length, true);
            for (int s = 0; s < 1 << bits; s++) {
                shards.add(new StringBuilder());
            }
            for (int i = 0; i < codes.length; i++) {
                shards.get(shardOf(codes[i], bits)).append(i).append(' ').append(codes[i].length()).append(' ')
                        .append(codes[i]);
            }
        }

        @Override
        protected String shard(int shard) {
            unpacked.incrementAndGet();
            return shards.get(shard).toString();
        }
    }

    @Test
    void everyIntegerCodeIsFoundAtItsPositionAndOthersAreNot() {
        Random random = new Random(18);
        int[] codes = random.ints().distinct().limit(5_000).toArray();
        codes[0] = 0;
        codes[1] = Integer.MIN_VALUE;
        codes[2] = Integer.MAX_VALUE;
        codes[3] = -1;
        Packed index = new Packed(5, codes);
        for (int i = 0; i < codes.length; i++) {
            assertThat(index.positionOf(codes[i])).isEqualTo(i);
        }
        Set<Integer> listed = new HashSet<>();
        for (int code : codes) {
            listed.add(code);
        }
        for (int n = 0; n < 1_000; n++) {
            int absent = random.nextInt();
            if (!listed.contains(absent)) {
                assertThat(index.positionOf(absent)).isEqualTo(-1);
            }
        }
        // Each shard is unpacked once, however many lookups reach it.
        assertThat(index.unpacked.get()).isEqualTo(32);
    }

    @Test
    void stringCodesMayHoldSpacesDigitsAndAnyCharacter() {
        String[] codes = {"UserNotFound", "12 34", " ", "", "OSM.0001", "\u00e9t\u00e9", "\ud83d\ude00", "7 7 7"};
        Packed index = new Packed(2, codes);
        for (int i = 0; i < codes.length; i++) {
            assertThat(index.positionOf(new String(codes[i].toCharArray()))).isEqualTo(i);
        }
        assertThat(index.positionOf("usernotfound")).isEqualTo(-1);
        assertThat(index.positionOf("12")).isEqualTo(-1);
        assertThat(index.positionOf((String) null)).isEqualTo(-1);
    }

    @Test
    void aShardWithoutCodesFindsNothing() {
        Packed index = new Packed(4, new int[] {42});
        assertThat(index.positionOf(42)).isEqualTo(0);
        assertThat(index.positionOf(43)).isEqualTo(-1);
        assertThat(new Packed(1, new String[0]).positionOf("x")).isEqualTo(-1);
    }

    @Test
    void shardBitsOutsideOneToSixteenAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Packed(0, new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new Packed(17, new int[0]));
    }
    @Test
    void theFirstLookupUnpacksOnlyItsCodesShard() {
        int[] codes = new Random(7).ints().distinct().limit(2_000).toArray();
        Packed index = new Packed(4, codes);
        assertThat(index.positionOf(codes[1_234])).isEqualTo(1_234);
        assertThat(index.unpacked.get()).isEqualTo(1);
        // Another code of the same shard finds the table filled already.
        int sameShard = -1;
        for (int i = 0; i < codes.length && sameShard < 0; i++) {
            if (i != 1_234 && PackedCodeIndex.shardOf(codes[i], 4) == PackedCodeIndex.shardOf(codes[1_234], 4)) {
                sameShard = i;
            }
        }
        assertThat(index.positionOf(codes[sameShard])).isEqualTo(sameShard);
        assertThat(index.unpacked.get()).isEqualTo(1);
    }

    @Test
    void codesOfOneHomeSlotProbeOnAcrossTheTablesEndAndEdgeValuesAreCodesLikeAnyOther() {
        // k * inverse(SPREAD) spreads to k: codes of small k all start at slot 0 (of shard 0), codes of small
        // negative k at the last slot (of the last shard), and their probes run on around the table's end.
        int inverse = PackedCodeIndex.SPREAD;
        for (int n = 0; n < 5; n++) {
            inverse *= 2 - PackedCodeIndex.SPREAD * inverse;
        }
        assertThat(inverse * PackedCodeIndex.SPREAD).isEqualTo(1);
        int[] codes = new int[260];
        for (int i = 0; i < 250; i++) {
            codes[i] = (i < 150 ? i + 1 : 149 - i) * inverse;
        }
        codes[250] = Integer.MIN_VALUE;
        codes[251] = Integer.MAX_VALUE;
        codes[252] = -1;
        codes[253] = 1;
        codes[254] = 0;
        for (int i = 255; i < codes.length; i++) {
            codes[i] = i * 1_000;
        }
        Packed index = new Packed(2, codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            assertThat(index.positionOf(codes[i])).isEqualTo(i);
        }
        assertThat(index.positionOf(151 * inverse)).isEqualTo(-1);
        assertThat(index.positionOf(-200 * inverse)).isEqualTo(-1);
        assertThat(index.positionOf(Integer.MIN_VALUE + 1)).isEqualTo(-1);
        assertThat(index.positionOf(Integer.MAX_VALUE - 1)).isEqualTo(-1);
    }

    @Test
    void codeZeroIsFoundWhenListedAndNotFoundOtherwise() {
        assertThat(new Packed(2, new int[] {5, 0, -5}).positionOf(0)).isEqualTo(1);
        Packed without = new Packed(2, new int[] {5, -5});
        assertThat(without.positionOf(0)).isEqualTo(-1);
        assertThat(without.positionOf(-5)).isEqualTo(1);
    }

    @Test
    void stringsWithEqualHashesAreToldApart() {
        // "Aa" and "BB" share a hashCode, and so does every string made of them: eight codes of one hash.
        String[] codes = {"AaAaAa", "AaAaBB", "AaBBAa", "AaBBBB", "BBAaAa", "BBAaBB", "BBBBAa", "BBBBBB", "Aa",
            "BB", "x"};
        assertThat("AaAaAa".hashCode()).isEqualTo("BBBBBB".hashCode());
        Packed index = new Packed(1, codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            assertThat(index.positionOf(new String(codes[i].toCharArray()))).isEqualTo(i);
        }
        assertThat(index.positionOf("AaAa")).isEqualTo(-1);
        assertThat(index.positionOf("C#")).isEqualTo(-1);
        assertThat(index.positionOf("BBBBAaX")).isEqualTo(-1);
    }

    @Test
    void theEmptyStringAndStringsHashingToZeroAreCodes() {
        // "" and "\u0000" both hash to 0, the hash an empty slot holds.
        String[] codes = {"", "\u0000", "\u0000\u0000", "zero"};
        assertThat("\u0000".hashCode()).isEqualTo(0);
        Packed index = new Packed(1, codes);
        for (int i = 0; i < codes.length; i++) {
            assertThat(index.positionOf(codes[i])).isEqualTo(i);
        }
        assertThat(index.positionOf("\u0000\u0000\u0000")).isEqualTo(-1);
    }

    @Test
    void unknownCodesInShardsNotYetUnpackedUnpackThemAndFindNothing() {
        int[] codes = {10, 20, 30};
        Packed index = new Packed(3, codes);
        assertThat(index.positionOf(11)).isEqualTo(-1);
        assertThat(index.positionOf("10")).isEqualTo(-1);
        assertThat(index.positionOf(30)).isEqualTo(2);
        assertThat(new Packed(16, new int[0]).positionOf(0)).isEqualTo(-1);
    }

    @Test
    void moreCodesThanDeclaredAreRefusedRatherThanFillingTheTable() {
        PackedCodeIndex lying = new PackedCodeIndex(1, 1, false) {
            @Override
            protected String shard(int shard) {
                return shard == PackedCodeIndex.shardOf(7, 1) ? "0 1 71 1 8" : "";
            }
        };
        assertThrows(IllegalStateException.class, () -> lying.positionOf(7));
    }

    @Test
    void manyThreadsLookingUpAtOnceFromTheStartFindEveryPosition() throws Exception {
        int threads = 8;
        int[] ints = new Random(99).ints().distinct().limit(20_000).toArray();
        String[] strings = new String[ints.length];
        for (int i = 0; i < ints.length; i++) {
            strings[i] = "E" + ints[i];
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                Packed intIndex = new Packed(6, ints);
                Packed stringIndex = new Packed(6, strings);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> wrong = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t * 7_919;
                    wrong.add(pool.submit(() -> {
                        start.await();
                        int mistakes = 0;
                        // Each thread walks every code from its own starting point, so the threads race on
                        // different shards' first lookups and on the same ones.
                        for (int n = 0; n < ints.length; n++) {
                            int i = (first + n) % ints.length;
                            mistakes += intIndex.positionOf(ints[i]) == i ? 0 : 1;
                            mistakes += stringIndex.positionOf(strings[i]) == i ? 0 : 1;
                        }
                        return mistakes;
                    }));
                }
                start.countDown();
                for (Future<Integer> future : wrong) {
                    assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(0);
                }
                assertThat(intIndex.unpacked.get()).isEqualTo(64);
                assertThat(stringIndex.unpacked.get()).isEqualTo(64);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
