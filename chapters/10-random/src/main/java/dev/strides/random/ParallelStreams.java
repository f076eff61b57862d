package dev.strides.random;

import dev.strides.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Thread-safe random numbers, NumPy's way: never share a generator between threads; give each
 * piece of work its own independent stream.
 *
 * <p><b>Why not one shared generator behind a lock?</b> It is correct but slow (every draw
 * contends for the lock) and, worse, not reproducible: which thread gets which numbers depends on
 * scheduling. <b>Why not seeds 0, 1, 2, ... per thread?</b> Nearby seeds of a weak seeding
 * scheme can give correlated streams; NumPy's answer is to derive them properly:
 *
 * <ul>
 *   <li>{@link SeedSequence#spawn}: children whose pools are hashed from (entropy, child index);
 *       works for every bit generator and nests (a child can spawn grandchildren);</li>
 *   <li>{@code jumped(i)}: the same stream moved ahead by i * 2^127.3 (PCG64) or i * 2^128
 *       (MT19937, Philox) draws, so the pieces cannot overlap in any realistic run.</li>
 * </ul>
 *
 * <p><b>Reproducible for any thread count.</b> Split the output into a fixed number of chunks
 * (a property of the problem, not of the machine), give chunk i the stream of child i, and let
 * any number of threads pick chunks. Which thread fills a chunk no longer matters: the array is
 * the same bit for bit with 1 thread or 16.
 */
public final class ParallelStreams {

    private ParallelStreams() {
    }

    // tag::spawned-generators[]
    /** {@code n} independent generators, one per child of {@code seq}: one per task. */
    public static List<Generator> spawnGenerators(SeedSequence seq, int n) {
        List<Generator> out = new ArrayList<>(n);
        for (SeedSequence child : seq.spawn(n)) {
            out.add(new Generator(new PCG64(child)));
        }
        return out;
    }

    /** {@code n} generators on one PCG64 stream, {@code i} jumps apart (the first is a copy). */
    public static List<Generator> jumpedGenerators(PCG64 base, int n) {
        List<Generator> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Generator(base.jumped(i)));
        }
        return out;
    }
    // end::spawned-generators[]

    /**
     * Fills the contiguous array {@code out} in {@code generators.size()} equal chunks, chunk i
     * by {@code fill.accept(generators.get(i), chunk i)}, on {@code threads} threads. The chunks
     * are 1-d views of {@code out} (disjoint, so no locking is needed); the result does not
     * depend on {@code threads}.
     */
    public static NDArray fill(NDArray out, List<Generator> generators, int threads,
                               BiConsumer<Generator, NDArray> fill) {
        if (!out.flags().contiguous()) {
            throw new IllegalArgumentException("out must be contiguous");
        }
        int chunks = generators.size();
        long n = out.size();
        int item = out.itemsize();
        // tag::parallel-fill[]
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < chunks; i++) {
                long from = n * i / chunks;
                long to = n * (i + 1) / chunks;
                NDArray chunk = out.stridedView(new int[] {(int) (to - from)},
                        new long[] {item}, out.offset() + from * item);
                Generator g = generators.get(i);
                done.add(pool.submit(() -> fill.accept(g, chunk)));
            }
            for (Future<?> f : done) {
                f.get();                                  // rethrows a task's failure
            }
            // end::parallel-fill[]
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while filling", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a chunk failed", e.getCause());
        }
        return out;
    }

    /** Standard normals into {@code out}: {@code chunks} spawned streams, on {@code threads}. */
    public static NDArray standardNormal(SeedSequence seq, NDArray out, int chunks, int threads) {
        return fill(out, spawnGenerators(seq, chunks), threads, Generator::standardNormal);
    }
}
