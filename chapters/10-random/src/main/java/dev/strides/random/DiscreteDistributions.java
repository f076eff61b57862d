package dev.strides.random;

/**
 * The discrete distributions of NumPy's {@code Generator} beyond binomial and Poisson, with the
 * algorithms of NumPy's {@code distributions.c} and {@code random_hypergeometric.c}:
 *
 * <ul>
 *   <li><b>geometric</b>: a sequential search over the CDF with one uniform when p is large
 *       (at least 1/3, so few steps), else inversion {@code ceil(-E / log(1 - p))};</li>
 *   <li><b>negative_binomial</b>: a gamma-Poisson mixture, {@code Poisson(Gamma(n, (1-p)/p))};</li>
 *   <li><b>hypergeometric</b>: draws without replacement simulated one by one for small samples,
 *       else Stadlober's ratio-of-uniforms rejection (HRUA) with a log-factorial table;</li>
 *   <li><b>logseries</b>: Kemp's second accelerated generator (LK);</li>
 *   <li><b>zipf</b>: rejection from a continuous Pareto-like envelope (Devroye), truncated to
 *       int64.</li>
 * </ul>
 *
 * Results are int64, as NumPy's Generator returns. Parameters are checked by the callers.
 */
final class DiscreteDistributions {

    private DiscreteDistributions() {
    }

    // tag::geometric[]
    /** Geometric(p) on {1, 2, ...}: trials up to and including the first success. */
    static long geometric(BitGenerator g, double p) {
        if (p >= 0.333333333333333333333333) {
            long x = 1;                                 // search: P(1) = p, P(k+1) = P(k) q
            double prod = p;
            double sum = p;
            double q = 1.0 - p;
            double u = g.nextDouble();
            while (u > sum) {
                prod *= q;
                sum += prod;
                x++;
            }
            return x;
        }
        double z = Math.ceil(-Ziggurat.exponential(g) / LibM.log1p(-p));     // inversion
        return z >= 9.223372036854776e+18 ? Long.MAX_VALUE : (long) z;    // 2^63: saturate
    }
    // end::geometric[]

    /** Negative binomial: failures before the n-th success, as a gamma mixture of Poissons. */
    static long negativeBinomial(BitGenerator g, double n, double p) {
        double y = (1 - p) / p * Distributions.standardGamma(g, n);
        return Distributions.poisson(g, y);
    }

    /**
     * Logarithmic series, {@code P(k) = -p^k / (k log(1 - p))}: Kemp's LK algorithm. With
     * {@code r = log(1 - p)}: V >= p gives 1; otherwise {@code q = 1 - exp(r U)} and the result
     * is {@code floor(1 + log V / log q)} when {@code V <= q^2}, else 1 or 2.
     */
    static long logseries(BitGenerator g, double p) {
        double r = LibM.log1p(-p);
        for (;;) {
            double v = g.nextDouble();
            if (v >= p) {
                return 1;
            }
            double u = g.nextDouble();
            double q = -LibM.expm1(r * u);
            if (v <= q * q) {
                long result = (long) Math.floor(1 + LibM.log(v) / LibM.log(q));
                if (result < 1 || v == 0.0) {
                    continue;
                }
                return result;
            }
            return v >= q ? 1 : 2;
        }
    }

    /**
     * Zipf with exponent a > 1: draw {@code X = floor(U^(-1/(a-1)))} with U uniform on
     * {@code (Umin, 1]} and accept with a ratio test; values beyond int64 are rejected (the
     * distribution is truncated there), so {@code Umin = (2^63)^(1-a)}. For a >= 1025 the
     * answer is 1 (anything else has probability below 3e-309) and nothing is drawn.
     */
    static long zipf(BitGenerator g, double a) {
        if (a >= 1025) {
            return 1;
        }
        double am1 = a - 1.0;
        double b = LibM.pow(2.0, am1);
        double umin = LibM.pow((double) Long.MAX_VALUE, -am1);
        for (;;) {
            double u01 = g.nextDouble();
            double u = u01 * umin + (1 - u01);
            double v = g.nextDouble();
            double x = Math.floor(LibM.pow(u, -1.0 / am1));
            if (x > (double) Long.MAX_VALUE || x < 1.0) {
                continue;
            }
            double t = LibM.pow(1.0 + 1.0 / x, am1);
            if (v * x * (t - 1.0) / (b - 1.0) <= t / b) {
                return (long) x;
            }
        }
    }

