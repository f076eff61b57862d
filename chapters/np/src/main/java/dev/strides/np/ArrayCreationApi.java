package dev.strides.np;

import dev.strides.ndarray.Creation;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;

import java.util.Iterator;

/**
 * The layer of {@link np} for chapter 01 (dev.strides.ndarray), first of its two layers: the dtypes
 * as constants ({@code np.float64}, {@code np.int32}, ...), {@code np.dtype}, array creation
 * ({@code empty}, {@code zeros}, {@code ones}, {@code full}, {@code eye}, {@code identity}, the
 * {@code *Like} functions, {@code fromiter}), ranges ({@code arange}, {@code linspace}) and
 * {@code array} and {@code asarray} from Java data.
 *
 * <p>Forwards to {@link DType}, {@link Creation}, {@link Ranges} and {@link JavaArrays}. First link
 * of the chain; {@link np} explains it.
 */
public abstract class ArrayCreationApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    ArrayCreationApi() {
    }

    // ---- dtypes ---------------------------------------------------------------------------------

    public static final DType bool = DType.BOOL;
    public static final DType int8 = DType.INT8;
    public static final DType int16 = DType.INT16;
    public static final DType int32 = DType.INT32;
    public static final DType int64 = DType.INT64;
    public static final DType uint8 = DType.UINT8;
    public static final DType uint16 = DType.UINT16;
    public static final DType uint32 = DType.UINT32;
    public static final DType uint64 = DType.UINT64;
    public static final DType float16 = DType.FLOAT16;
    public static final DType float32 = DType.FLOAT32;
    public static final DType float64 = DType.FLOAT64;
    public static final DType complex64 = DType.COMPLEX64;
    public static final DType complex128 = DType.COMPLEX128;

    /** {@code np.dtype("float64")}, {@code np.dtype("<i4")}, {@code np.dtype("d")}: {@link DType#of}. */
    public static DType dtype(String spec) {
        return DType.of(spec);
    }

    // ---- creation: Creation -----------------------------------------------------------------

    /** {@code np.empty(shape)}: float64, C order. */
    public static NDArray empty(int... shape) {
        return Creation.empty(DType.FLOAT64, Order.C, shape);
    }

    public static NDArray empty(int[] shape, DType dtype) {
        return Creation.empty(dtype, Order.C, shape);
    }

    public static NDArray empty(int[] shape, DType dtype, Order order) {
        return Creation.empty(dtype, order, shape);
    }

    /** {@code np.zeros(shape)}: float64, C order. */
    public static NDArray zeros(int... shape) {
        return Creation.zeros(DType.FLOAT64, Order.C, shape);
    }

    public static NDArray zeros(int[] shape, DType dtype) {
        return Creation.zeros(dtype, Order.C, shape);
    }

    public static NDArray zeros(int[] shape, DType dtype, Order order) {
        return Creation.zeros(dtype, order, shape);
    }

    /** {@code np.ones(shape)}: float64, C order. */
    public static NDArray ones(int... shape) {
        return Creation.ones(DType.FLOAT64, Order.C, shape);
    }

    public static NDArray ones(int[] shape, DType dtype) {
        return Creation.ones(dtype, Order.C, shape);
    }

    public static NDArray ones(int[] shape, DType dtype, Order order) {
        return Creation.ones(dtype, order, shape);
    }

    /** {@code np.full(shape, fill_value)}: the dtype follows the value (7 → int64, 7.0 → float64). */
    public static NDArray full(int[] shape, Object fillValue) {
        return Creation.full(null, Order.C, fillValue, shape);
    }

    public static NDArray full(int[] shape, Object fillValue, DType dtype) {
        return Creation.full(dtype, Order.C, fillValue, shape);
    }

    public static NDArray full(int[] shape, Object fillValue, DType dtype, Order order) {
        return Creation.full(dtype, order, fillValue, shape);
    }

    /** {@code np.eye(N)}: the N×N identity, float64. */
    public static NDArray eye(int n) {
        return Creation.eye(n, n, 0, DType.FLOAT64, Order.C);
    }

    /** {@code np.eye(N, M)}. */
    public static NDArray eye(int n, int m) {
        return Creation.eye(n, m, 0, DType.FLOAT64, Order.C);
    }

    /** {@code np.eye(N, M, k)}: ones on diagonal {@code k} (above the main one when positive). */
    public static NDArray eye(int n, int m, int k) {
        return Creation.eye(n, m, k, DType.FLOAT64, Order.C);
    }

    public static NDArray eye(int n, int m, int k, DType dtype) {
        return Creation.eye(n, m, k, dtype, Order.C);
    }

    public static NDArray eye(int n, int m, int k, DType dtype, Order order) {
        return Creation.eye(n, m, k, dtype, order);
    }

    /** {@code np.identity(n)}: float64. */
    public static NDArray identity(int n) {
        return Creation.identity(n, DType.FLOAT64);
    }

    public static NDArray identity(int n, DType dtype) {
        return Creation.identity(n, dtype);
    }

    /** {@code np.empty_like(a)}: same shape, dtype and layout (order 'K'), values unspecified. */
    public static NDArray emptyLike(NDArray prototype) {
        return Creation.emptyLike(prototype, null, Order.K);
    }

    public static NDArray emptyLike(NDArray prototype, DType dtype) {
        return Creation.emptyLike(prototype, dtype, Order.K);
    }

    public static NDArray emptyLike(NDArray prototype, DType dtype, Order order) {
        return Creation.emptyLike(prototype, dtype, order);
    }

    public static NDArray zerosLike(NDArray prototype) {
        return Creation.zerosLike(prototype, null, Order.K);
    }

    public static NDArray zerosLike(NDArray prototype, DType dtype) {
        return Creation.zerosLike(prototype, dtype, Order.K);
    }

    public static NDArray zerosLike(NDArray prototype, DType dtype, Order order) {
        return Creation.zerosLike(prototype, dtype, order);
    }

    public static NDArray onesLike(NDArray prototype) {
        return Creation.onesLike(prototype, null, Order.K);
    }

    public static NDArray onesLike(NDArray prototype, DType dtype) {
        return Creation.onesLike(prototype, dtype, Order.K);
    }

    public static NDArray onesLike(NDArray prototype, DType dtype, Order order) {
        return Creation.onesLike(prototype, dtype, order);
    }

    /** {@code np.full_like(a, fill_value)}: the value is stored in {@code a}'s dtype. */
    public static NDArray fullLike(NDArray prototype, Object fillValue) {
        return Creation.fullLike(prototype, fillValue, null, Order.K);
    }

    public static NDArray fullLike(NDArray prototype, Object fillValue, DType dtype) {
        return Creation.fullLike(prototype, fillValue, dtype, Order.K);
    }

    public static NDArray fullLike(NDArray prototype, Object fillValue, DType dtype, Order order) {
        return Creation.fullLike(prototype, fillValue, dtype, order);
    }

    /** {@code np.fromiter(iterable, dtype)}: reads the whole iterable. */
    public static NDArray fromiter(Iterable<?> items, DType dtype) {
        return Creation.fromiter(items, dtype, -1);
    }

    /** {@code np.fromiter(iterable, dtype, count)}: reads exactly {@code count} items. */
    public static NDArray fromiter(Iterable<?> items, DType dtype, long count) {
        return Creation.fromiter(items, dtype, count);
    }

    public static NDArray fromiter(Iterator<?> items, DType dtype) {
        return Creation.fromiter(items, dtype, -1);
    }

    public static NDArray fromiter(Iterator<?> items, DType dtype, long count) {
        return Creation.fromiter(items, dtype, count);
    }

    // ---- ranges: Ranges ---------------------------------------------------------------------

    /** {@code np.arange(stop)} with an integer: int64 {@code [0, stop)}. */
    public static NDArray arange(long stop) {
        return Ranges.arange(0L, stop, 1L);
    }

    public static NDArray arange(long start, long stop) {
        return Ranges.arange(start, stop, 1L);
    }

    public static NDArray arange(long start, long stop, long step) {
        return Ranges.arange(start, stop, step);
    }

    public static NDArray arange(long start, long stop, long step, DType dtype) {
        return Ranges.arange(start, stop, step, dtype);
    }

    /** {@code np.arange(stop)} with a float: float64. */
    public static NDArray arange(double stop) {
        return Ranges.arange(0.0, stop, 1.0);
    }

    public static NDArray arange(double start, double stop) {
        return Ranges.arange(start, stop, 1.0);
    }

    public static NDArray arange(double start, double stop, double step) {
        return Ranges.arange(start, stop, step);
    }

    public static NDArray arange(double start, double stop, double step, DType dtype) {
        return Ranges.arange(start, stop, step, dtype);
    }

    /** {@code np.linspace(start, stop)}: 50 samples, endpoint included. */
    public static NDArray linspace(double start, double stop) {
        return Ranges.linspace(start, stop, 50, true, DType.FLOAT64);
    }

    public static NDArray linspace(double start, double stop, int num) {
        return Ranges.linspace(start, stop, num, true, DType.FLOAT64);
    }

    public static NDArray linspace(double start, double stop, int num, boolean endpoint) {
        return Ranges.linspace(start, stop, num, endpoint, DType.FLOAT64);
    }

    public static NDArray linspace(double start, double stop, int num, boolean endpoint, DType dtype) {
        return Ranges.linspace(start, stop, num, endpoint, dtype);
    }

    /** {@code np.linspace(start, stop, num, endpoint, retstep=True)}: samples and step. */
    public static Ranges.Spaced linspaceWithStep(double start, double stop, int num, boolean endpoint) {
        return Ranges.linspaceWithStep(start, stop, num, endpoint, DType.FLOAT64);
    }

    // ---- from Java data: JavaArrays ------------------------------------------------------------

    /** {@code np.array(data)}: a new array from nested Java arrays or a scalar (0-d). */
    public static NDArray array(Object data) {
        return JavaArrays.array(data);
    }

    public static NDArray array(Object data, DType dtype) {
        return JavaArrays.array(data, dtype);
    }

    /** {@code np.asarray(data)}: no copy when {@code data} already is an NDArray. */
    public static NDArray asarray(Object data) {
        return JavaArrays.asarray(data);
    }

    public static NDArray asarray(Object data, DType dtype) {
        return JavaArrays.asarray(data, dtype);
    }
}
