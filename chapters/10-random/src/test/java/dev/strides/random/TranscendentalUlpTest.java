package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Large samples against NumPy (fixture {@code measure.txt}, seed 12345): how close do samplers
 * that call transcendental functions come to NumPy's bits?
 *
 * <p>Two kinds of assertion, never mixed:
 * <ul>
 *   <li><b>bit-exact</b>: the SHA-256 of every value equals NumPy's. Measured true for the
 *       ziggurat normal and exponential (float64 and float32, 1,000,000 each), gamma with shape
 *       3, beta(2, 5), poisson and binomial (1,000,000 each): their transcendental calls only
 *       feed comparisons or rare tails, and {@code log1pf} is a port of glibc's;</li>
 *   <li><b>as measured</b>: where a value itself passes through {@code pow} or {@code log}, the
 *       JDK's and glibc's functions disagree in the last bit for a small fraction of inputs.
 *       Each case asserts "at most K of N values differ, by at most U ulps", K and U as measured
 *       on x86-64 with Temurin 25 against NumPy 2.4 / glibc 2.36. A regression (more or larger
 *       differences) fails; an improvement shows up as a smaller count in the report.</li>
 * </ul>
 * The ulp distance comes from the low 16 bits of each NumPy value's bit pattern: for nearby
 * floats of one sign the patterns differ by exactly the number of ulps between them.
 */
class TranscendentalUlpTest {

    /** Name, Java sampler of n values. */
    private static final Map<String, IntFunction<NDArray>> SAMPLERS = Map.ofEntries(
            Map.entry("standard_normal", n -> rng().standardNormal(n)),
            Map.entry("standard_normal_f4", n -> rng().standardNormal(DType.FLOAT32, n)),
            Map.entry("standard_exponential", n -> rng().standardExponential(n)),
            Map.entry("standard_exponential_f4",
                    n -> rng().standardExponential(DType.FLOAT32, "zig", n)),
            Map.entry("standard_gamma_3.0", n -> rng().standardGamma(3.0, n)),
            Map.entry("standard_gamma_0.5", n -> rng().standardGamma(0.5, n)),
            Map.entry("standard_gamma_0.5_f4", n -> rng().standardGamma(0.5, DType.FLOAT32, n)),
            Map.entry("beta_2.0_5.0", n -> rng().beta(2.0, 5.0, n)),
            Map.entry("beta_0.5_0.5", n -> rng().beta(0.5, 0.5, n)),
            Map.entry("poisson_4.0", n -> rng().poisson(4.0, n)),
            Map.entry("poisson_250.5", n -> rng().poisson(250.5, n)),
            Map.entry("binomial_20_0.3", n -> rng().binomial(20, 0.3, n)),
            Map.entry("binomial_1000_0.4", n -> rng().binomial(1000, 0.4, n)),
            Map.entry("legacy_randn", n -> new RandomState(12345).randn(n)));

    /** Measured: at most {@code count} of the values differ, each by at most {@code ulps}. */
    private record Measured(int count, int ulps) {
    }

    // tag::measured[]
    private static final Map<String, Measured> MEASURED = Map.of(
            "standard_gamma_0.5", new Measured(42, 1),       // pow(u, 1/shape)
            "standard_gamma_0.5_f4", new Measured(86, 3),    // powf, logf (float)
            "beta_0.5_0.5", new Measured(37, 2),             // pow, Johnk's algorithm
            "legacy_randn", new Measured(28, 2));            // log in the polar method
    // end::measured[]

    private static Generator rng() {
        return Generator.defaultRng(12345);
    }

    @TestFactory
    Stream<DynamicTest> largeSamples() {
        return RandomFixtures.cases("measure.txt").stream()
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> check(c)));
    }

    private static void check(RandomFixtures.Case c) throws Exception {
        int n = Integer.parseInt(c.arg("n"));
        NDArray a = SAMPLERS.get(c.method()).apply(n);
        assertThat(a.dtype().str()).isEqualTo(c.arg("dtype"));
        byte[] bytes = RandomFixtures.bytes(a);
        String digest = RandomFixtures.HEX.formatHex(
                MessageDigest.getInstance("SHA-256").digest(bytes));
        Measured measured = MEASURED.get(c.method());
        if (measured == null) {
            assertThat(digest).as("%s: all %d values bit for bit", c.method(), n)
                    .isEqualTo(c.result().get(1));
            return;
        }
        int[] stats = differences(bytes, a.itemsize(), c.result().get(3), n);
        System.out.printf("%s: %d of %d values differ from NumPy, by at most %d ulp%n",
                c.method(), stats[0], n, stats[1]);
        assertThat(stats[0]).as("%s: values that differ from NumPy", c.method())
                .isLessThanOrEqualTo(measured.count());
        assertThat(stats[1]).as("%s: largest difference in ulps", c.method())
                .isLessThanOrEqualTo(measured.ulps());
    }

    /** {count of differing values, largest |ulp distance|} against NumPy's low 16 bits. */
    static int[] differences(byte[] mine, int itemsize, String lowBitsFile, int n) {
        ByteBuffer want = ByteBuffer.wrap(RandomFixtures.resource("measure/" + lowBitsFile))
                .order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer got = ByteBuffer.wrap(mine).order(ByteOrder.LITTLE_ENDIAN);
        int count = 0;
        int worst = 0;
        for (int i = 0; i < n; i++) {
            long bits = itemsize == 8 ? got.getLong(8 * i) : got.getInt(4 * i);
            int ulps = (short) ((bits & 0xFFFF) - (want.getShort(2 * i) & 0xFFFF));
            if (ulps != 0) {
                count++;
                worst = Math.max(worst, Math.abs(ulps));
            }
        }
        return new int[] {count, worst};
    }
}
