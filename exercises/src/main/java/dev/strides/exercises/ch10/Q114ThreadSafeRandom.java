package dev.strides.exercises.ch10;

import dev.strides.ndarray.NDArray;
import dev.strides.random.Generator;
import dev.strides.workbook.NotSolved;
import java.util.List;

/**
 * Q114 - How to implement thread-safe random number generation?
 *
 * <p>A generator is a small mutable state machine; two threads drawing from one race on it, and
 * even behind a lock the numbers each thread gets depend on scheduling. NumPy's answer: one
 * generator per task, made independent with {@code SeedSequence(seed).spawn(n)} (children
 * whose states are hashed from the seed and their index). Then split the work into a fixed
 * number of chunks, give chunk i to child i, and let any number of threads run the chunks: the
 * result is the same bit for bit with 1 thread or 8.
 *
 * <p>Use {@code new SeedSequence(seed).spawn(n)}, {@code new PCG64(child)},
 * {@code new Generator(bitGenerator)}, an {@code ExecutorService}, and
 * {@code g.random(NDArray out)}, which fills a contiguous view in place; a chunk is
 * {@code out.stridedView(new int[] {length}, new long[] {8}, out.offset() + from * 8)}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q114")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q114} to check.
 */
public final class Q114ThreadSafeRandom {

    private Q114ThreadSafeRandom() {
    }

    /** {@code n} generators on PCG64, one per child of {@code SeedSequence(seed)}, in order. */
    public static List<Generator> independentGenerators(long seed, int n) {
        throw new NotSolved("Q114");
    }

    /**
     * A new float64 array of {@code size} uniforms: chunk i covers indexes
     * {@code [size*i/chunks, size*(i+1)/chunks)} and is filled by {@code random} of generator i
     * of {@link #independentGenerators}, on a pool of {@code threads} threads. The result must
     * not depend on {@code threads}.
     *
     * @throws IllegalArgumentException when {@code chunks < 1} or {@code threads < 1}, naming the
     *     argument and its value
     */
    public static NDArray parallelRandom(long seed, int size, int chunks, int threads) {
        throw new NotSolved("Q114");
    }
}
