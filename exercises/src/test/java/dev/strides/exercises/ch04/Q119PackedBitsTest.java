package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q119: eight flags per byte; bitwise ufuncs and popcount work on all eight at once. */
@Tag("Q119")
class Q119PackedBitsTest {

    // a = np.array([1, 0, 1, 1, 0, 0, 1, 0, 1, 1], bool)
    private static final NDArray A = np.array(new boolean[] {true, false, true, true, false,
        false, true, false, true, true});
    // b = np.array([1, 1, 0, 1, 0, 0, 1, 1, 1, 0], bool)
    private static final NDArray B = np.array(new boolean[] {true, true, false, true, false,
        false, true, true, true, false});

    @Test
    void packingPutsTheFirstFlagInTheHighBit() {
        // np.packbits(a)
        assertThat(Q119PackedBits.pack(A).toString()).as("10110010 = 178, then 11000000 = 192")
                .isEqualTo("array([178, 192], dtype=uint8)");
    }

    @Test
    void andOnPackedBytesIsThePackedAnd() {
        NDArray both = Q119PackedBits.andPacked(Q119PackedBits.pack(A), Q119PackedBits.pack(B));
        // np.packbits(a) & np.packbits(b)
        assertThat(both.toString()).as("eight flags per element")
                .isEqualTo("array([146, 128], dtype=uint8)");
        // np.unpackbits(np.packbits(a) & np.packbits(b), count=10).astype(bool)
        assertThat(np.unpackbits(both, null, 10, "big").toString())
                .as("unpacked: the same as a & b").isEqualTo(
                        "array([1, 0, 0, 1, 0, 0, 1, 0, 1, 0], dtype=uint8)");
    }

    @Test
    void popcountCountsTheSetFlags() {
        // np.sum(np.bitwise_count(np.packbits(a) & np.packbits(b))) == 4 == np.sum(a & b)
        assertThat(Q119PackedBits.popcount(np.array(new long[] {146, 128}, np.uint8)))
                .as("bits set in 146 and 128").isEqualTo(4);
        // np.sum(np.bitwise_count(np.array([255, 1, 0], np.uint8))) == 9
        assertThat(Q119PackedBits.popcount(np.array(new long[] {255, 1, 0}, np.uint8)))
                .isEqualTo(9);
    }

    @Test
    void jaccardOnPackedFlags() {
        // np.sum(a & b) / np.sum(a | b) == 4 / 8
        assertThat(Q119PackedBits.jaccard(A, B)).as("4 shared of 8 set").isEqualTo(0.5);
        assertThat(Q119PackedBits.jaccard(A, A)).as("identical").isEqualTo(1.0);
        NDArray none = np.zeros(new int[] {5}, np.bool);
        assertThat(Q119PackedBits.jaccard(none, none)).as("nothing set anywhere").isEqualTo(1.0);
    }

    @Test
    void predictThePackedSize() {
        // np.packbits(np.zeros(n, bool)).size for n = 10, 8, 0
        assertThat(Q119PackedBits.packedBytes(10)).as("10 flags: 2 bytes").isEqualTo(2);
        assertThat(Q119PackedBits.packedBytes(8)).as("8 flags: 1 byte").isEqualTo(1);
        assertThat(Q119PackedBits.packedBytes(0)).as("0 flags: 0 bytes").isZero()
                .isEqualTo(np.packbits(np.zeros(new int[] {0}, np.bool)).size());
    }
}
