package dev.strides.exercises.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q091: fromiter fills one buffer in a single pass; without a count it doubles, then trims. */
@Tag("Q091")
class Q091FromiterTest {

    /** Yields 0, 1, 2, … up to {@code size - 1} as Longs and counts how many were taken. */
    private static final class Counting implements Iterator<Long> {
        private final long size;
        private long taken;

        Counting(long size) {
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            return taken < size;
        }

        @Override
        public Long next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return taken++;
        }
    }

    @Test
    void readsEveryItemWhenNoCountIsGiven() {
        List<Double> items = List.of(1.0, 2.5, -3.0);
        NDArray a = Q091Fromiter.fromiter(items.iterator(), np.float64, -1);
        NDArray expected = np.fromiter(items, np.float64);   // np.fromiter([1.0, 2.5, -3.0], float)

        assertThat(a.shape()).as("shape of fromiter over 3 items").containsExactly(3);
        assertThat(a.dtype()).as("dtype: the one asked for").isEqualTo(np.float64);
        assertThat(new double[] {a.getDouble(0), a.getDouble(1), a.getDouble(2)})
                .as("values, in iteration order")
                .containsExactly(expected.getDouble(0), expected.getDouble(1),
                        expected.getDouble(2));
    }

    @Test
    void growsPastTheFirstBufferByDoubling() {
        NDArray a = Q091Fromiter.fromiter(new Counting(1000), np.int64, -1);

        assertThat(a.shape()).as("1000 items, far more than INITIAL_CAPACITY")
                .containsExactly(1000);
        boolean allThere = true;
        for (int i = 0; i < 1000; i++) {
            allThere &= a.getLong(i) == i;
        }
        assertThat(allThere).as("a[i] == i for every i: nothing lost or shifted when growing")
                .isTrue();
        assertThat(new long[] {Q091Fromiter.capacityAfter(0), Q091Fromiter.capacityAfter(16),
            Q091Fromiter.capacityAfter(17), Q091Fromiter.capacityAfter(1000)})
                .as("capacityAfter(0, 16, 17, 1000): 16 doubled as often as needed")
                .containsExactly(16, 16, 32, 1024);
    }

    @Test
    void theResultIsTrimmedAndOwnsItsBuffer() {
        // 17 items: the buffer grew from 16 to 32 elements, the result must hold 17
        NDArray a = Q091Fromiter.fromiter(new Counting(17), np.float64, -1);

        assertThat(a.shape()).as("shape after reading 17 items").containsExactly(17);
        assertThat(a.base()).as("the result owns its buffer, it is not a view of a larger one")
                .isNull();
        assertThat(a.buffer().byteSize()).as("bytes of the result's buffer: 17 * 8, trimmed")
                .isEqualTo(17 * 8);
        assertThat(a.getDouble(16)).as("the last item, read as a Long into float64")
                .isEqualTo(16.0);

        NDArray none = Q091Fromiter.fromiter(new Counting(0), np.float64, -1);
        assertThat(none.shape()).as("np.fromiter([], float) has shape (0,)").containsExactly(0);
    }

    @Test
    void countReadsExactlyThatManyItems() {
        Counting items = new Counting(10);
        NDArray a = Q091Fromiter.fromiter(items, np.int32, 4);

        assertThat(a.shape()).as("fromiter(range(10), int32, count=4)").containsExactly(4);
        assertThat(a.dtype()).as("dtype with count").isEqualTo(np.int32);
        assertThat(a.getLong(3)).as("the fourth item").isEqualTo(3);
        assertThat(items.taken).as("items taken from the iterator: count, not one more")
                .isEqualTo(4);
        assertThat(items.next()).as("the iterator continues where fromiter stopped")
                .isEqualTo(4L);
    }

    @Test
    void floatsAreTruncatedIntoAnIntegerDtype() {
        // np.fromiter([2.7, -2.7], np.int32) == array([ 2, -2], dtype=int32)
        NDArray a = Q091Fromiter.fromiter(List.of(2.7, -2.7).iterator(), np.int32, -1);

        assertThat(a.dtype()).as("dtype").isEqualTo(np.int32);
        assertThat(new long[] {a.getLong(0), a.getLong(1)}).as("2.7 and -2.7 stored as int32")
                .containsExactly(2, -2);
    }

    @Test
    void anIteratorShorterThanCountIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q091Fromiter.fromiter(new Counting(3), np.float64, 5));
        // np.fromiter(iter([1, 2, 3]), np.float64, count=5) raises ValueError with this message
        assertThat(e).as("count=5 over 3 items")
                .hasMessageContaining(
                        "iterator too short: Expected 5 but iterator had only 3 items.");
        assertThrows(IllegalArgumentException.class,
                () -> Q091Fromiter.fromiter(new Counting(3), np.float64, -2),
                "count=-2 is neither -1 (read all) nor a length");
    }
}
