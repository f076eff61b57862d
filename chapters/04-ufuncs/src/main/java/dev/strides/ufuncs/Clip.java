package dev.strides.ufuncs;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;

import static dev.strides.ufuncs.ArithmeticUfuncs.FLOATS;
import static dev.strides.ufuncs.ArithmeticUfuncs.INTS;

/**
 * {@code np.clip(a, a_min, a_max)}: limits values to {@code [a_min, a_max]}. In NumPy 2 it is
 * a ufunc with three inputs, and so it is here: the bounds broadcast like any operand and the
 * result type is the promotion of all three.
 *
 * <p>Per element: {@code min(max(x, lo), hi)} where a NaN anywhere wins (NumPy's
 * {@code _NPY_CLIP} with NaN-propagating {@code max}/{@code min}). A bound of {@code null}
 * means "no bound" and turns the call into {@code minimum} or {@code maximum}. If
 * {@code lo > hi} every element becomes {@code hi}, as in NumPy.
 */
public final class Clip {

    private Clip() {
    }

    // tag::clip[]
    /** The three-input ufunc {@code clip(x, lo, hi)}. */
    public static final Ufunc CLIP = clipUfunc();

    private static Ufunc clipUfunc() {
        UfuncBuilder b = Ufunc.builder("clip", 3, 1);
        for (char c : ("?" + INTS + FLOATS).toCharArray()) {
            DType t = DType.of(String.valueOf(c));
            Loop.Body body = t.isInexact() ? floatClip(t) : intClip(t);
            b.loop("" + c + c + c + "->" + c, body);
        }
        return b.build();
    }

    private static Loop.Body floatClip(DType t) {
        return (b, status) -> (at, n, st) -> {
            for (int i = 0; i < n; i++) {
                double x = Elements.readDouble(b[0], at[0] + i * st[0], t);
                double lo = Elements.readDouble(b[1], at[1] + i * st[1], t);
                double hi = Elements.readDouble(b[2], at[2] + i * st[2], t);
                double up = Double.isNaN(x) ? x : x > lo ? x : lo;          // max, NaN wins
                double r = Double.isNaN(up) ? up : up < hi ? up : hi;       // min, NaN wins
                Elements.writeDouble(b[3], at[3] + i * st[3], t, r);
            }
        };
    }
    // end::clip[]

    private static Loop.Body intClip(DType t) {
        boolean unsigned = t.isUnsignedInteger();
        return (b, status) -> (at, n, st) -> {
            for (int i = 0; i < n; i++) {
                long x = Elements.readLong(b[0], at[0] + i * st[0], t);
                long lo = Elements.readLong(b[1], at[1] + i * st[1], t);
                long hi = Elements.readLong(b[2], at[2] + i * st[2], t);
                long up = IntMath.compare(t, x, lo) > 0 ? x : lo;
                long r = IntMath.compare(t, up, hi) < 0 ? up : hi;
                Elements.writeLong(b[3], at[3] + i * st[3], t, r, unsigned);
            }
        };
    }

    /** {@code np.clip(a, lo, hi)}; a null bound is no bound (both null is an error, as NumPy). */
    public static dev.strides.ndarray.NDArray clip(Object a, Object lo, Object hi,
                                                   UfuncOptions options) {
        if (lo == null && hi == null) {
            throw new IllegalArgumentException("One of max or min must be given");
        }
        if (lo == null) {
            return MathUfuncs.MINIMUM.call(new Object[] {a, hi}, options)[0];
        }
        if (hi == null) {
            return MathUfuncs.MAXIMUM.call(new Object[] {a, lo}, options)[0];
        }
        return CLIP.call(new Object[] {a, lo, hi}, options)[0];
    }
}
