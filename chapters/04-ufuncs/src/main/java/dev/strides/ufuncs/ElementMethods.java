package dev.strides.ufuncs;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.Casting;
import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.ndarray.Scalars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ufunc.outer} and {@code ufunc.at}.
 *
 * <p><b>outer</b>{@code (a, b)} applies the function to every pair: the result has shape
 * {@code a.shape + b.shape}. It is an ordinary call after viewing {@code a} with
 * {@code b.ndim} extra axes of length 1 (stride 0): broadcasting does the rest, no copy of
 * either input. {@code np.multiply.outer(x, y)} is the outer product.
 *
 * <p><b>at</b>{@code (a, indices, b)} computes {@code a[indices] = f(a[indices], b)} <b>in
 * place and unbuffered</b>: each index is applied in turn, so a repeated index accumulates
 * ({@code np.add.at(a, [0, 0], 1)} adds 2), where {@code a[[0, 0]] += 1} adds only 1 (the fancy
 * get makes a copy, the add happens once, the set writes twice). Indices: an integer array (or
 * Java {@code int[]}/{@code long[]}) for axis 0, or an array of them ({@code NDArray[]}) for
 * the first axes; each names a sub-array of the remaining axes. Cost: one small loop call per
 * index, which is why NumPy's {@code at} is much slower than a plain ufunc call.
 *
 * <p>Two rules differ from a plain call, as in NumPy: a Java scalar {@code b} becomes a 0-d
 * array first (int64, float64, complex128: not a weak scalar), and results are cast back into
 * {@code a} <b>unsafely</b>, so {@code np.add.at(int8_array, i, 300)} adds in int64 and wraps,
 * and {@code np.add.at(int64_array, i, 1.5)} adds 1. A finite result that overflows on the way
 * back into a narrower float is reported as {@code overflow encountered in at}.
 */
final class ElementMethods {

    private ElementMethods() {
    }

    // tag::outer[]
    static NDArray outer(Ufunc u, Object a, Object b, UfuncOptions options) {
        if (u.nin() != 2) {
            throw new IllegalArgumentException("outer product only supported for binary functions");
        }
        NDArray x = UfuncCall.asArray(a);
        NDArray y = UfuncCall.asArray(b);
        int[] shape = Arrays.copyOf(x.shape(), x.ndim() + y.ndim());
        long[] strides = Arrays.copyOf(x.strides(), shape.length);
        Arrays.fill(shape, x.ndim(), shape.length, 1);    // x[..., None, None, ...]: stride 0
        NDArray widened = x.stridedView(shape, strides, x.offset());
        Object left = a instanceof NDArray ? widened : a;
        Object right = b instanceof NDArray ? y : b;
        return u.call(new Object[] {left, right}, options)[0];
    }
    // end::outer[]

    static void at(Ufunc u, NDArray a, Object indices, Object b) {
        if (u.nout() != 1 || (u.nin() == 2) == (b == null)) {
            throw new IllegalArgumentException(u.nin() == 2 ? "second operand needed for ufunc"
                    : "second operand provided when ufunc is unary");
        }
        if (!a.isWriteable()) {
            throw new ReadOnlyException("assignment destination is read-only");
        }
        if (b != null && !(b instanceof NDArray)) {
            b = strongScalar(b);    // NumPy's at makes an array of the value: it is not weak
        }
        NDArray[] index = indexArrays(indices);
        MultiIterator positions = MultiIterator.of(index);   // index arrays broadcast together
        int[] sub = Arrays.copyOfRange(a.shape(), index.length, a.ndim());
        long[] subStrides = Arrays.copyOfRange(a.strides(), index.length, a.ndim());
        int[] full = concat(positions.shape(), sub);
        Object[] inputs = u.nin() == 2 ? new Object[] {a, b} : new Object[] {a};
        Loop loop = TypeResolver.resolve(u, inputs, null, null);
        DType t = loop.type(0);
        // NumPy's at casts 'unsafe' both ways: np.add.at(int64_array, i, 1.5) adds 1
        NDArray values = u.nin() == 2 ? MultiIterator.of(full, UfuncCall.input(u, 1, b,
                loop.type(1), Casting.Rule.UNSAFE)).view(0) : null;
        long[] valueStrides = values == null ? null : values.strides();
        FloatingPointErrors.Status status = new FloatingPointErrors.Status();
        FloatingPointErrors.Status castStatus = new FloatingPointErrors.Status();
        int nb = positions.ndim();
        int[] counter = new int[nb];
        // NumPy's trivial case (a 1-d array, one index array, no casts) runs the indexed loop
        boolean indexed = a.ndim() == 1 && index.length == 1 && a.dtype().equals(t)
                && (!(b instanceof NDArray v) || v.ndim() <= 1 && v.dtype().equals(t));
        Loop.Body reference = loop.reference();
        Loop.Body body = indexed ? reference::bindIndexed : reference;
        positions.forEachElement(at -> {
            // tag::at[]
            long offset = a.offset();
            for (int k = 0; k < index.length; k++) {
                long i = Elements.readLong(index[k].buffer(), at[k], index[k].dtype());
                offset += IndexException.normalize(i, k, a.shape(k)) * a.strides(k);
            }
            NDArray target = a.stridedView(sub, subStrides, offset);
            NDArray x = target.dtype().equals(t) ? target : target.astype(t);
            NDArray out = target.dtype().equals(t) ? target : NDArray.allocate(t, sub, Order.C);
            List<NDArray> in = new ArrayList<>(List.of(x));
            if (values != null) {
                long vo = values.offset();
                for (int k = 0; k < nb; k++) {
                    vo += counter[k] * valueStrides[k];
                }
                long[] subStep = Arrays.copyOfRange(valueStrides, nb, full.length);
                in.add(values.stridedView(sub, subStep, vo));
            }
            int[] order = new int[sub.length];
            Arrays.setAll(order, i -> i);
            UfuncCall.run(body, in.toArray(NDArray[]::new), new NDArray[] {out}, null,
                    sub, order, status);
            if (out != target) {
                UfuncCall.copyInto(out, target, null);
                castOverflow(out, target, castStatus);
            }
            // end::at[]
            advance(counter, positions.shape());
        });
        FloatingPointErrors.check(status, u.name());
        FloatingPointErrors.check(castStatus, "at");  // NumPy names the cast back after 'at'
    }

