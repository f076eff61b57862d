package dev.strides.views;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ShapeException;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {@code a[mask]} and {@code a[mask] = value} for one boolean mask of exactly {@code a}'s shape:
 * NumPy's fast path for the most common advanced index. Instead of turning the mask into
 * {@code ndim} integer arrays ({@link NonZero#nonzero}) and gathering through them, the array
 * and the mask are walked in lockstep in C order, and each element under a {@code True} is copied.
 * The general path gives the same result; a test checks that.
 *
 * <p>Two walks do that. The reference walk takes any layout through chapter 02's iterator,
 * one callback per run and a test per element. When both the array and the mask are one flat run
 * (1-d, or C-contiguous: {@link FastPaths#flatStep}) the loops of {@link GatherLoops} do the
 * same with no callback and, for {@code a[mask]}, no branch per element; the tests run both on
 * the same inputs and compare the bytes.
 *
 * <p>The result is a new 1-d array (a <b>copy</b>) of {@code count_nonzero(mask)} elements.
 * Cost: O(size) — one pass to count, one to copy; no index arrays are built.
 */
final class MaskIndexing {

    private MaskIndexing() {
    }

    /** {@code a[mask]}: the elements where {@code mask} is true, in C order. */
    static NDArray get(NDArray a, NDArray mask) {
        if (FastPaths.enabled() && flat(a, mask)) {
            GatherLoops.Run m = GatherLoops.Run.of(mask);
            long count = GatherLoops.countTrue(m, mask.size());
            NDArray out = NDArray.allocate(a.dtype(), new int[] {Math.toIntExact(count)}, Order.C);
            GatherLoops.compress(GatherLoops.Run.of(a), m, a.size(), GatherLoops.Run.of(out), count,
                    a.itemsize());
            return out;
        }
        return referenceGet(a, mask);
    }

    /** Both operands are one flat run: the loops of {@link GatherLoops} apply. */
    private static boolean flat(NDArray a, NDArray mask) {
        return FastPaths.flatStep(a) != FastPaths.NOT_FLAT && FastPaths.isFlatMask(mask);
    }

    // tag::mask-get[]
    /** {@code a[mask]} on the reference walk: any layout, one test per element. */
    static NDArray referenceGet(NDArray a, NDArray mask) {
        int count = Math.toIntExact(NonZero.countNonzero(mask));
        NDArray out = NDArray.allocate(a.dtype(), new int[] {count}, Order.C);
        MemorySegment src = a.buffer();
        MemorySegment dst = out.buffer();
        MemorySegment m = mask.buffer();
        int item = a.itemsize();
        long[] next = {0};                                // where the next kept element goes
        MultiIterator.of(a, mask).forEachRun((offsets, n, steps) -> {
            for (int i = 0; i < n; i++) {
                if (m.get(ValueLayout.JAVA_BYTE, offsets[1] + i * steps[1]) != 0) {
                    ElementCopy.copy(src, offsets[0] + i * steps[0], dst, next[0], item);
                    next[0] += item;
                }
            }
        });
        return out;
    }
    // end::mask-get[]

    /**
     * {@code a[mask] = value}: a 0-d or length-1 value goes to every selected element; a 1-d
     * value must have exactly one element per {@code True}, taken in C order.
     *
     * @throws ShapeException NumPy's {@code TypeError} for a value of more than one dimension,
     *     its {@code ValueError} when the lengths disagree
     */
    static void set(NDArray a, NDArray mask, Object value) {
        Assignment.requireWriteable(a);
        NDArray v = Assignment.asArray(value, a.dtype());
        if (v.ndim() > 1) {
            throw new ShapeException("NumPy boolean array indexing assignment requires a 0 or"
                    + " 1-dimensional input, input has " + v.ndim() + " dimensions");
        }
        long count = NonZero.countNonzero(mask);
        boolean oneValue = v.ndim() == 0 || v.shape(0) == 1;
        if (!oneValue && v.shape(0) != count) {
            throw new ShapeException("NumPy boolean array indexing assignment cannot assign "
                    + v.shape(0) + " input values to the " + count
                    + " output values where the mask is true");
        }
        if (Overlap.mayShareMemory(a, v)) {
            v = v.copy();
        }
        if (FastPaths.enabled() && flat(a, mask) && v.dtype().equals(a.dtype())) {
            GatherLoops.Run target = GatherLoops.Run.of(a);
            GatherLoops.Run m = GatherLoops.Run.of(mask);
            if (oneValue) {
                GatherLoops.fill(target, m, a.size(), v.buffer(), v.offset(), a.itemsize());
            } else {
                GatherLoops.expand(target, m, a.size(), GatherLoops.Run.of(v), count,
                        a.itemsize());
            }
            return;
        }
        referenceSet(a, mask, v, oneValue);
    }

    /**
     * The stores of {@code a[mask] = v} on the reference walk: any layout, any dtype. A value of
     * {@code a}'s dtype is copied byte for byte, as NumPy copies it (a NaN keeps its payload).
     */
    private static void referenceSet(NDArray a, NDArray mask, NDArray v, boolean oneValue) {
        MemorySegment src = v.buffer();
        MemorySegment dst = a.buffer();
        MemorySegment m = mask.buffer();
        DType from = v.dtype();
        DType to = a.dtype();
        long step = oneValue ? 0 : v.strides(0);
        boolean sameBytes = from.equals(to);               // then the bytes move unchanged
        long[] at = {v.offset()};                          // the next value to store
        MultiIterator.of(a, mask).forEachRun((offsets, n, steps) -> {
            for (int i = 0; i < n; i++) {
                if (m.get(ValueLayout.JAVA_BYTE, offsets[1] + i * steps[1]) != 0) {
                    long target = offsets[0] + i * steps[0];
                    if (sameBytes) {
                        ElementCopy.copy(src, at[0], dst, target, to.itemsize());
                    } else {
                        Elements.convert(src, at[0], from, dst, target, to);
                    }
                    at[0] += step;
                }
            }
        });
    }
}
