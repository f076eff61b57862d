package dev.strides.exercises.ch01;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;
import java.util.List;

/**
 * Q002 - Difference between list vs NumPy array.
 *
 * <p>A list holds references to any objects, of any types, and grows in place. An array holds
 * fixed-size items of one dtype in one buffer of fixed size. Three consequences show up in
 * interviews and in bugs:
 *
 * <ul>
 *   <li><b>One dtype.</b> {@code np.array([1, 2.5])} cannot keep an int next to a float, so
 *       every element becomes float64. The kinds are ordered bool &lt; int &lt; float &lt;
 *       complex and the array takes the highest kind present: {@code [True, 2]} is int64.</li>
 *   <li><b>Fixed size.</b> {@code np.append(a, x)} cannot grow {@code a}: it allocates a new
 *       array of {@code n + 1} elements and copies all {@code n}, O(n) per append.</li>
 *   <li><b>Different {@code +}.</b> {@code [1, 2] + [3, 4]} joins two lists into
 *       {@code [1, 2, 3, 4]}; {@code np.array([1, 2]) + np.array([3, 4])} adds element by element
 *       into {@code [4, 6]}.</li>
 * </ul>
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q002")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q002} to check.
 */
public final class Q002ListVsArray {

    private Q002ListVsArray() {
    }

    /**
     * The one dtype {@code np.array(values)} gives a list of Java scalars: the highest kind
     * present, at its default precision. {@code Boolean} is bool; {@code Integer} and
     * {@code Long} are int64; {@code Double} is float64; {@link dev.strides.ndarray.Complex} is
     * complex128. An empty list is float64 ({@code np.array([]).dtype}).
     *
     * <p>Examples: {@code (1, 2.5)} gives float64; {@code (true, 2)} gives int64;
     * {@code (true, false)} gives bool.
     *
     * @param values Booleans, Integers, Longs, Doubles or Complex values
     * @return the dtype of the array made from them
     * @throws IllegalArgumentException for any other kind of value (such as a String or null)
     */
    public static DType commonDtype(Object... values) {
        throw new NotSolved("Q002");
    }

    /**
     * NumPy's {@code np.append(a, value)} for a 1-d float64 array: a <b>new</b> array of
     * {@code n + 1} elements, the {@code n} elements of {@code a} followed by {@code value}.
     * {@code a} is not modified and the result shares no memory with it. {@code a} may be a view
     * with any stride, so read its elements by index.
     *
     * @param a     a 1-d float64 array, not modified
     * @param value the element to add at the end
     * @return a new 1-d float64 array that owns its buffer
     */
    public static NDArray append(NDArray a, double value) {
        throw new NotSolved("Q002");
    }

    /**
     * Python's {@code list + list}: a new list with the elements of {@code a} followed by those
     * of {@code b}. Neither input is modified; the lengths may differ.
     *
     * @param a the first list, not modified
     * @param b the second list, not modified
     * @return a new list of {@code a.size() + b.size()} elements
     */
    public static List<Double> listPlus(List<Double> a, List<Double> b) {
        throw new NotSolved("Q002");
    }

    /**
     * NumPy's {@code a + b} for two 1-d float64 arrays of the same length: a new array whose
     * element {@code i} is {@code a[i] + b[i]}. (NumPy would also stretch a length-1 operand to
     * the other's length; that is broadcasting, question Q004, and is not required here.)
     *
     * @param a the first array, not modified
     * @param b the second array, not modified
     * @return a new 1-d float64 array
     * @throws IllegalArgumentException when the lengths differ, with NumPy's message, e.g.
     *     {@code "operands could not be broadcast together with shapes (2,) (3,)"}
     */
    public static NDArray arrayPlus(NDArray a, NDArray b) {
        throw new NotSolved("Q002");
    }
}
