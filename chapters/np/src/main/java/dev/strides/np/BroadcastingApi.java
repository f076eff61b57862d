package dev.strides.np;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.broadcasting.Meshgrid;
import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.NDArray;

/**
 * The layer of {@link np} for chapter 02 (dev.strides.broadcasting): {@code broadcastShapes},
 * {@code broadcastTo}, {@code broadcastArrays}, {@code broadcast}, {@code meshgrid}, {@code ogrid}
 * and {@code mgrid}.
 *
 * <p>Forwards to {@link Broadcasting}, {@link MultiIterator} and {@link Meshgrid}. Extends
 * {@link NdarrayApi}; {@link np} explains the chain.
 */
public abstract class BroadcastingApi extends NdarrayApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    BroadcastingApi() {
    }

    // ---- chapter 02: broadcasting (dev.strides.broadcasting) -----------------------------------

    /** {@code np.broadcast_shapes(*shapes)}: {@link Broadcasting#broadcastShapes}. */
    public static int[] broadcastShapes(int[]... shapes) {
        return Broadcasting.broadcastShapes(shapes);
    }

    /** {@code np.broadcast_to(a, shape)}: a read-only view with zero strides on stretched axes. */
    public static NDArray broadcastTo(NDArray a, int... shape) {
        return Broadcasting.broadcastTo(a, shape);
    }

    /** {@code np.broadcast_arrays(*arrays)}: {@link Broadcasting#broadcastArrays}. */
    public static NDArray[] broadcastArrays(NDArray... arrays) {
        return Broadcasting.broadcastArrays(arrays);
    }

    /**
     * {@code np.broadcast(*arrays)}: the arrays' common shape and a lockstep walk over it,
     * {@link MultiIterator#of(NDArray...)} ({@code .shape()}, {@code .size()}, {@code .ndim()}).
     */
    public static MultiIterator broadcast(NDArray... arrays) {
        return MultiIterator.of(arrays);
    }

    /** {@code np.meshgrid(*xi)}: dense copies, {@code indexing='xy'}; {@link Meshgrid}. */
    public static NDArray[] meshgrid(NDArray... xi) {
        return Meshgrid.meshgrid(xi);
    }

    /** {@code np.meshgrid(*xi, indexing=..., sparse=..., copy=...)}; {@link Meshgrid}. */
    public static NDArray[] meshgrid(NDArray[] xi, String indexing, boolean sparse, boolean copy) {
        return Meshgrid.meshgrid(xi, indexing, sparse, copy);
    }

    /** {@code np.ogrid[0:3, 0:4]} is {@code np.ogrid(np.arange(3), np.arange(4))}: sparse 'ij' grids. */
    public static NDArray[] ogrid(NDArray... axes) {
        return Meshgrid.ogrid(axes);
    }

    /** {@code np.mgrid[0:3, 0:4]} is {@code np.mgrid(np.arange(3), np.arange(4))}: stacked dense grids. */
    public static NDArray mgrid(NDArray... axes) {
        return Meshgrid.mgrid(axes);
    }
}
