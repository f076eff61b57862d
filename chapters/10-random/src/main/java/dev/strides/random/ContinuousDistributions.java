package dev.strides.random;

/**
 * The continuous distributions of NumPy's {@code Generator} beyond normal, exponential, gamma
 * and beta, with the algorithms of NumPy's {@code distributions.c}, so that the same stream gives
 * the same numbers. Almost all are a formula applied to the core samplers:
 *
 * <ul>
 *   <li>a function of one uniform U (inversion): laplace, logistic, gumbel, triangular;</li>
 *   <li>a function of one standard exponential E: rayleigh {@code sqrt(2E)}, weibull
 *       {@code E^(1/a)}, pareto {@code exp(E/a) - 1}, power {@code (1 - exp(-E))^(1/a)};</li>
 *   <li>a function of normals Z: lognormal {@code exp(mu + sigma Z)}, standard_cauchy
 *       {@code Z1 / Z2};</li>
 *   <li>gamma-based: chisquare {@code 2 Gamma(df/2)}, f {@code (X1/d1) / (X2/d2)}, standard_t
 *       {@code Z / sqrt(X/df)}, and the noncentral chi-square (a Poisson mixture of
 *       chi-squares, or a chi-square plus a shifted normal squared) and F;</li>
 *   <li>two small rejection samplers: wald (Michael, Schucany and Haas's transformation of one
 *       normal with one uniform to pick a root) and von Mises (Best and Fisher's wrapped Cauchy
 *       envelope).</li>
 * </ul>
 *
 * <p>Where NumPy's code rejects a boundary uniform (log(0) for laplace, logistic, gumbel) it
 * draws again; these loops are that recursion written as a loop. Parameters are checked by the
 * callers, as in NumPy; these functions trust them.
 */
final class ContinuousDistributions {

    private ContinuousDistributions() {
    }

    // tag::derived[]
    static double lognormal(BitGenerator g, double mean, double sigma) {
        return LibM.exp(mean + sigma * Ziggurat.normal(g));             // exp(normal)
    }

    static double rayleigh(BitGenerator g, double scale) {
        return scale * Math.sqrt(2.0 * Ziggurat.exponential(g));        // sqrt(2 E)
    }

    static double pareto(BitGenerator g, double a) {
        return LibM.expm1(Ziggurat.exponential(g) / a);                 // exp(E / a) - 1
    }

    static double standardCauchy(BitGenerator g) {
        return Ziggurat.normal(g) / Ziggurat.normal(g);                 // Z1 / Z2
    }

    static double chisquare(BitGenerator g, double df) {
        return 2.0 * Distributions.standardGamma(g, df / 2.0);          // 2 Gamma(df / 2)
    }

    static double f(BitGenerator g, double dfnum, double dfden) {
        double num = chisquare(g, dfnum) * dfden;                       // (X1/d1) / (X2/d2)
        double den = chisquare(g, dfden) * dfnum;
        return num / den;
    }

    // end::derived[]

    /** Student's t: {@code Z / sqrt(X / df)}, X chi-square(df), as {@code sqrt(df/2) Z/sqrt(G)}. */
    static double standardT(BitGenerator g, double df) {
        double z = Ziggurat.normal(g);
        double gamma = Distributions.standardGamma(g, df / 2);
        return Math.sqrt(df / 2) * z / Math.sqrt(gamma);
    }

    /** Weibull: {@code E^(1/a)}; {@code a = 0} gives 0 without a draw. */
    static double weibull(BitGenerator g, double a) {
        if (a == 0.0) {
            return 0.0;
        }
        return LibM.pow(Ziggurat.exponential(g), 1.0 / a);
    }

    /** Power: {@code (1 - e^-E)^(1/a)}, i.e. {@code U^(1/a)} with U made from E. */
    static double power(BitGenerator g, double a) {
        return LibM.pow(-LibM.expm1(-Ziggurat.exponential(g)), 1.0 / a);
    }

    /** Laplace: the inverse CDF on each half, U in (0, 1); U = 0 is drawn again. */
    static double laplace(BitGenerator g, double loc, double scale) {
        for (;;) {
            double u = g.nextDouble();
            if (u >= 0.5) {
                return loc - scale * LibM.log(2.0 - u - u);
            } else if (u > 0.0) {
                return loc + scale * LibM.log(u + u);
            }
        }
    }

    /** Gumbel: {@code loc - scale log(-log U)} with U = 1 - uniform in (0, 1]; U = 1 redrawn. */
    static double gumbel(BitGenerator g, double loc, double scale) {
        for (;;) {
            double u = 1.0 - g.nextDouble();
            if (u < 1.0) {
                return loc - scale * LibM.log(-LibM.log(u));
            }
        }
    }

