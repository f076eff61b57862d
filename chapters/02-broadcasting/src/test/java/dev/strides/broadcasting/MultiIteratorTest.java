package dev.strides.broadcasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ShapeException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MultiIteratorTest {

    private static NDArray c(int... shape) {
        return NDArray.allocate(DType.FLOAT64, shape, Order.C);
    }

    /** Collects the runs as (offsets..., count, strides...) rows. */
    private static List<long[]> runs(MultiIterator it) {
        List<long[]> rows = new ArrayList<>();
        it.forEachRun((offsets, count, strides) -> {
            long[] row = new long[2 * offsets.length + 1];
            System.arraycopy(offsets, 0, row, 0, offsets.length);
            row[offsets.length] = count;
            System.arraycopy(strides, 0, row, offsets.length + 1, strides.length);
            rows.add(row);
        });
        return rows;
    }

    @Test
    void contiguousOperandsOfAnyRankGiveOneRun() {
        NDArray a = c(4, 5, 6);
        NDArray b = c(4, 5, 6);
        MultiIterator it = MultiIterator.of(a, b);
        assertThat(it.coalescedShape()).containsExactly(120);
        assertThat(runs(it)).singleElement().satisfies(row ->
                assertThat(row).containsExactly(0, 0, 120, 8, 8));
    }

    @Test
    void aRowBroadcastDownAColumnIsOneRunPerRow() {
        NDArray x = c(3, 4);
        NDArray row = c(4);
        MultiIterator it = MultiIterator.of(x, row);
        assertThat(it.shape()).containsExactly(3, 4);
        assertThat(it.strides(1)).containsExactly(0, 8);
        assertThat(runs(it)).extracting(Arrays::toString).containsExactly(
                "[0, 0, 4, 8, 8]", "[32, 0, 4, 8, 8]", "[64, 0, 4, 8, 8]");
    }

    @Test
    void aColumnBroadcastAlongRowsRunsWithStrideZero() {
        NDArray col = c(3, 1);
        NDArray row = c(1, 4);
        MultiIterator it = MultiIterator.of(col, row);
        assertThat(it.shape()).containsExactly(3, 4);
        assertThat(runs(it)).extracting(Arrays::toString).containsExactly(
                "[0, 0, 4, 0, 8]", "[8, 0, 4, 0, 8]", "[16, 0, 4, 0, 8]");
    }

    @Test
    void zeroDimensionalOperandsGiveOneRunOfOne() {
        NDArray s = c();
        assertThat(runs(MultiIterator.of(s, s))).extracting(Arrays::toString)
                .containsExactly("[0, 0, 1, 0, 0]");
        MultiIterator allOnes = MultiIterator.of(c(1, 1), c(1));
        assertThat(allOnes.coalescedShape()).isEmpty();
        assertThat(runs(allOnes)).hasSize(1);
    }

    @Test
    void emptyOperandsGiveNoRun() {
        assertThat(runs(MultiIterator.of(c(3, 0), c(1)))).isEmpty();
        assertThat(MultiIterator.of(c(0), c(1)).shape()).containsExactly(0);
    }

    @Test
    void theLoopMayAdvanceItsOffsetsInPlace() {
        NDArray a = c(2, 3);
        MultiIterator it = MultiIterator.of(a.stridedView(new int[] {2, 2}, new long[] {24, 8}, 0));
        List<Long> seen = new ArrayList<>();
        it.forEachRun((offsets, count, strides) -> {
            for (int i = 0; i < count; i++, offsets[0] += strides[0]) {
                seen.add(offsets[0]);
            }
            strides[0] = 999;                       // does not corrupt the next run
        });
        assertThat(seen).containsExactly(0L, 8L, 24L, 32L);
    }

    @Test
    void errorsUseNumPysWords() {
        // np.add(np.ones(3), np.ones(4))
        assertThatThrownBy(() -> MultiIterator.of(c(3), c(4)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("operands could not be broadcast together with shapes (3,) (4,) ");
        // np.nditer([np.ones(3), np.ones(2)], itershape=(4,))
        assertThatThrownBy(() -> MultiIterator.of(new int[] {4}, c(3), c(2)))
                .hasMessage("operands could not be broadcast together with remapped shapes"
                        + " [original->remapped]: (3,) (2,)  and requested shape (4,)");
        // np.nditer([np.ones(3)], itershape=())
        assertThatThrownBy(() -> MultiIterator.of(new int[0], c(3)))
                .hasMessage("input operand has more dimensions than allowed by the axis remapping");
        // np.add(np.ones((2,1)), np.ones(4), out=np.ones(4))
        assertThatThrownBy(() -> MultiIterator.withOutputs(new NDArray[] {c(2, 1), c(4)}, c(4)))
                .hasMessage("non-broadcastable output operand with shape (4,) doesn't match the"
                        + " broadcast shape (2,4)");
        // np.add(np.ones((2,3)), np.ones(4), out=np.ones((2,4)))
        assertThatThrownBy(() -> MultiIterator.withOutputs(new NDArray[] {c(2, 3), c(4)}, c(2, 4)))
                .hasMessage("operands could not be broadcast together with shapes (2,3) (4,) (2,4) ");
    }

    @Test
    void anOutputMayGiveTheInputsMoreAxes() {
        // np.add(np.ones(3), np.ones(3), out=np.ones((2, 3))) is allowed
        MultiIterator it = MultiIterator.withOutputs(new NDArray[] {c(3), c(3)}, c(2, 3));
        assertThat(it.shape()).containsExactly(2, 3);
    }

    // ---- the runs against a naive per-element reference -------------------------------------------

    /** Byte offsets of every element in every operand, by multi-index arithmetic, C order. */
    static List<String> naive(int[] shape, NDArray... ops) {
        List<String> out = new ArrayList<>();
        long size = NDArray.sizeOf(shape);
        int[] idx = new int[shape.length];
        for (long flat = 0; flat < size; flat++) {
            long rest = flat;
            for (int k = shape.length - 1; k >= 0; k--) {
                idx[k] = (int) (rest % shape[k]);
                rest /= shape[k];
            }
            long[] at = new long[ops.length];
            for (int op = 0; op < ops.length; op++) {
                int[] s = ops[op].shape();
                long p = ops[op].offset();
                for (int j = 0; j < s.length; j++) {
                    int i = idx[shape.length - s.length + j];
                    p += (s[j] == 1 ? 0 : i) * ops[op].strides(j);
                }
                at[op] = p;
            }
            out.add(Arrays.toString(at));
        }
        return out;
    }

    static List<String> viaRuns(MultiIterator it) {
        List<String> out = new ArrayList<>();
        it.forEachRun((offsets, count, strides) -> {
            for (int i = 0; i < count; i++) {
                long[] at = new long[offsets.length];
                for (int op = 0; op < at.length; op++) {
                    at[op] = offsets[op] + i * strides[op];
                }
                out.add(Arrays.toString(at));
            }
        });
        return out;
    }

    @Property(tries = 400)
    void runsVisitExactlyTheBroadcastProductInCOrder(@ForAll long seed) {
        Random r = new Random(seed);
        int[] target = RandomArrays.shape(r, 4);
        int nop = 1 + r.nextInt(3);
        NDArray[] ops = new NDArray[nop];
        for (int op = 0; op < nop; op++) {
            ops[op] = RandomArrays.array(r, RandomArrays.broadcastableTo(r, target));
        }
        MultiIterator it = MultiIterator.of(ops);
        int[] shape = it.shape();
        assertThat(shape).containsExactly(Broadcasting.broadcastShapes(
                Arrays.stream(ops).map(NDArray::shape).toArray(int[][]::new)));
        List<String> expected = naive(shape, ops);
        assertThat(viaRuns(it)).containsExactlyElementsOf(expected);
        assertThat((long) expected.size()).isEqualTo(it.size());
        List<String> perElement = new ArrayList<>();
        it.forEachElement(at -> perElement.add(Arrays.toString(at)));
        assertThat(perElement).containsExactlyElementsOf(expected);
    }

    @Property(tries = 200)
    void aRequestedShapeIsWalkedEvenWhenLargerThanTheOperands(@ForAll long seed) {
        Random r = new Random(seed);
        int[] target = RandomArrays.shape(r, 4);
        NDArray a = RandomArrays.array(r, RandomArrays.broadcastableTo(r, target));
        MultiIterator it = MultiIterator.of(target, a);
        assertThat(it.shape()).containsExactly(target);
        assertThat(viaRuns(it)).containsExactlyElementsOf(naive(target, a));
    }
}
