package dev.strides.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link NDArray#copy(Order)} layouts: C and F as asked, A (F only for F-and-not-C sources),
 * K (keep the source's axis order, also for transposed and permuted views built with
 * {@link NDArray#stridedView}). The NumPy fixtures in {@code creation.txt} check the same on more
 * views; these tests spell out the rule.
 */
class CopyTest {

    /** 2×3×4 int32 holding 0..23 in C order. */
    private static NDArray c234() {
        NDArray a = NDArray.allocate(DType.INT32, new int[] {2, 3, 4}, Order.C);
        for (int i = 0; i < 24; i++) {
            a.setLong(i, i / 12, i / 4 % 3, i % 4);
        }
        return a;
    }

    /** The view with its axes permuted: {@code a.transpose(perm)}. */
    private static NDArray transpose(NDArray a, int... perm) {
        int[] shape = new int[perm.length];
        long[] strides = new long[perm.length];
        for (int k = 0; k < perm.length; k++) {
            shape[k] = a.shape(perm[k]);
            strides[k] = a.strides(perm[k]);
        }
        return a.stridedView(shape, strides, a.offset());
    }

    private static void assertSameValues(NDArray a, NDArray b) {
        assertThat(b.shape()).isEqualTo(a.shape());
        assertThat(FixtureFile.bytes(b)).isEqualTo(FixtureFile.bytes(a));
    }

    @Test
    void copyIsCOrderedAndIndependent() {
        NDArray a = c234();
        NDArray b = a.copy();
        assertThat(b.strides()).containsExactly(48, 16, 4);
        assertThat(b.flags().owndata()).isTrue();
        assertThat(b.buffer()).isNotSameAs(a.buffer());
        b.setLong(-1, 0, 0, 0);
        assertThat(a.getLong(0, 0, 0)).isZero();
        assertSameValues(a, a.copy(Order.F));
    }

    @Test
    void orderFLaysOutTheFirstAxisFastest() {
        NDArray f = c234().copy(Order.F);
        assertThat(f.strides()).containsExactly(4, 8, 24);
        assertThat(f.flags().fContiguous()).isTrue();
        assertThat(f.flags().cContiguous()).isFalse();
        assertThat(f.getLong(1, 2, 3)).isEqualTo(23);
    }

    @Test
    void orderAFollowsFOnlyForFortranSources() {
        NDArray f = c234().copy(Order.F);
        assertThat(f.copy(Order.A).strides()).containsExactly(4, 8, 24);
        assertThat(c234().copy(Order.A).strides()).containsExactly(48, 16, 4);
        NDArray t = transpose(c234(), 1, 0, 2);   // neither C nor F
        assertThat(t.copy(Order.A).strides()).containsExactly(32, 16, 4);
    }

    @Test
    void orderKKeepsAPermutedLayout() {
        NDArray a = c234();
        NDArray t = transpose(a, 1, 0, 2);        // shape (3, 2, 4), strides (16, 48, 4)
        NDArray k = t.copy(Order.K);
        assertThat(k.shape()).containsExactly(3, 2, 4);
        assertThat(k.strides()).as("axis 1 stays outermost, as in the source")
                .containsExactly(16, 48, 4);
        assertSameValues(t, k);
        assertThat(t.copy(Order.C).strides()).containsExactly(32, 16, 4);

        NDArray full = transpose(a, 2, 1, 0);     // a.T: K gives an F-ordered copy
        assertThat(full.copy(Order.K).strides()).containsExactly(4, 16, 48);
        assertThat(full.copy(Order.K).flags().fContiguous()).isTrue();

        NDArray rolled = transpose(a, 1, 2, 0);   // shape (3, 4, 2), strides (16, 4, 48)
        assertThat(rolled.copy(Order.K).strides()).as("a dense source keeps its exact strides")
                .containsExactly(16, 4, 48);
    }

    @Test
    void orderKIgnoresTheSignOfStridesAndPacksGaps() {
        NDArray a = c234();
        // a[:, ::-1, ::2]: shape (2, 3, 2), strides (48, -16, 8), starting at (0, 2, 0)
        NDArray v = a.stridedView(new int[] {2, 3, 2}, new long[] {48, -16, 8}, 32);
        NDArray k = v.copy(Order.K);
        assertThat(k.strides()).containsExactly(24, 8, 4);
        assertThat(k.flags().cContiguous()).isTrue();
        assertSameValues(v, k);
        assertThat(k.getLong(0, 0, 1)).isEqualTo(10);
    }

    @Test
    void orderKOnContiguousSourcesKeepsTheirLengthOneStrides() {
        // F-ordered (3, 1, 2): NumPy keeps F (strides (8, 24, 24)) rather than re-sorting the axes
        NDArray f = NDArray.allocate(DType.FLOAT64, new int[] {3, 1, 2}, Order.F);
        assertThat(f.strides()).containsExactly(8, 24, 24);
        assertThat(f.copy(Order.K).strides()).containsExactly(8, 24, 24);
    }

    @Test
    void copiesOfZeroDimensionalAndEmptyArrays() {
        NDArray a = c234();
        NDArray scalar = a.stridedView(new int[0], new long[0], 20);
        NDArray s = scalar.copy(Order.K);
        assertThat(s.ndim()).isZero();
        assertThat(s.item()).isEqualTo(5L);
        NDArray empty = a.stridedView(new int[] {2, 0}, new long[] {48, 4}, 0).copy(Order.F);
        assertThat(empty.strides()).containsExactly(0, 0);
        assertThat(empty.size()).isZero();
    }

    @Test
    void astypeCopiesInOrderKAndConverts() {
        NDArray t = transpose(c234(), 2, 1, 0);
        NDArray d = t.astype(DType.FLOAT64);
        assertThat(d.strides()).containsExactly(8, 32, 96);
        assertThat(d.getDouble(3, 2, 1)).isEqualTo(23.0);
        NDArray same = t.astype(DType.INT32);
        assertThat(same.buffer()).as("astype always copies").isNotSameAs(t.buffer());
    }
}
