package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q004 - What is broadcasting in NumPy? Reference solution.
 *
 * <p>A broadcast view is new strides over the same buffer: 0 where an axis is stretched. Adding
 * two broadcast views element by element is then an ordinary loop over the common shape.
 */
public final class Q004Broadcasting {

    private Q004Broadcasting() {
    }

    /** Right-aligned: new leading axes and length-1 axes get stride 0, equal lengths keep theirs. */
    public static long[] broadcastStrides(int[] shape, long[] strides, int[] target) {
        int lead = target.length - shape.length;
        if (lead < 0) {
            throw new IllegalArgumentException("shape " + NDArray.tuple(shape)
                    + " has more axes than the target " + NDArray.tuple(target));
        }
        long[] result = new long[target.length];     // leading axes: 0
        for (int j = 0; j < shape.length; j++) {
            if (shape[j] == target[lead + j]) {
                result[lead + j] = shape[j] == 1 ? 0 : strides[j];
            } else if (shape[j] == 1) {
                result[lead + j] = 0;                 // stretched
            } else {
                throw new IllegalArgumentException("shape " + NDArray.tuple(shape)
                        + " could not be broadcast to " + NDArray.tuple(target));
            }
        }
        return result;
    }

    /** A view with the broadcast strides, made read-only. */
    public static NDArray stretch(NDArray a, int... target) {
        NDArray view = a.stridedView(target, broadcastStrides(a.shape(), a.strides(), target),
                a.offset());
        view.setWriteable(false);
        return view;
    }

    /** The common shape (right-aligned, 1 stretches), both stretched, then one loop. */
    public static NDArray addBroadcast(NDArray x, NDArray y) {
        int ndim = Math.max(x.ndim(), y.ndim());
        int[] shape = new int[ndim];
        for (int k = 0; k < ndim; k++) {
            int a = k - (ndim - x.ndim()) >= 0 ? x.shape(k - (ndim - x.ndim())) : 1;
            int b = k - (ndim - y.ndim()) >= 0 ? y.shape(k - (ndim - y.ndim())) : 1;
            if (a != b && a != 1 && b != 1) {
                throw new IllegalArgumentException("operands could not be broadcast together with"
                        + " shapes " + NDArray.tuple(x.shape()) + " " + NDArray.tuple(y.shape()));
            }
            shape[k] = a == 1 ? b : a;
        }
        NDArray xs = stretch(x, shape);
        NDArray ys = stretch(y, shape);
        NDArray out = np.empty(shape);
        int[] index = new int[ndim];
        for (long n = 0; n < out.size(); n++) {
            out.setDouble(xs.getDouble(index) + ys.getDouble(index), index);
            for (int k = ndim - 1; k >= 0 && ++index[k] == shape[k]; k--) {
                index[k] = 0;                         // odometer, last axis fastest
            }
        }
        return out;
    }
}
