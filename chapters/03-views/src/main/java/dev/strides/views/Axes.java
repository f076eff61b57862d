package dev.strides.views;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rearranging axes: {@code transpose}, {@code swapaxes}, {@code moveaxis}, {@code rollaxis},
 * {@code squeeze}, {@code expand_dims}. Every one returns a <b>view</b> in O(ndim): it permutes,
 * drops or inserts (length, stride) pairs and copies no element.
 *
 * <p>A transpose does not move data, so it changes which axis is contiguous: the transpose of a
 * C-ordered matrix is F-ordered ({@code (3, 4)} float64 with strides {@code (32, 8)} becomes
 * {@code (4, 3)} with strides {@code (8, 32)}), and reading it row by row jumps through memory.
 */
public final class Axes {

    private Axes() {
    }

    /** {@code a.T}, {@code np.transpose(a)}: the axes in reverse order. */
    public static NDArray transpose(NDArray a) {
        int n = a.ndim();
        int[] reversed = new int[n];
        for (int k = 0; k < n; k++) {
            reversed[k] = n - 1 - k;
        }
        return permute(a, reversed);
    }

    /**
     * {@code np.transpose(a, axes)}: axis {@code k} of the result is axis {@code axes[k]} of
     * {@code a}, with its length and stride. Negative axes count from the end.
     *
     * @throws IllegalArgumentException {@code axes don't match array} when {@code axes} is not
     *     one entry per axis, {@code repeated axis in transpose}
     * @throws AxisException for an axis outside the array
     */
    // tag::transpose[]
    public static NDArray transpose(NDArray a, int... axes) {
        int n = a.ndim();
        if (axes.length != n) {
            throw new IllegalArgumentException("axes don't match array");
        }
        int[] perm = new int[n];
        boolean[] seen = new boolean[n];
        for (int k = 0; k < n; k++) {
            perm[k] = AxisException.normalize(axes[k], n);
            if (seen[perm[k]]) {
                throw new IllegalArgumentException("repeated axis in transpose");
            }
            seen[perm[k]] = true;
        }
        return permute(a, perm);
    }
    // end::transpose[]

    // tag::permute[]
    /** The view with axis {@code k} taken from axis {@code perm[k]}: lengths and strides move. */
    static NDArray permute(NDArray a, int[] perm) {
        int[] shape = new int[perm.length];
        long[] strides = new long[perm.length];
        for (int k = 0; k < perm.length; k++) {
            shape[k] = a.shape(perm[k]);
            strides[k] = a.strides(perm[k]);
        }
        return a.stridedView(shape, strides, a.offset());
    }
    // end::permute[]

    /** {@code np.swapaxes(a, axis1, axis2)}: those two axes exchanged. */
    public static NDArray swapaxes(NDArray a, int axis1, int axis2) {
        int n = a.ndim();
        int i = AxisException.normalize(axis1, n, "axis1");
        int j = AxisException.normalize(axis2, n, "axis2");
        int[] perm = identity(n);
        perm[i] = j;
        perm[j] = i;
        return permute(a, perm);
    }

