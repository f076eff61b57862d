package dev.strides.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typed element copy (the fast path) moves the same bytes as {@code MemorySegment.copy}, and
 * so does a {@code load} followed by a {@code store} (the blend of the mask fill).
 */
class ElementCopyTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8, 16, 3})
    void copiesTheSameBytesAsMemorySegmentCopy(int itemsize) {
        Random r = new Random(itemsize);
        byte[] source = new byte[64];
        r.nextBytes(source);
        MemorySegment src = MemorySegment.ofArray(source);
        for (int from = 0; from + itemsize <= 40; from += 3) {          // unaligned positions too
            MemorySegment fast = MemorySegment.ofArray(new byte[64]);
            MemorySegment reference = MemorySegment.ofArray(new byte[64]);
            ElementCopy.copy(src, from, fast, 7, itemsize);
            MemorySegment.copy(src, from, reference, 7, itemsize);
            assertThat(fast.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE))
                    .isEqualTo(reference.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void loadThenStoreMovesTheSameBytesAsMemorySegmentCopy(int itemsize) {
        Random r = new Random(10 + itemsize);
        byte[] source = new byte[64];
        r.nextBytes(source);
        MemorySegment src = MemorySegment.ofArray(source);
        assertThat(ElementCopy.fitsInLong(itemsize)).isTrue();
        for (int from = 0; from + itemsize <= 40; from += 3) {
            MemorySegment fast = MemorySegment.ofArray(new byte[64]);
            MemorySegment reference = MemorySegment.ofArray(new byte[64]);
            ElementCopy.store(fast, 5, itemsize, ElementCopy.load(src, from, itemsize));
            MemorySegment.copy(src, from, reference, 5, itemsize);
            assertThat(fast.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE))
                    .isEqualTo(reference.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
        }
        assertThat(ElementCopy.fitsInLong(16)).isFalse();
    }
}
