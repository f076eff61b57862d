package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.Float16;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * The readable typed loops: one builder per carrier (see {@link Elements}: {@code long} for bool
 * and integers, {@code double} for floats, {@link Complex} for complex), each turning an
 * element function into a {@link Loop.Body}.
 *
 * <p>Every loop has the same shape: read each input at its byte position, apply the function,
 * round or wrap the result to the output type, write it, step every position by its stride.
 * Float results are computed in double and rounded once to the output type, which for
 * {@code + - * / sqrt} gives exactly the float32/float16 result NumPy computes (a double holds
 * more than twice their precision plus two bits, so the second rounding never changes the
 * answer). Integer results keep their low bits when written: NumPy's wrap-around.
 *
 * <p>These loops read through {@link Elements} and so work for every dtype; the contiguous
 * float64/int64 cases have faster twins in {@link FastLoops}.
 */
final class Loops {

    /** Tests two longs (comparisons of integers). */
    @FunctionalInterface
    interface LongBiPredicate {
        boolean test(long x, long y);
    }

    /** Tests two doubles (comparisons of floats). */
    @FunctionalInterface
    interface DoubleBiPredicate {
        boolean test(double x, double y);
    }

    /** Tests two complex numbers. */
    @FunctionalInterface
    interface ComplexBiPredicate {
        boolean test(Complex x, Complex y);
    }

    /** The error bits an integer operation meets ({@code x // 0}), or 0. */
    @FunctionalInterface
    interface IntRule {
        int flags(long x, long y);
    }

    private Loops() {
    }

    /** {@code r} rounded to the precision of float type {@code t}, as storing it would. */
    static double round(double r, DType t) {
        return switch (t.type()) {
            case FLOAT32 -> (float) r;
            case FLOAT16 -> Float16.toDouble(Float16.fromDouble(r));
            default -> r;
        };
    }

    static void writeBool(MemorySegment s, long at, boolean v) {
        s.set(ValueLayout.JAVA_BYTE, at, (byte) (v ? 1 : 0));
    }

    // ---- floats --------------------------------------------------------------------------------

    // tag::float-unary[]
    /** {@code out = f(x)} for a float input, computed in double, rounded to {@code out}'s type. */
    static Loop.Body floatUnary(DType in, DType out, DoubleUnaryOperator f, FpRule rule) {
        return (b, status) -> (at, n, st) -> {
            int bits = 0;
            long px = at[0];
            long pz = at[1];
            for (int i = 0; i < n; i++, px += st[0], pz += st[1]) {
                double x = Elements.readDouble(b[0], px, in);
                double r = round(f.applyAsDouble(x), out);
                if (!Double.isFinite(r)) {
                    bits |= rule.flags(x, 0, r);
                }
                Elements.writeDouble(b[1], pz, out, r);
            }
            status.raiseBits(bits);
        };
    }
    // end::float-unary[]

    /**
     * {@code out = f(x, y)} for float inputs. When the loop is called as a reduction (NumPy's
     * {@code IS_BINARY_REDUCE}: the output is also the first input and neither moves) a
     * {@code pairwise} loop adds the run with {@link Pairwise} summation; otherwise the result
     * is accumulated in the precision NumPy uses for the type (float for float16).
     */
    // tag::float-binary[]
    static Loop.Body floatBinary(DType t, DType out, DoubleBinaryOperator f, FpRule rule,
                                 boolean pairwise) {
        return (b, status) -> (at, n, st) -> {
            if (isReduction(b, at, st)) {
                reduceRun(b, at, n, st, t, f, rule, pairwise, status);
                return;
            }
            int bits = 0;
            long px = at[0];
            long py = at[1];
            long pz = at[2];
            for (int i = 0; i < n; i++, px += st[0], py += st[1], pz += st[2]) {
                double x = Elements.readDouble(b[0], px, t);
                double y = Elements.readDouble(b[1], py, t);
                double r = round(f.applyAsDouble(x, y), out);
                if (!Double.isFinite(r)) {
                    bits |= rule.flags(x, y, r);
                }
                Elements.writeDouble(b[2], pz, out, r);
            }
            status.raiseBits(bits);
        };
    }
    // end::float-binary[]

    /** NumPy's {@code IS_BINARY_REDUCE}: operand 0 is operand 2, and both stand still. */
    static boolean isReduction(MemorySegment[] b, long[] at, long[] st) {
        return st[0] == 0 && st[2] == 0 && at[0] == at[2] && b[0] == b[2];
    }

    // tag::reduce-run[]
    /** One reduction run: {@code acc = f(acc, x_i)}, then the accumulator is stored once. */
    private static void reduceRun(MemorySegment[] b, long[] at, int n, long[] st, DType t,
                                  DoubleBinaryOperator f, FpRule rule, boolean pairwise,
                                  FloatingPointErrors.Status status) {
        double acc = Elements.readDouble(b[0], at[0], t);
        DType accType = t.type() == DType.Type.FLOAT16 ? DType.FLOAT32 : t;  // NumPy: half in float
        int bits = 0;
        if (pairwise) {
            double run = Pairwise.sum(b[1], at[1], n, st[1], t);
            double r = round(acc + run, accType);
            bits |= Double.isFinite(r) ? 0 : runFlags(b[1], at[1], n, st[1], t, acc, r);
            acc = r;
        } else {
            long px = at[1];
            for (int i = 0; i < n; i++, px += st[1]) {
                double x = Elements.readDouble(b[1], px, t);
                double r = round(f.applyAsDouble(acc, x), accType);
                bits |= Double.isFinite(r) ? 0 : rule.flags(acc, x, r);
                acc = r;
            }
        }
        Elements.writeDouble(b[2], at[2], t, acc);
        status.raiseBits(bits);
    }
    // end::reduce-run[]

