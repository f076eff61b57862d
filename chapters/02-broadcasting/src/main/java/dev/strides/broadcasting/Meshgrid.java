package dev.strides.broadcasting;

import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Objects;

/**
 * Coordinate grids from coordinate vectors: NumPy's {@code np.meshgrid}, {@code np.ogrid} and
 * {@code np.mgrid}, all three being broadcasting in disguise.
 *
 * <p>Vector {@code i} is laid along axis {@code i} of an n-d shape with length 1 everywhere else
 * (a view, no copy): for {@code x} of length 4 and {@code y} of length 3, {@code x} becomes
 * shape {@code (1, 4)} and {@code y} shape {@code (3, 1)}. Those <b>sparse</b> grids already
 * broadcast against each other, so {@code f(xs, ys)} evaluates {@code f} on all 12 points while
 * storing 7 numbers. The <b>dense</b> grids are the same vectors broadcast to the full
 * {@code (3, 4)} shape: read-only views with stride 0 along the other axes, or (NumPy's
 * default, {@code copy=true}) contiguous copies of them.
 *
 * <p>{@code indexing='xy'} (the default, as in Matlab and plotting) swaps the first two axes, so
 * x varies along columns: {@code X[row, col] == x[col]}. {@code indexing='ij'} keeps the
 * matrix order: {@code X[i, j] == x[i]}.
 */
public final class Meshgrid {

    private Meshgrid() {
    }

    /** {@code np.meshgrid(*xi)}: dense copies, {@code indexing='xy'}. */
    public static NDArray[] meshgrid(NDArray... xi) {
        return meshgrid(xi, "xy", false, true);
    }

    /**
     * {@code np.meshgrid(*xi, indexing=indexing, sparse=sparse, copy=copy)}. Each input is
     * flattened (a view when it can be). Sparse grids are views of the inputs (copies if
     * {@code copy}); dense ones are read-only broadcast views, or C-ordered copies if {@code copy}.
     *
     * @throws IllegalArgumentException {@code Valid values for `indexing` are 'xy' and 'ij'.}
     */
    // tag::meshgrid[]
    public static NDArray[] meshgrid(NDArray[] xi, String indexing, boolean sparse, boolean copy) {
        if (!"xy".equals(indexing) && !"ij".equals(indexing)) {
            throw new IllegalArgumentException("Valid values for `indexing` are 'xy' and 'ij'.");
        }
        int n = xi.length;
        NDArray[] grids = new NDArray[n];
        for (int i = 0; i < n; i++) {
            int axis = i;
            if ("xy".equals(indexing) && n > 1 && i < 2) {
                axis = 1 - i;                           // x along columns, y along rows
            }
            grids[i] = alongAxis(flat(Objects.requireNonNull(xi[i], "xi[" + i + "]")), axis, n);
        }
        if (!sparse) {
            grids = Broadcasting.broadcastArrays(grids);
        }
        if (copy) {
            for (int i = 0; i < n; i++) {
                grids[i] = grids[i].copy();
            }
        }
        return grids;
    }
    // end::meshgrid[]

    /**
     * {@code np.ogrid[...]}-like: the sparse {@code 'ij'} grids of the given coordinate vectors,
     * as new arrays. {@code np.ogrid[0:3, 0:4]} is {@code ogrid(arange(3), arange(4))}:
     * shapes {@code (3, 1)} and {@code (1, 4)}.
     */
    public static NDArray[] ogrid(NDArray... axes) {
        return meshgrid(axes, "ij", true, true);
    }

    /**
     * {@code np.mgrid[...]}-like: the dense {@code 'ij'} grids stacked into one new array of
     * shape {@code (n, len0, len1, ...)} and the operands' result dtype.
     * {@code np.mgrid[0:3, 0:4]} is {@code mgrid(arange(3), arange(4))}, shape {@code (2, 3, 4)}.
     */
    public static NDArray mgrid(NDArray... axes) {
        NDArray[] grids = meshgrid(axes, "ij", false, false);
        int n = grids.length;
        DType type = n == 0 ? DType.FLOAT64 : Casting.resultType((Object[]) grids);
        int[] gridShape = n == 0 ? new int[] {0} : grids[0].shape();
        int[] shape = new int[gridShape.length + 1];
        shape[0] = n;
        System.arraycopy(gridShape, 0, shape, 1, gridShape.length);
        NDArray out = NDArray.allocate(type, shape, Order.C);
        long[] strides = out.strides();
        long[] inner = Arrays.copyOfRange(strides, 1, strides.length);
        for (int i = 0; i < n; i++) {
            NDArray slot = out.stridedView(gridShape, inner, i * strides[0]);   // out[i]
            copyInto(grids[i], slot);
        }
        return out;
    }

    /** {@code dst[...] = src} for arrays of one shape, converting the dtype element by element. */
    private static void copyInto(NDArray src, NDArray dst) {
        MemorySegment from = src.buffer();
        MemorySegment to = dst.buffer();
        DType ts = src.dtype();
        DType td = dst.dtype();
        MultiIterator.withOutputs(new NDArray[] {src}, dst)
                .forEachElement(at -> Elements.convert(from, at[0], ts, to, at[1], td));
    }

    /**
     * {@code x.reshape(-1)}: a view when the elements are evenly spaced in memory (for every
     * axis longer than 1, its stride is the next such axis's length times its stride), else a
     * C-ordered copy.
     */
    static NDArray flat(NDArray x) {
        if (x.ndim() == 1) {
            return x;
        }
        long step = x.itemsize();
        boolean even = true;
        int[] shape = x.shape();
        long[] strides = x.strides();
        long expected = -1;                             // unknown until an axis longer than 1
        for (int k = shape.length - 1; k >= 0; k--) {
            if (shape[k] == 1) {
                continue;
            }
            if (expected == -1) {
                step = strides[k];
            } else if (strides[k] != expected) {
                even = false;
            }
            expected = strides[k] * shape[k];
        }
        if (!even || x.size() == 0) {
            NDArray copy = x.copy();
            return copy.stridedView(new int[] {(int) copy.size()}, new long[] {copy.itemsize()}, 0);
        }
        return x.stridedView(new int[] {(int) x.size()}, new long[] {step}, x.offset());
    }

    // tag::along-axis[]
    /**
     * A 1-d {@code v} as an n-d view with its elements along {@code axis} and length 1 elsewhere:
     * {@code v.reshape(1, ..., -1, ..., 1)}. A length-1 axis is never stepped, so its stride is
     * free; NumPy's reshape gives the axes after {@code axis} the vector's stride and those
     * before it the vector's whole extent, and so does this.
     */
    static NDArray alongAxis(NDArray v, int axis, int ndim) {
        int[] shape = new int[ndim];
        long[] strides = new long[ndim];
        for (int k = 0; k < ndim; k++) {
            shape[k] = k == axis ? v.shape(0) : 1;
            strides[k] = k < axis ? v.strides(0) * v.shape(0) : v.strides(0);
        }
        return v.stridedView(shape, strides, v.offset());
    }
    // end::along-axis[]
}
