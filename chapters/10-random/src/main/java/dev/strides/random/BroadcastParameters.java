package dev.strides.random;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ShapeException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * Distribution parameters given as arrays, walked the way NumPy's {@code cont()} and
 * {@code disc()} helpers walk them ({@code numpy/random/_common.pyx}):
 *
 * <ol>
 *   <li>the parameters are checked as whole arrays ({@code scale < 0} if <em>any</em> element
 *       is negative), before anything is drawn;</li>
 *   <li>the output gets the shape {@code size} when one is given, else the parameters'
 *       broadcast shape;</li>
 *   <li>the parameters are broadcast against the output, which must keep its shape: a
 *       parameter may be stretched to fill {@code size}, never {@code size} to fit a
 *       parameter;</li>
 *   <li>one variate is drawn per output element, in C order, from that element's
 *       parameters.</li>
 * </ol>
 *
 * So {@code normal([[0], [10]], [1, 2, 3])} draws six normals row by row (loc 0 with scales 1,
 * 2, 3, then loc 10 with scales 1, 2, 3), consuming the stream exactly as six scalar calls in
 * that order would. Parameters are read in place through broadcast strides (stride 0 on
 * stretched axes, see {@link MultiIterator}): no parameter is copied or expanded.
 *
 * <p>When every parameter is 0-d, NumPy takes its scalar path instead: the same draws, but
 * checks worded for one value ({@code p is NaN} instead of {@code p contains NaNs}) and no
 * broadcast check against {@code size}. {@link #allScalar} tells the samplers which wording to
 * use; the walk below serves both paths (a 0-d parameter broadcasts to any shape).
 */
final class BroadcastParameters {

    private static final ValueLayout.OfDouble F8 = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    private static final ValueLayout.OfFloat F4 = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfLong I8 = ValueLayout.JAVA_LONG_UNALIGNED;

    private BroadcastParameters() {
    }

    /** One float64 sample from one parameter. */
    @FunctionalInterface
    interface Draw1 {
        double draw(BitGenerator g, double a);
    }

    /** One float64 sample from two parameters. */
    @FunctionalInterface
    interface Draw2 {
        double draw(BitGenerator g, double a, double b);
    }

    /** One float64 sample from three parameters. */
    @FunctionalInterface
    interface Draw3 {
        double draw(BitGenerator g, double a, double b, double c);
    }

    /** One float32 sample from one float32 parameter. */
    @FunctionalInterface
    interface FloatDraw1 {
        float draw(BitGenerator g, float a);
    }

    /** One int64 sample from one parameter. */
    @FunctionalInterface
    interface LongDraw1 {
        long draw(BitGenerator g, double a);
    }

    /** One int64 sample from a float parameter and an integer one (binomial's p and n). */
    @FunctionalInterface
    interface LongDraw2 {
        long draw(BitGenerator g, double a, long b);
    }

    /** One int64 sample from two float parameters (negative_binomial's n and p). */
    @FunctionalInterface
    interface LongDrawFloats {
        long draw(BitGenerator g, double a, double b);
    }

    /** One int64 sample from three integer parameters (hypergeometric's counts). */
    @FunctionalInterface
    interface LongDrawCounts {
        long draw(BitGenerator g, long a, long b, long c);
    }

    /** True when every parameter is 0-d: NumPy's {@code is_scalar}, the scalar path. */
    static boolean allScalar(NDArray... params) {
        for (NDArray p : params) {
            if (p.ndim() > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parameters must convert to float64 (or, for counts, int64) by a <b>safe</b> cast, as
     * NumPy's {@code PyArray_FROM_OTF} demands: complex parameters are refused, and so are
     * float or uint64 counts.
     *
     * @throws DTypeException {@code Cannot cast array data from dtype('complex128') to
     *     dtype('float64') according to the rule 'safe'} ("scalar" for a 0-d array)
     */
    static void requireSafeCast(DType target, NDArray... params) {
        for (NDArray p : params) {
            if (!Casting.canCast(p.dtype(), target, Casting.Rule.SAFE)) {
                throw new DTypeException("Cannot cast " + (p.ndim() == 0 ? "scalar" : "array data")
                        + " from dtype('" + p.dtype().name() + "') to dtype('" + target.name()
                        + "') according to the rule 'safe'");
            }
        }
    }

    /** A 0-d float64 array holding {@code value}: a Java scalar next to an array parameter. */
    static NDArray zeroD(double value) {
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[0], Order.C);
        a.setDouble(value);
        return a;
    }

    /** A 0-d int64 array holding {@code value}. */
    static NDArray zeroD(long value) {
        NDArray a = NDArray.allocate(DType.INT64, new int[0], Order.C);
        a.setLong(value);
        return a;
    }

    // tag::output-shape[]
    /**
     * The shape of the samples: {@code size} if given, else the broadcast shape of the
     * parameters. With a {@code size}, output and parameters are broadcast together (the
     * output counts as argument 0 in NumPy's message) and the result must be {@code size}.
     *
     * @throws ShapeException {@code shape mismatch: objects cannot be broadcast to a single
     *     shape...} or {@code Output size (3,) is not compatible with broadcast dimensions of
     *     inputs (2, 3).}
     */
    static int[] outputShape(int[] size, NDArray... params) {
        int[][] shapes = new int[params.length + (size == null ? 0 : 1)][];
        int k = 0;
        if (size != null) {
            shapes[k++] = NDArray.checkShape(size);
        }
        for (NDArray p : params) {
            shapes[k++] = p.shape();
        }
        int[] shape = Broadcasting.broadcastShapes(shapes);
        if (size != null && !Arrays.equals(shape, size)) {
            throw new ShapeException("Output size " + NDArray.tuple(size) + " is not compatible"
                    + " with broadcast dimensions of inputs " + NDArray.tuple(shape) + ".");
        }
        return shape;
    }
    // end::output-shape[]

    /** Scalar path: {@code size} as given, {@code ()} for none. Array path: checked shape. */
    private static int[] shapeFor(int[] size, NDArray... params) {
        if (allScalar(params)) {
            return size == null ? new int[0] : NDArray.checkShape(size);
        }
        return outputShape(size, params);
    }

    private static double read(NDArray a, long at) {
        return Elements.readDouble(a.buffer(), at, a.dtype());
    }

    /** Draws the sample for the parameters at offsets {@code at}; stores it at byte {@code p}. */
    @FunctionalInterface
    private interface Sample {
        void store(MemorySegment out, long p, long[] at);
    }

    // tag::doubles2[]
    /**
     * The walk every array-parameter sampler shares: a new C-ordered array of {@code type},
     * shaped by {@code size} and the parameters' broadcast, filled one sample per element in
     * C order, with the parameters read in place at their broadcast offsets {@code at}.
     */
    private static NDArray walk(DType type, int[] size, Sample sample, NDArray... params) {
        NDArray out = Output.allocate(type, shapeFor(size, params));
        MemorySegment seg = out.buffer();
        long[] pos = {Output.start(out)};
        MultiIterator.of(out.shape(), params).forEachElement(at -> {
            sample.store(seg, pos[0], at);
            pos[0] += type.itemsize();
        });
        return out;
    }

    /** float64 samples {@code draw(g, a[i], b[i])}, one per output element in C order. */
    static NDArray doubles(BitGenerator g, int[] size, NDArray a, NDArray b, Draw2 draw) {
        return walk(DType.FLOAT64, size, (out, p, at) ->
                out.set(F8, p, draw.draw(g, read(a, at[0]), read(b, at[1]))), a, b);
    }
    // end::doubles2[]

    /** float64 samples {@code draw(g, a[i], b[i], c[i])}. */
    static NDArray doubles(BitGenerator g, int[] size, NDArray a, NDArray b, NDArray c,
                           Draw3 draw) {
        return walk(DType.FLOAT64, size, (out, p, at) -> out.set(F8, p,
                draw.draw(g, read(a, at[0]), read(b, at[1]), read(c, at[2]))), a, b, c);
    }

    /** float64 samples {@code draw(g, a[i])}. */
    static NDArray doubles(BitGenerator g, int[] size, NDArray a, Draw1 draw) {
        return walk(DType.FLOAT64, size, (out, p, at) ->
                out.set(F8, p, draw.draw(g, read(a, at[0]))), a);
    }

    /** float32 samples {@code draw(g, a[i])}; {@code a} must already be float32. */
    static NDArray floats(BitGenerator g, int[] size, NDArray a, FloatDraw1 draw) {
        return walk(DType.FLOAT32, size, (out, p, at) ->       // the cast is exact: a is float32
                out.set(F4, p, draw.draw(g, (float) read(a, at[0]))), a);
    }

    /** int64 samples {@code draw(g, a[i])}. */
    static NDArray longs(BitGenerator g, int[] size, NDArray a, LongDraw1 draw) {
        return walk(DType.INT64, size, (out, p, at) ->
                out.set(I8, p, draw.draw(g, read(a, at[0]))), a);
    }

    /** int64 samples {@code draw(g, a[i], b[i])}, {@code b} read as int64 (NumPy's cast). */
    static NDArray longs(BitGenerator g, int[] size, NDArray a, NDArray b, LongDraw2 draw) {
        return walk(DType.INT64, size, (out, p, at) ->
                out.set(I8, p, draw.draw(g, read(a, at[0]), readLong(b, at[1]))), a, b);
    }

    /** int64 samples {@code draw(g, a[i], b[i])} from two float parameters. */
    static NDArray longsOfFloats(BitGenerator g, int[] size, NDArray a, NDArray b,
                                 LongDrawFloats draw) {
        return walk(DType.INT64, size, (out, p, at) ->
                out.set(I8, p, draw.draw(g, read(a, at[0]), read(b, at[1]))), a, b);
    }

    /** int64 samples {@code draw(g, a[i], b[i], c[i])}, the parameters read as int64. */
    static NDArray longsOfCounts(BitGenerator g, int[] size, NDArray a, NDArray b, NDArray c,
                                 LongDrawCounts draw) {
        return walk(DType.INT64, size, (out, p, at) -> out.set(I8, p,
                draw.draw(g, readLong(a, at[0]), readLong(b, at[1]), readLong(c, at[2]))),
                a, b, c);
    }

    private static long readLong(NDArray a, long at) {
        return Elements.readLong(a.buffer(), at, a.dtype());
    }

    // tag::range[]
    /**
     * {@code high - low} in float64 over their broadcast shape, as the array path of
     * {@code uniform} computes it with {@code np.subtract(high, low)} before drawing.
     *
     * @throws ShapeException NumPy's ufunc message, high's shape first: {@code operands could
     *     not be broadcast together with shapes (3,) (2,) }
     * @throws IllegalArgumentException {@code Range exceeds valid bounds} when a difference is
     *     infinite or NaN (NumPy's OverflowError)
     */
    static NDArray range(NDArray low, NDArray high) {
        MultiIterator it = MultiIterator.of(high, low);
        NDArray out = Output.allocate(DType.FLOAT64, it.shape());
        MemorySegment seg = out.buffer();
        long[] pos = {Output.start(out)};
        boolean[] finite = {true};
        it.forEachElement(at -> {
            double r = read(high, at[0]) - read(low, at[1]);
            finite[0] &= Double.isFinite(r);
            seg.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, pos[0], r);
            pos[0] += 8;
        });
        if (!finite[0]) {
            throw new IllegalArgumentException("Range exceeds valid bounds");
        }
        return out;
    }
    // end::range[]
}
