package dev.strides.exercises.ch10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A02: three ways from uniform numbers to any distribution. */
@Tag("A02")
class A02NonUniformRandomTest {

    /**
     * Java's log1p and the C library's may differ in the last bit (chapter 10 measures how
     * often), so the inverse-transform values are compared within 2 ulps, not bit for bit.
     */
    private static final double LAST_BITS = 4.5e-16;

    @Test
    void inverseTransformGivesExponentials() {
        double[] x = A02NonUniformRandom.exponential(np.random.defaultRng(42), 2.0, 4);
        // u = np.random.default_rng(42).random(4); (-np.log1p(-u) / 2.0).tolist()
        double[] numpy = {0.7435129116008261, 0.2889088559991386, 0.9780739074793587,
            0.5976189145379592};
        for (int i = 0; i < 4; i++) {
            assertThat(x[i]).as("-ln(1 - u) / rate for u number %d", i)
                    .isCloseTo(numpy[i], within(LAST_BITS * numpy[i]));
        }
        double[] many = A02NonUniformRandom.exponential(np.random.defaultRng(7), 2.0, 100_000);
        double mean = 0;
        for (double v : many) {
            assertThat(v).as("exponentials are never negative").isGreaterThanOrEqualTo(0.0);
            mean += v / many.length;
        }
        // the mean of Exp(rate) is 1 / rate; the standard error here is 0.5 / sqrt(1e5) = 0.0016
        assertThat(mean).as("sample mean of 100,000 Exp(2)").isCloseTo(0.5, within(0.008));
    }

    @Test
    void weightedChoiceIsNumPysChoiceWithP() {
        long[] idx = A02NonUniformRandom.weightedChoice(np.random.defaultRng(42),
                new double[] {1, 2, 3, 4}, 8);
        // np.random.default_rng(42).choice(4, 8, p=[0.1, 0.2, 0.3, 0.4]).tolist()
        assertThat(idx).as("cumsum [0.1, 0.3, 0.6, 1.0], searched on the right")
                .containsExactly(3, 2, 3, 3, 0, 3, 3, 3);
        assertThat(np.random.defaultRng(42).choice(4, new int[] {8}, true,
                new double[] {0.1, 0.2, 0.3, 0.4}).toString())
                .as("the library's choice").isEqualTo("array([3, 2, 3, 3, 0, 3, 3, 3])");
    }

    @Test
    void aZeroWeightIsNeverChosenAndANegativeOneIsAnError() {
        long[] idx = A02NonUniformRandom.weightedChoice(np.random.defaultRng(1),
                new double[] {0, 1, 0, 1}, 1000);
        for (long i : idx) {
            assertThat(i).as("only indices 1 and 3 have weight").isIn(1L, 3L);
        }
        // np.random.default_rng(0).choice(3, p=[-0.5, 1, 0.5]):
        // ValueError: Probabilities are not non-negative
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> A02NonUniformRandom.weightedChoice(np.random.defaultRng(0),
                        new double[] {-0.5, 1, 0.5}, 1));
        assertThat(e.getMessage()).containsIgnoringCase("probabilities are not non-negative");
    }

    @Test
    void rejectionKeepsThePointsUnderTheDensity() {
        double[] x = A02NonUniformRandom.rejection(np.random.defaultRng(42), t -> 2 * t, 0, 1,
                2.0, 5);
        // g = np.random.default_rng(42); per sample: repeat x = g.random(); y = 2.0 * g.random()
        // until y <= 2 * x; these are the first five accepted x
        assertThat(x).as("pairs (x, y) drawn in that order; no rounding, so bit-exact")
                .containsExactly(0.7739560485559633, 0.8585979199113825, 0.44341419882733113,
                        0.5545847870158348, 0.8276311719925821);
        double[] many = A02NonUniformRandom.rejection(np.random.defaultRng(3), t -> 2 * t, 0, 1,
                2.0, 50_000);
        double mean = 0;
        for (double v : many) {
            mean += v / many.length;
        }
        // density 2x on [0, 1]: mean 2/3, standard deviation 0.236, standard error 0.0011
        assertThat(mean).isCloseTo(2.0 / 3.0, within(0.006));
    }

    @Test
    void badArgumentsAreErrors() {
        assertThrows(IllegalArgumentException.class,
                () -> A02NonUniformRandom.exponential(np.random.defaultRng(0), 0.0, 3));
        assertThrows(IllegalArgumentException.class,
                () -> A02NonUniformRandom.rejection(np.random.defaultRng(0), t -> 1, 1, 1, 1, 3));
        assertThrows(IllegalArgumentException.class,
                () -> A02NonUniformRandom.rejection(np.random.defaultRng(0), t -> 1, 0, 1, 0, 3));
    }
}