    /**
     * {@code np.moveaxis(a, source, destination)}: each {@code source[k]} axis ends up at position
     * {@code destination[k]}; the other axes keep their relative order.
     *
     * @throws AxisException {@code source: axis 3 is out of bounds for array of dimension 3}
     * @throws IllegalArgumentException for repeated axes or lists of different lengths
     */
    public static NDArray moveaxis(NDArray a, int[] source, int[] destination) {
        int n = a.ndim();
        int[] src = AxisException.normalizeAll(source, n, "source",
                "repeated axis in `source` argument");
        int[] dst = AxisException.normalizeAll(destination, n, "destination",
                "repeated axis in `destination` argument");
        if (src.length != dst.length) {
            throw new IllegalArgumentException("`source` and `destination` arguments must have the"
                    + " same number of elements");
        }
        // tag::moveaxis[]
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            final int axis = k;
            if (Arrays.stream(src).noneMatch(s -> s == axis)) {
                order.add(k);                          // axes that stay, in order
            }
        }
        Integer[] byDestination = new Integer[src.length];
        for (int k = 0; k < src.length; k++) {
            byDestination[k] = k;
        }
        Arrays.sort(byDestination, (x, y) -> Integer.compare(dst[x], dst[y]));
        for (int k : byDestination) {
            order.add(dst[k], src[k]);                 // insert, lowest destination first
        }
        return permute(a, order.stream().mapToInt(Integer::intValue).toArray());
    }
    // end::moveaxis[]

    /** {@code np.moveaxis(a, source, destination)} for one axis. */
    public static NDArray moveaxis(NDArray a, int source, int destination) {
        return moveaxis(a, new int[] {source}, new int[] {destination});
    }

    /**
     * {@code np.rollaxis(a, axis, start)}: the older spelling of {@link #moveaxis}. The axis is
     * moved to sit <b>before</b> the axis that is at position {@code start} now — so rolling an
     * axis forward lands it at {@code start - 1} ({@code rollaxis(a, 0, 3)} on 3-d is
     * {@code moveaxis(a, 0, 2)}). {@code start} may be {@code ndim}.
     *
     * @throws AxisException {@code 'start' arg requires -3 <= start < 4, but 4 was passed in}
     */
    // tag::rollaxis[]
    public static NDArray rollaxis(NDArray a, int axis, int start) {
        int n = a.ndim();
        int ax = AxisException.normalize(axis, n);
        int st = start < 0 ? start + n : start;
        if (st < 0 || st >= n + 1) {
            throw new AxisException("'start' arg requires " + -n + " <= start < " + (n + 1)
                    + ", but " + st + " was passed in");
        }
        if (ax < st) {
            st--;                                      // counted with the axis removed
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (k != ax) {
                order.add(k);
            }
        }
        order.add(st, ax);
        return permute(a, order.stream().mapToInt(Integer::intValue).toArray());
    }
    // end::rollaxis[]

    /** {@code np.rollaxis(a, axis)}: the axis moved to the front. */
    public static NDArray rollaxis(NDArray a, int axis) {
        return rollaxis(a, axis, 0);
    }

    // tag::squeeze[]
    /**
     * {@code np.squeeze(a)}: every length-1 axis removed (their strides never mattered). Returns
     * {@code a} itself when there is none, as NumPy does.
     */
    public static NDArray squeeze(NDArray a) {
        boolean[] drop = new boolean[a.ndim()];
        boolean any = false;
        for (int k = 0; k < drop.length; k++) {
            drop[k] = a.shape(k) == 1;
            any |= drop[k];
        }
        return any ? removeAxes(a, drop) : a;
    }
    // end::squeeze[]

    /**
     * {@code np.squeeze(a, axis)}: only the named axes removed.
     *
     * @throws ShapeException {@code cannot select an axis to squeeze out which has size not
     *     equal to one}
     * @throws IllegalArgumentException {@code duplicate value in 'axis'}
     */
    public static NDArray squeeze(NDArray a, int... axes) {
        boolean[] drop = new boolean[a.ndim()];
        for (int axis : axes) {
            int k = AxisException.normalize(axis, a.ndim());
            if (drop[k]) {
                throw new IllegalArgumentException("duplicate value in 'axis'");
            }
            drop[k] = true;
        }
        boolean any = false;
        for (int k = 0; k < drop.length; k++) {
            if (drop[k] && a.shape(k) != 1) {
                throw new ShapeException("cannot select an axis to squeeze out which has size not"
                        + " equal to one");
            }
            any |= drop[k];
        }
        return any ? removeAxes(a, drop) : a;
    }

    private static NDArray removeAxes(NDArray a, boolean[] drop) {
        List<Integer> keep = new ArrayList<>();
        for (int k = 0; k < drop.length; k++) {
            if (!drop[k]) {
                keep.add(k);
            }
        }
        return permute(a, keep.stream().mapToInt(Integer::intValue).toArray());
    }

    // tag::expand-dims[]
    /**
     * {@code np.expand_dims(a, axis)}: length-1 axes inserted so that they sit at positions
     * {@code axes} of the result (counted in the result's dimensions). As in NumPy this is a
     * {@link Reshape#reshape} to the longer shape — always a view, since only 1s are added.
     *
     * @throws AxisException {@code axis 5 is out of bounds for array of dimension 4}
     * @throws IllegalArgumentException {@code repeated axis}
     */
    public static NDArray expandDims(NDArray a, int... axes) {
        int outNdim = a.ndim() + axes.length;
        int[] at = AxisException.normalizeAll(axes, outNdim, null, "repeated axis");
        int[] shape = new int[outNdim];
        int next = 0;
        for (int k = 0; k < outNdim; k++) {
            final int axis = k;
            shape[k] = Arrays.stream(at).anyMatch(x -> x == axis) ? 1 : a.shape(next++);
        }
        return Reshape.reshape(a, shape);
    }
    // end::expand-dims[]

    private static int[] identity(int n) {
        int[] r = new int[n];
        for (int k = 0; k < n; k++) {
            r[k] = k;
        }
        return r;
    }
}
