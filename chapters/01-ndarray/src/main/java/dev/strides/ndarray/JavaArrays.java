package dev.strides.ndarray;

import java.lang.foreign.MemorySegment;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code np.array} / {@code np.asarray} for Java data: nested Java arrays of any rank
 * ({@code double[][]}, {@code long[]}, {@code boolean[][][]}, {@code Object[]} of boxed numbers…)
 * and single scalars (which become 0-d arrays).
 *
 * <p>The dtype follows the Java element type — {@code double} → float64, {@code float} → float32,
 * {@code long} → int64, {@code int} → int32, {@code short} → int16, {@code byte} → int8,
 * {@code boolean} → bool, {@link Complex} → complex128 — and boxed or mixed {@code Object[]}
 * content is promoted like Python scalars (NEP 50: bool < int64 < float64 < complex128).
 */
public final class JavaArrays {

    private JavaArrays() {
    }

    /** {@code np.array(data)}: always a new array; an NDArray argument is copied. */
    public static NDArray array(Object data) {
        return array(data, null);
    }

    /**
     * {@code np.array(data, dtype)}: always a new C-ordered array. Values are stored with
     * {@code a[i] = value} rules (see {@link Scalars}).
     *
     * @throws ShapeException for ragged nesting, with NumPy's "inhomogeneous shape" message
     */
    public static NDArray array(Object data, DType dtype) {
        if (data instanceof NDArray a) {
            return dtype == null ? a.copy(Order.K) : a.astype(dtype);
        }
        List<Integer> dims = new ArrayList<>();
        shapeOf(data, dims);
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        List<Object> leaves = new ArrayList<>();
        collect(data, 0, shape, leaves);
        DType t = dtype != null ? dtype : inferType(data, leaves);
        NDArray a = NDArray.allocate(t, shape, Order.C);
        MemorySegment buf = a.buffer();
        int item = t.itemsize();
        for (int i = 0; i < leaves.size(); i++) {
            Scalars.write(buf, (long) i * item, t, leaves.get(i));
        }
        return a;
    }

    /** {@code np.asarray(data)}: an NDArray is returned as it is (no copy); other data is converted. */
    public static NDArray asarray(Object data) {
        return data instanceof NDArray a ? a : array(data, null);
    }

    /** {@code np.asarray(data, dtype)}: no copy when the dtype already matches. */
    public static NDArray asarray(Object data, DType dtype) {
        if (data instanceof NDArray a && (dtype == null || a.dtype().equals(dtype))) {
            return a;
        }
        return array(data, dtype);
    }

    // The shape is read along the first element at each level; collect() then checks every row.
    private static void shapeOf(Object data, List<Integer> dims) {
        Object level = data;
        while (level != null && level.getClass().isArray()) {
            int n = Array.getLength(level);
            dims.add(n);
            if (n == 0) {
                return;
            }
            level = Array.get(level, 0);
        }
    }

    private static void collect(Object data, int depth, int[] shape, List<Object> out) {
        boolean isArray = data != null && data.getClass().isArray();
        if (depth == shape.length) {
            if (isArray) {
                throw ragged(shape, depth);
            }
            out.add(data);
            return;
        }
        if (!isArray || Array.getLength(data) != shape[depth]) {
            throw ragged(shape, depth);
        }
        for (int i = 0; i < shape[depth]; i++) {
            collect(Array.get(data, i), depth + 1, shape, out);
        }
    }

    private static ShapeException ragged(int[] shape, int depth) {
        int[] detected = java.util.Arrays.copyOf(shape, depth);
        return new ShapeException("setting an array element with a sequence. The requested array has"
                + " an inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                + NDArray.tuple(detected) + " + inhomogeneous part.");
    }

    /** The dtype of Java data: the primitive component type when there is one, else promotion. */
    private static DType inferType(Object data, List<Object> leaves) {
        Class<?> c = data == null ? null : data.getClass();
        while (c != null && c.isArray()) {
            c = c.getComponentType();
        }
        if (c == double.class) {
            return DType.FLOAT64;
        } else if (c == float.class) {
            return DType.FLOAT32;
        } else if (c == long.class) {
            return DType.INT64;
        } else if (c == int.class) {
            return DType.INT32;
        } else if (c == short.class) {
            return DType.INT16;
        } else if (c == byte.class) {
            return DType.INT8;
        } else if (c == boolean.class) {
            return DType.BOOL;
        }
        // tag::infer-dtype[]
        if (leaves.isEmpty()) {
            return DType.FLOAT64;                   // np.array([]) is float64
        }
        DType t = null;
        for (Object v : leaves) {
            DType d = Scalars.defaultType(v);
            t = t == null ? d : Casting.promoteTypes(t, d);
        }
        return t;
        // end::infer-dtype[]
    }
}
