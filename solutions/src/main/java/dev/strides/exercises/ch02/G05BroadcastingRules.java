package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;

/**
 * G05 - Explain broadcasting rules with examples. Reference solution.
 *
 * <p>The rules: align the shapes at the right; pad the shorter with 1s on the left; along each
 * axis the lengths must be equal or one of them 1; the result takes the larger.
 */
public final class G05BroadcastingRules {

    private G05BroadcastingRules() {
    }

    /** NumPy's np.broadcast_shapes, naming the first clashing pair as it does. */
    public static int[] broadcastShapes(int[]... shapes) {
        int ndim = 0;
        for (int[] s : shapes) {
            ndim = Math.max(ndim, s.length);
        }
        int[] result = new int[ndim];
        for (int k = 0; k < ndim; k++) {
            result[k] = 1;
            int setBy = -1;
            for (int j = 0; j < shapes.length; j++) {
                int axis = k - (ndim - shapes[j].length);
                if (axis < 0 || shapes[j][axis] == 1) {
                    continue;
                }
                if (result[k] == 1) {
                    result[k] = shapes[j][axis];
                    setBy = j;
                } else if (result[k] != shapes[j][axis]) {
                    throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast"
                            + " to a single shape.  Mismatch is between arg " + setBy + " with shape "
                            + NDArray.tuple(shapes[setBy]) + " and arg " + j + " with shape "
                            + NDArray.tuple(shapes[j]) + ".");
                }
            }
        }
        return result;
    }

    /** The answers, in the order of the cases in the exercise's javadoc (null: an error). */
    public static int[][] predictions() {
        return new int[][] {
            {256, 256, 3},      // image (256, 256, 3) scaled per channel by (3,)
            {8, 7, 6, 5},       // (8, 1, 6, 1) with (7, 1, 5)
            {5, 4},             // (5, 4) with (1,)
            {15, 3, 5},         // (15, 3, 5) with (15, 1, 5)
            null,               // (3,) with (4,)
            null,               // (2, 1) with (8, 4, 3): 2 against 4
            {0, 3},             // (0, 1) with (3,): a length-0 axis stays 0
        };
    }
}
