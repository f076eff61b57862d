package dev.strides.random;

/**
 * Gamma, beta, Poisson and binomial samplers, as NumPy's {@code distributions.c} runs them for
 * {@link Generator}. Each is a classic rejection algorithm built on uniforms, normals and
 * exponentials:
 *
 * <ul>
 *   <li><b>gamma</b>, shape at least 1: Marsaglia and Tsang (2000), a transformed normal with a
 *       squeeze; shape below 1: Johnk-style rejection from a uniform and an exponential;</li>
 *   <li><b>beta</b>: Johnk's algorithm when both parameters are at most 1, else
 *       {@code Ga / (Ga + Gb)} from two gammas;</li>
 *   <li><b>poisson</b>: multiplying uniforms until the product drops below {@code e^-lam}
 *       (lam below 10), else Hormann's transformed rejection PTRS;</li>
 *   <li><b>binomial</b>: inversion (mean up to 30), else Kachitvichyanukul and Schmeiser's
 *       BTPE; the setup depends only on (n, p) and is cached between calls.</li>
 * </ul>
 */
final class Distributions {

    private Distributions() {
    }

    /** Standard gamma with the given shape: NumPy's {@code random_standard_gamma}. */
    static double standardGamma(BitGenerator g, double shape) {
        if (shape == 1.0) {
            return Ziggurat.exponential(g);
        } else if (shape == 0.0) {
            return 0.0;
        } else if (shape < 1.0) {
            return gammaBelowOne(g, shape);
        }
        return marsagliaTsang(g, shape);
    }

    // tag::gamma-below-one[]
    /** Shape below 1: rejection from a uniform and an exponential, two cases around 1 - shape. */
    private static double gammaBelowOne(BitGenerator g, double shape) {
        for (;;) {
            double u = g.nextDouble();
            double v = Ziggurat.exponential(g);
            if (u <= 1.0 - shape) {
                double x = LibM.pow(u, 1.0 / shape);
                if (x <= v) {
                    return x;
                }
            } else {
                double y = -LibM.log((1 - u) / shape);
                double x = LibM.pow(1.0 - shape + shape * y, 1.0 / shape);
                if (x <= v + y) {
                    return x;
                }
            }
        }
    }
    // end::gamma-below-one[]

    // tag::marsaglia-tsang[]
    /** Shape at least 1: {@code b (1 + c Z)^3}, Z normal, accepted by a squeeze or a log test. */
    private static double marsagliaTsang(BitGenerator g, double shape) {
        double b = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * b);
        for (;;) {
            double x;
            double v;
            do {
                x = Ziggurat.normal(g);
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            double u = g.nextDouble();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x)) {   // the squeeze: no log needed
                return b * v;
            }
            if (LibM.log(u) < 0.5 * x * x + b * (1. - v + LibM.log(v))) {
                return b * v;
            }
        }
    }
    // end::marsaglia-tsang[]

    /** The float32 standard gamma, computed in float as {@code random_standard_gamma_f}. */
    static float standardGammaFloat(BitGenerator g, float shape) {
        if (shape == 1.0f) {
            return Ziggurat.exponentialFloat(g);
        } else if (shape == 0.0f) {
            return 0.0f;
        } else if (shape < 1.0f) {
            for (;;) {
                float u = g.nextFloat();
                float v = Ziggurat.exponentialFloat(g);
                if (u <= 1.0f - shape) {
                    float x = LibM.powf(u, 1.0f / shape);
                    if (x <= v) {
                        return x;
                    }
                } else {
                    float y = -LibM.logf((1.0f - u) / shape);
                    float x = LibM.powf(1.0f - shape + shape * y, 1.0f / shape);
                    if (x <= v + y) {
                        return x;
                    }
                }
            }
        }
        float b = shape - 1.0f / 3.0f;
        float c = 1.0f / (float) Math.sqrt(9.0f * b);
        for (;;) {
            float x;
            float v;
            do {
                x = Ziggurat.normalFloat(g);
                v = 1.0f + c * x;
            } while (v <= 0.0f);
            v = v * v * v;
            float u = g.nextFloat();
            if (u < 1.0f - 0.0331f * (x * x) * (x * x)) {
                return b * v;
            }
            if (LibM.logf(u) < 0.5f * x * x + b * (1.0f - v + LibM.logf(v))) {
                return b * v;
            }
        }
    }

    /** Beta(a, b): NumPy's {@code random_beta}; a and b are positive. */
    static double beta(BitGenerator g, double a, double b) {
        if (a <= 1.0 && b <= 1.0) {
            if (a < 3e-103 && b < 3e-103) {                // tiny: a coin with P(1) = a/(a+b)
                double u = g.nextDouble();
                return (a + b) * u < a ? 1.0 : 0.0;
            }
            for (;;) {                                      // Johnk
                double u = g.nextDouble();
                double v = g.nextDouble();
                double x = LibM.pow(u, 1.0 / a);
                double y = LibM.pow(v, 1.0 / b);
                double xpy = x + y;
                if (xpy <= 1.0 && u + v > 0.0) {
                    if (x > 0 && y > 0) {
                        return x / xpy;
                    }
                    double logX = LibM.log(u) / a;          // underflow: work with logs
                    double logY = LibM.log(v) / b;
                    double delta = logX - logY;
                    if (delta > 0) {
                        return LibM.exp(-LibM.log1p(LibM.exp(-delta)));
                    }
                    return LibM.exp(delta - LibM.log1p(LibM.exp(delta)));
                }
            }
        }
        double ga = standardGamma(g, a);
        double gb = standardGamma(g, b);
        return ga / (ga + gb);
    }

    // tag::poisson[]
    /** Poisson(lam): NumPy's {@code random_poisson}. */
    static long poisson(BitGenerator g, double lam) {
        if (lam >= 10) {
            return poissonPtrs(g, lam);
        } else if (lam == 0) {
            return 0;
        }
        double enlam = LibM.exp(-lam);                     // multiply uniforms below e^-lam
        long x = 0;
        double prod = 1.0;
        for (;;) {
            prod *= g.nextDouble();
            if (prod > enlam) {
                x += 1;
            } else {
                return x;
            }
        }
    }
    // end::poisson[]

    /** Hormann's PTRS: transformed rejection with a squeeze, for lam >= 10. */
    private static long poissonPtrs(BitGenerator g, double lam) {
        double slam = Math.sqrt(lam);
        double loglam = LibM.log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        for (;;) {
            double u = g.nextDouble() - 0.5;
            double v = g.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (LibM.log(v) + LibM.log(invalpha) - LibM.log(a / (us * us) + b)
                    <= -lam + k * loglam - logGamma(k + 1.0)) {
                return k;
            }
        }
    }

    /** log Gamma(x) for x > 0 (Zhang and Jin's series, as NumPy's {@code random_loggam}). */
    static double logGamma(double x) {
        double[] a = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
            -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
            6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
            -1.39243221690590e+00};
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        long n = x < 7.0 ? (long) (7 - x) : 0;
        double x0 = x + n;
        double x2 = (1.0 / x0) * (1.0 / x0);
        double lg2pi = 1.8378770664093453e+00;
        double gl0 = a[9];
        for (int k = 8; k >= 0; k--) {
            gl0 *= x2;
            gl0 += a[k];
        }
        double gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * LibM.log(x0) - x0;
        if (x < 7.0) {
            for (long k = 1; k <= n; k++) {
                gl -= LibM.log(x0 - 1.0);
                x0 -= 1.0;
            }
        }
        return gl;
    }
}
