package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntIndexTest {

    @Test
    void denseCodesAreFoundAndOthersAreNot() {
        int[] codes = {0, 1, 2, 5, 7, 49};
        IntIndex index = IntIndex.of(codes);
        for (int i = 0; i < codes.length; i++) {
            assertThat(index.positionOf(codes[i])).isEqualTo(i);
        }
        for (int absent : new int[] {-1, 3, 48, 50, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThat(index.positionOf(absent)).isEqualTo(-1);
        }
    }

    @Test
    void sparseCodesAcrossTheWholeIntRangeAgreeWithAHashMap() {
        Random random = new Random(11);
        int[] codes = random.ints().distinct().limit(20_000).toArray();
        IntIndex index = IntIndex.of(codes);
        Map<Integer, Integer> expected = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            expected.put(codes[i], i);
        }
        for (int code : codes) {
            assertThat(index.positionOf(code)).isEqualTo(expected.get(code));
        }
        for (int probe : random.ints(20_000).toArray()) {
            assertThat(index.positionOf(probe)).isEqualTo(expected.getOrDefault(probe, -1));
        }
    }

    @Test
    void clusteredLargeCodesUseTheirOwnSlots() {
        int[] codes = new int[1000];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = 1_000_000 * (i % 7) + i;
        }
        IntIndex index = IntIndex.of(codes);
        for (int i = 0; i < codes.length; i++) {
            assertThat(index.positionOf(codes[i])).isEqualTo(i);
        }
        assertThat(index.positionOf(999_999)).isEqualTo(-1);
    }

    @Test
    void extremesAndEmpty() {
        IntIndex extremes = IntIndex.of(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE});
        assertThat(extremes.positionOf(Integer.MIN_VALUE)).isEqualTo(0);
        assertThat(extremes.positionOf(Integer.MAX_VALUE)).isEqualTo(1);
        assertThat(extremes.positionOf(0)).isEqualTo(-1);
        assertThat(IntIndex.of(new int[0]).positionOf(0)).isEqualTo(-1);
    }

    @Test
    void denseCodesAtTheEndsOfTheIntRangeDoNotWrapAround() {
        IntIndex low = IntIndex.of(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 2});
        assertThat(low.positionOf(Integer.MIN_VALUE)).isEqualTo(0);
        assertThat(low.positionOf(Integer.MIN_VALUE + 2)).isEqualTo(1);
        for (int absent : new int[] {Integer.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, -1, 0, 2}) {
            assertThat(low.positionOf(absent)).isEqualTo(-1);
        }
        IntIndex high = IntIndex.of(new int[] {Integer.MAX_VALUE - 2, Integer.MAX_VALUE});
        assertThat(high.positionOf(Integer.MAX_VALUE)).isEqualTo(1);
        for (int absent : new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, -3, 0}) {
            assertThat(high.positionOf(absent)).isEqualTo(-1);
        }
    }

    @Test
    void aRepeatedCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IntIndex.of(new int[] {3, 4, 3}));
        assertThrows(IllegalArgumentException.class, () -> IntIndex.of(new int[] {-2_000_000_000, 7, -2_000_000_000}));
    }

    @Test
    void everySparseSizeFindsEachCodeInASlotOfItsOwn() {
        Random random = new Random(29);
        for (int size = 1; size <= 600; size += size < 40 ? 1 : 37) {
            int[] codes = random.ints().distinct().limit(size).toArray();
            codes[0] = 0; // the code an empty slot's zero would match, were positions not checked
            IntIndex index = IntIndex.of(codes);
            for (int i = 0; i < codes.length; i++) {
                assertThat(index.positionOf(codes[i])).isEqualTo(i);
            }
        }
    }

    @Test
    void codesThatDifferOnlyInHighOrLowBitsStillGetTheirOwnSlots() {
        int[][] shapes = new int[3][2000];
        for (int i = 0; i < 2000; i++) {
            shapes[0][i] = i << 16;          // equal low halves
            shapes[1][i] = i * 1024 + 7;     // equal low ten bits
            shapes[2][i] = (i << 21) ^ 0x55; // only high bits vary
        }
        for (int[] codes : shapes) {
            IntIndex index = IntIndex.of(codes);
            for (int i = 0; i < codes.length; i++) {
                assertThat(index.positionOf(codes[i])).isEqualTo(i);
            }
            assertThat(index.positionOf(0)).isEqualTo(codes[0] == 0 ? 0 : -1);
            assertThat(index.positionOf(codes[codes.length - 1] + 1)).isEqualTo(-1);
        }
    }

    @Test
    void absentCodeZeroIsNotFoundInAnEmptySlot() {
        IntIndex index = IntIndex.of(new int[] {1_000_000_007, -999_999_937, 123_456_789});
        assertThat(index.positionOf(0)).isEqualTo(-1);
    }
}
