package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.lang.foreign.ValueLayout;

/**
 * {@link Generator}'s samplers whose one value combines several draws: the F distribution and
 * the noncentral chi-square and F (ratios and Poisson mixtures of chi-squares,
 * {@link ContinuousDistributions}), and the two vector-valued ones, {@code multinomial} and
 * {@code dirichlet} ({@link Multivariate}), whose results have an extra last axis holding each
 * vector: {@code size + (d,)}.
 *
 * <p>Overloads as in {@link LocationScaleSamplers}; {@code noncentral_f}'s three parameters are
 * either all Java scalars or all arrays. The last link of the chain of Generator's superclasses
 * described there: {@link Generator} extends this class.
 */
public abstract sealed class CompoundSamplers extends DiscreteSamplers permits Generator {

    CompoundSamplers() {
    }

    // ---- f --------------------------------------------------------------------------------------

    /** {@code f(dfnum, dfden)}: Fisher's F, {@code (X1/dfnum) / (X2/dfden)}; both {@code > 0}. */
    public double f(double dfnum, double dfden) {
        Checks.positive(dfnum, "dfnum");
        Checks.positive(dfden, "dfden");
        return ContinuousDistributions.f(bitGenerator(), dfnum, dfden);
    }

    public NDArray f(double dfnum, double dfden, int... size) {
        Checks.positive(dfnum, "dfnum");
        Checks.positive(dfden, "dfden");
        return Fill.doubles(size, g -> ContinuousDistributions.f(g, dfnum, dfden),
                bitGenerator());
    }

