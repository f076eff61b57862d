package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ReadOnlyException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Generator API beyond the fixtures: shapes, dtypes, out=, fast paths, errors, spawning. */
class GeneratorTest {

    @Test
    void theChaptersClaimAsNumPyPrintsIt() {
        // np.random.default_rng(42).random(5)
        assertThat(Generator.defaultRng(42).random(5).toString())
                .isEqualTo("array([0.77395605, 0.43887844, 0.85859792, 0.69736803, 0.09417735])");
        // np.random.default_rng(42).integers(0, 10, 8)
        assertThat(Generator.defaultRng(42).integers(0, 10, 8).toString())
                .isEqualTo("array([0, 7, 6, 4, 4, 8, 0, 6])");
    }

    @Test
    void sizeIsTheShapeAndScalarsHaveNoSize() {
        Generator g = Generator.defaultRng(1);
        NDArray a = g.standardNormal(2, 3, 4);
        assertThat(a.shape()).containsExactly(2, 3, 4);
        assertThat(a.dtype()).isEqualTo(DType.FLOAT64);
        assertThat(g.random(new int[0]).ndim()).isZero();
        assertThat(g.random(0).size()).isZero();
        assertThat(g.integers(0, 5, 3).dtype()).isEqualTo(DType.INT64);
        assertThat(g.random(DType.FLOAT32, 2).dtype()).isEqualTo(DType.FLOAT32);
    }

    @Test
    void theFillLoopsAreTheScalarPathRepeated() {
        NDArray filled = Generator.defaultRng(8).standardNormal(1000);
        Generator one = Generator.defaultRng(8);
        for (int i = 0; i < 1000; i++) {
            assertThat(filled.getDouble(i)).isEqualTo(one.standardNormal());
        }
        NDArray ints = Generator.defaultRng(8).integers(-3, 1000, 500);
        Generator again = Generator.defaultRng(8);
        for (int i = 0; i < 500; i++) {
            assertThat(ints.getLong(i)).isEqualTo(again.integers(-3, 1000));
        }
    }

    @Test
    void outIsFilledInMemoryOrder() {
        NDArray f = NDArray.allocate(DType.FLOAT64, new int[] {2, 3}, Order.F);
        Generator.defaultRng(4).random(f);
        Generator g = Generator.defaultRng(4);
        // F order: (0,0), (1,0), (0,1), (1,1), ...
        assertThat(f.getDouble(0, 0)).isEqualTo(g.random());
        assertThat(f.getDouble(1, 0)).isEqualTo(g.random());
        assertThat(f.getDouble(0, 1)).isEqualTo(g.random());
    }

    @Test
    void outMustBeContiguousAndOfTheSamplersDtype() {
        Generator g = Generator.defaultRng(4);
        NDArray base = NDArray.allocate(DType.FLOAT64, new int[] {6}, Order.C);
        NDArray strided = base.stridedView(new int[] {3}, new long[] {16}, 0);
        assertThatThrownBy(() -> g.random(strided)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Supplied output array must be contiguous, writable, aligned, and in "
                        + "machine byte-order.");
        NDArray ints = NDArray.allocate(DType.INT64, new int[] {3}, Order.C);
        assertThatThrownBy(() -> g.standardNormal(ints)).isInstanceOf(DTypeException.class)
                .hasMessage("Unsupported dtype dtype('int64') for standard_normal");
        assertThatThrownBy(() -> g.random(DType.INT32, 3)).isInstanceOf(DTypeException.class)
                .hasMessage("Unsupported dtype dtype('int32') for random");
    }

