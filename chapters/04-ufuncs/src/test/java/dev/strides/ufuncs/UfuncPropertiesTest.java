package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of ufunc methods over random integer data (exact arithmetic, so equalities hold). */
class UfuncPropertiesTest {

    private static NDArray grid(long[] values, int rows) {
        int cols = values.length / rows;
        NDArray flat = JavaArrays.array(java.util.Arrays.copyOf(values, rows * cols));
        return flat.stridedView(new int[] {rows, cols}, new long[] {8L * cols, 8}, 0);
    }

    @Property(tries = 200)
    void addIsCommutativeUnderBroadcasting(@ForAll @Size(min = 1, max = 12) long[] x,
                                           @ForAll @Size(min = 1, max = 12) long[] y) {
        NDArray a = JavaArrays.array(x).stridedView(new int[] {x.length, 1}, new long[] {8, 0}, 0);
        NDArray b = JavaArrays.array(y);
        assertThat(Fixtures.texts(ArithmeticUfuncs.ADD.call(a, b)))
                .containsExactly(Fixtures.texts(ArithmeticUfuncs.ADD.call(b, a)));
    }

    @Property(tries = 200)
    void reducingAllAxesEqualsReducingOneAtATime(@ForAll @Size(min = 6, max = 40) long[] values,
                                                 @ForAll @IntRange(min = 1, max = 6) int rows) {
        NDArray a = grid(values, Math.min(rows, values.length));
        NDArray all = ArithmeticUfuncs.ADD.reduce(a, null, false);
        NDArray twice = ArithmeticUfuncs.ADD.reduce(ArithmeticUfuncs.ADD.reduce(a, 1), 0);
        assertThat(all.getLong()).isEqualTo(twice.getLong());
    }

    @Property(tries = 200)
    void accumulateEndsWhereReduceIs(@ForAll @Size(min = 1, max = 30) long[] values) {
        NDArray a = JavaArrays.array(values);
        NDArray acc = ArithmeticUfuncs.MULTIPLY.accumulate(a);
        assertThat(acc.getLong(values.length - 1)).isEqualTo(ArithmeticUfuncs.MULTIPLY.reduce(a).getLong());
    }

    @Property(tries = 200)
    void atAppliesRepeatedIndicesOnePerOccurrence(@ForAll @Size(min = 1, max = 20) int[] raw) {
        int[] idx = java.util.Arrays.stream(raw).map(i -> Math.floorMod(i, 5)).toArray();
        NDArray a = NDArray.allocate(DType.INT64, new int[] {5}, dev.strides.ndarray.Order.C);
        ArithmeticUfuncs.ADD.at(a, idx, 1L);
        long[] counts = new long[5];
        for (int i : idx) {
            counts[i]++;
        }
        for (int k = 0; k < 5; k++) {
            assertThat(a.getLong(k)).isEqualTo(counts[k]);
        }
    }

    @Property(tries = 100)
    void outerHasTheConcatenatedShape(@ForAll @Size(min = 1, max = 5) long[] x,
                                      @ForAll @Size(min = 1, max = 5) long[] y) {
        NDArray o = ArithmeticUfuncs.MULTIPLY.outer(JavaArrays.array(x), JavaArrays.array(y));
        assertThat(o.shape()).containsExactly(x.length, y.length);
        assertThat(o.getLong(x.length - 1, y.length - 1)).isEqualTo(x[x.length - 1] * y[y.length - 1]);
    }
}
