package dev.strides.ufuncs.bench;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ufuncs.ArithmeticUfuncs;
import dev.strides.ufuncs.ReduceOptions;

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
 * {@code add}, {@code multiply} and {@code sum} on contiguous float64 arrays of 10^6 and 10^7
 * elements: the ufuncs (allocating a result, as {@code a + b} does, and into {@code out=})
 * against a plain Java loop over {@code double[]}. The NumPy twin is
 * {@code scripts/bench/ch04_ufuncs_numpy.py}, run in the same sitting. The forked JVM gets the
 * Vector API module ({@code --add-modules jdk.incubator.vector}), as the chapter's tests do, so
 * {@code sum} takes its vector path.
 *
 * <p>Run (not part of the test build):
 * {@code ./mvnw -o -pl chapters/04-ufuncs -am -Pjmh verify -DskipTests}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx4g", "--add-modules", "jdk.incubator.vector"})
@State(Scope.Benchmark)
public class UfuncBenchmark {

    @Param({"1000000", "10000000"})
    int n;

    NDArray x;
    NDArray y;
    NDArray z;
    double[] a;
    double[] b;
    double[] c;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(4);
        a = new double[n];
        b = new double[n];
        c = new double[n];
        x = NDArray.allocate(DType.FLOAT64, new int[] {n}, Order.C);
        y = NDArray.allocate(DType.FLOAT64, new int[] {n}, Order.C);
        z = NDArray.allocate(DType.FLOAT64, new int[] {n}, Order.C);
        for (int i = 0; i < n; i++) {
            a[i] = random.nextDouble();
            b[i] = random.nextDouble();
            x.setDouble(a[i], i);
            y.setDouble(b[i], i);
        }
    }

    @Benchmark
    public NDArray addUfunc() {
        return ArithmeticUfuncs.ADD.call(x, y);                  // np.add(x, y): allocates
    }

    @Benchmark
    public NDArray addUfuncOut() {
        return ArithmeticUfuncs.ADD.call(x, y, z);               // np.add(x, y, out=z)
    }

    @Benchmark
    public double[] addPlainLoop() {
        for (int i = 0; i < n; i++) {
            c[i] = a[i] + b[i];
        }
        return c;
    }

    @Benchmark
    public NDArray multiplyUfunc() {
        return ArithmeticUfuncs.MULTIPLY.call(x, y);
    }

    @Benchmark
    public NDArray multiplyUfuncOut() {
        return ArithmeticUfuncs.MULTIPLY.call(x, y, z);
    }

    @Benchmark
    public double[] multiplyPlainLoop() {
        for (int i = 0; i < n; i++) {
            c[i] = a[i] * b[i];
        }
        return c;
    }

    @Benchmark
    public NDArray sumUfunc() {
        return ArithmeticUfuncs.ADD.reduce(x, ReduceOptions.all());  // np.sum(x): pairwise
    }

    @Benchmark
    public double sumPlainLoop() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i];
        }
        return s;
    }
}
