package dev.strides.random;

/**
 * Binomial(n, p) as NumPy's {@code random_binomial}: inversion when the mean is small, BTPE
 * (Kachitvichyanukul and Schmeiser's triangle-parallelogram-exponential rejection) otherwise.
 *
 * <p>Both methods need a setup that depends only on (n, p): NumPy keeps it in the Generator
 * ({@code binomial_t}) and recomputes it when the parameters change. This class is that cache,
 * one per {@link Generator}; like the generator it is not thread-safe.
 */
final class Binomial {

    private boolean ready;
    private long nsave;
    private double psave;
    private double r, q, fm, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4;
    private long m;

    // tag::binomial[]
    /** One draw; p in [0, 1], n >= 0. Works with {@code min(p, 1-p)} and reflects. */
    long sample(BitGenerator g, long n, double p) {
        if (n == 0 || p == 0.0) {
            return 0;
        }
        if (p <= 0.5) {
            return p * n <= 30.0 ? inversion(g, n, p) : btpe(g, n, p);
        }
        double q1 = 1.0 - p;
        return n - (q1 * n <= 30.0 ? inversion(g, n, q1) : btpe(g, n, q1));
    }
    // end::binomial[]

    /** Walks the cumulative probabilities from 0 until they pass one uniform. */
    private long inversion(BitGenerator g, long n, double p) {
        // tag::binomial-inversion[]
        if (!ready || nsave != n || psave != p) {
            nsave = n;
            psave = p;
            ready = true;
            q = 1.0 - p;
            r = LibM.exp(n * LibM.log1p(-p));                   // P(X = 0) = q^n
            c = n * p;
            m = (long) Math.min(n, c + 10.0 * Math.sqrt(c * q + 1));  // give-up bound
        }
        long x = 0;
        double px = r;
        double u = g.nextDouble();
        while (u > px) {
            x++;
            if (x > m) {                                         // restart far in the tail
                x = 0;
                px = r;
                u = g.nextDouble();
            } else {
                u -= px;
                px = ((n - x + 1) * p * px) / (x * q);           // P(x) from P(x - 1)
            }
        }
        return x;
        // end::binomial-inversion[]
    }

    private void setupBtpe(long n, double p) {
        nsave = n;
        psave = p;
        ready = true;
        r = Math.min(p, 1.0 - p);
        q = 1.0 - r;
        fm = n * r + r;
        m = (long) Math.floor(fm);
        p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
        xm = m + 0.5;
        xl = xm - p1;
        xr = xm + p1;
        c = 0.134 + 20.5 / (15.3 + m);
        double a = (fm - xl) / (fm - xl * r);
        laml = a * (1.0 + a / 2.0);
        a = (xr - fm) / (xr * q);
        lamr = a * (1.0 + a / 2.0);
        p2 = p1 * (1.0 + 2.0 * c);
        p3 = p2 + c / laml;
        p4 = p3 + c / lamr;
    }

    /** BTPE, following the structure (and step numbers) of the published algorithm. */
    private long btpe(BitGenerator g, long n, double p) {
        if (!ready || nsave != n || psave != p) {
            setupBtpe(n, p);
        }
        for (;;) {
            double nrq = n * r * q;                              // Step 10
            double u = g.nextDouble() * p4;
            double v = g.nextDouble();
            long y;
            if (u <= p1) {                                       // triangle: accept at once
                y = (long) Math.floor(xm - p1 * v + u);
                return p > 0.5 ? n - y : y;
            }
            if (u <= p2) {                                       // Step 20: parallelograms
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
                if (v > 1.0) {
                    continue;
                }
                y = (long) Math.floor(x);
            } else if (u <= p3) {                                // Step 30: left exponential
                y = (long) Math.floor(xl + LibM.log(v) / laml);
                if (y < 0 || v == 0.0) {
                    continue;
                }
                v = v * (u - p2) * laml;
            } else {                                             // Step 40: right exponential
                y = (long) Math.floor(xr - LibM.log(v) / lamr);
                if (y > n || v == 0.0) {
                    continue;
                }
                v = v * (u - p3) * lamr;
            }
            if (accept(n, y, v, nrq)) {                          // Steps 50 and 52
                return p > 0.5 ? n - y : y;
            }
        }
    }

    private boolean accept(long n, long y, double v, double nrq) {
        long k = Math.abs(y - m);
        if (!(k > 20 && k < nrq / 2.0 - 1)) {                    // Step 50: explicit ratio
            double s = r / q;
            double a = s * (n + 1);
            double f = 1.0;
            if (m < y) {
                for (long i = m + 1; i <= y; i++) {
                    f *= a / i - s;
                }
            } else if (m > y) {
                for (long i = y + 1; i <= m; i++) {
                    f /= a / i - s;
                }
            }
            return v <= f;
        }
        double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        double t = -k * k / (2 * nrq);                           // Step 52: squeeze on log f
        double logV = LibM.log(v);
        if (logV < t - rho) {
            return true;
        }
        if (logV > t + rho) {
            return false;
        }
        double x1 = y + 1.0;
        double f1 = m + 1.0;
        double z = (double) n + 1 - (double) m;
        double w = (double) n - (double) y + 1;
        // NumPy 2.4 (the version these streams reproduce) adds all four Stirling terms, with
        // 13680 for 13860, as the 1988 paper printed them; NumPy 2.5 corrected both (#31238),
        // which changes some binomial samples: Generator streams are not frozen across versions.
        double bound = xm * LibM.log(f1 / x1) + (n - m + 0.5) * LibM.log(z / w)
                + (y - m) * LibM.log(w * r / (x1 * q))
                + stirling(f1) + stirling(z) + stirling(x1) + stirling(w);
        return logV <= bound;
    }

    /** A Stirling series term as NumPy 2.4 writes it: {@code (13680 - ...) / x / 166320}. */
    private static double stirling(double x) {
        double x2 = x * x;
        return (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x / 166320.;
    }
}
