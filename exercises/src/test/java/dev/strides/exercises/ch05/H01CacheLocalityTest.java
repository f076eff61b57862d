package dev.strides.exercises.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** H01: loop with the smallest stride innermost; copy once when the layout fights you. */
@Tag("H01")
class H01CacheLocalityTest {

    private static NDArray cube() {
        return np.reshape(np.arange(24.0), 2, 3, 4);        // strides (96, 32, 8)
    }

    @Test
    void aCArrayIsLoopedInIndexOrder() {
        assertThat(H01CacheLocality.loopOrder(cube())).containsExactly(0, 1, 2);
        assertThat(H01CacheLocality.loopOrder(np.arange(5.0))).containsExactly(0);
    }

    @Test
    void transposedAndFortranArraysAreLoopedBackwards() {
        assertThat(H01CacheLocality.loopOrder(np.transpose(cube()))).as("strides (8, 32, 96)")
                .containsExactly(2, 1, 0);
        assertThat(H01CacheLocality.loopOrder(np.copy(cube(), Order.F))).containsExactly(2, 1, 0);
        // np.transpose(a, (1, 0, 2)).strides == (32, 96, 8): loop axis 1, then 0, then 2
        assertThat(H01CacheLocality.loopOrder(np.transpose(cube(), 1, 0, 2)))
                .containsExactly(1, 0, 2);
        // negative strides count by size: a[:, ::-1] has strides (96, -32, 8)
        assertThat(H01CacheLocality.loopOrder(np.get(cube(), ":, ::-1"))).containsExactly(0, 1, 2);
    }

    @Test
    void theCacheFriendlySumIsTheSumForEveryLayout() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);      // sum 66
        assertThat(H01CacheLocality.sumCacheFriendly(a)).isEqualTo(66);
        assertThat(H01CacheLocality.sumCacheFriendly(np.transpose(a))).isEqualTo(66);
        assertThat(H01CacheLocality.sumCacheFriendly(np.copy(a, Order.F))).isEqualTo(66);
        // a[::-1, ::2] holds 8, 10, 4, 6, 0, 2
        assertThat(H01CacheLocality.sumCacheFriendly(np.get(a, "::-1, ::2"))).isEqualTo(30);
        assertThat(H01CacheLocality.sumCacheFriendly(np.get(a, ":, 4:"))).isZero();
    }

    @Test
    void ascontiguousCopiesOnlyWhenItMustAndKeepsTheValues() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        assertThat(H01CacheLocality.ascontiguous(a)).as("already C: no copy").isSameAs(a);
        NDArray t = np.transpose(a);
        NDArray c = H01CacheLocality.ascontiguous(t);
        // np.ascontiguousarray(a.T): shape (4, 3), strides (24, 8), a copy
        assertThat(c.shape()).containsExactly(4, 3);
        assertThat(c.strides()).containsExactly(24, 8);
        assertThat(c.buffer()).isNotSameAs(a.buffer());
        assertThat(c.getDouble(3, 2)).as("c[3, 2] == a[2, 3]").isEqualTo(11.0);
    }
}
