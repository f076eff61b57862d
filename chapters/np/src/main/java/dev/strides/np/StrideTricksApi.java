package dev.strides.np;

import dev.strides.ndarray.NDArray;

/**
 * The layer of {@link np} for chapter 05 (dev.strides.stridetricks): the nested namespace
 * {@code np.lib.strideTricks} ({@code asStrided}, {@code slidingWindowView}). A nested class is a
 * member too: {@code np.lib} reaches it through {@code np}'s superclasses, like any inherited
 * static member.
 *
 * <p>Extends {@link UfuncToolsApi}; {@link np} explains the chain.
 */
public abstract class StrideTricksApi extends UfuncToolsApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    StrideTricksApi() {
    }

    // ---- chapter 05: np.lib.strideTricks and layout tools (dev.strides.stridetricks) -----------

    /**
     * {@code numpy.lib}: only its {@code stride_tricks} module lives here, as
     * {@link lib.strideTricks}.
     */
    @SuppressWarnings({"checkstyle:TypeName", "java:S101"})
    public static final class lib {

        private lib() {
        }

        /**
         * {@code numpy.lib.stride_tricks}: {@code as_strided} and {@code sliding_window_view}.
         * Forwards to {@code dev.strides.stridetricks}: AsStrided, SlidingWindows.
         */
        @SuppressWarnings({"checkstyle:TypeName", "java:S101"})
        public static final class strideTricks {

            private strideTricks() {
            }

            /** {@code as_strided(x)}: a view with x's own shape and strides. */
            public static NDArray asStrided(NDArray x) {
                return dev.strides.stridetricks.AsStrided.asStrided(x);
            }

            /** {@code as_strided(x, shape, strides)}; refuses to reach outside x. */
            public static NDArray asStrided(NDArray x, int[] shape, long[] strides) {
                return dev.strides.stridetricks.AsStrided.asStrided(x, shape, strides);
            }

            /** {@code as_strided(x, shape, strides, writeable=writeable)}. */
            public static NDArray asStrided(NDArray x, int[] shape, long[] strides,
                                            boolean writeable) {
                return dev.strides.stridetricks.AsStrided.asStrided(x, shape, strides, writeable);
            }

            /** As above, with an explicit reach (the rest of x's buffer, never beyond it). */
            public static NDArray asStrided(NDArray x, int[] shape, long[] strides,
                                            boolean writeable,
                                            dev.strides.stridetricks.AsStrided.Reach reach) {
                return dev.strides.stridetricks.AsStrided.asStrided(x, shape, strides, writeable,
                        reach);
            }

            /** {@code sliding_window_view(x, window_shape)}: one window size per axis. */
            public static NDArray slidingWindowView(NDArray x, int... windowShape) {
                return dev.strides.stridetricks.SlidingWindows.slidingWindowView(x, windowShape);
            }

            /** {@code sliding_window_view(x, window_shape, axis=axis)}; read-only. */
            public static NDArray slidingWindowView(NDArray x, int[] windowShape, int[] axis) {
                return dev.strides.stridetricks.SlidingWindows.slidingWindowView(x, windowShape,
                        axis);
            }

            /** {@code sliding_window_view(x, window_shape, axis=axis, writeable=writeable)}. */
            public static NDArray slidingWindowView(NDArray x, int[] windowShape, int[] axis,
                                                    boolean writeable) {
                return dev.strides.stridetricks.SlidingWindows.slidingWindowView(x, windowShape,
                        axis, writeable);
            }
        }
    }
}
