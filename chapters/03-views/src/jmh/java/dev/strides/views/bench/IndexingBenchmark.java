package dev.strides.views.bench;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.views.Index;
import dev.strides.views.Indexing;
import dev.strides.views.NonZero;
import dev.strides.views.Selection;

import java.util.SplittableRandom;
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
 * Advanced indexing on float64 arrays: gathers ({@code x[mask]}, {@code x[idx]},
 * {@code np.take}, {@code np.compress}), scatters ({@code x[mask] = 0.0}, {@code x[idx] = y}),
 * {@code np.nonzero(mask)} and a 2-d row gather {@code a[rows, :]}. The NumPy twin is
 * {@code scripts/bench/ch03_views_numpy.py}, run in the same sitting; it builds data of the same
 * shapes and distributions (its generator is NumPy's, so the values differ).
 *
 * <p>Run (not part of the test build):
 * {@code ./mvnw -o -pl chapters/03-views -am -Pjmh verify -DskipTests}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx4g"})
public class IndexingBenchmark {

    /** 1-d data of {@code n} elements: values, a random mask (about half true), n indices. */
    @State(Scope.Benchmark)
    public static class Vectors {

        @Param({"1000000", "10000000"})
        int n;

        NDArray x;         // float64 (n,), uniform in [0, 1)
        NDArray y;         // float64 (n,): the values x[idx] = y stores
        NDArray mask;      // bool (n,), each element true with probability 1/2
        NDArray idx;       // int64 (n,), uniform in [0, n)

        @Setup
        public void setUp() {
            SplittableRandom random = new SplittableRandom(3);
            x = NDArray.allocate(DType.FLOAT64, new int[] {n}, Order.C);
            y = NDArray.allocate(DType.FLOAT64, new int[] {n}, Order.C);
            mask = NDArray.allocate(DType.BOOL, new int[] {n}, Order.C);
            idx = NDArray.allocate(DType.INT64, new int[] {n}, Order.C);
            for (int i = 0; i < n; i++) {
                x.setDouble(random.nextDouble(), i);
                y.setDouble(random.nextDouble(), i);
                mask.setBoolean(random.nextBoolean(), i);
                idx.setLong(random.nextLong(n), i);
            }
        }
    }

    /** A 1000×1000 float64 matrix and 1000 random row numbers. */
    @State(Scope.Benchmark)
    public static class Matrix {

        NDArray a;         // float64 (1000, 1000)
        Index rows;        // int64 (1000,), uniform in [0, 1000)

        @Setup
        public void setUp() {
            SplittableRandom random = new SplittableRandom(3);
            a = NDArray.allocate(DType.FLOAT64, new int[] {1000, 1000}, Order.C);
            NDArray r = NDArray.allocate(DType.INT64, new int[] {1000}, Order.C);
            for (int i = 0; i < 1000; i++) {
                r.setLong(random.nextLong(1000), i);
                for (int j = 0; j < 1000; j++) {
                    a.setDouble(random.nextDouble(), i, j);
                }
            }
            rows = new Index.IntArray(r);
        }
    }

    @Benchmark
    public NDArray maskGet(Vectors v) {
        return Indexing.get(v.x, v.mask);                       // x[mask]
    }

    @Benchmark
    public NDArray indexGet(Vectors v) {
        return Indexing.get(v.x, v.idx);                        // x[idx]
    }

    @Benchmark
    public NDArray take(Vectors v) {
        return Selection.take(v.x, v.idx);                      // np.take(x, idx)
    }

    @Benchmark
    public NDArray compress(Vectors v) {
        return Selection.compress(v.mask, v.x);                 // np.compress(mask, x)
    }

    @Benchmark
    public NDArray[] nonzero(Vectors v) {
        return NonZero.nonzero(v.mask);                         // np.nonzero(mask)
    }

    @Benchmark
    public NDArray maskSet(Vectors v) {
        Indexing.set(v.x, v.mask, 0.0);                         // x[mask] = 0.0
        return v.x;
    }

    @Benchmark
    public NDArray indexSet(Vectors v) {
        Indexing.set(v.x, v.idx, v.y);                          // x[idx] = y
        return v.x;
    }

    @Benchmark
    public NDArray rowsGet(Matrix m) {
        return Indexing.get(m.a, m.rows, Index.ALL);            // a[rows, :]
    }
}
