package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Large samples of the remaining distributions against NumPy ({@code measure_more.txt}, seed
 * 12345, 50,000 values or vectors each), with the two kinds of assertion of
 * {@link TranscendentalUlpTest}: the SHA-256 of all values equals NumPy's (bit-exact), or, for
 * samplers whose values pass through the C library's {@code exp}, {@code log}, {@code pow},
 * {@code cos} or {@code acos}, at most K of the values differ, by at most U ulps, as measured on
 * x86-64 with Temurin 25 against NumPy 2.4 / glibc 2.36.
 *
 * <p>Bit-exact on 50,000 draws: wald, rayleigh, pareto (its {@code expm1} is a port of glibc's),
 * chisquare(5), standard_t(3), standard_cauchy, f(5, 2), triangular, noncentral_chisquare(3, 2),
 * noncentral_f, and every discrete sampler: geometric (search and inversion), negative_binomial,
 * hypergeometric (simulation, HRUA, HRUA with Stirling's log-factorials), logseries, zipf, and
 * multinomial and dirichlet(1, 2, 3) over 150,000 values each.
 */
class MoreDistributionsUlpTest {

    private static final int N = 50_000;

    private static final Map<String, Function<Generator, NDArray>> SAMPLERS = Map.ofEntries(
            Map.entry("lognormal_0_1", g -> g.lognormal(0.0, 1.0, N)),
            Map.entry("laplace_0_1", g -> g.laplace(0.0, 1.0, N)),
            Map.entry("logistic_0_1", g -> g.logistic(0.0, 1.0, N)),
            Map.entry("gumbel_0_1", g -> g.gumbel(0.0, 1.0, N)),
            Map.entry("weibull_1.5", g -> g.weibull(1.5, N)),
            Map.entry("power_0.5", g -> g.power(0.5, N)),
            Map.entry("vonmises_1_4", g -> g.vonmises(1.0, 4.0, N)),
            Map.entry("standard_t_1", g -> g.standardT(1.0, N)),
            Map.entry("noncentral_chisquare_0.5_2", g -> g.noncentralChisquare(0.5, 2.0, N)),
            Map.entry("dirichlet_0.05_0.02_0.03",
                    g -> g.dirichlet(new double[] {0.05, 0.02, 0.03}, N / 3 + 1)),
            Map.entry("wald_1_1", g -> g.wald(1.0, 1.0, N)),
            Map.entry("rayleigh_1", g -> g.rayleigh(1.0, N)),
            Map.entry("pareto_3", g -> g.pareto(3.0, N)),
            Map.entry("chisquare_5", g -> g.chisquare(5.0, N)),
            Map.entry("standard_t_3", g -> g.standardT(3.0, N)),
            Map.entry("standard_cauchy", g -> g.standardCauchy(N)),
            Map.entry("f_5_2", g -> g.f(5.0, 2.0, N)),
            Map.entry("triangular_0_0.3_1", g -> g.triangular(0.0, 0.3, 1.0, N)),
            Map.entry("noncentral_chisquare_3_2", g -> g.noncentralChisquare(3.0, 2.0, N)),
            Map.entry("noncentral_f_3_5_2", g -> g.noncentralF(3.0, 5.0, 2.0, N)),
            Map.entry("geometric_0.5", g -> g.geometric(0.5, N)),
            Map.entry("geometric_0.05", g -> g.geometric(0.05, N)),
            Map.entry("negative_binomial_5_0.3", g -> g.negativeBinomial(5.0, 0.3, N)),
            Map.entry("hypergeometric_100_200_50", g -> g.hypergeometric(100, 200, 50, N)),
            Map.entry("hypergeometric_10_5_3", g -> g.hypergeometric(10, 5, 3, N)),
            Map.entry("hypergeometric_1e8_1e8_1e5",
                    g -> g.hypergeometric(100_000_000, 100_000_000, 100_000, N)),
            Map.entry("logseries_0.9", g -> g.logseries(0.9, N)),
            Map.entry("zipf_2", g -> g.zipf(2.0, N)),
            Map.entry("multinomial_20", g -> g.multinomial(20, new double[] {0.2, 0.3, 0.5}, N)),
            Map.entry("dirichlet_1_2_3", g -> g.dirichlet(new double[] {1.0, 2.0, 3.0}, N)));

    private record Measured(int count, int ulps) {
    }

    // tag::measured-more[]
    private static final Map<String, Measured> MEASURED = Map.ofEntries(
            Map.entry("lognormal_0_1", new Measured(104, 1)),       // exp
            Map.entry("laplace_0_1", new Measured(35, 1)),          // log
            Map.entry("logistic_0_1", new Measured(28, 1)),         // log
            Map.entry("gumbel_0_1", new Measured(89, 14)),          // log(-log U)
            Map.entry("weibull_1.5", new Measured(49, 1)),          // pow
            Map.entry("power_0.5", new Measured(37, 1)),            // pow (expm1 is exact)
            Map.entry("vonmises_1_4", new Measured(33, 16)),        // cos, acos; wrapped
            Map.entry("standard_t_1", new Measured(5, 1)),          // gamma(0.5): pow
            Map.entry("noncentral_chisquare_0.5_2", new Measured(20, 4)),
            Map.entry("dirichlet_0.05_0.02_0.03", new Measured(29, 2)));  // Johnk's betas
    // end::measured-more[]

    @TestFactory
    Stream<DynamicTest> largeSamples() {
        return RandomFixtures.cases("measure_more.txt").stream()
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> check(c)));
    }

    private static void check(RandomFixtures.Case c) throws Exception {
        NDArray a = SAMPLERS.get(c.method()).apply(Generator.defaultRng(12345));
        assertThat(a.size()).isEqualTo(Long.parseLong(c.arg("n")));
        assertThat(a.dtype().str()).isEqualTo(c.arg("dtype"));
        byte[] bytes = RandomFixtures.bytes(a);
        String digest = RandomFixtures.HEX.formatHex(
                MessageDigest.getInstance("SHA-256").digest(bytes));
        Measured measured = MEASURED.get(c.method());
        if (measured == null) {
            assertThat(digest).as("%s: all values bit for bit", c.method())
                    .isEqualTo(c.result().get(1));
            return;
        }
        int[] stats = TranscendentalUlpTest.differences(bytes, a.itemsize(), c.result().get(3),
                (int) a.size());
        System.out.printf("%s: %d of %d values differ from NumPy, by at most %d ulp%n",
                c.method(), stats[0], a.size(), stats[1]);
        assertThat(stats[0]).as("%s: values that differ from NumPy", c.method())
                .isLessThanOrEqualTo(measured.count());
        assertThat(stats[1]).as("%s: largest difference in ulps", c.method())
                .isLessThanOrEqualTo(measured.ulps());
    }

    /**
     * chisquare(1) is {@code 2 * standard_gamma(0.5)} on the same stream, bit for bit, so its
     * distance from NumPy is the one {@link TranscendentalUlpTest} measures for
     * {@code standard_gamma_0.5} (a doubling is exact).
     */
    @Test
    void chisquareIsTwiceTheGamma() {
        NDArray chi = Generator.defaultRng(12345).chisquare(1.0, N);
        NDArray gamma = Generator.defaultRng(12345).standardGamma(0.5, N);
        for (int i = 0; i < N; i++) {
            assertThat(chi.getDouble(i)).isEqualTo(2.0 * gamma.getDouble(i));
        }
    }
}
