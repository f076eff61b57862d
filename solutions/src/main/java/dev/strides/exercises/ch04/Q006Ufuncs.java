package dev.strides.exercises.ch04;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.lang.foreign.MemorySegment;
import java.util.function.DoubleBinaryOperator;

/**
 * Q006 - What are ufuncs (universal functions)?
 *
 * <p>A ufunc is an element-wise function packaged with everything NumPy builds around it once:
 * broadcasting of its inputs, a table of typed inner loops, {@code out=}, and the methods
 * {@code reduce}, {@code accumulate}, {@code outer} and {@code at}. Its heart is the inner loop:
 * chapter 02's {@code MultiIterator} hands it one <i>run</i> at a time, the byte position of
 * the run's first element in every operand, the run's length, and each operand's byte step, and
 * the loop body is a tight {@code for} over that run.
 *
 * <p>{@code np.add.at(a, idx, 1)} is the unbuffered form of {@code a[idx] += 1}: the fancy-index
 * assignment reads all of {@code a[idx]} first, adds, and writes back, so a repeated index is
 * counted once; {@code at} applies the operation once per occurrence.
 *
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class Q006Ufuncs {

    private Q006Ufuncs() {
    }

    /**
     * Implement from scratch a binary float64 ufunc: {@code f(x, y)} element-wise over the
     * broadcast shape of {@code x} and {@code y}, into a new C-ordered float64 array. Use
     * {@code MultiIterator.of(x, y).shape()} for the result shape, then walk
     * {@code MultiIterator.withOutputs(new NDArray[] {x, y}, result).forEachRun(...)}: operand
     * {@code op}'s element {@code i} of a run is at byte {@code offsets[op] + i * strides[op]}
     * of its buffer ({@code Elements.readDouble} / {@code writeDouble} read and write it).
     *
     * @param x a float64 array of any layout (strided, transposed, broadcast), not modified
     * @param y a float64 array, not modified
     * @param f the scalar function
     * @return a new float64 array of the broadcast shape
     * @throws IllegalArgumentException NumPy's {@code operands could not be broadcast together
     *     with shapes (3,) (4,) } when the shapes clash
     */
    public static NDArray binary(NDArray x, NDArray y, DoubleBinaryOperator f) {
        int[] shape = MultiIterator.of(x, y).shape();
        NDArray result = np.empty(shape);
        MemorySegment bx = x.buffer();
        MemorySegment by = y.buffer();
        MemorySegment bz = result.buffer();
        MultiIterator.withOutputs(new NDArray[] {x, y}, result).forEachRun((at, n, st) -> {
            for (int i = 0; i < n; i++) {
                double a = Elements.readDouble(bx, at[0] + i * st[0], DType.FLOAT64);
                double b = Elements.readDouble(by, at[1] + i * st[1], DType.FLOAT64);
                Elements.writeDouble(bz, at[2] + i * st[2], DType.FLOAT64, f.applyAsDouble(a, b));
            }
        });
        return result;
    }

    /**
     * How many times does the inner loop run for {@code x} op {@code y}? Count the runs
     * {@code MultiIterator.of(x, y).forEachRun} hands out. Two contiguous (2, 3, 4) arrays
     * coalesce into a single run of 24; a (4, 1) column with a (3,) row is 4 runs of 3.
     *
     * @return the number of inner-loop calls (NumPy's {@code nditer} with {@code external_loop}
     *     gives the same count)
     */
    public static int runs(NDArray x, NDArray y) {
        int[] count = new int[1];
        MultiIterator.of(x, y).forEachRun((at, n, st) -> count[0]++);
        return count[0];
    }

    /**
     * A histogram of {@code indices}: {@code counts = np.zeros(n, int64)}, then
     * {@code np.add.at(counts, indices, 1)}, which adds 1 once per occurrence.
     *
     * @param indices values in {@code [0, n)}, repeats allowed
     * @return a new int64 array of length {@code n}
     */
    public static NDArray countOccurrences(long[] indices, int n) {
        NDArray counts = np.zeros(new int[] {n}, np.int64);
        np.add.at(counts, np.array(indices), 1);
        return counts;
    }

    /**
     * The same with fancy-index assignment, {@code counts[indices] += 1}: read
     * {@code counts[indices]} ({@code np.get}), add 1, write back ({@code np.set}). A repeated
     * index is written several times with the same value: it counts once.
     *
     * @param indices values in {@code [0, n)}, repeats allowed
     * @return a new int64 array of length {@code n}
     */
    public static NDArray incrementWithFancyIndex(long[] indices, int n) {
        NDArray counts = np.zeros(new int[] {n}, np.int64);
        NDArray idx = np.array(indices);
        np.set(counts, idx, np.add(np.get(counts, idx), 1));
        return counts;
    }
}