    // ---- hypergeometric -----------------------------------------------------------------------

    /**
     * Hypergeometric: good items among {@code sample} drawn without replacement from
     * {@code good + bad}. Small samples (fewer than 10, or within 10 of the population) simulate
     * the draws; others use HRUA.
     */
    static long hypergeometric(BitGenerator g, long good, long bad, long sample) {
        if (sample >= 10 && sample <= good + bad - 10) {
            return hrua(g, good, bad, sample);
        }
        return simulate(g, good, bad, sample);
    }

    // tag::hypergeometric-simulate[]
    /**
     * Draws one item at a time, each uniformly among those left ({@code random_interval}), and
     * counts the good ones; for a sample above half the population it draws the complement
     * instead. Stops early once only good (or no good) items remain.
     */
    private static long simulate(BitGenerator g, long good, long bad, long sample) {
        long total = good + bad;
        boolean complement = sample > total / 2;
        long toDraw = complement ? total - sample : sample;
        long remainingTotal = total;
        long remainingGood = good;
        while (toDraw > 0 && remainingGood > 0 && remainingTotal > remainingGood) {
            --remainingTotal;                            // interval(max) is in [0, max]
            if (BoundedIntegers.interval(g, remainingTotal) < remainingGood) {
                --remainingGood;                         // picked a good one
            }
            --toDraw;
        }
        if (remainingTotal == remainingGood) {
            remainingGood -= toDraw;                     // only good ones left: take them all
        }
        return complement ? remainingGood : good - remainingGood;
    }
    // end::hypergeometric-simulate[]

    private static final double D1 = 1.7155277699214135;    // 2 sqrt(2/e)
    private static final double D2 = 0.8989161620588988;    // 3 - 2 sqrt(3/e)

    /**
     * Stadlober's HRUA: ratio-of-uniforms rejection under a "table mountain" hat centred at the
     * mean, with the log of the (scaled) probability from {@link #logFactorial}. Works on the
     * smaller of the two colours and the smaller of sample and its complement, then maps back.
     */
    private static long hrua(BitGenerator g, long good, long bad, long sample) {
        long popsize = good + bad;
        long n = Math.min(sample, popsize - sample);
        long mingb = Math.min(good, bad);
        long maxgb = Math.max(good, bad);
        double p = ((double) mingb) / popsize;
        double q = ((double) maxgb) / popsize;
        double mu = n * p;                                          // the mean
        double a = mu + 0.5;
        double var = ((double) (popsize - n) * n * p * q / (popsize - 1));
        double c = Math.sqrt(var + 0.5);
        double h = D1 * c + D2;                                     // the hat's half width
        long m = (long) Math.floor((double) (n + 1) * (mingb + 1) / (popsize + 2));   // mode
        double gMode = logFactorial(m) + logFactorial(mingb - m) + logFactorial(n - m)
                + logFactorial(maxgb - n + m);
        double b = Math.min(Math.min(n, mingb) + 1, Math.floor(a + 16 * c));  // upper bound
        long k;
        for (;;) {
            double u = g.nextDouble();
            double v = g.nextDouble();
            double x = a + h * (v - 0.5) / u;
            if (x < 0.0 || x >= b) {
                continue;                                           // outside the support
            }
            k = (long) Math.floor(x);
            double gk = logFactorial(k) + logFactorial(mingb - k) + logFactorial(n - k)
                    + logFactorial(maxgb - n + k);
            double t = gMode - gk;
            if (u * (4.0 - u) - 3.0 <= t) {
                break;                                              // quick acceptance
            }
            if (u * (u - t) >= 1) {
                continue;                                           // quick rejection
            }
            if (2.0 * LibM.log(u) <= t) {
                break;
            }
        }
        if (good > bad) {
            k = n - k;
        }
        if (n < sample) {
            k = good - k;
        }
        return k;
    }

