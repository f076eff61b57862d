package dev.strides.stridetricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;
import dev.strides.views.Axes;
import dev.strides.views.Indexing;
import dev.strides.views.Reshape;

import org.junit.jupiter.api.Test;

/** Loop orders and the three sums give the same totals over any layout. */
class LocalityTest {

    @Test
    void loopOrderPutsTheSmallestStrideInnermost() {
        NDArray c = Reshape.reshape(Ranges.arange(0.0, 24.0, 1.0), 2, 3, 4);
        assertThat(Locality.loopOrder(c)).containsExactly(0, 1, 2);
        assertThat(Locality.loopOrder(Axes.transpose(c))).containsExactly(2, 1, 0);
        assertThat(Locality.loopOrder(c.copy(Order.F))).containsExactly(2, 1, 0);
        assertThat(Locality.loopOrder(Indexing.get(c, "::-1, :, ::-2"))).containsExactly(0, 1, 2);
    }

    @Test
    void everyOrderSumsTheSameElements() {
        NDArray c = Reshape.reshape(Ranges.arange(0.0, 60.0, 1.0), 3, 4, 5);
        for (NDArray a : new NDArray[] {c, Axes.transpose(c), Indexing.get(c, "1:, ::-1, ::2"),
                c.copy(Order.F)}) {
            double expected = 0;
            for (double v : Fixtures.values(a)) {
                expected += v;
            }
            assertThat(Locality.sumRowOrder(a)).isEqualTo(expected);
            assertThat(Locality.sumColumnOrder(a)).isEqualTo(expected);
            assertThat(Locality.sumMemoryOrder(a)).isEqualTo(expected);
        }
    }

    @Test
    void emptyAndZeroDimensionalArraysAndOtherDtypes() {
        assertThat(Locality.sumRowOrder(NDArray.allocate(DType.FLOAT64, new int[] {3, 0},
                Order.C))).isZero();
        NDArray scalar = NDArray.allocate(DType.FLOAT64, new int[0], Order.C);
        scalar.setDouble(2.5);
        assertThat(Locality.sumMemoryOrder(scalar)).isEqualTo(2.5);
        assertThatThrownBy(() -> Locality.sumRowOrder(Ranges.arange(0, 4, 1)))
                .hasMessageContaining("float64");
    }
}
