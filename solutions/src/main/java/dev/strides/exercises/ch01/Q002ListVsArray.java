package dev.strides.exercises.ch01;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.util.ArrayList;
import java.util.List;

/**
 * Q002 - Difference between list vs NumPy array. Reference solution.
 *
 * <p>The dtype is the highest kind among the values; appending allocates and copies; list
 * {@code +} concatenates while array {@code +} adds.
 */
public final class Q002ListVsArray {

    private Q002ListVsArray() {
    }

    /** Ranks each value's kind (bool 0, int 1, float 2, complex 3) and keeps the highest. */
    public static DType commonDtype(Object... values) {
        int highest = values.length == 0 ? 2 : 0;   // np.array([]) is float64
        for (Object v : values) {
            int rank = switch (v) {
                case Boolean b -> 0;
                case Integer i -> 1;
                case Long l -> 1;
                case Double d -> 2;
                case Complex z -> 3;
                case null -> throw new IllegalArgumentException(
                        "commonDtype: null is not a number");
                default -> throw new IllegalArgumentException("commonDtype: cannot store a "
                        + v.getClass().getSimpleName() + " ('" + v + "') in a numeric array");
            };
            highest = Math.max(highest, rank);
        }
        return switch (highest) {
            case 0 -> np.bool;
            case 1 -> np.int64;
            case 2 -> np.float64;
            default -> np.complex128;
        };
    }

    /** Allocate n + 1, copy n, write one: O(n) time and a whole new buffer per append. */
    public static NDArray append(NDArray a, double value) {
        int n = a.shape(0);
        NDArray out = np.empty(n + 1);
        for (int i = 0; i < n; i++) {
            out.setDouble(a.getDouble(i), i);
        }
        out.setDouble(value, n);
        return out;
    }

    /** Concatenation into a new list. */
    public static List<Double> listPlus(List<Double> a, List<Double> b) {
        List<Double> joined = new ArrayList<>(a.size() + b.size());
        joined.addAll(a);
        joined.addAll(b);
        return joined;
    }

    /** Element-wise sum after checking the shapes match. */
    public static NDArray arrayPlus(NDArray a, NDArray b) {
        if (a.shape(0) != b.shape(0)) {
            throw new IllegalArgumentException("operands could not be broadcast together with"
                    + " shapes " + NDArray.tuple(a.shape()) + " " + NDArray.tuple(b.shape()));
        }
        NDArray sum = np.empty(a.shape(0));
        for (int i = 0; i < a.shape(0); i++) {
            sum.setDouble(a.getDouble(i) + b.getDouble(i), i);
        }
        return sum;
    }
}