    /** {@code f(dfnum, dfden, size)} with arrays; every element must be {@code > 0}. */
    public NDArray f(NDArray dfnum, NDArray dfden, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, dfnum, dfden);
        Checks.positive(dfnum, "dfnum");
        Checks.positive(dfden, "dfden");
        return BroadcastParameters.doubles(bitGenerator(), size, dfnum, dfden,
                ContinuousDistributions::f);
    }

    public NDArray f(NDArray dfnum, NDArray dfden) {
        return f(dfnum, dfden, (int[]) null);
    }

    public NDArray f(NDArray dfnum, double dfden, int... size) {
        return f(dfnum, zeroD(dfden), size);
    }

    public NDArray f(NDArray dfnum, double dfden) {
        return f(dfnum, zeroD(dfden), (int[]) null);
    }

    public NDArray f(double dfnum, NDArray dfden, int... size) {
        return f(zeroD(dfnum), dfden, size);
    }

    public NDArray f(double dfnum, NDArray dfden) {
        return f(zeroD(dfnum), dfden, (int[]) null);
    }

    // ---- noncentral_chisquare -------------------------------------------------------------------

    /**
     * {@code noncentral_chisquare(df, nonc)}: the sum of df squared normals whose means' squares
     * add up to nonc; df {@code > 0}, nonc {@code >= 0} (NaN gives NaN).
     */
    public double noncentralChisquare(double df, double nonc) {
        Checks.positive(df, "df");
        Checks.nonNegative(nonc, "nonc");
        return ContinuousDistributions.noncentralChisquare(bitGenerator(), df, nonc);
    }

    public NDArray noncentralChisquare(double df, double nonc, int... size) {
        Checks.positive(df, "df");
        Checks.nonNegative(nonc, "nonc");
        return Fill.doubles(size, g -> ContinuousDistributions.noncentralChisquare(g, df, nonc),
                bitGenerator());
    }

    /** {@code noncentral_chisquare(df, nonc, size)} with arrays. */
    public NDArray noncentralChisquare(NDArray df, NDArray nonc, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, df, nonc);
        Checks.positive(df, "df");
        Checks.nonNegative(nonc, "nonc");
        return BroadcastParameters.doubles(bitGenerator(), size, df, nonc,
                ContinuousDistributions::noncentralChisquare);
    }

    public NDArray noncentralChisquare(NDArray df, NDArray nonc) {
        return noncentralChisquare(df, nonc, (int[]) null);
    }

    public NDArray noncentralChisquare(NDArray df, double nonc, int... size) {
        return noncentralChisquare(df, zeroD(nonc), size);
    }

    public NDArray noncentralChisquare(NDArray df, double nonc) {
        return noncentralChisquare(df, zeroD(nonc), (int[]) null);
    }

    public NDArray noncentralChisquare(double df, NDArray nonc, int... size) {
        return noncentralChisquare(zeroD(df), nonc, size);
    }

    public NDArray noncentralChisquare(double df, NDArray nonc) {
        return noncentralChisquare(zeroD(df), nonc, (int[]) null);
    }

    // ---- noncentral_f ---------------------------------------------------------------------------

    /** {@code noncentral_f(dfnum, dfden, nonc)}: a noncentral chi-square over a central one. */
    public double noncentralF(double dfnum, double dfden, double nonc) {
        checkNoncentralF(dfnum, dfden, nonc);
        return ContinuousDistributions.noncentralF(bitGenerator(), dfnum, dfden, nonc);
    }

    public NDArray noncentralF(double dfnum, double dfden, double nonc, int... size) {
        checkNoncentralF(dfnum, dfden, nonc);
        return Fill.doubles(size, g -> ContinuousDistributions.noncentralF(g, dfnum, dfden,
                nonc), bitGenerator());
    }

    /** {@code noncentral_f(dfnum, dfden, nonc, size)} with arrays. */
    public NDArray noncentralF(NDArray dfnum, NDArray dfden, NDArray nonc, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, dfnum, dfden, nonc);
        Checks.positive(dfnum, "dfnum");
        Checks.positive(dfden, "dfden");
        Checks.nonNegative(nonc, "nonc");
        return BroadcastParameters.doubles(bitGenerator(), size, dfnum, dfden, nonc,
                ContinuousDistributions::noncentralF);
    }

    public NDArray noncentralF(NDArray dfnum, NDArray dfden, NDArray nonc) {
        return noncentralF(dfnum, dfden, nonc, (int[]) null);
    }

    private static void checkNoncentralF(double dfnum, double dfden, double nonc) {
        Checks.positive(dfnum, "dfnum");
        Checks.positive(dfden, "dfden");
        Checks.nonNegative(nonc, "nonc");
    }

    // ---- multinomial ----------------------------------------------------------------------------

    // tag::multinomial[]
    /**
     * {@code multinomial(n, pvals, size)}: int64 counts of d outcomes in n trials, shape
     * {@code size + (d,)}. Only {@code pvals[:-1]} is read: the last outcome takes what is left.
     */
    public NDArray multinomial(long n, double[] pvals, int... size) {
        return Multivariate.multinomial(bitGenerator(), binomialCache(),
                BroadcastParameters.zeroD(n), vector(pvals), size);
    }
    // end::multinomial[]

    /**
     * {@code multinomial(n, pvals, size)} with arrays: n broadcasts against the rows of pvals
     * (its shape without the last axis) and, if given, must fill {@code size} exactly; the result
     * has that shape plus the last axis d.
     */
    public NDArray multinomial(NDArray n, NDArray pvals, int... size) {
        return Multivariate.multinomial(bitGenerator(), binomialCache(), n, pvals, size);
    }

    /** {@code multinomial(n, pvals)}: the broadcast shape of n and the rows of pvals, plus d. */
    public NDArray multinomial(NDArray n, NDArray pvals) {
        return multinomial(n, pvals, (int[]) null);
    }

    public NDArray multinomial(long n, NDArray pvals, int... size) {
        return multinomial(BroadcastParameters.zeroD(n), pvals, size);
    }

    public NDArray multinomial(long n, NDArray pvals) {
        return multinomial(BroadcastParameters.zeroD(n), pvals, (int[]) null);
    }

    // ---- dirichlet ------------------------------------------------------------------------------

    /** {@code dirichlet(alpha, size)}: float64 points of the simplex, shape {@code size + (k,)}. */
    public NDArray dirichlet(double[] alpha, int... size) {
        return Multivariate.dirichlet(bitGenerator(), vector(alpha), size);
    }

    /** {@code dirichlet(alpha, size)} with a one-dimensional array of concentrations. */
    public NDArray dirichlet(NDArray alpha, int... size) {
        return Multivariate.dirichlet(bitGenerator(), alpha, size);
    }

    /** A new 1-d float64 array holding {@code values}. */
    private static NDArray vector(double[] values) {
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {values.length}, Order.C);
        for (int i = 0; i < values.length; i++) {
            a.buffer().set(ValueLayout.JAVA_DOUBLE_UNALIGNED, 8L * i, values[i]);
        }
        return a;
    }
}
