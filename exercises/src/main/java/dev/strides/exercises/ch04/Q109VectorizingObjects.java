package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;
import java.util.List;

/**
 * Q109 - How to vectorizing non-trivial objects properly?
 *
 * <p>Vectorising means moving the loop from the interpreter (or from a boxed, per-element Java
 * call) into a ufunc's typed inner loop. Two steps do it for "objects":
 *
 * <ol>
 *   <li><b>Objects to columns.</b> A list of points, each an object with fields, becomes one
 *       array per field, or one (n, fields) array whose columns are strided views
 *       ({@code xy[:, 0]} steps 16 bytes). Converting once costs one pass; every later
 *       operation then runs in ufunc loops.</li>
 *   <li><b>Branches to masks.</b> Per-element {@code if}s become boolean masks, and each
 *       branch is one ufunc call restricted with {@code where=} into a shared {@code out}.
 *       Every branch is evaluated once over the whole array, not once per element.</li>
 * </ol>
 *
 * <p>{@code np.vectorize} is <i>not</i> vectorisation: it calls the scalar function once per
 * element (in NumPy, a Python call each time). Use it for convenience, never for speed.
 *
 * <p>The function of this exercise: {@code f(x) = 0} for {@code x < 0}, {@code x * x} for
 * {@code 0 <= x < 1}, {@code 2 * x - 1} for {@code x >= 1} (NumPy: {@code np.piecewise}).
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q109")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q109} to check.
 */
public final class Q109VectorizingObjects {

    private Q109VectorizingObjects() {
    }

    /**
     * Points ({@code {x, y}} pairs) to a (n, 2) float64 array, one row per point.
     *
     * @param points at least one point
     */
    public static NDArray toColumns(List<double[]> points) {
        throw new NotSolved("Q109");
    }

    /**
     * The distance of every point from the origin, {@code np.hypot(xy[:, 0], xy[:, 1])}: the
     * two columns are views ({@code np.get(xy, ":, 0")}), no copy.
     *
     * @param xy a (n, 2) float64 array
     * @return a new (n,) float64 array
     */
    public static NDArray norms(NDArray xy) {
        throw new NotSolved("Q109");
    }

    /**
     * {@code f} with {@code np.vectorize(f, otypes=[float64])}: the scalar function, called once
     * per element ({@code args[0]} is a {@code Double}).
     */
    public static NDArray piecewiseVectorize(NDArray x) {
        throw new NotSolved("Q109");
    }

    /**
     * {@code f} with masks: {@code out = np.zeros_like(x)}; {@code np.square(x, out=out,
     * where=(x >= 0) & (x < 1))}; {@code np.subtract(2 * x, 1, out=out, where=x >= 1)}
     * ({@code np.kwargs().out(out).where(mask)}).
     */
    public static NDArray piecewiseUfuncs(NDArray x) {
        throw new NotSolved("Q109");
    }
}
