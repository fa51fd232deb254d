package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedCodeIndexTest {

    /** Packs codes as the processor does (PackedCodesWriter): position, space, length, space, text. */
    private static final class Packed extends PackedCodeIndex {
        private final List<StringBuilder> shards = new ArrayList<>();
        int unpacked;

        Packed(int bits, int[] codes) {
            super(bits, false);
            for (int s = 0; s < 1 << bits; s++) {
                shards.add(new StringBuilder());
            }
            for (int i = 0; i < codes.length; i++) {
                String text = Integer.toString(codes[i]);
                shards.get(shardOf(codes[i], bits)).append(i).append(' ').append(text.length()).append(' ').append(text);
            }
        }

        Packed(int bits, String[] codes) {
            super(bits, true);
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
            unpacked++;
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
        java.util.Set<Integer> listed = new java.util.HashSet<>();
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
        assertThat(index.unpacked).isEqualTo(32);
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
}
