package dev.strides.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** {@link Buffers}: what a new buffer is, and which buffers can share bytes. */
class BuffersTest {

    @Test
    void aNewBufferIsAZeroFilledSliceOfAJavaLongArray() {
        MemorySegment b = Buffers.allocate(20, DType.INT32);
        assertThat(b.isNative()).isFalse();
        assertThat(b.heapBase()).get().isInstanceOf(long[].class);
        assertThat(((long[]) b.heapBase().orElseThrow()).length).as("20 bytes round up to 3 longs")
                .isEqualTo(3);
        assertThat(b.byteSize()).as("the slice is exactly the bytes asked for").isEqualTo(20);
        for (long k = 0; k < 20; k++) {
            assertThat(b.get(ValueLayout.JAVA_BYTE, k)).isZero();
        }
        assertThat(Buffers.allocate(0, DType.INT8).byteSize()).as("an empty array still gets one"
                + " byte").isEqualTo(1);
    }

    @Test
    void float64AndComplex128BuffersAreJavaDoubleArraysAndTheRestLongArrays() {
        for (DType t : DType.BUILTINS) {
            NDArray a = NDArray.allocate(t, new int[] {3}, Order.C);
            Class<?> expected = t == DType.FLOAT64 || t == DType.COMPLEX128 ? double[].class
                    : long[].class;
            assertThat(a.buffer().heapBase()).as("buffer of a new %s array", t).get()
                    .isInstanceOf(expected);
            NDArray swapped = NDArray.allocate(t.newByteOrder('S'), new int[] {3}, Order.C);
            Class<?> expectedSwapped = t.itemsize() == 1 ? expected : long[].class;
            assertThat(swapped.buffer().heapBase()).as("byte-swapped %s: its bytes are not Java"
                    + " doubles", swapped.dtype()).get().isInstanceOf(expectedSwapped);
        }
        NDArray laidOut = NDArray.allocateLayout(DType.FLOAT64, new int[] {2, 3},
                new long[] {8, 16});
        assertThat(laidOut.buffer().heapBase()).get().isInstanceOf(double[].class);

        MemorySegment b = Buffers.allocate(16 * 5, DType.COMPLEX128);
        double[] doubles = (double[]) b.heapBase().orElseThrow();
        assertThat(doubles).as("five complex numbers are ten zero doubles").hasSize(10)
                .containsOnly(0.0);
        b.set(ValueLayout.JAVA_DOUBLE, 8 * 3, 2.5);
        assertThat(doubles[3]).as("byte 8k of the segment is element k of the array")
                .isEqualTo(2.5);
    }

    @Test
    void everyDtypeOfANewArrayIsAligned() {
        for (DType t : new DType[] {DType.INT8, DType.INT16, DType.FLOAT32, DType.FLOAT64,
                DType.COMPLEX128}) {
            assertThat(NDArray.allocate(t, new int[] {5}, Order.C).flags().aligned())
                    .as("ALIGNED of a new %s array", t).isTrue();
        }
    }

    @Test
    void viewsOfOneArrayAreInTheSameBlockAndTwoArraysAreNot() {
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {10}, Order.C);
        NDArray tail = a.stridedView(DType.FLOAT64, new int[] {5}, new long[] {8}, 40);
        NDArray other = NDArray.allocate(DType.FLOAT64, new int[] {10}, Order.C);

        assertThat(Buffers.sameBlock(a.buffer(), tail.buffer())).isTrue();
        assertThat(Buffers.sameBlock(a.buffer(), other.buffer())).isFalse();
        assertThat(a.buffer().address()).as("both heap buffers start at offset 0 of their arrays:"
                + " addresses alone cannot tell them apart").isEqualTo(other.buffer().address());
        assertThat(Buffers.boundsOverlap(a, other)).isFalse();
        assertThat(Buffers.boundsOverlap(a, tail)).isTrue();
    }

    @Test
    void extentsAreBytesWithinTheBlock() {
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {3, 4}, Order.C);
        NDArray column = a.stridedView(DType.FLOAT64, new int[] {3}, new long[] {32}, 16);
        NDArray reversed = a.stridedView(DType.FLOAT64, new int[] {4}, new long[] {-8}, 24);
        NDArray empty = a.stridedView(DType.FLOAT64, new int[] {0}, new long[] {8}, 0);

        assertThat(Buffers.extent(a)).containsExactly(0, 96);
        assertThat(Buffers.extent(column)).containsExactly(16, 88);
        assertThat(Buffers.extent(reversed)).containsExactly(0, 32);
        assertThat(Buffers.extent(empty)).isNull();
        assertThat(Buffers.boundsOverlap(a, empty)).as("no elements, no shared byte").isFalse();
    }

    @Test
    void sameLayoutNeedsTheSameBlockFirstByteShapeAndStrides() {
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {2, 3}, Order.C);
        NDArray again = a.stridedView(DType.FLOAT64, new int[] {2, 3}, new long[] {24, 8}, 0);
        NDArray transposed = a.stridedView(DType.FLOAT64, new int[] {3, 2}, new long[] {8, 24}, 0);
        NDArray twin = NDArray.allocate(DType.FLOAT64, new int[] {2, 3}, Order.C);

        assertThat(Buffers.sameLayout(a, again)).isTrue();
        assertThat(Buffers.sameLayout(a, transposed)).isFalse();
        assertThat(Buffers.sameLayout(a, twin)).as("equal numbers, different memory").isFalse();
    }

    @Test
    void nativeAndHeapBuffersNeverShareABlock() {
        MemorySegment nativeBytes = Arena.ofAuto().allocate(64, 8);
        NDArray wrapped = NDArray.wrap(nativeBytes, DType.FLOAT64, new int[] {8}, new long[] {8}, 0,
                true);
        NDArray wrappedTail = NDArray.wrap(nativeBytes.asSlice(32), DType.FLOAT64, new int[] {4},
                new long[] {8}, 0, true);
        NDArray heap = NDArray.allocate(DType.FLOAT64, new int[] {8}, Order.C);

        assertThat(Buffers.sameBlock(wrapped.buffer(), heap.buffer())).isFalse();
        assertThat(Buffers.sameBlock(wrapped.buffer(), wrappedTail.buffer())).isTrue();
        assertThat(Buffers.boundsOverlap(wrapped, wrappedTail))
                .as("native addresses are real: the tail lies inside").isTrue();
    }
}
