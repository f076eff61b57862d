package dev.strides.stridetricks;

import dev.strides.ndarray.NDArray;

import java.util.Objects;

/**
 * NumPy's {@code np.lib.stride_tricks.as_strided}: a <b>view</b> of {@code x}'s memory with any
 * shape and strides you choose. Element {@code (i0, ..., in)} of the result is read at byte
 *
 * <pre>{@code x.offset() + i0*strides[0] + ... + in*strides[n]}</pre>
 *
 * <p>of {@code x}'s buffer. Nothing is copied; cost O(ndim). Every other trick of this chapter
 * (sliding windows, rolling statistics, im2col) is one call to this method.
 *
 * <p><b>Why NumPy's can crash.</b> NumPy's {@code as_strided} builds the view from a raw
 * pointer and does not check the strides at all: {@code as_strided(np.zeros(3), shape=(10**6,))}
 * "works", and reading it returns whatever lies after the 24 bytes of the array (other objects,
 * freed memory) or ends the process with a segmentation fault when the addresses leave mapped
 * memory. Writing through such a view silently corrupts unrelated data. In Java this cannot
 * happen: the buffer is a {@code MemorySegment} whose every access is bounds-checked, and
 * {@link NDArray#stridedView} refuses any view that would reach a byte outside it. There is no
 * "unsafe" mode to ask for, and none is offered.
 *
 * <p><b>What "explicitly asked" means here.</b> A view inside the buffer can still reach
 * <i>outside {@code x}</i>: if {@code x} is {@code big[10:13]}, strides that walk past its three
 * elements read {@code big}'s other elements - valid memory, but not data {@code x} showed.
 * That is NumPy's garbage-read bug in its mildest form, so by default ({@link Reach#ARRAY}) the
 * view must stay within the bytes {@code x} itself spans. {@link Reach#BUFFER} is the explicit
 * escape: the view may reach anywhere in the shared buffer, still never past it.
 */
public final class AsStrided {

    /** How far a view made by {@link #asStrided} may reach. */
    public enum Reach {
        /** Only bytes that {@code x} itself spans (from its lowest to its highest element). */
        ARRAY,
        /** Any byte of the buffer {@code x} shares with its base; never beyond the buffer. */
        BUFFER
    }

    private AsStrided() {
    }

    /** {@code as_strided(x)}: a read-write view with {@code x}'s own shape and strides. */
    public static NDArray asStrided(NDArray x) {
        return asStrided(x, x.shape(), x.strides(), true, Reach.ARRAY);
    }

    /** {@code as_strided(x, shape, strides)}: writeable when {@code x} is, within {@code x}. */
    public static NDArray asStrided(NDArray x, int[] shape, long[] strides) {
        return asStrided(x, shape, strides, true, Reach.ARRAY);
    }

    /** {@code as_strided(x, shape, strides, writeable=...)}, within {@code x}. */
    public static NDArray asStrided(NDArray x, int[] shape, long[] strides, boolean writeable) {
        return asStrided(x, shape, strides, writeable, Reach.ARRAY);
    }

    /**
     * A view of {@code x}'s buffer with the given shape and byte strides, starting at
     * {@code x}'s first element. Writeable only when {@code writeable} is true <i>and</i>
     * {@code x} is; pass false unless you mean to write: several elements of a window view
     * share bytes, so one write changes many of them.
     *
     * @param shape   elements per axis of the view (null: {@code x.shape()})
     * @param strides bytes per step along each axis of the view (null: {@code x.strides()})
     * @param reach   {@link Reach#ARRAY} to stay within the bytes {@code x} spans,
     *                {@link Reach#BUFFER} to allow the rest of the shared buffer
     * @throws IllegalArgumentException when the view would reach bytes it may not
     */
    // tag::as-strided[]
    public static NDArray asStrided(NDArray x, int[] shape, long[] strides, boolean writeable,
                                    Reach reach) {
        Objects.requireNonNull(x, "x");
        int[] dims = shape == null ? x.shape() : NDArray.checkShape(shape);
        long[] steps = strides == null ? x.strides() : strides.clone();
        if (steps.length != dims.length) {
            throw new IllegalArgumentException("mismatch in length of strides and shape: strides "
                    + NDArray.tuple(steps) + ", shape " + NDArray.tuple(dims));
        }
        if (Objects.requireNonNull(reach, "reach") == Reach.ARRAY) {
            checkWithinArray(x, dims, steps);
        }
        NDArray view = x.stridedView(dims, steps, x.offset());  // checks the buffer bound
        if (!writeable) {
            view.setWriteable(false);
        }
        return view;
    }
    // end::as-strided[]

    /**
     * The first and one-past-last byte the elements of a (shape, strides, offset) layout
     * touch, or null when it has no elements: {@code offset + Σ min(0, (n_k - 1) s_k)} to
     * {@code offset + Σ max(0, (n_k - 1) s_k) + itemsize}.
     */
    public static long[] span(int[] shape, long[] strides, long offset, int itemsize) {
        long lo = offset;
        long hi = offset + itemsize;
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] == 0) {
                return null;
            }
            long reach = (shape[k] - 1L) * strides[k];
            if (reach < 0) {
                lo += reach;
            } else {
                hi += reach;
            }
        }
        return new long[] {lo, hi};
    }

    private static void checkWithinArray(NDArray x, int[] shape, long[] strides) {
        long[] view = span(shape, strides, x.offset(), x.itemsize());
        if (view == null) {
            return;
        }
        long[] own = span(x.shape(), x.strides(), x.offset(), x.itemsize());
        if (own == null || view[0] < own[0] || view[1] > own[1]) {
            String ownText = own == null ? "no bytes (it is empty)"
                    : "bytes [" + own[0] + ", " + own[1] + ")";
            throw new IllegalArgumentException("as_strided: a view of shape " + NDArray.tuple(shape)
                    + " and strides " + NDArray.tuple(strides) + " would reach bytes [" + view[0]
                    + ", " + view[1] + ") but x spans " + ownText + " of its buffer; NumPy"
                    + " would read memory x does not own there. Pass Reach.BUFFER to allow the"
                    + " rest of the shared buffer");
        }
    }
}
