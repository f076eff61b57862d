package dev.strides.ufuncs;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.lang.foreign.ValueLayout;

/**
 * {@code np.packbits} and {@code np.unpackbits}: eight truth values per byte and back.
 *
 * <p>Along the chosen axis, each group of 8 elements becomes one uint8: element {@code j} of the
 * group sets bit {@code 7 - j} ({@code bitorder = "big"}, the default: the first element is the
 * most significant bit) or bit {@code j} ({@code "little"}). A last group shorter than 8 is
 * padded with zeros. {@code axis = null} packs the flattened array (C order). Unpacking reverses
 * it; {@code count} keeps only the first {@code count} bits (a negative count drops bits from
 * the end). Both return new arrays; cost one pass.
 */
public final class PackBits {

    private PackBits() {
    }

    // tag::packbits[]
    /** {@code np.packbits(a, axis, bitorder)}; {@code axis == null} flattens first. */
    public static NDArray packbits(NDArray a, Integer axis, String bitorder) {
        boolean little = littleEndian(bitorder);
        if (!(a.dtype().isBool() || a.dtype().isInteger())) {
            throw new DTypeException("Expected an input array of integer or boolean data type");
        }
        NDArray in = axis == null ? flat(a) : a;
        int k = axis == null ? 0 : Reduction.checkAxis(axis, Math.max(in.ndim(), 1));
        int[] shape = in.shape();
        int n = shape[k];
        shape[k] = (n + 7) / 8;
        NDArray out = NDArray.allocate(DType.UINT8, shape, Order.C);
        forEachLine(in, k, out, (inAt, inStep, outAt, outStep) -> {
            for (int g = 0; g < (n + 7) / 8; g++) {
                int bits = 0;
                for (int j = 0; j < 8 && g * 8 + j < n; j++) {
                    long at = inAt + (g * 8L + j) * inStep;
                    boolean on = Elements.readBoolean(in.buffer(), at, in.dtype());
                    bits |= on ? 1 << (little ? j : 7 - j) : 0;
                }
                out.buffer().set(ValueLayout.JAVA_BYTE, outAt + g * outStep, (byte) bits);
            }
        });
        return out;
    }
    // end::packbits[]

    /** {@code np.unpackbits(a, axis, count, bitorder)}; a null count keeps all bits. */
    public static NDArray unpackbits(NDArray a, Integer axis, Integer count, String bitorder) {
        boolean little = littleEndian(bitorder);
        if (a.dtype().type() != DType.Type.UINT8) {
            throw new DTypeException("Expected an input array of unsigned byte data type");
        }
        NDArray in = axis == null ? flat(a) : a;
        int k = axis == null ? 0 : Reduction.checkAxis(axis, Math.max(in.ndim(), 1));
        int[] shape = in.shape();
        int n = shape[k];
        int bits = 8 * n;
        int keep = count == null ? bits
                : count >= 0 ? Math.min(count, bits) : Math.max(bits + count, 0);
        if (count != null && count < 0 && -count > bits) {
            throw new IllegalArgumentException("-count larger than number of elements");
        }
        int total = count != null && count > bits ? count : keep;
        shape[k] = total;
        NDArray out = NDArray.allocate(DType.UINT8, shape, Order.C);
        forEachLine(in, k, out, (inAt, inStep, outAt, outStep) -> {
            for (int i = 0; i < keep; i++) {
                int b = in.buffer().get(ValueLayout.JAVA_BYTE, inAt + (i / 8) * inStep) & 0xFF;
                int bit = (b >> (little ? i % 8 : 7 - i % 8)) & 1;
                out.buffer().set(ValueLayout.JAVA_BYTE, outAt + i * outStep, (byte) bit);
            }
        });
        return out;
    }

    private static boolean littleEndian(String bitorder) {
        if (bitorder == null || bitorder.equals("big")) {
            return false;
        }
        if (bitorder.equals("little")) {
            return true;
        }
        throw new IllegalArgumentException("'order' must be either 'little' or 'big'");
    }

    /** A 1-d C-order view (or copy, if it cannot be a view) of {@code a}. */
    private static NDArray flat(NDArray a) {
        NDArray c = a.flags().cContiguous() ? a : a.copy();
        return c.stridedView(new int[] {(int) c.size()}, new long[] {c.itemsize()}, c.offset());
    }

    @FunctionalInterface
    private interface Line {
        void each(long inAt, long inStep, long outAt, long outStep);
    }

    /** Calls {@code line} for every 1-d line along {@code axis} of {@code in} and {@code out}. */
    private static void forEachLine(NDArray in, int axis, NDArray out, Line line) {
        int[] outer = in.shape();
        outer[axis] = 1;
        NDArray inLines = in.stridedView(outer, withZero(in.strides(), axis), in.offset());
        NDArray outLines = out.stridedView(outer, withZero(out.strides(), axis), out.offset());
        long inStep = in.strides(axis);
        long outStep = out.strides(axis);
        dev.strides.broadcasting.MultiIterator.of(inLines, outLines).forEachElement(at ->
                line.each(at[0], inStep, at[1], outStep));
    }

    private static long[] withZero(long[] strides, int axis) {
        long[] s = strides.clone();
        s[axis] = 0;
        return s;
    }
}
