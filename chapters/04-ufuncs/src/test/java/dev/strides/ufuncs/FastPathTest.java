package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The fast float64/int64 loops ({@link FastLoops}) against the readable reference loops on the
 * same operands, bit for bit, results and warnings: contiguous, strided, broadcast, reversed,
 * in place, and with values that overflow and make NaNs.
 */
class FastPathTest {

    private static final Random RANDOM = new Random(404);

    private static NDArray randomDoubles(int n, boolean specials) {
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {n}, Order.C);
        for (int i = 0; i < n; i++) {
            double v = RANDOM.nextGaussian() * Math.pow(10, RANDOM.nextInt(5));
            if (specials && RANDOM.nextInt(50) == 0) {
                v = switch (RANDOM.nextInt(4)) {
                    case 0 -> Double.NaN;
                    case 1 -> Double.POSITIVE_INFINITY;
                    case 2 -> 1e308;
                    default -> 0.0;
                };
            }
            a.setDouble(v, i);
        }
        return a;
    }

    /** The same data in several layouts: contiguous, stepped, reversed, 2-d transposed. */
    private static List<NDArray> layouts(NDArray base) {
        int n = (int) base.size();
        return List.of(
                base,
                base.stridedView(new int[] {n / 2}, new long[] {16}, 0),
                base.stridedView(new int[] {n}, new long[] {-8}, 8L * (n - 1)),
                base.stridedView(new int[] {n / 10, 10}, new long[] {8, 8L * (n / 10)}, 0));
    }

    private static String warningsOf(Runnable call) {
        TreeSet<String> seen = new TreeSet<>();
        var old = FloatingPointErrors.setWarningListener(w -> seen.add(w.message()));
        try {
            call.run();
        } finally {
            FloatingPointErrors.setWarningListener(old);
        }
        return seen.toString();
    }

    @Test
    void binaryFloat64AndInt64LoopsAgreeWithTheReferenceLoops() {
        NDArray x = randomDoubles(1000, true);
        NDArray y = randomDoubles(1000, true);
        for (Ufunc u : List.of(ArithmeticUfuncs.ADD, ArithmeticUfuncs.SUBTRACT,
                ArithmeticUfuncs.MULTIPLY, ArithmeticUfuncs.DIVIDE)) {
            for (NDArray a : layouts(x)) {
                for (NDArray b : layouts(y)) {
                    if (a.size() != b.size() || a.ndim() != b.ndim()) {
                        continue;
                    }
                    NDArray[] fast = new NDArray[1];
                    NDArray[] slow = new NDArray[1];
                    String wf = warningsOf(() -> fast[0] = u.call(a, b));
                    String ws = warningsOf(() -> slow[0] = u.call(new Object[] {a, b},
                            UfuncOptions.DEFAULTS.referenceLoops())[0]);
                    assertThat(Fixtures.texts(fast[0])).as(u.name()).containsExactly(Fixtures.texts(slow[0]));
                    assertThat(wf).as(u.name() + " warnings").isEqualTo(ws);
                }
            }
            NDArray xi = x.astype(DType.INT64);
            NDArray yi = y.astype(DType.INT64);
            if (u != ArithmeticUfuncs.DIVIDE) {
                assertThat(Fixtures.texts(u.call(xi, yi))).as(u.name() + " int64").containsExactly(
                        Fixtures.texts(u.call(new Object[] {xi, yi}, UfuncOptions.DEFAULTS.referenceLoops())[0]));
            }
        }
    }

    @Test
    void inPlaceCallsAgreeToo() {
        for (Ufunc u : List.of(ArithmeticUfuncs.ADD, ArithmeticUfuncs.MULTIPLY, ArithmeticUfuncs.DIVIDE)) {
            NDArray a = randomDoubles(2000, true);
            NDArray b = randomDoubles(2000, true);
            NDArray a2 = a.copy();
            String wf = warningsOf(() -> u.call(a, b, a));               // np.add(a, b, out=a)
            String ws = warningsOf(() -> u.call(new Object[] {a2, b},
                    UfuncOptions.DEFAULTS.referenceLoops().out(a2)));
            assertThat(Fixtures.texts(a)).as(u.name()).containsExactly(Fixtures.texts(a2));
            assertThat(wf).as(u.name() + " warnings").isEqualTo(ws);
        }
    }

    @Test
    void unaryFloat64LoopsAgreeWithTheReferenceLoops() {
        NDArray x = randomDoubles(777, true);
        for (Ufunc u : List.of(ArithmeticUfuncs.NEGATIVE, ArithmeticUfuncs.ABSOLUTE,
                MathUfuncs.SQRT, ArithmeticUfuncs.SQUARE)) {
            for (NDArray a : layouts(x)) {
                NDArray[] fast = new NDArray[1];
                NDArray[] slow = new NDArray[1];
                String wf = warningsOf(() -> fast[0] = u.call(a));
                String ws = warningsOf(() -> slow[0] = u.call(new Object[] {a},
                        UfuncOptions.DEFAULTS.referenceLoops())[0]);
                assertThat(Fixtures.texts(fast[0])).as(u.name()).containsExactly(Fixtures.texts(slow[0]));
                assertThat(wf).as(u.name()).isEqualTo(ws);
            }
        }
    }

    @Test
    void sumsAgreeWithTheReferenceLoopAndWithASequentialPairwiseModel() {
        NDArray x = randomDoubles(100_003, false);
        NDArray fast = ArithmeticUfuncs.ADD.reduce(x, ReduceOptions.all());
        double model = 0.0 + Pairwise.sum64Segment(x.buffer(), 0, 100_003, 8);
        assertThat(fast.getDouble()).isEqualTo(model);
        double sequential = 0;
        for (int i = 0; i < 100_003; i++) {
            sequential += x.getDouble(i);
        }
        assertThat(Math.abs(fast.getDouble() - sequential)).as("pairwise and left-to-right differ"
                + " only by rounding").isLessThan(1e-6 * Math.abs(sequential) + 1e-6);
    }
}
