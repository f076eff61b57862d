package dev.strides.stridetricks;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ufuncs.ArithmeticUfuncs;
import dev.strides.views.Axes;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cache locality, measured: the same n x n float64 sum with the loops in row order (the
 * innermost index steps 8 bytes) and in column order (it steps 8n bytes), and the sum of the
 * transposed view {@code a.T}, looped naively by index (which is column order in memory) and in
 * {@link Locality#loopOrder} order, plus chapter 4's ufunc sum of {@code a} and {@code a.T}.
 * n = 2048 is a 32 MiB matrix, larger than the caches; n = 512 (2 MiB) fits in L2/L3.
 *
 * <p>Run: {@code ./mvnw -pl chapters/05-stride-tricks -am -P jmh -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LocalityBenchmark {

    @Param({"512", "2048"})
    int n;

    NDArray a;
    NDArray transposed;

    @Setup
    public void setUp() {
        a = NDArray.allocate(DType.FLOAT64, new int[] {n, n}, Order.C);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.setDouble((i * 31 + j) % 17, i, j);
            }
        }
        transposed = Axes.transpose(a);
    }

    @Benchmark
    public double rowOrder() {
        return Locality.sumRowOrder(a);
    }

    @Benchmark
    public double columnOrder() {
        return Locality.sumColumnOrder(a);
    }

    @Benchmark
    public double transposedIndexOrder() {
        return Locality.sumRowOrder(transposed);
    }

    @Benchmark
    public double transposedMemoryOrder() {
        return Locality.sumMemoryOrder(transposed);
    }

    @Benchmark
    public NDArray ufuncSum() {
        return ArithmeticUfuncs.ADD.reduce(a, null, false);
    }

    @Benchmark
    public NDArray ufuncSumTransposed() {
        return ArithmeticUfuncs.ADD.reduce(transposed, null, false);
    }
}
