package dev.strides.ufuncs;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.Buffers;
import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;

import java.lang.foreign.MemorySegment;

import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

import static dev.strides.ufuncs.Loops.isReduction;
import static dev.strides.ufuncs.Loops.writeBool;

/**
 * The readable loops on the {@link Complex} carrier (complex64 and complex128), the companion
 * of {@link Loops}: read both parts, apply the function, round the parts to the output type,
 * write. Floating-point errors are judged from operands and result ({@link ComplexRule}), as
 * NumPy's C code raises them part by part; or, for the functions with C99 Annex G special values
 * ({@code exp}, {@code tan}, {@code arcsin}, {@code power}...), reported by the function itself
 * ({@link ComplexKernel}), where the C library raises them; or, for the formulas NumPy writes in
 * C ({@code multiply}, {@code divide}, {@code square}, {@code reciprocal}, {@code sign}),
 * recorded operation by operation ({@link ComplexFormula}, {@link FlaggedArithmetic}).
 */
final class ComplexLoops {

    private static final Complex ZERO = new Complex(0, 0);

    private ComplexLoops() {
    }

    /** Floating-point errors of a complex operation, from operands and result. */
    @FunctionalInterface
    interface ComplexRule {
        int flags(Complex x, Complex y, Complex r);

        /**
         * A NaN part from NaN-free inputs is invalid; an infinite part from finite inputs
         * overflows.
         */
        ComplexRule STANDARD = (x, y, r) -> {
            if (ComplexMath.isNaN(r)) {
                return ComplexMath.isNaN(x) || ComplexMath.isNaN(y) ? 0
                        : FloatingPointErrors.INVALID;
            }
            return isInfinite(r) && !isInfinite(x) && !isInfinite(y) ? FloatingPointErrors.OVER : 0;
        };

    }

    /**
     * A complex function that records in {@code status} the floating-point errors its C
     * counterpart raises (the special-value tables of C99 Annex G say where), instead of having
     * them guessed from operand and result by a {@link ComplexRule}.
     */
    @FunctionalInterface
    interface ComplexKernel {
        Complex apply(Complex z, FloatingPointErrors.Status status);
    }

    /** The two-operand {@link ComplexKernel}: {@code power}. */
    @FunctionalInterface
    interface ComplexBinaryKernel {
        Complex apply(Complex z, Complex w, FloatingPointErrors.Status status);
    }

    /**
     * A two-operand formula NumPy writes in C ({@code multiply}, {@code divide}), computed by a
     * {@link FlaggedArithmetic}; {@code simd} says whether NumPy would run its SIMD loop on
     * this call (see {@link #formulaBinary}).
     */
    @FunctionalInterface
    interface ComplexFormula {
        Complex apply(Complex x, Complex y, FlaggedArithmetic m, boolean simd);
    }

    static boolean isInfinite(Complex z) {
        return Double.isInfinite(z.re()) || Double.isInfinite(z.im());
    }

    static boolean isFinite(Complex z) {
        return Double.isFinite(z.re()) && Double.isFinite(z.im());
    }

    /** {@code z} with both parts rounded to {@code t}'s precision (complex64: float). */
    static Complex rounded(Complex z, DType t) {
        return t.type() == DType.Type.COMPLEX64
                ? new Complex((float) z.re(), (float) z.im()) : z;
    }

    /** {@code out = f(z)} for complex input and complex output. */
    static Loop.Body complexUnary(DType in, DType out, UnaryOperator<Complex> f, ComplexRule rule) {
        return (b, status) -> (at, n, st) -> {
            int bits = 0;
            long px = at[0];
            long pz = at[1];
            for (int i = 0; i < n; i++, px += st[0], pz += st[1]) {
                Complex z = Elements.readComplex(b[0], px, in);
                Complex r = rounded(f.apply(z), out);
                if (!isFinite(r) || !isFinite(z) || z.re() == 0 && z.im() == 0) {
                    bits |= rule.flags(z, ZERO, r);
                }
                Elements.writeComplex(b[1], pz, out, r);
            }
            status.raiseBits(bits);
        };
    }

