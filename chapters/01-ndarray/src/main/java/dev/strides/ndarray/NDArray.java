package dev.strides.ndarray;

import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional array: NumPy's {@code ndarray}, built on the same memory model.
 *
 * <p>Five facts locate every element: a byte {@link #buffer()}, a {@link #dtype()} saying how to
 * read {@code itemsize} bytes, a {@link #shape()}, {@link #strides()} in <b>bytes</b> per axis and a
 * byte {@link #offset()}. Element {@code (i, j, k)} lives at
 *
 * <pre>{@code offset + i*strides[0] + j*strides[1] + k*strides[2]}</pre>
 *
 * <p>A <b>view</b> shares its buffer with the array it came from (its {@link #base()}); a
 * <b>copy</b> never shares. Transposing, slicing and broadcasting in later chapters only make
 * new (shape, strides, offset) triples over the same buffer via {@link #stridedView}; no bytes
 * move. This class holds the memory model and element access only; every other operation is a
 * static function in its chapter, re-exported by {@code dev.strides.np.np}.
 *
 * <p>New buffers are zero-filled Java {@code long[]} arrays seen as memory segments, freed by the
 * garbage collector when no array refers to them ({@link Buffers} says why).
 */
public final class NDArray {

    // tag::fields[]
    private final MemorySegment buffer;
    private final DType dtype;
    private final int[] shape;      // elements per axis
    private final long[] strides;   // bytes per step along each axis
    private final long offset;      // byte position of element (0, …, 0)
    private final NDArray base;     // owner of the buffer, or null when this array owns it
    private final long size;        // product of shape
    private final boolean cContiguous;
    private final boolean fContiguous;
    private final boolean aligned;
    private boolean writeable;
    // end::fields[]

    private NDArray(MemorySegment buffer, DType dtype, int[] shape, long[] strides, long offset,
                    NDArray base, boolean writeable) {
        this.buffer = buffer;
        this.dtype = dtype;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.base = base;
        this.writeable = writeable;
        this.size = sizeOf(shape);
        this.cContiguous = isContiguous(shape, strides, dtype.itemsize(), Order.C);
        this.fContiguous = isContiguous(shape, strides, dtype.itemsize(), Order.F);
        this.aligned = isAligned();
        assert isConsistent() : "inconsistent array: " + describe();
    }

    // ---- making arrays ------------------------------------------------------------------------

    /**
     * Allocates a new zero-filled array that owns its buffer, with C- or F-order strides.
     *
     * @throws ShapeException for a negative dimension or a size that cannot be addressed
     */
    public static NDArray allocate(DType dtype, int[] shape, Order order) {
        Objects.requireNonNull(dtype, "dtype");
        int[] dims = checkShape(shape);
        long nbytes = Math.multiplyExact(sizeOf(dims), (long) dtype.itemsize());
        MemorySegment buffer = Buffers.allocate(nbytes, dtype);
        long[] strides = defaultStrides(dims, dtype.itemsize(), order == Order.F ? Order.F : Order.C);
        return new NDArray(buffer, dtype, dims, strides, 0, null, true);
    }

    /**
     * Allocates a new zero-filled array that owns its buffer, with the given strides, which must
     * describe a dense permutation of the axes (used by {@code order='K'} copies).
     */
    public static NDArray allocateLayout(DType dtype, int[] shape, long[] strides) {
        long nbytes = sizeOf(shape) * dtype.itemsize();
        MemorySegment buffer = Buffers.allocate(nbytes, dtype);
        return new NDArray(buffer, dtype, shape.clone(), strides.clone(), 0, null, true);
    }

    /**
     * Wraps an existing buffer without copying: NumPy's {@code frombuffer}/{@code ndarray(buffer=…)}.
     * The array does not own the memory ({@code OWNDATA} is false) and checks that every element it
     * can reach lies inside {@code buffer}.
     */
    public static NDArray wrap(MemorySegment buffer, DType dtype, int[] shape, long[] strides,
                               long offset, boolean writeable) {
        Objects.requireNonNull(buffer, "buffer");
        int[] dims = checkShape(shape);
        long[] st = strides.clone();
        checkInBuffer(buffer, dtype, dims, st, offset);
        NDArray owner = new NDArray(buffer, DType.UINT8, new int[] {(int) Math.min(buffer.byteSize(),
                Integer.MAX_VALUE)}, new long[] {1}, 0, null, writeable);
        return new NDArray(buffer, dtype, dims, st, offset, owner, writeable && !buffer.isReadOnly());
    }

    // tag::view-primitive[]
    /**
     * Makes a <b>view</b>: a new shape, strides and byte offset over this array's buffer, with
     * the same dtype or another one. No bytes are copied; writes through the view are seen by
     * this array. The base is collapsed to the buffer's owner, never a chain of views.
     *
     * @throws IllegalArgumentException if any element of the view would lie outside the buffer
     */
    public NDArray stridedView(DType viewType, int[] viewShape, long[] viewStrides, long byteOffset) {
        int[] dims = checkShape(viewShape);
        long[] st = viewStrides.clone();
        if (st.length != dims.length) {
            throw new ShapeException("strides " + tuple(st) + " must have as many entries as shape "
                    + tuple(dims));
        }
        checkInBuffer(buffer, viewType, dims, st, byteOffset);
        NDArray owner = base != null ? base : this;
        return new NDArray(buffer, viewType, dims, st, byteOffset, owner, writeable);
    }
    // end::view-primitive[]

    /** {@link #stridedView(DType, int[], long[], long)} keeping this array's dtype. */
    public NDArray stridedView(int[] viewShape, long[] viewStrides, long byteOffset) {
        return stridedView(dtype, viewShape, viewStrides, byteOffset);
    }

    // ---- the memory model -----------------------------------------------------------------------

    /** The bytes this array reads; shared by all its views. */
    public MemorySegment buffer() {
        return buffer;
    }

    public DType dtype() {
        return dtype;
    }

    /** Elements per axis; a fresh copy (arrays are values, not handles into this object). */
    public int[] shape() {
        return shape.clone();
    }

    /** Bytes to step along each axis; a fresh copy. A C-ordered 3×4 float64 gives {@code [32, 8]}. */
    public long[] strides() {
        return strides.clone();
    }

    /** Elements along {@code axis} (negative counts from the end). */
    public int shape(int axis) {
        return shape[normalizeAxis(axis, shape.length)];
    }

    /** Bytes per step along {@code axis} (negative counts from the end). */
    public long strides(int axis) {
        return strides[normalizeAxis(axis, shape.length)];
    }

    /** Byte position of the first element, {@code (0, …, 0)}, inside {@link #buffer()}. */
    public long offset() {
        return offset;
    }

    /** The array that owns the buffer this one views, or {@code null} if this array owns it. */
    public NDArray base() {
        return base;
    }

    public int ndim() {
        return shape.length;
    }

    /** Number of elements: the product of the shape (1 for a 0-d array, 0 if any axis is 0). */
    public long size() {
        return size;
    }

    public int itemsize() {
        return dtype.itemsize();
    }

    // tag::nbytes[]
    /** Bytes the elements take: {@code size * itemsize}. A view reports its elements, not the buffer. */
    public long nbytes() {
        return size * dtype.itemsize();
    }
    // end::nbytes[]

    public Flags flags() {
        return new Flags(cContiguous, fContiguous, base == null, writeable, aligned);
    }

    public boolean isWriteable() {
        return writeable;
    }

    /**
     * Sets the {@code WRITEABLE} flag, as {@code a.flags.writeable = …}. Lowering it always works;
     * raising it is refused when the buffer's owner is read-only.
     */
    public void setWriteable(boolean flag) {
        if (flag && base != null && !base.writeable) {
            throw new ReadOnlyException("cannot set WRITEABLE flag to True of this array");
        }
        if (flag && buffer.isReadOnly()) {
            throw new ReadOnlyException("cannot set WRITEABLE flag to True of this array");
        }
        writeable = flag;
    }

    // ---- element access ---------------------------------------------------------------------

    // tag::byte-offset[]
    /**
     * The byte position of element {@code index}: {@code offset + Σ index[k]·strides[k]}.
     * Negative indices count from the end of their axis.
     *
     * @throws IndexException when an index is outside its axis or the count is not {@code ndim}
     */
    public long byteOffset(int... index) {
        if (index.length != shape.length) {
            throw new IndexException("incorrect number of indices for array: array is "
                    + shape.length + "-dimensional, but " + index.length + " were indexed");
        }
        long p = offset;
        for (int k = 0; k < index.length; k++) {
            p += IndexException.normalize(index[k], k, shape[k]) * strides[k];
        }
        return p;
    }
    // end::byte-offset[]

    /**
     * The element as a Java value, NumPy's {@code a.item(*args)}: {@code Boolean}, {@code Long}
     * (uint64: {@code BigInteger}), {@code Double} or {@link Complex}. No argument: the only
     * element of a size-1 array. One argument on an array that is not 1-d: a flat C-order index.
     */
    public Object item(int... index) {
        long at;
        if (index.length == 0) {
            if (size != 1) {
                throw new ShapeException("can only convert an array of size 1 to a Python scalar");
            }
            at = flatByteOffset(0);
        } else if (index.length == 1 && shape.length != 1) {
            at = flatByteOffset(index[0]);
        } else if (index.length != shape.length) {
            throw new ShapeException("incorrect number of indices for array");
        } else {
            at = byteOffset(index);
        }
        return switch (dtype.kind()) {
            case 'b' -> Elements.readBoolean(buffer, at, dtype);
            case 'i' -> Elements.readLong(buffer, at, dtype);
            case 'u' -> dtype.type() == DType.Type.UINT64
                    ? new BigInteger(Long.toUnsignedString(Elements.readLong(buffer, at, dtype)))
                    : (Object) Elements.readLong(buffer, at, dtype);
            case 'f' -> Elements.readDouble(buffer, at, dtype);
            default -> Elements.readComplex(buffer, at, dtype);
        };
    }

    /** Byte position of the element at flat C-order position {@code flat} (negative from the end). */
    public long flatByteOffset(long flat) {
        if (flat < -size || flat >= size) {
            throw new IndexException("index " + flat + " is out of bounds for size " + size);
        }
        long rest = flat < 0 ? flat + size : flat;
        long p = offset;
        for (int k = shape.length - 1; k >= 0; k--) {
            p += (rest % shape[k]) * strides[k];
            rest /= shape[k];
        }
        return p;
    }

    /** The element at {@code index} as a double; bool and integer elements are converted. */
    public double getDouble(int... index) {
        requireReal("getDouble", "getComplex");
        return Elements.readDouble(buffer, byteOffset(index), dtype);
    }

    /** The element at {@code index} as a long; uint64 gives its raw bits (see {@code Long.toUnsignedString}). */
    public long getLong(int... index) {
        if (dtype.isInexact()) {
            throw new DTypeException("getLong: the array holds " + dtype.name()
                    + " values; use getDouble, or astype(int64) to truncate");
        }
        return Elements.readLong(buffer, byteOffset(index), dtype);
    }

    /** The element at {@code index} as a boolean: non-zero (and NaN) is true. */
    public boolean getBoolean(int... index) {
        return Elements.readBoolean(buffer, byteOffset(index), dtype);
    }

    /** The element at {@code index} as a complex number (imaginary part 0 for real dtypes). */
    public Complex getComplex(int... index) {
        return Elements.readComplex(buffer, byteOffset(index), dtype);
    }

    /**
     * Stores {@code value} at {@code index}, as {@code a[index] = value} with a Python float:
     * integer elements get {@code int(value)}, truncated toward zero and range-checked.
     *
     * @throws IllegalArgumentException for NaN or infinity into an integer array (NumPy's
     *     {@code cannot convert float NaN to integer}), or a truncated value the integer dtype
     *     cannot hold ({@code Python integer 300 out of bounds for int8})
     */
    public void setDouble(double value, int... index) {
        Scalars.writeFloat(buffer, writableOffset(index), dtype, value);
    }

    /**
     * Stores {@code value} at {@code index}, as {@code a[index] = value} with a Python int. Float
     * elements get {@code float(value)}.
     *
     * @throws IllegalArgumentException if an integer array cannot hold it (NumPy 2's
     *     {@code Python integer 300 out of bounds for uint8})
     */
    public void setLong(long value, int... index) {
        Scalars.writeInteger(buffer, writableOffset(index), dtype, value);
    }

    /** Stores a boolean (1 or 0 in numeric arrays). */
    public void setBoolean(boolean value, int... index) {
        Elements.writeLong(buffer, writableOffset(index), dtype, value ? 1 : 0, false);
    }

    /**
     * Stores a complex number, as {@code a[index] = z}: complex arrays hold it, a bool array
     * stores whether it is non-zero, other arrays refuse it (take {@code value.re()} explicitly).
     *
     * @throws DTypeException for an integer or float array, with NumPy's {@code TypeError} message
     */
    public void setComplex(Complex value, int... index) {
        Scalars.writeComplex(buffer, writableOffset(index), dtype, value);
    }

    private long writableOffset(int[] index) {
        long at = byteOffset(index);
        if (!writeable) {
            throw new ReadOnlyException("assignment destination is read-only");
        }
        return at;
    }

    private void requireReal(String method, String instead) {
        if (dtype.isComplex()) {
            throw new DTypeException(method + ": the array holds " + dtype.name()
                    + " values; use " + instead);
        }
    }

    // ---- copies and casts ---------------------------------------------------------------------

    /** A C-ordered <b>copy</b>: NumPy's {@code a.copy()}. */
    public NDArray copy() {
        return copy(Order.C);
    }

    /**
     * A <b>copy</b> in the requested memory order: C, F, A (F if this array is F- and not
     * C-contiguous) or K (keep the order of the strides). Costs O(size) time and memory.
     */
    public NDArray copy(Order order) {
        return Casting.castCopy(this, dtype, order);
    }

    /** {@code a.astype(dtype)}: a copy converted with casting 'unsafe', order 'K'. */
    public NDArray astype(DType target) {
        return astype(target, Casting.Rule.UNSAFE);
    }

    /**
     * {@code a.astype(dtype, casting=…)}: a <b>copy</b> converted element by element, after
     * checking that {@code rule} allows the cast.
     *
     * @throws CastingException when the rule forbids it, with NumPy's message
     */
    public NDArray astype(DType target, Casting.Rule rule) {
        Casting.require(dtype, target, rule);
        return Casting.castCopy(this, target, Order.K);
    }

    // ---- printing -----------------------------------------------------------------------------

    /** NumPy's {@code repr(a)}, e.g. {@code array([1., 2.])}, with the current print options. */
    @Override
    public String toString() {
        return dev.strides.ndarray.print.ArrayPrinter.repr(this);
    }

    /** One line about the layout, for messages and debugging. */
    public String describe() {
        return "NDArray(dtype=" + dtype.str() + ", shape=" + tuple(shape) + ", strides="
                + tuple(strides) + ", offset=" + offset + ", buffer=" + buffer.byteSize() + " bytes)";
    }

    // ---- layout rules -------------------------------------------------------------------------

    // tag::size-of[]
    /** Product of the dimensions; 1 for the empty shape of a 0-d array. */
    public static long sizeOf(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n = Math.multiplyExact(n, (long) d);
        }
        return n;
    }
    // end::size-of[]

    // tag::default-strides[]
    /**
     * Strides of a freshly allocated array. C order: the last axis steps one item, each earlier
     * axis steps over a whole row of the later ones. F order: the mirror image. An array with no
     * elements gets all-zero strides, as NumPy 2 gives it ({@code np.zeros((2, 0, 3)).strides}
     * is {@code (0, 0, 0)}).
     */
    public static long[] defaultStrides(int[] shape, int itemsize, Order order) {
        long[] strides = new long[shape.length];
        if (sizeOf(shape) == 0) {
            return strides;
        }
        long step = itemsize;
        if (order == Order.F) {
            for (int k = 0; k < shape.length; k++) {
                strides[k] = step;
                step *= Math.max(shape[k], 1);
            }
        } else {
            for (int k = shape.length - 1; k >= 0; k--) {
                strides[k] = step;
                step *= Math.max(shape[k], 1);
            }
        }
        return strides;
    }
    // end::default-strides[]

    // tag::contiguity[]
    /**
     * NumPy's contiguity rule: walking the axes from the fastest (last for C, first for F), each
     * axis longer than 1 must step exactly the bytes of everything faster than it. Length-1 axes
     * are skipped (their stride is never used) and an array with a length-0 axis is both.
     */
    static boolean isContiguous(int[] shape, long[] strides, int itemsize, Order order) {
        for (int d : shape) {
            if (d == 0) {
                return true;
            }
        }
        long expected = itemsize;
        for (int j = 0; j < shape.length; j++) {
            int k = order == Order.C ? shape.length - 1 - j : j;
            if (shape[k] != 1) {
                if (strides[k] != expected) {
                    return false;
                }
                expected *= shape[k];
            }
        }
        return true;
    }
    // end::contiguity[]

    private boolean isAligned() {
        int alignment = dtype.isComplex() ? dtype.itemsize() / 2 : dtype.itemsize();
        long bits = buffer.address() + offset;
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] == 0) {
                return true;
            }
            if (shape[k] > 1) {
                bits |= strides[k];
            }
        }
        return bits % alignment == 0;
    }

    /** The invariant checked under {@code assert}: size matches the shape, every byte is in the buffer. */
    private boolean isConsistent() {
        if (strides.length != shape.length || size != sizeOf(shape)) {
            return false;
        }
        long[] span = byteSpan(dtype, shape, strides, offset);
        return span == null || (span[0] >= 0 && span[1] <= buffer.byteSize());
    }

    // tag::byte-span[]
    /** The first and one-past-last byte any element touches, or null when there are no elements. */
    static long[] byteSpan(DType dtype, int[] shape, long[] strides, long offset) {
        long lo = offset;
        long hi = offset + dtype.itemsize();
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] == 0) {
                return null;
            }
            long reach = (long) (shape[k] - 1) * strides[k];
            if (reach < 0) {
                lo += reach;
            } else {
                hi += reach;
            }
        }
        return new long[] {lo, hi};
    }
    // end::byte-span[]

    private static void checkInBuffer(MemorySegment buffer, DType dtype, int[] shape, long[] strides,
                                      long offset) {
        long[] span = byteSpan(dtype, shape, strides, offset);
        if (span != null && (span[0] < 0 || span[1] > buffer.byteSize())) {
            throw new IllegalArgumentException("a view of shape " + tuple(shape) + ", strides "
                    + tuple(strides) + " and offset " + offset + " would reach bytes [" + span[0]
                    + ", " + span[1] + ") outside the buffer of " + buffer.byteSize() + " bytes");
        }
    }

    /** Validates dimensions (NumPy: {@code negative dimensions are not allowed}); returns a copy. */
    public static int[] checkShape(int[] shape) {
        Objects.requireNonNull(shape, "shape");
        for (int d : shape) {
            if (d < 0) {
                throw new ShapeException("negative dimensions are not allowed");
            }
        }
        try {
            sizeOf(shape);
        } catch (ArithmeticException e) {
            throw new ShapeException("array is too big; `arr.size * arr.dtype.itemsize` is larger"
                    + " than the maximum possible size.");
        }
        return shape.clone();
    }

    /** Makes a possibly negative axis non-negative, NumPy's {@code normalize_axis_index}. */
    public static int normalizeAxis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new IndexException("axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** Python's tuple spelling: {@code (3, 4)}, {@code (3,)}, {@code ()}. */
    public static String tuple(int[] values) {
        return tuple(Arrays.stream(values).asLongStream().toArray());
    }

    /** Python's tuple spelling of longs. */
    public static String tuple(long[] values) {
        if (values.length == 1) {
            return "(" + values[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < values.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(values[k]);
        }
        return sb.append(')').toString();
    }
}
