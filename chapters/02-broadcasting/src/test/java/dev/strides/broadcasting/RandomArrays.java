package dev.strides.broadcasting;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random float64 arrays for property tests: C or F base, sliced with steps of +-1, 2, 3 (negative
 * strides included), axes permuted, sometimes already a broadcast view (zero strides). All are
 * built from a seed, so a failing seed reproduces its arrays.
 */
final class RandomArrays {

    private static final int[] STEPS = {1, 1, 2, 3, -1, -2};

    private RandomArrays() {
    }

    /** A random shape of up to {@code maxNdim} axes, lengths 0..4 (0 rarely). */
    static int[] shape(Random r, int maxNdim) {
        int[] shape = new int[r.nextInt(maxNdim + 1)];
        for (int k = 0; k < shape.length; k++) {
            shape[k] = r.nextInt(15) == 0 ? 0 : 1 + r.nextInt(4);
        }
        return shape;
    }

    /**
     * A shape that broadcasts to {@code target}: a random suffix of it, with some lengths
     * replaced by 1.
     */
    static int[] broadcastableTo(Random r, int[] target) {
        int ndim = r.nextInt(target.length + 1);
        int[] shape = new int[ndim];
        for (int k = 0; k < ndim; k++) {
            int t = target[target.length - ndim + k];
            shape[k] = r.nextInt(3) == 0 ? 1 : t;
        }
        return shape;
    }

    /** A float64 array of {@code shape} with distinct values and a random layout. */
    static NDArray array(Random r, int[] shape) {
        int ndim = shape.length;
        if (r.nextInt(6) == 0 && ndim > 0) {
            // already a broadcast view: stretch a smaller array
            int[] small = shape.clone();
            for (int k = 0; k < ndim; k++) {
                if (r.nextBoolean()) {
                    small[k] = Math.min(shape[k], 1);
                }
            }
            return Broadcasting.broadcastTo(array(r, small), shape);
        }
        int[] perm = permutation(r, ndim);
        int[] steps = new int[ndim];
        int[] baseShape = new int[ndim];
        for (int k = 0; k < ndim; k++) {
            int axis = perm[k];
            steps[axis] = STEPS[r.nextInt(STEPS.length)];
            baseShape[k] = shape[axis] == 0 ? 0 : (shape[axis] - 1) * Math.abs(steps[axis]) + 1;
        }
        NDArray base = NDArray.allocate(DType.FLOAT64, baseShape, r.nextBoolean() ? Order.C : Order.F);
        for (long i = 0; i < base.size(); i++) {
            base.buffer().set(java.lang.foreign.ValueLayout.JAVA_DOUBLE, base.flatByteOffset(i), i + 1.0);
        }
        long offset = 0;
        long[] strides = new long[ndim];
        for (int k = 0; k < ndim; k++) {
            int axis = perm[k];
            long stride = base.strides(k) * steps[axis];
            strides[axis] = stride;
            if (steps[axis] < 0 && shape[axis] > 0) {
                offset += (long) (baseShape[k] - 1) * base.strides(k);  // reversed: start at the end
            }
        }
        return base.stridedView(shape, strides, offset);
    }

    private static int[] permutation(Random r, int n) {
        List<Integer> list = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            list.add(k);
        }
        Collections.shuffle(list, r);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
