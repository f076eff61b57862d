package dev.strides.ufuncs;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;

import java.util.function.LongBinaryOperator;

/**
 * The loops of the ufuncs with two outputs: {@code divmod} ({@code ll->ll}), {@code modf}
 * ({@code d->dd}) and {@code frexp} ({@code d->di}), plus {@code ldexp}'s mixed {@code dl->d}.
 * Same shape as {@link Loops}: read the inputs at their positions, write every output.
 */
final class MultiOutputLoops {

    private MultiOutputLoops() {
    }

    /** Integer {@code divmod}: Python's floor quotient and remainder in one pass. */
    static Loop.Body intDivmod(DType t) {
        LongBinaryOperator div = IntMath.floorDivide(t);
        LongBinaryOperator mod = IntMath.remainder(t);
        Loops.IntRule rule = IntMath.divisionRule(t, true);
        boolean unsigned = t.isUnsignedInteger();
        return (b, status) -> (at, n, st) -> {
            int bits = 0;
            for (int i = 0; i < n; i++) {
                long x = Elements.readLong(b[0], at[0] + i * st[0], t);
                long y = Elements.readLong(b[1], at[1] + i * st[1], t);
                bits |= rule.flags(x, y);
                Elements.writeLong(b[2], at[2] + i * st[2], t, div.applyAsLong(x, y), unsigned);
                Elements.writeLong(b[3], at[3] + i * st[3], t, mod.applyAsLong(x, y), unsigned);
            }
            status.raiseBits(bits);
        };
    }

    /** Float {@code divmod}: {@link FloatMath#divmod}. */
    static Loop.Body floatDivmod(DType t) {
        return (b, status) -> (at, n, st) -> {
            int bits = 0;
            for (int i = 0; i < n; i++) {
                double x = Elements.readDouble(b[0], at[0] + i * st[0], t);
                double y = Elements.readDouble(b[1], at[1] + i * st[1], t);
                double[] qr = FloatMath.divmod(x, y);
                double q = Loops.round(qr[0], t);
                double r = Loops.round(qr[1], t);
                if (!Double.isFinite(q)) {
                    bits |= FpRule.DIVISION.flags(x, y, q);
                }
                if (!Double.isFinite(r)) {
                    bits |= FpRule.STANDARD.flags(x, y, r);
                }
                Elements.writeDouble(b[2], at[2] + i * st[2], t, q);
                Elements.writeDouble(b[3], at[3] + i * st[3], t, r);
            }
            status.raiseBits(bits);
        };
    }

    /** {@code modf}: fractional and integral parts, both with the sign of {@code x}. */
    static Loop.Body modf(DType t) {
        return (b, status) -> (at, n, st) -> {
            for (int i = 0; i < n; i++) {
                double x = Elements.readDouble(b[0], at[0] + i * st[0], t);
                double whole = Double.isInfinite(x) ? x : FloatMath.trunc(x);
                double frac = Double.isInfinite(x) ? Math.copySign(0.0, x)
                        : Math.copySign(x - whole, x);
                Elements.writeDouble(b[1], at[1] + i * st[1], t, frac);
                Elements.writeDouble(b[2], at[2] + i * st[2], t, whole);
            }
        };
    }

    /** {@code frexp}: mantissa in {@code t}, exponent as int32. */
    static Loop.Body frexp(DType t) {
        return (b, status) -> (at, n, st) -> {
            for (int i = 0; i < n; i++) {
                double[] me = FloatMath.frexp(Elements.readDouble(b[0], at[0] + i * st[0], t));
                Elements.writeDouble(b[1], at[1] + i * st[1], t, me[0]);
                Elements.writeLong(b[2], at[2] + i * st[2], DType.INT32, (long) me[1], false);
            }
        };
    }

    /** {@code ldexp(m, e)} for a float {@code m} and an integer {@code e} of type {@code et}. */
    static Loop.Body ldexp(DType t, DType et) {
        return (b, status) -> (at, n, st) -> {
            int bits = 0;
            for (int i = 0; i < n; i++) {
                double m = Elements.readDouble(b[0], at[0] + i * st[0], t);
                long e = Elements.readLong(b[1], at[1] + i * st[1], et);
                double r = Loops.round(FloatMath.ldexp(m, e), t);
                if (!Double.isFinite(r)) {
                    bits |= FpRule.STANDARD.flags(m, 0, r);
                }
                Elements.writeDouble(b[2], at[2] + i * st[2], t, r);
            }
            status.raiseBits(bits);
        };
    }
}