    /** Raises overflow when a finite result became infinite on its way into a narrower float. */
    private static void castOverflow(NDArray from, NDArray to, FloatingPointErrors.Status status) {
        if (!from.dtype().isFloating() && !from.dtype().isComplex()
                || !to.dtype().isFloating() && !to.dtype().isComplex()) {
            return;
        }
        MultiIterator.of(from, to).forEachElement(at -> {
            Complex x = Elements.readComplex(from.buffer(), at[0], from.dtype());
            Complex y = Elements.readComplex(to.buffer(), at[1], to.dtype());
            if (Double.isFinite(x.re()) && Double.isInfinite(y.re())
                    || Double.isFinite(x.im()) && Double.isInfinite(y.im())) {
                status.raise(FloatingPointErrors.Kind.OVER);
            }
        });
    }

    /**
     * The 0-d array NumPy's {@code ufunc.at} makes of a Python scalar value
     * ({@code PyArray_FromAny}): int64, float64, complex128 or bool, an ordinary operand in type
     * resolution, not a weak scalar. So {@code np.add.at(int8_array, i, 300)} adds in int64 and
     * wraps on the way back (300 becomes 44), where {@code int8_array + 300} is refused.
     */
    private static NDArray strongScalar(Object value) {
        NDArray array = NDArray.allocate(Scalars.defaultType(value), new int[0],
                Order.C);
        Scalars.write(array.buffer(), 0, array.dtype(), value);
        return array;
    }

    private static void advance(int[] counter, int[] shape) {
        for (int k = counter.length - 1; k >= 0; k--) {
            if (++counter[k] < shape[k]) {
                return;
            }
            counter[k] = 0;
        }
    }

    /** The integer index arrays: one per leading axis of {@code a}. */
    private static NDArray[] indexArrays(Object indices) {
        NDArray[] arrays = switch (indices) {
            case NDArray one -> new NDArray[] {one};
            case NDArray[] many -> many.clone();
            case int[] ints -> new NDArray[] {dev.strides.ndarray.JavaArrays.array(
                    Arrays.stream(ints).asLongStream().toArray())};
            case long[] longs -> new NDArray[] {dev.strides.ndarray.JavaArrays.array(longs)};
            case Integer i -> new NDArray[] {dev.strides.ndarray.JavaArrays.array((long) i)};
            case Long l -> new NDArray[] {dev.strides.ndarray.JavaArrays.array(l)};
            case null, default -> throw new IllegalArgumentException("at: indices must be an"
                    + " integer array, int[], long[] or NDArray[] (one per axis), got " + indices);
        };
        for (NDArray i : arrays) {
            if (!i.dtype().isInteger()) {
                throw new IndexException(
                        "arrays used as indices must be of integer (or boolean) type");
            }
        }
        return arrays;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
