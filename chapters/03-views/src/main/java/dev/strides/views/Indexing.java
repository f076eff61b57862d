package dev.strides.views;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

/**
 * {@code a[index]} and {@code a[index] = value}: NumPy's indexing, with the index as typed
 * {@link Index} values or as NumPy's own syntax in a string ({@code "1:, ::-2, None, ..."}).
 *
 * <p>Which path an index takes decides whether the result is a view:
 * <table>
 *   <caption>index kinds and results</caption>
 *   <tr><th>index</th><th>example</th><th>result</th></tr>
 *   <tr><td>an integer for every axis</td><td>{@code a[1, 2]}</td>
 *       <td>one element: a 0-d <b>copy</b> (NumPy returns a scalar)</td></tr>
 *   <tr><td>basic: integers, slices, {@code None}, {@code ...}</td><td>{@code a[1:, ::-2]}</td>
 *       <td>a <b>view</b>: O(ndim), no element copied</td></tr>
 *   <tr><td>advanced: integer or boolean arrays, anywhere</td><td>{@code a[[0, 2], 1:]}</td>
 *       <td>a <b>copy</b>: O(result size)</td></tr>
 * </table>
 *
 * <p>Assignment writes through the same selection: a basic index writes into the view, an
 * advanced index scatters (for a repeated index, the last value written wins).
 */
public final class Indexing {

    private Indexing() {
    }

    // tag::get[]
    /**
     * {@code a[index]}: a view for a basic index, a copy for an advanced one (see the class
     * comment). {@code get(a)} with no index is {@code a[()]}: a view of the whole array (for a
     * 0-d array, its element as a 0-d copy).
     *
     * @throws dev.strides.ndarray.IndexException with NumPy's message for an index out of bounds,
     *     too many indices, a second ellipsis, a mask of the wrong length or index arrays that do
     *     not broadcast together
     */
    public static NDArray get(NDArray a, Index... index) {
        PreparedIndex prepared = PreparedIndex.prepare(a.shape(), index);
        if (prepared.singleMask != null) {
            return MaskIndexing.get(a, prepared.singleMask);       // a[mask]: fast path
        }
        if (prepared.fullInteger) {
            return BasicIndexing.view(a, prepared).copy();        // one element, as NumPy's scalar
        }
        if (!prepared.advanced) {
            NDArray view = BasicIndexing.view(a, prepared);
            return prepared.scalarArrayCopy ? view.copy(Order.K) : view;
        }
        return AdvancedIndexing.get(a, prepared);
    }
    // end::get[]

    /** {@code a[expression]} with NumPy's syntax: {@code get(a, "1:, ::-2, None, ...")}. */
    public static NDArray get(NDArray a, String expression) {
        return get(a, Index.parse(expression));
    }

    // tag::set[]
    /**
     * {@code a[index] = value}, modifying {@code a}. The value — a Java scalar, nested Java
     * arrays or an NDArray — is broadcast to the selection's shape (see {@link Assignment} for
     * how it is converted).
     *
     * @throws dev.strides.ndarray.ReadOnlyException when {@code a} is read-only
     * @throws dev.strides.ndarray.ShapeException when the value does not broadcast to the selection
     */
    public static void set(NDArray a, Index[] index, Object value) {
        Assignment.requireWriteable(a);                // NumPy checks this before the index
        PreparedIndex prepared = PreparedIndex.prepare(a.shape(), index);
        if (prepared.singleMask != null) {
            MaskIndexing.set(a, prepared.singleMask, value);
        } else if (prepared.fullInteger) {
            NDArray element = BasicIndexing.view(a, prepared);
            Assignment.storeElement(a, element.offset(), value);
        } else if (!prepared.advanced) {
            Assignment.assign(BasicIndexing.view(a, prepared), value);
        } else {
            AdvancedIndexing.set(a, prepared, value);
        }
    }
    // end::set[]

    /** {@code a[expression] = value} with NumPy's syntax: {@code set(a, "::2", 0)}. */
    public static void set(NDArray a, String expression, Object value) {
        set(a, Index.parse(expression), value);
    }

    /** {@code a[mask] = value} for a boolean (or integer) array index. */
    public static void set(NDArray a, NDArray index, Object value) {
        set(a, new Index[] {Index.array(index)}, value);
    }

    /** {@code a[mask]} / {@code a[indices]} for a boolean or integer array index. */
    public static NDArray get(NDArray a, NDArray index) {
        return get(a, Index.array(index));
    }
}