    /**
     * {@code log(k!)}: from a table for k below 126, else Stirling's series to the {@code 1/k^3}
     * term (within 2 ulps there, as NumPy's {@code logfactorial}).
     */
    static double logFactorial(long k) {
        if (k < LOG_FACTORIAL.length) {
            return LOG_FACTORIAL[(int) k];
        }
        return (k + 0.5) * LibM.log((double) k) - k
                + (HALF_LOG_2PI + (1.0 / k) * (1 / 12.0 - 1 / (360.0 * k * k)));
    }

    private static final double HALF_LOG_2PI = 0.9189385332046728;

    /** {@code log(k!)} for k = 0 .. 125, each the double nearest to the exact value. */
    private static final double[] LOG_FACTORIAL = {
        0.0, 0.0, 0.6931471805599453, 1.791759469228055, 3.1780538303479458, 4.787491742782046,
        6.579251212010101, 8.525161361065415, 10.60460290274525, 12.801827480081469,
        15.104412573075516, 17.502307845873887, 19.987214495661885, 22.552163853123425,
        25.19122118273868, 27.89927138384089, 30.671860106080672, 33.50507345013689,
        36.39544520803305, 39.339884187199495, 42.335616460753485, 45.38013889847691,
        48.47118135183523, 51.60667556776438, 54.78472939811232, 58.00360522298052,
        61.261701761002, 64.55753862700634, 67.88974313718154, 71.25703896716801,
        74.65823634883016, 78.0922235533153, 81.55795945611504, 85.05446701758152,
        88.58082754219768, 92.1361756036871, 95.7196945421432, 99.33061245478743,
        102.96819861451381, 106.63176026064346, 110.32063971475739, 114.0342117814617,
        117.77188139974507, 121.53308151543864, 125.3172711493569, 129.12393363912722,
        132.95257503561632, 136.80272263732635, 140.67392364823425, 144.5657439463449,
        148.47776695177302, 152.40959258449735, 156.3608363030788, 160.3311282166309,
        164.32011226319517, 168.32744544842765, 172.3527971391628, 176.39584840699735,
        180.45629141754378, 184.53382886144948, 188.6281734236716, 192.7390472878449,
        196.86618167289, 201.00931639928152, 205.1681994826412, 209.34258675253685,
        213.53224149456327, 217.73693411395422, 221.95644181913033, 226.1905483237276,
        230.43904356577696, 234.70172344281826, 238.97838956183432, 243.2688490029827,
        247.57291409618688, 251.8904022097232, 256.22113555000954, 260.5649409718632,
        264.9216497985528, 269.2910976510198, 273.6731242856937, 278.0675734403661,
        282.4742926876304, 286.893133295427, 291.3239500942703, 295.76660135076065,
        300.22094864701415, 304.6868567656687, 309.1641935801469, 313.65282994987905,
        318.1526396202093, 322.66349912672615, 327.1852877037752, 331.7178871969285,
        336.26118197919845, 340.815058870799, 345.37940706226686, 349.95411804077025,
        354.5390855194408, 359.1342053695754, 363.73937555556347, 368.35449607240474,
        372.979468885689, 377.61419787391867, 382.25858877306, 386.91254912321756,
        391.5759882173296, 396.24881705179155, 400.93094827891576, 405.6222961611449,
        410.32277652693733, 415.03230672824964, 419.7508055995447, 424.4781934182571,
        429.21439186665157, 433.9593239950148, 438.71291418612117, 443.47508812091894,
        448.2457727453846, 453.0248962384961, 457.81238798127816, 462.6081785268749,
        467.4121995716082, 472.2243839269806, 477.04466549258564, 481.87297922988796,
    };
}