    /**
     * {@code out = f(z)}, the kernel reporting its own errors. A part that is finite in double
     * but infinite once rounded to complex64 is an overflow, as it is for C computing in float.
     */
    static Loop.Body kernelUnary(DType t, ComplexKernel f) {
        return (b, status) -> (at, n, st) -> {
            long px = at[0];
            long pz = at[1];
            for (int i = 0; i < n; i++, px += st[0], pz += st[1]) {
                Complex exact = f.apply(Elements.readComplex(b[0], px, t), status);
                Elements.writeComplex(b[1], pz, t, roundedChecked(exact, t, status));
            }
        };
    }

    /** {@code out = f(z, w)}, the kernel reporting its own errors (see {@link #kernelUnary}). */
    static Loop.Body kernelBinary(DType t, ComplexBinaryKernel f) {
        return (b, status) -> (at, n, st) -> {
            long px = at[0];
            long py = at[1];
            long pz = at[2];
            for (int i = 0; i < n; i++, px += st[0], py += st[1], pz += st[2]) {
                Complex x = Elements.readComplex(b[0], px, t);
                Complex y = Elements.readComplex(b[1], py, t);
                Complex r = roundedChecked(f.apply(x, y, status), t, status);
                Elements.writeComplex(b[2], pz, t, r);
            }
        };
    }

    /**
     * {@code out = f(x, y)}, computed in the type's precision with C's floating-point errors.
     * NumPy's complex {@code multiply} has a SIMD loop (fused multiply-adds) and a scalar one;
     * the SIMD loop declines an output that does not move (stride 0: a reduction) or that
     * overlaps an input without coinciding with it ({@code accumulate} reads {@code out[i-1]}
     * to write {@code out[i]}), and so does {@code simd} here.
     */
    // tag::simd-or-scalar[]
    static Loop.Body formulaBinary(DType t, ComplexFormula f) {
        boolean single = t.type() == DType.Type.COMPLEX64;
        return new Loop.Body() {
            @Override
            public MultiIterator.InnerLoop bind(MemorySegment[] b,
                                                FloatingPointErrors.Status status) {
                return (at, n, st) -> {
                    boolean simd = (st[2] != 0 || n == 1)  // one element: any stride will do
                            && !partlyOverlaps(b[0], at[0], st[0], b[2], at[2], st[2], n)
                            && !partlyOverlaps(b[1], at[1], st[1], b[2], at[2], st[2], n);
                    run(b, at, n, st, new FlaggedArithmetic(single, status), simd);
                };
            }

            @Override                                  // ufunc.at: NumPy's scalar indexed loop
            public MultiIterator.InnerLoop bindIndexed(MemorySegment[] b,
                                                FloatingPointErrors.Status status) {
                return (at, n, st) -> run(b, at, n, st, new FlaggedArithmetic(single, status),
                        false);
            }

            private void run(MemorySegment[] b, long[] at, int n, long[] st, FlaggedArithmetic m,
                             boolean simd) {
                long px = at[0];
                long py = at[1];
                long pz = at[2];
                for (int i = 0; i < n; i++, px += st[0], py += st[1], pz += st[2]) {
                    Complex x = Elements.readComplex(b[0], px, t);
                    Complex y = Elements.readComplex(b[1], py, t);
                    Elements.writeComplex(b[2], pz, t, f.apply(x, y, m, simd));
                }
            }
        };
    }
    // end::simd-or-scalar[]

    /**
     * NumPy's {@code is_mem_overlap}: the items of two strided runs of {@code n} elements share
     * memory, and the runs are not the very same items (first and last item addresses equal).
     */
    private static boolean partlyOverlaps(MemorySegment x, long px, long sx, MemorySegment z,
                                          long pz, long sz, int n) {
        if (n == 0 || !Buffers.sameBlock(x, z)) {
            return false;
        }
        long xa = x.address() + px;
        long za = z.address() + pz;
        long xFirst = Math.min(xa, xa + sx * (n - 1));
        long xLast = Math.max(xa, xa + sx * (n - 1));
        long zFirst = Math.min(za, za + sz * (n - 1));
        long zLast = Math.max(za, za + sz * (n - 1));
        boolean same = xFirst == zFirst && xLast == zLast;
        return !same && xFirst <= zLast && zFirst <= xLast;
    }