    /**
     * The errors of a pairwise run that ended non-finite, from its inputs: a NaN among them
     * explains anything; otherwise a NaN result is invalid ({@code inf - inf}) and an infinite
     * one from finite inputs an overflow.
     */
    private static int runFlags(MemorySegment s, long at, int n, long stride, DType t, double acc,
                                double r) {
        boolean finite = Double.isFinite(acc);
        for (int i = 0; i < n; i++) {
            double x = Elements.readDouble(s, at + i * stride, t);
            if (Double.isNaN(x)) {
                return 0;
            }
            finite &= Double.isFinite(x);
        }
        if (Double.isNaN(r)) {
            return Double.isNaN(acc) ? 0 : FloatingPointErrors.INVALID;
        }
        return finite ? FloatingPointErrors.OVER : 0;
    }

    /** {@code out = p(x)} as bool, for a float input ({@code isnan}, {@code signbit}). */
    static Loop.Body floatPredicate(DType in, DoublePredicate p) {
        return (b, status) -> (at, n, st) -> {
            long px = at[0];
            long pz = at[1];
            for (int i = 0; i < n; i++, px += st[0], pz += st[1]) {
                writeBool(b[1], pz, p.test(Elements.readDouble(b[0], px, in)));
            }
        };
    }

    /** {@code out = p(x, y)} as bool, for float inputs (comparisons, logical_*). */
    static Loop.Body floatCompare(DType t, DoubleBiPredicate p) {
        return (b, status) -> (at, n, st) -> {
            long px = at[0];
            long py = at[1];
            long pz = at[2];
            for (int i = 0; i < n; i++, px += st[0], py += st[1], pz += st[2]) {
                writeBool(b[2], pz, p.test(Elements.readDouble(b[0], px, t),
                        Elements.readDouble(b[1], py, t)));
            }
        };
    }

    // ---- bool and integers -----------------------------------------------------------------

    /**
     * {@code out = f(x)} on the long carrier; the write keeps the low bits of {@code out}'s width.
     */
    static Loop.Body intUnary(DType in, DType out, LongUnaryOperator f) {
        boolean unsigned = out.isUnsignedInteger();
        return (b, status) -> (at, n, st) -> {
            long px = at[0];
            long pz = at[1];
            for (int i = 0; i < n; i++, px += st[0], pz += st[1]) {
                Elements.writeLong(b[1], pz, out, f.applyAsLong(Elements.readLong(b[0], px, in)),
                        unsigned);
            }
        };
    }

    // tag::int-binary[]
    /**
     * {@code out = f(x, y)} on the long carrier. Wrap-around comes free: the result is written
     * to {@code out}'s width, keeping the low bits, as C's arithmetic does in NumPy. A
     * {@code rule} (may be null) reports errors such as {@code x // 0}.
     */
    static Loop.Body intBinary(DType t, DType out, LongBinaryOperator f, IntRule rule) {
        boolean unsigned = out.isUnsignedInteger();
        return (b, status) -> (at, n, st) -> {
            int bits = 0;
            long px = at[0];
            long py = at[1];
            long pz = at[2];
            for (int i = 0; i < n; i++, px += st[0], py += st[1], pz += st[2]) {
                long x = Elements.readLong(b[0], px, t);
                long y = Elements.readLong(b[1], py, t);
                if (rule != null) {
                    bits |= rule.flags(x, y);
                }
                Elements.writeLong(b[2], pz, out, f.applyAsLong(x, y), unsigned);
            }
            status.raiseBits(bits);
        };
    }
    // end::int-binary[]

    /** {@code out = p(x)} as bool, for a bool/integer input. */
    static Loop.Body intPredicate(DType in, LongPredicate p) {
        return (b, status) -> (at, n, st) -> {
            long px = at[0];
            long pz = at[1];
            for (int i = 0; i < n; i++, px += st[0], pz += st[1]) {
                writeBool(b[1], pz, p.test(Elements.readLong(b[0], px, in)));
            }
        };
    }

    /**
     * {@code out = p(x, y)} as bool for integer inputs; the two types may differ ({@code qQ->?}).
     */
    static Loop.Body intCompare(DType tx, DType ty, LongBiPredicate p) {
        return (b, status) -> (at, n, st) -> {
            long px = at[0];
            long py = at[1];
            long pz = at[2];
            for (int i = 0; i < n; i++, px += st[0], py += st[1], pz += st[2]) {
                writeBool(b[2], pz, p.test(Elements.readLong(b[0], px, tx),
                        Elements.readLong(b[1], py, ty)));
            }
        };
    }
}
