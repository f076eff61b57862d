package dev.strides.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Walk}: byte offsets in C order for any strides, alone and in lockstep. */
class WalkTest {

    private static List<Long> offsets(int[] shape, long[] strides, long offset) {
        List<Long> out = new ArrayList<>();
        Walk.forEachOffset(shape, strides, offset, out::add);
        return out;
    }

    @Test
    void cStridesGiveConsecutiveAddresses() {
        assertThat(offsets(new int[] {2, 3}, new long[] {24, 8}, 0))
                .containsExactly(0L, 8L, 16L, 24L, 32L, 40L);
    }

    @Test
    void fStridesAreStillVisitedInCOrder() {
        // element (i, j) of an F-ordered 2×3 lives at 8i + 16j; the last index varies fastest
        assertThat(offsets(new int[] {2, 3}, new long[] {8, 16}, 0))
                .containsExactly(0L, 16L, 32L, 8L, 24L, 40L);
    }

    @Test
    void negativeStridesWalkBackwardsFromTheOffset() {
        // a[::-1, ::-1] of a C-ordered 2×3 float64: starts at the last element
        assertThat(offsets(new int[] {2, 3}, new long[] {-24, -8}, 40))
                .containsExactly(40L, 32L, 24L, 16L, 8L, 0L);
    }

    @Test
    void threeAxesCarryLikeAnOdometer() {
        List<Long> got = offsets(new int[] {2, 2, 2}, new long[] {100, 10, 1}, 5);
        assertThat(got).containsExactly(5L, 6L, 15L, 16L, 105L, 106L, 115L, 116L);
    }

    @Test
    void zeroStridesRepeatAnElement() {
        assertThat(offsets(new int[] {2, 3}, new long[] {8, 0}, 0))
                .containsExactly(0L, 0L, 0L, 8L, 8L, 8L);
    }

    @Test
    void zeroDimensionalVisitsOnceAndEmptyNever() {
        assertThat(offsets(new int[0], new long[0], 16)).containsExactly(16L);
        assertThat(offsets(new int[] {3, 0}, new long[] {8, 8}, 0)).isEmpty();
        assertThat(offsets(new int[] {0, 3}, new long[] {8, 8}, 0)).isEmpty();
    }

    @Test
    void pairsWalkTwoLayoutsInLockstep() {
        List<String> pairs = new ArrayList<>();
        Walk.forEachPair(new int[] {2, 3}, new long[] {24, 8}, 0, new long[] {4, 8}, 100,
                (a, b) -> pairs.add(a + ":" + b));
        assertThat(pairs).containsExactly("0:100", "8:108", "16:116", "24:104", "32:112", "40:120");
        List<String> scalar = new ArrayList<>();
        Walk.forEachPair(new int[0], new long[0], 3, new long[0], 7, (a, b) -> scalar.add(a + ":" + b));
        assertThat(scalar).containsExactly("3:7");
        List<String> none = new ArrayList<>();
        Walk.forEachPair(new int[] {0}, new long[] {8}, 0, new long[] {8}, 0, (a, b) -> none.add("x"));
        assertThat(none).isEmpty();
    }

    @Test
    void offsetsAgreeWithByteOffsetOfEachIndex() {
        NDArray buf = NDArray.allocate(DType.INT16, new int[] {60}, Order.C);
        NDArray v = buf.stridedView(new int[] {3, 4, 2}, new long[] {2, 30, -6}, 12);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 2; k++) {
                    expected.add(v.byteOffset(i, j, k));
                }
            }
        }
        assertThat(offsets(v.shape(), v.strides(), v.offset())).isEqualTo(expected);
    }
}
