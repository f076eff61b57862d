package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.views.Index;

/**
 * Q120 - How to implement boolean masking without copies? Reference solution.
 *
 * <p>{@code a[mask]} is always a copy: a view needs evenly spaced elements. Three ways around the
 * copy:
 * <ul>
 *   <li>when the {@code True}s are evenly spaced (every other element, a block), the mask
 *       <i>is</i> a slice, and {@code a[start:stop:step]} is a view;</li>
 *   <li>to <i>change</i> the selected elements, assign through the mask:
 *       {@code a[mask] = 0} writes into {@code a} and allocates no copy of it;</li>
 *   <li>to <i>reduce</i> over them, skip the temporary: {@code np.sum(a, where=mask)} or a loop
 *       that reads {@code a} and the mask in step.</li>
 * </ul>
 */
public final class Q120MaskWithoutCopy {

    private Q120MaskWithoutCopy() {
    }

    /**
     * The slice that selects exactly the {@code true} positions of a 1-d mask, or null when they
     * are not evenly spaced. One {@code true} at {@code i} is {@code i:i+1:1}; none is {@code 0:0:1};
     * otherwise {@code first:last+1:step} with the common gap as the step.
     *
     * @param mask a 1-d mask
     * @return {@code Index.slice(start, stop, step)} or null
     */
    public static Index.Slice asSlice(boolean[] mask) {
        int first = -1;
        int last = -1;
        int step = 0;
        for (int i = 0; i < mask.length; i++) {
            if (!mask[i]) {
                continue;
            }
            if (first < 0) {
                first = i;
            } else if (step == 0) {
                step = i - first;
            } else if (i - last != step) {
                return null;
            }
            last = i;
        }
        if (first < 0) {
            return Index.slice(0, 0, 1);
        }
        return Index.slice(first, last + 1, step == 0 ? 1 : step);
    }

    /**
     * {@code a[mask] = 0}: zeroes the selected elements of {@code a} in place.
     *
     * @param a    a writeable float64 array, <b>modified</b>
     * @param mask a bool array of {@code a}'s shape
     */
    public static void zeroWhereInPlace(NDArray a, NDArray mask) {
        np.set(a, mask, 0.0);
    }

    /**
     * {@code a[mask].sum()} without building {@code a[mask]}: walk both arrays in C order and add
     * the elements under {@code true}. Hint: {@code np.ravel} of a contiguous array is a view,
     * not a copy.
     *
     * @param a    a C-contiguous float64 array
     * @param mask a bool array of {@code a}'s shape
     * @return the sum of the selected elements
     */
    public static double sumWhere(NDArray a, NDArray mask) {
        NDArray values = np.ravel(a);
        NDArray flags = np.ravel(mask);
        double sum = 0;
        for (int i = 0; i < values.shape(0); i++) {
            if (flags.getBoolean(i)) {
                sum += values.getDouble(i);
            }
        }
        return sum;
    }
}
