package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.math.BigInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Array parameters beyond the fixtures: a parameter array holding one value everywhere must
 * draw exactly what the scalar overload draws for that value (the array path is the scalar
 * path, one element at a time), and the one input NumPy accepts that Strides refuses.
 */
class ArrayParameterSamplersTest {

    private static final int[] SHAPE = {3, 4};

    /** An array of {@code shape} with {@code value} everywhere (a parameter, stored in F order). */
    private static NDArray full(DType dtype, double value, int... shape) {
        NDArray a = NDArray.allocate(dtype, shape, Order.F);
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                a.setDouble(value, i, j);
            }
        }
        return a;
    }

    private static NDArray full(double value) {
        return full(DType.FLOAT64, value, SHAPE);
    }

    /** Runs both calls on generators with one seed; values and the stream position must agree. */
    private static void sameDraws(long seed, Function<Generator, NDArray> arrays,
                                  Function<Generator, NDArray> scalars) {
        Generator a = Generator.defaultRng(seed);
        Generator s = Generator.defaultRng(seed);
        NDArray got = arrays.apply(a);
        NDArray want = scalars.apply(s);
        assertThat(got.shape()).containsExactly(want.shape());
        assertThat(got.dtype()).isEqualTo(want.dtype());
        assertThat(RandomFixtures.bytes(got)).isEqualTo(RandomFixtures.bytes(want));
        assertThat(a.bitGenerator().nextUint64()).isEqualTo(s.bitGenerator().nextUint64());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 42})
    void constantParametersDrawTheScalarStream(long seed) {
        sameDraws(seed, g -> g.normal(full(3.0), full(2.0)), g -> g.normal(3.0, 2.0, SHAPE));
        sameDraws(seed, g -> g.uniform(full(-1.0), 4.0), g -> g.uniform(-1.0, 4.0, SHAPE));
        sameDraws(seed, g -> g.exponential(full(0.5)), g -> g.exponential(0.5, SHAPE));
        sameDraws(seed, g -> g.gamma(full(0.7), full(3.0)), g -> g.gamma(0.7, 3.0, SHAPE));
        sameDraws(seed, g -> g.standardGamma(full(DType.FLOAT32, 2.5, SHAPE), null,
                DType.FLOAT32), g -> g.standardGamma(2.5, DType.FLOAT32, SHAPE));
        sameDraws(seed, g -> g.beta(full(0.5), full(0.5)), g -> g.beta(0.5, 0.5, SHAPE));
        sameDraws(seed, g -> g.poisson(full(250.5)), g -> g.poisson(250.5, SHAPE));
        sameDraws(seed, g -> g.binomial(full(DType.INT64, 1000, SHAPE), 0.4),
                g -> g.binomial(1000, 0.4, SHAPE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"|b1", "|u1", "|i1", "<u2", "<i4", "<u4", "<i8", "<u8"})
    void constantBoundsDrawTheScalarStream(String dtypeStr) {
        DType dtype = DType.of(dtypeStr);
        long high = dtype.isBool() ? 2 : dtype.itemsize() == 1 ? 100 : 50_000;
        for (long seed : new long[] {0, 1, 99}) {
            sameDraws(seed, g -> g.integers(full(DType.INT64, 0, SHAPE),
                            full(DType.INT64, high, SHAPE), null, dtype, false),
                    g -> g.integers(BigInteger.ZERO, BigInteger.valueOf(high), dtype, false,
                            SHAPE));
        }
    }

    @Test
    void sizeBroadcastsTheParametersWithoutCopyingThem() {
        NDArray loc = full(1.0);
        NDArray out = Generator.defaultRng(3).normal(loc, 0.0, 2, 3, 4);
        assertThat(out.shape()).containsExactly(2, 3, 4);
        for (long i = 0; i < out.size(); i++) {
            assertThat(out.getDouble((int) (i / 12), (int) (i / 4 % 3), (int) (i % 4)))
                    .isEqualTo(1.0);
        }
    }

    @Test
    void theLegacyModuleFunctionsTakeArraysToo() {
        NDArray loc = RandomFixtures.literalArray("array(<f8;[[0.0], [10.0]])");
        NDArray scale = RandomFixtures.literalArray("array(<f8;[1.0, 2.0, 3.0])");
        RandomState rs = new RandomState(5);
        GlobalRandom.seed(5);
        assertThat(RandomFixtures.bytes(GlobalRandom.normal(loc, scale)))
                .isEqualTo(RandomFixtures.bytes(rs.normal(loc, scale)));
        assertThat(RandomFixtures.bytes(GlobalRandom.uniform(0.0, scale, 4, 3)))
                .isEqualTo(RandomFixtures.bytes(rs.uniform(0.0, scale, 4, 3)));
        RandomState.State global = GlobalRandom.getState();
        assertThat(global.mt().key()).isEqualTo(rs.getState().mt().key());
        assertThat(global.mt().pos()).isEqualTo(rs.getState().mt().pos());
        assertThat(global.hasGauss()).isEqualTo(rs.getState().hasGauss());
        assertThat(global.gauss()).isEqualTo(rs.getState().gauss());
    }

    @Test
    void floatBoundsAreRefused() {
        // NumPy documents the bounds as ints but truncates floats; Strides asks for integers
        Generator g = Generator.defaultRng(0);
        assertThatThrownBy(() -> g.integers(full(0.5), 10))
                .isInstanceOf(DTypeException.class)
                .hasMessage("low must be an array of integers, got dtype('float64')");
    }
}