    /** Logistic: {@code loc + scale log(U / (1 - U))}; U = 0 is drawn again. */
    static double logistic(BitGenerator g, double loc, double scale) {
        for (;;) {
            double u = g.nextDouble();
            if (u > 0.0) {
                return loc + scale * LibM.log(u / (1.0 - u));
            }
        }
    }

    /**
     * Triangular on [left, right] with its peak at mode, by inversion: the CDF is a parabola on
     * each side of the mode, so its inverse is a square root. One uniform per sample.
     */
    static double triangular(BitGenerator g, double left, double mode, double right) {
        double base = right - left;
        double leftBase = mode - left;
        double ratio = leftBase / base;                     // the CDF at the mode
        double leftProduct = leftBase * base;
        double rightProduct = (right - mode) * base;
        double u = g.nextDouble();
        if (u <= ratio) {
            return left + Math.sqrt(u * leftProduct);
        }
        return right - Math.sqrt((1.0 - u) * rightProduct);
    }

    /**
     * Wald (inverse Gaussian): Michael, Schucany and Haas (1976). {@code mean Z^2} is a root of
     * the quadratic that links the two; a uniform picks the smaller root X with probability
     * {@code mean / (mean + X)}, else {@code mean^2 / X}. One normal and one uniform.
     */
    static double wald(BitGenerator g, double mean, double scale) {
        double y = Ziggurat.normal(g);
        y = mean * y * y;
        double d = 1 + Math.sqrt(1 + 4 * scale / y);
        double x = mean * (1 - 2 / d);
        double u = g.nextDouble();
        return u <= mean / (mean + x) ? x : mean * mean / x;
    }

    /**
     * von Mises on [-pi, pi]: Best and Fisher (1979), rejection from a wrapped Cauchy envelope
     * whose parameter s depends only on kappa (a series near 0, where the closed form loses
     * digits). kappa below 1e-8: uniform on the circle; above 1e6: a wrapped normal with
     * variance 1/kappa. The angle {@code acos(W)} gets a random sign, is shifted by mu and
     * wrapped back into [-pi, pi] keeping its sign.
     */
    static double vonmises(BitGenerator g, double mu, double kappa) {
        if (Double.isNaN(kappa)) {
            return Double.NaN;
        }
        if (kappa < 1e-8) {
            return Math.PI * (2 * g.nextDouble() - 1);
        }
        double s;
        if (kappa < 1e-5) {
            s = 1. / kappa + kappa;                             // second-order series
        } else if (kappa <= 1e6) {
            double r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
            double rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
            s = (1 + rho * rho) / (2 * rho);
        } else {
            double result = mu + Math.sqrt(1. / kappa) * Ziggurat.normal(g);
            if (result < -Math.PI) {
                result += 2 * Math.PI;
            }
            if (result > Math.PI) {
                result -= 2 * Math.PI;
            }
            return result;
        }
        double w;
        for (;;) {
            double u = g.nextDouble();
            double z = LibM.cos(Math.PI * u);
            w = (1 + s * z) / (s + z);
            double y = kappa * (s - w);
            double v = g.nextDouble();
            if (y * (2 - y) - v >= 0 || LibM.log(y / v) + 1 - y >= 0) {
                break;                                          // y >= 0 always accepts
            }
        }
        double u = g.nextDouble();
        double result = LibM.acos(w);
        if (u < 0.5) {
            result = -result;
        }
        result += mu;
        boolean negative = result < 0;
        double mod = Math.abs(result);
        mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;     // Java's % on doubles is C's fmod
        return negative ? -mod : mod;
    }

    // tag::noncentral[]
    /**
     * Noncentral chi-square with df degrees of freedom and noncentrality nonc. For df > 1:
     * {@code X(df - 1) + (Z + sqrt(nonc))^2}. Otherwise the Poisson mixture: draw
     * {@code i ~ Poisson(nonc / 2)}, return {@code X(df + 2i)}. A NaN nonc gives NaN, no draw.
     */
    static double noncentralChisquare(BitGenerator g, double df, double nonc) {
        if (Double.isNaN(nonc)) {
            return Double.NaN;
        }
        if (nonc == 0) {
            return chisquare(g, df);
        }
        if (1 < df) {
            double chi2 = chisquare(g, df - 1);
            double n = Ziggurat.normal(g) + Math.sqrt(nonc);
            return chi2 + n * n;
        }
        long i = Distributions.poisson(g, nonc / 2.0);
        return chisquare(g, df + 2 * i);
    }
    // end::noncentral[]

    /** Noncentral F: a noncentral chi-square over a central one, each over its df. */
    static double noncentralF(BitGenerator g, double dfnum, double dfden, double nonc) {
        double t = noncentralChisquare(g, dfnum, nonc) * dfden;
        return t / (chisquare(g, dfden) * dfnum);
    }
}