    private static Complex roundedChecked(Complex exact, DType t,
                                          FloatingPointErrors.Status status) {
        Complex r = rounded(exact, t);
        if (Double.isInfinite(r.re()) && !Double.isInfinite(exact.re())
                || Double.isInfinite(r.im()) && !Double.isInfinite(exact.im())) {
            status.raise(FloatingPointErrors.Kind.OVER);
        }
        return r;
    }

    /** {@code out = f(z)} for complex input and a real output ({@code absolute}: {@code D->d}). */
    static Loop.Body complexToReal(DType in, DType out, ToDoubleFunction<Complex> f) {
        return (b, status) -> (at, n, st) -> {
            long px = at[0];
            long pz = at[1];
            for (int i = 0; i < n; i++, px += st[0], pz += st[1]) {
                Complex z = Elements.readComplex(b[0], px, in);
                Elements.writeDouble(b[1], pz, out, f.applyAsDouble(z));
            }
        };
    }

    /** {@code out = f(z, w)} for complex inputs and output. */
    static Loop.Body complexBinary(DType t, DType out, BinaryOperator<Complex> f, ComplexRule rule,
                                   boolean pairwise) {
        return (b, status) -> (at, n, st) -> {
            if (pairwise && isReduction(b, at, st)) {         // NumPy's complex add reduce
                Complex acc = Elements.readComplex(b[0], at[0], t);
                double[] run = Pairwise.sumComplex(b[1], at[1], n, st[1], t);
                Elements.writeComplex(b[2], at[2], t, rounded(new Complex(acc.re() + run[0],
                        acc.im() + run[1]), t));
                return;
            }
            int bits = 0;
            long px = at[0];
            long py = at[1];
            long pz = at[2];
            for (int i = 0; i < n; i++, px += st[0], py += st[1], pz += st[2]) {
                Complex x = Elements.readComplex(b[0], px, t);
                Complex y = Elements.readComplex(b[1], py, t);
                Complex r = rounded(f.apply(x, y), out);
                if (!isFinite(r)) {
                    bits |= rule.flags(x, y, r);
                }
                Elements.writeComplex(b[2], pz, out, r);
            }
            status.raiseBits(bits);
        };
    }

    /** {@code out = p(z)} as bool for a complex input. */
    static Loop.Body complexPredicate(DType in, Predicate<Complex> p) {
        return (b, status) -> (at, n, st) -> {
            long px = at[0];
            long pz = at[1];
            for (int i = 0; i < n; i++, px += st[0], pz += st[1]) {
                writeBool(b[1], pz, p.test(Elements.readComplex(b[0], px, in)));
            }
        };
    }

    /**
     * {@code out = p(z, w)} as bool for complex inputs. An {@code ordered} comparison
     * ({@code <}, {@code >=}...) with a NaN part signals invalid, as C's operators do in NumPy's
     * complex loops.
     */
    static Loop.Body complexCompare(DType t, Loops.ComplexBiPredicate p, boolean ordered) {
        return (b, status) -> (at, n, st) -> {
            int bits = 0;
            long px = at[0];
            long py = at[1];
            long pz = at[2];
            for (int i = 0; i < n; i++, px += st[0], py += st[1], pz += st[2]) {
                Complex x = Elements.readComplex(b[0], px, t);
                Complex y = Elements.readComplex(b[1], py, t);
                if (ordered && (ComplexMath.isNaN(x) || ComplexMath.isNaN(y))) {
                    bits |= FloatingPointErrors.INVALID;
                }
                writeBool(b[2], pz, p.test(x, y));
            }
            status.raiseBits(bits);
        };
    }
}