    @Test
    void standardGammaOutMustBeCContiguous() {
        // rng.standard_gamma(2.0, out=np.empty((2, 3), order='F')) raises this ValueError;
        // random(out=...) accepts the same F-ordered array.
        Generator g = Generator.defaultRng(4);
        NDArray f = NDArray.allocate(DType.FLOAT64, new int[] {2, 3}, Order.F);
        assertThatThrownBy(() -> g.standardGamma(2.0, f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Supplied output array must be C-contiguous, writable, aligned, and in "
                        + "machine byte-order.");
        NDArray c = NDArray.allocate(DType.FLOAT32, new int[] {2, 3}, Order.C);
        assertThat(g.standardGamma(2.0, c)).isSameAs(c);
        assertThat(c.getDouble(1, 2)).isPositive();
    }

    @Test
    void integersCoverTheWholeUint64Range() {
        NDArray u = Generator.defaultRng(5).integers(BigInteger.ZERO, BigInteger.TWO.pow(64),
                DType.UINT64, false, 1000);
        boolean sawHighBit = false;
        for (int i = 0; i < 1000; i++) {
            sawHighBit |= u.getLong(i) < 0;            // values >= 2^63 as raw bits
        }
        assertThat(sawHighBit).isTrue();
        assertThat(Generator.defaultRng(5).integers(3, 3, true)).isEqualTo(3);
        assertThatThrownBy(() -> Generator.defaultRng(5).integers(3, 3))
                .hasMessage("low >= high");
    }

    @Test
    void choiceWithoutReplacementIsDistinct() {
        NDArray c = Generator.defaultRng(6).choice(50, new int[] {50}, false, null);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            seen.add(c.getLong(i));
        }
        assertThat(seen).hasSize(50);
    }

    @Test
    void permutedCopiesAndShufflePermutesInPlace() {
        NDArray x = Generator.defaultRng(1).permutation(20);
        NDArray before = x.copy();
        NDArray y = Generator.defaultRng(2).permuted(x);
        assertThat(RandomFixtures.bytes(x)).isEqualTo(RandomFixtures.bytes(before));
        assertThat(RandomFixtures.bytes(y)).isNotEqualTo(RandomFixtures.bytes(x));
        Generator.defaultRng(2).shuffle(x);
        assertThat(RandomFixtures.bytes(x)).isEqualTo(RandomFixtures.bytes(y));   // same draws
        x.setWriteable(false);
        assertThatThrownBy(() -> Generator.defaultRng(2).shuffle(x))
                .isInstanceOf(ReadOnlyException.class).hasMessage("array is read-only");
    }

    @Test
    void bytesComeFromLittleEndianWords() {
        byte[] b = Generator.defaultRng(9).bytes(6);
        NDArray words = Generator.defaultRng(9).integers(BigInteger.ZERO, BigInteger.TWO.pow(32),
                DType.UINT32, false, 2);
        assertThat(b[0]).isEqualTo((byte) words.getLong(0));
        assertThat(b[4]).isEqualTo((byte) words.getLong(1));
        assertThat(Generator.defaultRng(9).bytes(0)).isEmpty();
    }

    @Test
    void spawnedGeneratorsAreSeededByTheChildren() {
        List<Generator> kids = Generator.defaultRng(42).spawn(2);
        double expected = new PCG64(new SeedSequence(42).spawn(2).get(1)).nextDouble();
        assertThat(kids.get(1).random()).isEqualTo(expected);
        assertThat(Generator.defaultRng(new SplitMix64(1)).bitGenerator()).isInstanceOf(SplitMix64.class);
        assertThat(Generator.defaultRng(3).toString()).isEqualTo("Generator(PCG64)");
    }

    @Test
    void parameterChecksRunBeforeAnyDraw() {
        Generator g = Generator.defaultRng(1);
        PCG64.State before = ((PCG64) g.bitGenerator()).state();
        assertThatThrownBy(() -> g.normal(0, -1, 3)).hasMessage("scale < 0");
        assertThatThrownBy(() -> g.binomial(10, 2.0)).hasMessage("p < 0, p > 1 or p is NaN");
        assertThatThrownBy(() -> g.poisson(-1)).hasMessage("lam < 0 or lam is NaN");
        assertThatThrownBy(() -> g.standardExponential(DType.FLOAT64, "fast", 2))
                .hasMessage("method must be 'zig' or 'inv', got 'fast'");
        assertThat(((PCG64) g.bitGenerator()).state()).isEqualTo(before);
    }
}
