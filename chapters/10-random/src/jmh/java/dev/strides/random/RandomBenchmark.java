package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three workloads of chapter 10's performance claim, each producing 10^7 values into a new
 * array: {@code rng.random(10**7)}, {@code rng.standard_normal(10**7)} and
 * {@code rng.integers(0, 100, 10**7)} on {@code default_rng(42)}.
 * {@code scripts/bench/ch10_random_numpy.py} times the same calls in NumPy.
 *
 * <p>Average time per call, in milliseconds, after warm-up (the JIT needs a few calls to
 * compile the fill loops). The result arrays are returned so the JIT cannot drop the work. The
 * {@code IntoOut} variants fill one preallocated array ({@code out=}), separating the cost of
 * generating from the cost of allocating (and zeroing) a new 80 MB array per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class RandomBenchmark {

    private static final int N = 10_000_000;

    private Generator rng;
    private NDArray out;   // for the out= variants: the same work without allocating

    @Setup(Level.Trial)
    public void setUp() {
        rng = Generator.defaultRng(42);
        out = NDArray.allocate(DType.FLOAT64, new int[] {N}, Order.C);
    }

    @Benchmark
    public NDArray random() {
        return rng.random(N);
    }

    @Benchmark
    public NDArray standardNormal() {
        return rng.standardNormal(N);
    }

    @Benchmark
    public NDArray integers() {
        return rng.integers(0, 100, N);
    }

    /** {@code rng.random(out=out)}: generation alone, into an array allocated once. */
    @Benchmark
    public NDArray randomIntoOut() {
        return rng.random(out);
    }

    /** {@code rng.standard_normal(out=out)}. */
    @Benchmark
    public NDArray standardNormalIntoOut() {
        return rng.standardNormal(out);
    }
}
