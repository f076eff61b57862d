package dev.strides.views;

import dev.strides.ndarray.NDArray;

/**
 * {@code a.diagonal(offset, axis1, axis2)}: the elements {@code a[..., i, i + offset, ...]} as a
 * <b>read-only view</b>. Stepping one place along a diagonal steps one place along both axes, so
 * the diagonal is a strided axis with stride {@code strides[axis1] + strides[axis2]}:
 *
 * <pre>{@code element i of the diagonal = offset0 + i * (strides[axis1] + strides[axis2])}</pre>
 *
 * <p>where {@code offset0}, the diagonal's start, is the array's offset plus
 * {@code offset * strides[axis2]} for an upper diagonal ({@code offset > 0}) or
 * {@code -offset * strides[axis1]} for a lower one. The two axes are removed
 * and the diagonal becomes the last axis. O(ndim), nothing copied. NumPy has returned a read-only
 * view since 1.9 so that code relying on it being a copy fails loudly instead of silently writing
 * into {@code a}; call {@code copy()} for a writable diagonal.
 */
public final class Diagonal {

    private Diagonal() {
    }

    /** {@code a.diagonal()}: the main diagonal of the first two axes. */
    public static NDArray diagonal(NDArray a) {
        return diagonal(a, 0, 0, 1);
    }

    /** {@code a.diagonal(offset)}: above the main diagonal for {@code offset > 0}, else below. */
    public static NDArray diagonal(NDArray a, int offset) {
        return diagonal(a, offset, 0, 1);
    }

    /**
     * {@code np.diagonal(a, offset, axis1, axis2)}: see the class comment. An offset beyond the
     * matrix gives an empty diagonal.
     *
     * @throws IllegalArgumentException {@code diag requires an array of at least two dimensions},
     *     {@code axis1 and axis2 cannot be the same}
     * @throws AxisException {@code axis1: axis 2 is out of bounds for array of dimension 2}
     */
    public static NDArray diagonal(NDArray a, int offset, int axis1, int axis2) {
        int n = a.ndim();
        if (n < 2) {
            throw new IllegalArgumentException("diag requires an array of at least two dimensions");
        }
        int i = AxisException.normalize(axis1, n, "axis1");
        int j = AxisException.normalize(axis2, n, "axis2");
        if (i == j) {
            throw new IllegalArgumentException("axis1 and axis2 cannot be the same");
        }
        // tag::diagonal[]
        long rows = a.shape(i) - (offset < 0 ? (long) -offset : 0);   // rows from the start on
        long cols = a.shape(j) - (offset > 0 ? (long) offset : 0);    // columns from it on
        long length = Math.max(0, Math.min(rows, cols));
        long start = a.offset();
        if (Math.min(rows, cols) >= 0) {               // NumPy stays put if it is off the matrix
            start += offset >= 0 ? offset * a.strides(j) : -(long) offset * a.strides(i);
        }
        int[] shape = new int[n - 1];
        long[] strides = new long[n - 1];
        for (int k = 0, m = 0; k < n; k++) {
            if (k != i && k != j) {
                shape[m] = a.shape(k);
                strides[m++] = a.strides(k);
            }
        }
        shape[n - 2] = (int) length;
        strides[n - 2] = a.strides(i) + a.strides(j);  // one step down and one step right
        NDArray view = a.stridedView(shape, strides, start);
        view.setWriteable(false);                      // read-only, as NumPy makes it
        return view;
        // end::diagonal[]
    }
}
