package dev.strides.ndarray;

import java.lang.foreign.MemorySegment;

/**
 * Evenly spaced values: {@code np.arange} (by step) and {@code np.linspace} (by count), with
 * NumPy's length rules and arithmetic, so the values agree to the last bit.
 */
public final class Ranges {

    private Ranges() {
    }

    /** {@code np.linspace(..., retstep=True)}: the samples and the spacing between them. */
    public record Spaced(NDArray samples, double step) {
    }

    // tag::arange-length[]
    /**
     * The number of values {@code arange} makes: {@code ceil((stop - start) / step)}, or 0 when that
     * is negative. It is computed in floating point, which is why
     * {@code np.arange(1, 1.3, 0.1)} has 4 values (1.3 - 1 = 0.30000000000000004).
     */
    public static long arangeLength(double start, double stop, double step) {
        if (step == 0) {
            throw new ArithmeticException("arange: step must not be zero (NumPy: float division by zero)");
        }
        double len = Math.ceil((stop - start) / step);
        if (Double.isNaN(len)) {
            throw new IllegalArgumentException("arange: cannot compute length");
        }
        if (len > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Maximum allowed size exceeded");
        }
        return Math.max(0, (long) len);
    }
    // end::arange-length[]

    /** {@code np.arange(start, stop, step)} with integer arguments: an int64 array. */
    public static NDArray arange(long start, long stop, long step) {
        return arange(start, stop, step, DType.INT64);
    }

    /** {@code np.arange(start, stop, step)} with float arguments: a float64 array. */
    public static NDArray arange(double start, double stop, double step) {
        return arange(start, stop, step, DType.FLOAT64);
    }

    /** Integer arguments, exact length arithmetic (no rounding for huge ranges). */
    public static NDArray arange(long start, long stop, long step, DType dtype) {
        if (step == 0) {
            throw new ArithmeticException("arange: step must not be zero (NumPy: division by zero)");
        }
        long span = stop - start;
        long len = span / step + ((span % step != 0 && (span > 0) == (step > 0)) ? 1 : 0);
        if (!dtype.isInteger()) {
            return arange((double) start, (double) stop, (double) step, dtype);
        }
        NDArray a = allocate(dtype, Math.max(0, len));
        MemorySegment buf = a.buffer();
        int item = dtype.itemsize();
        for (long i = 0; i < a.size(); i++) {
            if (i < 2) {  // NumPy stores start and start + step as Python ints: range-checked
                Scalars.writeInteger(buf, i * item, dtype, start + i * step);
            } else {      // then fills start + i*delta in the dtype's arithmetic: wraps
                Elements.writeLong(buf, i * item, dtype, start + i * step, false);
            }
        }
        return a;
    }

    // tag::arange-fill[]
    /**
     * {@code np.arange(start, stop, step, dtype)}. NumPy stores the first two values in the
     * target dtype (as Python floats: {@code int()} and a range check for integer dtypes), takes
     * {@code delta = a[1] - a[0]} and fills {@code a[i] = a[0] + i*delta}: so
     * {@code arange(0, 5, 0.5, dtype=int)} is all zeros (int(0.5) - int(0) = 0). Same here.
     */
    public static NDArray arange(double start, double stop, double step, DType dtype) {
        long len = arangeLength(start, stop, step);
        if (dtype.isBool() && len > 2) {
            throw new DTypeException("arange() is only supported for booleans when the result has"
                    + " at most length 2.");
        }
        NDArray a = allocate(dtype, len);
        MemorySegment buf = a.buffer();
        int item = dtype.itemsize();
        if (len > 0) {
            Scalars.writeFloat(buf, 0, dtype, start);
        }
        if (len > 1) {
            Scalars.writeFloat(buf, item, dtype, start + step);
        }
        if (len <= 2) {
            return a;
        }
        switch (dtype.type()) {
            case FLOAT64, COMPLEX128 -> {
                double first = Elements.readDouble(buf, 0, dtype);
                double delta = Elements.readDouble(buf, item, dtype) - first;
                for (long i = 2; i < len; i++) {
                    Elements.writeDouble(buf, i * item, dtype, first + i * delta);
                }
            }
            case FLOAT32, FLOAT16, COMPLEX64 -> {  // NumPy computes these in float arithmetic
                float first = (float) Elements.readDouble(buf, 0, dtype);
                float delta = (float) Elements.readDouble(buf, item, dtype) - first;
                for (long i = 2; i < len; i++) {
                    Elements.writeDouble(buf, i * item, dtype, first + (float) i * delta);
                }
            }
            default -> {
                long first = Elements.readLong(buf, 0, dtype);
                long delta = Elements.readLong(buf, item, dtype) - first;
                for (long i = 2; i < len; i++) {
                    Elements.writeLong(buf, i * item, dtype, first + i * delta, false);
                }
            }
        }
        return a;
    }
    // end::arange-fill[]

    private static NDArray allocate(DType dtype, long len) {
        if (len > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Maximum allowed size exceeded");
        }
        return NDArray.allocate(dtype, new int[] {(int) len}, Order.C);
    }

    // tag::linspace[]
    /**
     * {@code np.linspace(start, stop, num, endpoint, retstep=True, dtype)}. NumPy's recipe:
     * {@code step = (stop - start) / div} with {@code div = num - 1} (or {@code num} without the
     * endpoint), {@code y[i] = i*step + start}, and the last sample set to exactly {@code stop}.
     * Integer dtypes take the floor of each sample.
     */
    public static Spaced linspaceWithStep(double start, double stop, int num, boolean endpoint,
                                          DType dtype) {
        if (num < 0) {
            throw new IllegalArgumentException("Number of samples, " + num + ", must be non-negative.");
        }
        int div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double step = div > 0 ? delta / div : Double.NaN;
        double[] y = new double[num];
        for (int i = 0; i < num; i++) {
            if (div > 0) {
                y[i] = step == 0 ? (i / (double) div) * delta + start : i * step + start;
            } else {
                y[i] = i * delta + start;
            }
        }
        if (endpoint && num > 1) {
            y[num - 1] = stop;
        }
        NDArray a = allocate(dtype, num);
        for (int i = 0; i < num; i++) {
            double v = dtype.isInteger() ? Math.floor(y[i]) : y[i];
            Elements.writeDouble(a.buffer(), (long) i * dtype.itemsize(), dtype, v);
        }
        return new Spaced(a, step);
    }
    // end::linspace[]

    /** {@code np.linspace(start, stop, num, endpoint, dtype)} without the step. */
    public static NDArray linspace(double start, double stop, int num, boolean endpoint, DType dtype) {
        return linspaceWithStep(start, stop, num, endpoint, dtype).samples();
    }
}
