package dev.strides.broadcasting;

import dev.strides.ndarray.Buffers;
import dev.strides.ndarray.Casting;
import dev.strides.ndarray.CastingException;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.ndarray.Scalars;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * A few element-wise operations on real arrays, written as loops over {@link MultiIterator}:
 * {@code add}, {@code subtract}, {@code multiply}, {@code divide}, {@code sqrt}, {@code square}.
 *
 * <p><b>The naive precursor of chapter 4's ufuncs</b>, kept because it shows in one page what an
 * element-wise operation is: a loop over {@link MultiIterator}'s runs. It is not what
 * {@code np.add} and friends run: those are chapter 4's {@code dev.strides.ufuncs} (loop tables
 * for every dtype, type resolution, {@code where=}, reductions, floating-point errors). Nothing
 * outside this chapter's book and tests uses this class. Result dtypes follow NumPy: {@link Casting#resultType} of the operands (Java numbers are
 * weak scalars), except that {@code divide} and {@code sqrt} of integers give a float
 * ({@code float64} for division; for {@code sqrt} the smallest float holding the input:
 * {@code int8 -> float16}). Complex operands are refused.
 *
 * <p>Every result is a new C-ordered array of the broadcast shape, unless {@code out} is given:
 * then the results are written into it (NumPy's {@code out=}), which must have exactly the
 * broadcast shape, be writeable, and accept the result dtype under the {@code 'same_kind'} rule.
 * Cost: one pass over the broadcast shape; no temporary is made for a broadcast operand.
 */
public final class Elementwise {

    private static final ValueLayout.OfDouble F8 =
            ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** The binary operations, with NumPy's ufunc names (used in messages). */
    public enum Binary {
        ADD("add"), SUBTRACT("subtract"), MULTIPLY("multiply"), DIVIDE("divide");

        private final String ufunc;

        Binary(String ufunc) {
            this.ufunc = ufunc;
        }

        double apply(double x, double y) {
            return switch (this) {
                case ADD -> x + y;
                case SUBTRACT -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> x / y;
            };
        }

        long apply(long x, long y) {            // integers wrap around, as C's do in NumPy
            return switch (this) {
                case ADD -> x + y;
                case SUBTRACT -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> throw new AssertionError("true division always computes in float");
            };
        }
    }

    /** The unary operations, with NumPy's ufunc names. */
    public enum Unary {
        SQRT("sqrt"), SQUARE("square");

        private final String ufunc;

        Unary(String ufunc) {
            this.ufunc = ufunc;
        }
    }

    private Elementwise() {
    }

    // ---- binary -------------------------------------------------------------------------------

    /** {@code op(a, b)} into a new array; {@code a} and {@code b} are arrays or Java numbers. */
    public static NDArray apply(Binary op, Object a, Object b) {
        return apply(op, a, b, null);
    }

    // tag::binary[]
    /**
     * {@code op(a, b, out=out)}: broadcasts {@code a} and {@code b} (arrays or Java numbers)
     * and writes {@code op} of each pair of elements into {@code out}, or into a new array when
     * {@code out} is null. Returns the array written.
     */
    public static NDArray apply(Binary op, Object a, Object b, NDArray out) {
        DType type = binaryType(op, a, b);
        NDArray x = operand(a, type);
        NDArray y = operand(b, type);
        if (out == null) {
            out = NDArray.allocate(type, MultiIterator.of(x, y).shape(), Order.C);
        } else {
            checkOut(op.ufunc, type, out);
            x = unaliased(x, out);
            y = unaliased(y, out);
        }
        MultiIterator it = MultiIterator.withOutputs(new NDArray[] {x, y}, out);
        if (type.equals(DType.FLOAT64) && allNativeFloat64(x, y, out)) {
            it.forEachRun(float64Loop(op, x.buffer(), y.buffer(), out.buffer()));
        } else {
            it.forEachElement(elementLoop(op, type, x, y, out));
        }
        return out;
    }
    // end::binary[]

    // tag::float64-loop[]
    /** The fast path: float64 in, float64 out, one tight strided loop per run. */
    private static MultiIterator.InnerLoop float64Loop(Binary op, MemorySegment x,
                                                       MemorySegment y, MemorySegment z) {
        return (offsets, count, strides) -> {
            long px = offsets[0];
            long py = offsets[1];
            long pz = offsets[2];
            for (int i = 0; i < count; i++) {
                z.set(F8, pz, op.apply(x.get(F8, px), y.get(F8, py)));
                px += strides[0];
                py += strides[1];
                pz += strides[2];
            }
        };
    }
    // end::float64-loop[]

    /** The readable path for any real dtype: read, compute in the carrier, convert, write. */
    private static MultiIterator.ElementLoop elementLoop(Binary op, DType type, NDArray x,
                                                         NDArray y, NDArray out) {
        MemorySegment sx = x.buffer();
        MemorySegment sy = y.buffer();
        MemorySegment sz = out.buffer();
        DType tx = x.dtype();
        DType ty = y.dtype();
        DType tz = out.dtype();
        if (type.isInexact()) {
            return at -> Elements.writeDouble(sz, at[2], tz,
                    round(op.apply(Elements.readDouble(sx, at[0], tx),
                            Elements.readDouble(sy, at[1], ty)), type));
        }
        if (type.isBool()) {                // NumPy: add is "or", multiply is "and"
            return at -> {
                boolean p = Elements.readBoolean(sx, at[0], tx);
                boolean q = Elements.readBoolean(sy, at[1], ty);
                boolean r = op == Binary.ADD ? p | q : p & q;
                Elements.writeLong(sz, at[2], tz, r ? 1 : 0, false);
            };
        }
        return at -> Elements.writeLong(sz, at[2], tz,
                wrap(op.apply(Elements.readLong(sx, at[0], tx), Elements.readLong(sy, at[1], ty)),
                        type), type.isUnsignedInteger());
    }

    /** The loop's dtype: NumPy's result type, a float for true division. */
    static DType binaryType(Binary op, Object a, Object b) {
        DType type = Casting.resultType(a, b);
        if (type.isComplex()) {
            throw new DTypeException(op.ufunc + ": complex operands are not supported by the"
                    + " provisional chapter-2 loops (chapter 4's ufuncs handle them)");
        }
        if (op == Binary.SUBTRACT && type.isBool()) {
            throw new DTypeException("numpy boolean subtract, the `-` operator, is not supported,"
                    + " use the bitwise_xor, the `^` operator, or the logical_xor function"
                    + " instead.");
        }
        if (op == Binary.DIVIDE && !type.isInexact()) {
            return DType.FLOAT64;
        }
        return type;
    }

    // ---- unary --------------------------------------------------------------------------------

    /** {@code op(a)} into a new array. */
    public static NDArray apply(Unary op, NDArray a) {
        return apply(op, a, null);
    }

    /** {@code op(a, out=out)}: {@code op} of each element, into {@code out} or a new array. */
    public static NDArray apply(Unary op, NDArray a, NDArray out) {
        Objects.requireNonNull(a, "a");
        DType type = unaryType(op, a.dtype());
        if (out == null) {
            out = NDArray.allocate(type, a.shape(), Order.C);
        } else {
            checkOut(op.ufunc, type, out);
            a = unaliased(a, out);
        }
        MemorySegment sa = a.buffer();
        MemorySegment sz = out.buffer();
        DType ta = a.dtype();
        DType tz = out.dtype();
        MultiIterator it = MultiIterator.withOutputs(new NDArray[] {a}, out);
        if (type.isInexact()) {
            it.forEachElement(at -> {
                double v = Elements.readDouble(sa, at[0], ta);
                double r = op == Unary.SQRT ? Math.sqrt(v) : v * v;
                Elements.writeDouble(sz, at[1], tz, round(r, type));
            });
        } else {                                       // square of integers (bool: as int8)
            it.forEachElement(at -> {
                long v = Elements.readLong(sa, at[0], ta);
                Elements.writeLong(sz, at[1], tz, wrap(v * v, type), type.isUnsignedInteger());
            });
        }
        return out;
    }

    static DType unaryType(Unary op, DType input) {
        if (input.isComplex()) {
            throw new DTypeException(op.ufunc + ": complex operands are not supported by the"
                    + " provisional chapter-2 loops (chapter 4's ufuncs handle them)");
        }
        DType type = input.nativeType();
        if (op == Unary.SQRT && !type.isInexact()) {
            return Casting.promoteTypes(type, DType.FLOAT16);   // the smallest float that holds it
        }
        if (op == Unary.SQUARE && type.isBool()) {
            return DType.INT8;
        }
        return type;
    }

    // ---- shared pieces ----------------------------------------------------------------------

    /** An array as it is; a Java number as a 0-d array of the loop's dtype (a weak scalar). */
    private static NDArray operand(Object value, DType type) {
        if (value instanceof NDArray array) {
            return array;
        }
        NDArray scalar = NDArray.allocate(type, new int[0], Order.C);
        Scalars.write(scalar.buffer(), 0, type, value);
        return scalar;
    }

    private static void checkOut(String ufunc, DType type, NDArray out) {
        if (!out.isWriteable()) {
            throw new ReadOnlyException("output array is read-only");
        }
        if (!Casting.canCast(type, out.dtype(), Casting.Rule.SAME_KIND)) {
            throw new CastingException("Cannot cast ufunc '" + ufunc + "' output from "
                    + type.repr() + " to " + out.dtype().repr() + " with casting rule 'same_kind'");
        }
    }

    /**
     * {@code input}, or a copy of it when it shares {@code out}'s buffer with another layout:
     * writing {@code out} element by element could then overwrite inputs not yet read. (The
     * same layout is safe: each element is read before it is written.)
     */
    private static NDArray unaliased(NDArray input, NDArray out) {
        return Buffers.boundsOverlap(input, out) && !Buffers.sameLayout(input, out)
                ? input.copy() : input;
    }

    private static boolean allNativeFloat64(NDArray... arrays) {
        for (NDArray a : arrays) {
            DType t = a.dtype();
            if (t.type() != DType.Type.FLOAT64 || t.order() != ByteOrder.LITTLE_ENDIAN) {
                return false;
            }
        }
        return true;
    }

    /** A result computed in double, rounded once to the loop's float width. */
    private static double round(double v, DType type) {
        return type.itemsize() == 4 ? (float) v : v;       // float16 rounds when it is stored
    }

    /** An integer result wrapped to the loop's width, before any cast to {@code out}'s dtype. */
    private static long wrap(long v, DType type) {
        return switch (type.itemsize()) {
            case 1 -> type.isUnsignedInteger() ? v & 0xFF : (byte) v;
            case 2 -> type.isUnsignedInteger() ? v & 0xFFFF : (short) v;
            case 4 -> type.isUnsignedInteger() ? v & 0xFFFF_FFFFL : (int) v;
            default -> v;
        };
    }
}
