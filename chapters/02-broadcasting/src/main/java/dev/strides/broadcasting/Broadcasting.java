package dev.strides.broadcasting;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;

import java.util.Arrays;
import java.util.Objects;

/**
 * NumPy's broadcasting rules: which shapes combine, into what shape, and how an array is
 * stretched to it <b>without copying</b>.
 *
 * <p>The rule, applied to the shapes aligned at their <b>trailing</b> axes (a missing leading axis
 * counts as length 1): along every axis the lengths must be equal, or one of them must be 1. The
 * result takes the longer length. A length-1 axis is "stretched" by giving it stride 0, so every
 * index along it reads the same bytes: element {@code (i, j)} of a {@code (3,)} vector broadcast
 * to {@code (4, 3)} lives at {@code offset + i*0 + j*strides[0]}.
 *
 * <p>Cost: shape arithmetic is O(number of shapes × ndim); a broadcast view costs O(ndim) and
 * never touches the elements.
 */
public final class Broadcasting {

    private Broadcasting() {
    }

    /**
     * The shape that all {@code shapes} broadcast to: NumPy's {@code np.broadcast_shapes}.
     * {@code broadcastShapes([3, 1], [4])} is {@code [3, 4]}; no shapes give {@code []}.
     *
     * @throws ShapeException when two shapes disagree on an axis where neither is 1, naming the
     *     first pair that clashes, as NumPy does
     */
    // tag::broadcast-shapes[]
    public static int[] broadcastShapes(int[]... shapes) {
        int ndim = 0;
        for (int[] s : shapes) {
            ndim = Math.max(ndim, NDArray.checkShape(s).length);
        }
        int[] result = new int[ndim];
        for (int k = 0; k < ndim; k++) {
            result[k] = 1;
            int setBy = -1;                          // the shape that fixed result[k]
            for (int j = 0; j < shapes.length; j++) {
                int axis = k - (ndim - shapes[j].length);   // align trailing axes
                if (axis < 0 || shapes[j][axis] == 1) {
                    continue;                        // missing or length 1: stretches
                }
                if (result[k] == 1) {
                    result[k] = shapes[j][axis];
                    setBy = j;
                } else if (result[k] != shapes[j][axis]) {
                    throw mismatch(shapes, setBy, j);
                }
            }
        }
        return result;
    }
    // end::broadcast-shapes[]

    private static ShapeException mismatch(int[][] shapes, int first, int second) {
        return new ShapeException("shape mismatch: objects cannot be broadcast to a single shape."
                + "  Mismatch is between arg " + first + " with shape "
                + NDArray.tuple(shapes[first]) + " and arg " + second + " with shape "
                + NDArray.tuple(shapes[second]) + ".");
    }

    // tag::broadcast-strides[]
    /**
     * The strides that make an array of {@code shape}/{@code strides} look like an array of
     * {@code target}: NumPy's rule as its iterator applies it. New leading axes and every
     * length-1 axis get stride 0 (one element seen again and again); other axes keep theirs.
     * Returns null when the shapes do not broadcast (the caller words the error).
     */
    static long[] stridesFor(int[] shape, long[] strides, int[] target) {
        int lead = target.length - shape.length;
        if (lead < 0) {
            return null;
        }
        long[] result = new long[target.length];     // leading axes: stride 0
        for (int j = 0; j < shape.length; j++) {
            if (shape[j] == 1) {
                result[lead + j] = 0;                // stretched (or just never stepped)
            } else if (shape[j] == target[lead + j]) {
                result[lead + j] = strides[j];
            } else {
                return null;
            }
        }
        return result;
    }
    // end::broadcast-strides[]

