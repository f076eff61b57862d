package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strides.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/**
 * The from-scratch samplers: exact relations where there are some (weighted choice reproduces
 * NumPy's {@code choice(p=...)} draw for draw; inversion is {@code -log1p(-U)}), and moments
 * within a few standard errors where there are not (fixed seeds, so the tests are stable).
 */
class NonUniformSamplingTest {

    private static final int N = 200_000;

    @Test
    void weightedChoiceIsWhatChoiceWithPDoes() {
        double[] p = {0.1, 0.2, 0.3, 0.4, 0.0};
        long[] mine = NonUniformSampling.weightedChoice(Generator.defaultRng(3), p, 50);
        NDArray numpys = Generator.defaultRng(3).choice(5, new int[] {50}, true, p);
        for (int i = 0; i < 50; i++) {
            assertThat(mine[i]).isEqualTo(numpys.getLong(i));
        }
        assertThat(mine).doesNotContain(4L);                   // weight 0 is never drawn
    }

    @Test
    void weightedChoiceNeedsNoNormalisedWeights() {
        long[] counts = new long[3];
        for (long k : NonUniformSampling.weightedChoice(Generator.defaultRng(5), new double[] {1, 2, 7}, N)) {
            counts[(int) k]++;
        }
        assertThat(counts[2] / (double) N).isCloseTo(0.7, within(0.005));
        assertThat(counts[0] / (double) N).isCloseTo(0.1, within(0.005));
    }

    @Test
    void inverseTransformOfTheExponentialCdf() {
        double rate = 2.0;
        NDArray x = NonUniformSampling.inverseTransform(Generator.defaultRng(11),
                u -> -Math.log1p(-u) / rate, N);
        double mean = 0;
        for (int i = 0; i < N; i++) {
            mean += x.getDouble(i);
        }
        mean /= N;
        assertThat(mean).isCloseTo(1 / rate, within(4 * 0.5 / Math.sqrt(N)));   // sd = 1/rate
        // the same uniforms give the same values one by one
        assertThat(x.getDouble(0)).isEqualTo(NonUniformSampling.exponential(Generator.defaultRng(11), rate));
    }

    @Test
    void rejectionSamplesTheTriangle() {
        // f(x) = 2x on [0, 1]: mean 2/3, accepted half of the time under the envelope of height 2
        Generator g = Generator.defaultRng(13);
        double sum = 0;
        for (int i = 0; i < N; i++) {
            double x = NonUniformSampling.rejection(g, t -> 2 * t, 0, 1, 2);
            assertThat(x).isBetween(0.0, 1.0);
            sum += x;
        }
        assertThat(sum / N).isCloseTo(2.0 / 3.0, within(4 * Math.sqrt(1.0 / 18) / Math.sqrt(N)));
    }

    @Test
    void boxMullerGivesUnitVarianceNormals() {
        Generator g = Generator.defaultRng(17);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N / 2; i++) {
            for (double z : NonUniformSampling.boxMuller(g)) {
                sum += z;
                sumSq += z * z;
            }
        }
        assertThat(sum / N).isCloseTo(0.0, within(4 / Math.sqrt(N)));
        assertThat(sumSq / N).isCloseTo(1.0, within(4 * Math.sqrt(2.0 / N)));
    }
}
