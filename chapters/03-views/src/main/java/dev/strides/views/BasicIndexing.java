package dev.strides.views;

import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;

import java.util.Arrays;

/**
 * Basic indexing: integers, slices, {@code None} and {@code ...} turn into a new shape, new
 * strides and a new byte offset over the same buffer — a <b>view</b>, made with
 * {@link NDArray#stridedView}, in O(ndim) time whatever the array's size. No element is read.
 *
 * <p>Per axis, with the axis's stride {@code s}:
 * <ul>
 *   <li>integer {@code i}: the offset moves by {@code i*s} and the axis disappears;</li>
 *   <li>slice {@code start:stop:step}: the offset moves by {@code start*s}, the axis keeps
 *       {@code count} elements with stride {@code step*s} (negative for a negative step);</li>
 *   <li>{@code None}: a new axis of length 1 with stride 0;</li>
 *   <li>{@code ...}: the axes it stands for are kept as they are.</li>
 * </ul>
 */
final class BasicIndexing {

    private BasicIndexing() {
    }

    /** Where a basic index points: the view's shape, strides and byte offset. */
    record Layout(int[] shape, long[] strides, long offset) {
    }

    /** The view selected by the basic parts of {@code index}. */
    static NDArray view(NDArray a, PreparedIndex index) {
        Layout v = layout(a, index);
        return a.stridedView(v.shape(), v.strides(), v.offset());
    }

    /**
     * The layout selected by the basic parts of {@code index} (NumPy's {@code
     * get_view_from_index}). Advanced parts are skipped: their axes are not in the view, which
     * is then the "subspace" an advanced index walks for each index tuple.
     */
    static Layout layout(NDArray a, PreparedIndex index) {
        int[] shape = a.shape();
        long[] strides = a.strides();
        int[] newShape = new int[index.parts.size() + shape.length];
        long[] newStrides = new long[newShape.length];
        int n = 0;                                     // axes of the view so far
        int axis = 0;                                  // axes of `a` consumed so far
        long offset = a.offset();
        // tag::basic-view[]
        for (PreparedIndex.Part p : index.parts) {
            switch (p.kind()) {
                case INTEGER -> {
                    int i = IndexException.normalize(p.value(), axis, shape[axis]);
                    offset += i * strides[axis++];
                }
                case SLICE -> {
                    Index.Range r = p.slice().indices(shape[axis]);
                    boolean empty = r.count() == 0;    // NumPy then keeps start 0, step 1
                    offset += (empty ? 0 : r.start()) * strides[axis];
                    newShape[n] = r.count();
                    newStrides[n++] = (empty ? 1 : r.step()) * strides[axis++];
                }
                case NEWAXIS -> newShape[n++] = 1;     // stride 0: never stepped
                case ELLIPSIS -> {
                    for (int k = 0; k < p.value(); k++, axis++, n++) {
                        newShape[n] = shape[axis];
                        newStrides[n] = strides[axis];
                    }
                }
                case FANCY -> axis++;                  // walked by the advanced index
                case ZERO_D_BOOL -> { }
            }
        }
        // end::basic-view[]
        return new Layout(Arrays.copyOf(newShape, n), Arrays.copyOf(newStrides, n), offset);
    }
}
