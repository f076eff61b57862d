package dev.strides.exercises.ch10;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.random.Generator;
import dev.strides.random.PCG64;
import dev.strides.random.SeedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Q114 - How to implement thread-safe random number generation? Reference solution.
 *
 * <p>No generator is shared: chunk i always gets child i of one SeedSequence, whichever thread
 * runs it, so the result does not depend on the number of threads or on scheduling.
 */
public final class Q114ThreadSafeRandom {

    private Q114ThreadSafeRandom() {
    }

    /** One PCG64 generator per child of {@code SeedSequence(seed)}. */
    public static List<Generator> independentGenerators(long seed, int n) {
        List<Generator> out = new ArrayList<>();
        for (SeedSequence child : new SeedSequence(seed).spawn(n)) {
            out.add(new Generator(new PCG64(child)));
        }
        return out;
    }

    /** Chunk i is {@code [size*i/chunks, size*(i+1)/chunks)}, filled by generator i. */
    public static NDArray parallelRandom(long seed, int size, int chunks, int threads) {
        if (chunks < 1) {
            throw new IllegalArgumentException("chunks must be at least 1, got " + chunks);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        NDArray out = NDArray.allocate(DType.FLOAT64, new int[] {size}, Order.C);
        List<Generator> generators = independentGenerators(seed, chunks);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < chunks; i++) {
                long from = (long) size * i / chunks;
                long to = (long) size * (i + 1) / chunks;
                NDArray chunk = out.stridedView(new int[] {(int) (to - from)}, new long[] {8},
                        out.offset() + from * 8);            // disjoint views: no locks needed
                Generator g = generators.get(i);
                tasks.add(pool.submit(() -> g.random(chunk)));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a chunk failed", e.getCause());
        }
        return out;
    }
}
