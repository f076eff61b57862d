package dev.strides.ufuncs;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ShapeException;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code np.apply_along_axis} and {@code np.apply_over_axes}: a Java function applied to
 * 1-d slices, or to the whole array once per axis.
 *
 * <p>{@code applyAlongAxis(f, axis, a)} calls {@code f} on every 1-d slice
 * {@code a[i, ..., :, ..., k]} along {@code axis} (each a <b>view</b>, in C order of the other
 * indices). The first result fixes the result's dtype and the shape {@code r} that replaces the
 * axis: the result has shape {@code a.shape[:axis] + r + a.shape[axis+1:]} (a scalar result
 * removes the axis). It is a Python-level loop in NumPy and a Java loop here: one call per
 * slice. Prefer a ufunc or a reduction with {@code axis=} whenever one exists.
 */
public final class AlongAxis {

    private AlongAxis() {
    }

    // tag::apply-along-axis[]
    public static NDArray applyAlongAxis(Function<NDArray, Object> f, int axis, NDArray a) {
        int k = Reduction.checkAxis(axis, a.ndim());
        int[] outer = a.shape();
        outer[k] = 1;
        long[] outerStrides = a.strides();
        outerStrides[k] = 0;
        NDArray starts = a.stridedView(outer, outerStrides, a.offset());  // one element per slice
        int[] line = {a.shape(k)};
        long[] lineStride = {a.strides(k)};
        NDArray[] result = {null};
        long[] done = {0};
        MultiIterator.of(starts).forEachElement(at -> {
            NDArray r = UfuncCall.asArray(f.apply(a.stridedView(line, lineStride, at[0])));
            if (result[0] == null) {
                int[] shape = resultShape(a.shape(), k, r.shape());
                result[0] = NDArray.allocate(r.dtype(), shape, Order.C);   // the first fixes it
            }
            store(result[0], k, r, done[0]++, outer);
        });
        if (result[0] == null) {
            throw new IllegalArgumentException(
                    "Cannot apply_along_axis when any iteration dimensions are 0");
        }
        return result[0];
    }
    // end::apply-along-axis[]

    private static int[] resultShape(int[] shape, int axis, int[] r) {
        int[] out = new int[shape.length - 1 + r.length];
        System.arraycopy(shape, 0, out, 0, axis);
        System.arraycopy(r, 0, out, axis, r.length);
        System.arraycopy(shape, axis + 1, out, axis + r.length, shape.length - axis - 1);
        return out;
    }

    /**
     * Writes result {@code r} of slice number {@code n} (C order over {@code outer}) into place.
     */
    private static void store(NDArray result, int axis, NDArray r, long n, int[] outer) {
        int[] index = new int[outer.length];
        long rest = n;
        for (int d = outer.length - 1; d >= 0; d--) {
            index[d] = (int) (rest % outer[d]);
            rest /= outer[d];
        }
        long offset = result.offset();
        int[] shape = result.shape();
        long[] strides = result.strides();
        for (int d = 0, j = 0; d < outer.length; d++) {
            if (d == axis) {
                j += r.ndim();
                continue;
            }
            offset += index[d] * strides[j++];
        }
        int[] sub = Arrays.copyOfRange(shape, axis, axis + r.ndim());
        long[] subStrides = Arrays.copyOfRange(strides, axis, axis + r.ndim());
        NDArray target = result.stridedView(sub, subStrides, offset);
        if (!Arrays.equals(r.shape(), sub)) {
            throw new ShapeException("could not broadcast input array from shape "
                    + NDArray.tuple(r.shape()) + " into shape " + NDArray.tuple(sub));
        }
        UfuncCall.copyInto(r, target, null);
    }

    /**
     * {@code np.apply_over_axes(func, a, axes)}: {@code a = func(a, axis)} for each axis in turn;
     * a result with one dimension fewer gets the axis back as length 1, so the final result has
     * {@code a}'s number of dimensions ({@code apply_over_axes(np.sum, a, [0, 2])} keeps them).
     */
    // tag::apply-over-axes[]
    public static NDArray applyOverAxes(BiFunction<NDArray, Integer, NDArray> func, NDArray a,
                                        int... axes) {
        NDArray value = a;
        for (int axis : axes) {
            int k = Reduction.checkAxis(axis, a.ndim());
            NDArray r = func.apply(value, k);
            if (r.ndim() == value.ndim() - 1) {
                int[] shape = new int[value.ndim()];
                long[] strides = new long[value.ndim()];
                for (int d = 0, j = 0; d < shape.length; d++) {
                    shape[d] = d == k ? 1 : r.shape(j);
                    strides[d] = d == k ? 0 : r.strides(j++);
                }
                r = r.stridedView(shape, strides, r.offset());       // expand_dims: a view
            } else if (r.ndim() != value.ndim()) {
                throw new IllegalArgumentException("function is not returning an array of the"
                        + " correct shape");
            }
            value = r;
        }
        return value;
    }
    // end::apply-over-axes[]
}
