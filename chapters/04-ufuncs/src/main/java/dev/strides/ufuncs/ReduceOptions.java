package dev.strides.ufuncs;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

/**
 * The keywords of {@code ufunc.reduce}: {@code axis}, {@code dtype}, {@code out},
 * {@code keepdims}, {@code initial}, {@code where}. Immutable; start from {@link #axis(int)},
 * {@link #axes(int...)} or {@link #all()}.
 *
 * @param axes     the axes to reduce; null means {@code axis=None}: all of them
 * @param keepdims keep the reduced axes as length 1, so the result broadcasts against the input
 * @param initial  the value to start from (a Java scalar) instead of the identity, or null
 * @param where    a bool array broadcast against the input: only its true elements take part
 * @param dtype    the type to reduce in, or null (NumPy: add/multiply of ints in int64)
 * @param out      the array to reduce into, or null to allocate
 */
public record ReduceOptions(int[] axes, boolean keepdims, Object initial, NDArray where,
                            DType dtype, NDArray out) {

    public ReduceOptions {
        axes = axes == null ? null : axes.clone();
    }

    @Override
    public int[] axes() {
        return axes == null ? null : axes.clone();
    }

    /** {@code axis=k}. */
    public static ReduceOptions axis(int axis) {
        return new ReduceOptions(new int[] {axis}, false, null, null, null, null);
    }

    /** {@code axis=(k1, k2, ...)}; null is {@code axis=None}. */
    public static ReduceOptions axes(int... axes) {
        return new ReduceOptions(axes, false, null, null, null, null);
    }

    /** {@code axis=None}: every axis. */
    public static ReduceOptions all() {
        return new ReduceOptions(null, false, null, null, null, null);
    }

    public ReduceOptions keepdims(boolean keep) {
        return new ReduceOptions(axes, keep, initial, where, dtype, out);
    }

    public ReduceOptions initial(Object value) {
        return new ReduceOptions(axes, keepdims, value, where, dtype, out);
    }

    public ReduceOptions where(NDArray mask) {
        return new ReduceOptions(axes, keepdims, initial, mask, dtype, out);
    }

    public ReduceOptions dtype(DType type) {
        return new ReduceOptions(axes, keepdims, initial, where, type, out);
    }

    public ReduceOptions out(NDArray array) {
        return new ReduceOptions(axes, keepdims, initial, where, dtype, array);
    }
}