    /**
     * {@code a} seen with shape {@code shape}: NumPy's {@code np.broadcast_to}. A <b>read-only
     * view</b> over the same buffer: stretched axes have stride 0, no byte is copied, and any
     * write through it fails with {@code assignment destination is read-only} (several indices
     * share one element, so a write would change them all).
     *
     * @throws ShapeException {@code cannot broadcast a non-scalar to a scalar array} for
     *     {@code shape = ()}, {@code all elements of broadcast shape must be non-negative}, or
     *     NumPy's iterator message when the shapes do not broadcast
     */
    // tag::broadcast-to[]
    public static NDArray broadcastTo(NDArray a, int... shape) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(shape, "shape");
        if (shape.length == 0 && a.ndim() > 0) {
            throw new ShapeException("cannot broadcast a non-scalar to a scalar array");
        }
        for (int d : shape) {
            if (d < 0) {
                throw new ShapeException("all elements of broadcast shape must be non-negative");
            }
        }
        if (a.ndim() > shape.length) {
            throw new ShapeException("input operand has more dimensions than allowed by the axis"
                    + " remapping");
        }
        long[] strides = stridesFor(a.shape(), a.strides(), shape);
        if (strides == null) {
            throw new ShapeException(remappedMessage(shape, a));
        }
        return readOnlyView(a, shape, strides);
    }
    // end::broadcast-to[]

    /**
     * Every array broadcast to the common shape: NumPy's {@code np.broadcast_arrays}. An array
     * that already has that shape is returned itself; the others become <b>read-only views</b>
     * as from {@link #broadcastTo}. (NumPy still hands these out writeable with a deprecation
     * warning on write and announces read-only for the future; Strides takes the future.)
     *
     * @throws ShapeException with {@link #broadcastShapes}'s message when the shapes clash
     */
    public static NDArray[] broadcastArrays(NDArray... arrays) {
        int[][] shapes = new int[arrays.length][];
        for (int k = 0; k < arrays.length; k++) {
            shapes[k] = Objects.requireNonNull(arrays[k], "arrays[" + k + "]").shape();
        }
        int[] shape = broadcastShapes(shapes);
        NDArray[] result = new NDArray[arrays.length];
        for (int k = 0; k < arrays.length; k++) {
            long[] strides = stridesFor(shapes[k], arrays[k].strides(), shape);
            result[k] = Arrays.equals(shapes[k], shape) ? arrays[k]
                    : readOnlyView(arrays[k], shape, strides);
        }
        return result;
    }

    /**
     * {@code value} prepared to be assigned into an array of {@code shape}, as NumPy's
     * {@code dst[...] = value} and {@code np.copyto} prepare it: leading length-1 axes of
     * {@code value} are dropped (so {@code (1, 1, 3)} fits {@code (3,)}), then it is broadcast.
     * A read-only view; nothing is copied.
     *
     * @throws ShapeException {@code could not broadcast input array from shape (4,) into shape
     *     (3,)}
     */
    public static NDArray broadcastForAssignment(NDArray value, int... shape) {
        int[] vs = value.shape();
        long[] vst = value.strides();
        int drop = 0;
        while (vs.length - drop > shape.length && vs[drop] == 1) {
            drop++;
        }
        int[] kept = Arrays.copyOfRange(vs, drop, vs.length);
        long[] keptStrides = Arrays.copyOfRange(vst, drop, vst.length);
        long[] strides = stridesFor(kept, keptStrides, shape);
        if (strides == null) {
            throw new ShapeException("could not broadcast input array from shape "
                    + compactShape(vs) + " into shape " + compactShape(shape));
        }
        return readOnlyView(value, shape, strides);
    }

    static NDArray readOnlyView(NDArray a, int[] shape, long[] strides) {
        NDArray view = a.stridedView(shape, strides, a.offset());
        view.setWriteable(false);
        return view;
    }

    /**
     * A shape as NumPy's C code spells it in iterator messages: {@code (2,3)}, {@code (3,)},
     * {@code ()} — no spaces, unlike Python's tuple {@code (2, 3)}.
     */
    public static String compactShape(int[] shape) {
        if (shape.length == 0) {
            return "()";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            sb.append(k == 0 ? "" : ",").append(shape[k]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** NumPy's iterator message for operands that clash with each other (note the final space). */
    static String operandsMessage(NDArray... operands) {
        StringBuilder sb = new StringBuilder("operands could not be broadcast together with"
                + " shapes ");
        for (NDArray op : operands) {
            sb.append(compactShape(op.shape())).append(' ');
        }
        return sb.toString();
    }

    /** NumPy's iterator message when operands do not fit a requested shape. */
    static String remappedMessage(int[] shape, NDArray... operands) {
        StringBuilder sb = new StringBuilder("operands could not be broadcast together with"
                + " remapped shapes [original->remapped]: ");
        for (NDArray op : operands) {
            sb.append(compactShape(op.shape())).append(' ');
        }
        return sb.append(" and requested shape ").append(compactShape(shape)).toString();
    }
}
