package dev.strides.exercises.ch01;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;
import java.util.Iterator;

/**
 * Q091 - How to use fromiter() to create array?
 *
 * <p>{@code np.fromiter(iterable, dtype, count=-1)} builds a 1-d array from items that arrive
 * one at a time, in a single pass and without building a list first. The dtype must be given up
 * front, because each item is written straight into the array's buffer as it arrives.
 *
 * <ul>
 *   <li>With {@code count >= 0} the size is known: allocate once, read exactly {@code count}
 *       items (no more: the rest of the iterator stays unread), and fail if the iterator runs
 *       out first.</li>
 *   <li>With {@code count = -1} the size is unknown: start with a small buffer and, whenever
 *       it is full, allocate one twice as large and copy what was read. Each item is copied
 *       fewer than two times on average, so the whole pass is O(n). At the end, trim: return an
 *       array of exactly the items read that owns its buffer. (NumPy itself grows by about 50%
 *       each time; the amortised cost is O(1) per item either way.)</li>
 * </ul>
 *
 * <p>Build it from the memory model: {@code NDArray.allocate(dtype, shape, order)}, the typed
 * setters ({@code setDouble}, {@code setLong}) and {@code buffer()} (a
 * {@code java.lang.foreign.MemorySegment}; {@code MemorySegment.copy} moves bytes in bulk). Do
 * not call {@code np.fromiter}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q091")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q091} to check.
 */
public final class Q091Fromiter {

    /** Elements in the first buffer when {@code count} is -1. */
    public static final int INITIAL_CAPACITY = 16;

    private Q091Fromiter() {
    }

    /**
     * NumPy's {@code np.fromiter(items, dtype, count)}: a new 1-d array of the items.
     *
     * <p>Store a {@code Double} or {@code Float} with {@code setDouble} (an integer dtype
     * truncates it toward zero, as NumPy does) and any other {@code Number} with
     * {@code setLong}.
     *
     * @param items the values; read once, and with {@code count >= 0} no further than
     *     {@code count} items
     * @param dtype a bool, integer or float dtype
     * @param count the number of items to read, or -1 for all of them
     * @return a new 1-d array of exactly the items read, owning its buffer ({@code base() ==
     *     null}, {@code buffer().byteSize() == size * itemsize} when not empty)
     * @throws IllegalArgumentException when the iterator ends before {@code count} items, with
     *     NumPy's message, e.g. {@code "iterator too short: Expected 5 but iterator had only 3
     *     items."}, or when {@code count < -1}
     */
    public static NDArray fromiter(Iterator<? extends Number> items, DType dtype, long count) {
        throw new NotSolved("Q091");
    }

    /**
     * The capacity, in elements, of the buffer {@link #fromiter} has after reading {@code n}
     * items with {@code count = -1}: {@link #INITIAL_CAPACITY}, doubled as often as needed to
     * hold {@code n}.
     *
     * <p>Examples: 0 → 16, 16 → 16, 17 → 32, 1000 → 1024.
     *
     * @param n items read, {@code n >= 0}
     * @return the capacity before trimming
     */
    public static long capacityAfter(long n) {
        throw new NotSolved("Q091");
    }
}
