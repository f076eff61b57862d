package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The three float64 pairwise-sum paths of {@link Pairwise} add the same numbers in the same
 * order: the segment reference ({@link Pairwise#sum64Segment}), the scalar loop over the
 * {@code double[]} ({@link Pairwise#sumArray}) and the Vector API ({@link VectorPairwise}) give
 * the same bits — every length from 0 to 300, long odd lengths, runs starting at any element,
 * signed zeros, infinities and NaNs. (NaNs are compared as NaN, not by payload.) NumPy itself
 * is matched by the {@code pairwise.txt} fixtures of {@link ReductionConformanceTest}.
 */
class PairwisePathsTest {

    private static final int MAX_OFFSET = 9;

    /**
     * Values over sixteen decades, so that a different order of additions changes the last
     * bits (checked below: this data can tell the orders apart).
     */
    private static NDArray wideRandom(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {n}, Order.C);
        for (int i = 0; i < n; i++) {
            a.setDouble((random.nextDouble() - 0.4) * Math.pow(10, random.nextInt(-8, 8)), i);
        }
        return a;
    }

    private static double[] doubles(NDArray a) {
        return (double[]) a.buffer().heapBase().orElseThrow();
    }

    /** Asserts that every path sums {@code n} elements from element {@code k} to the same bits. */
    private static double assertPathsAgree(NDArray a, int k, int n) {
        MemorySegment s = a.buffer();
        double reference = Pairwise.sum64Segment(s, 8L * k, n, 8);
        long bits = Double.doubleToLongBits(reference);
        String where = "n=" + n + " from element " + k;
        assertThat(Double.doubleToLongBits(Pairwise.sumArray(doubles(a), k, n)))
                .as("double[] scalar, " + where).isEqualTo(bits);
        assertThat(Double.doubleToLongBits(VectorPairwise.sum(doubles(a), k, n)))
                .as("Vector API, " + where).isEqualTo(bits);
        assertThat(Double.doubleToLongBits(Pairwise.sum64(s, 8L * k, n, 8)))
                .as("dispatch, " + where).isEqualTo(bits);
        return reference;
    }

    @Test
    void theChapterTestsRunWithTheVectorApi() {
        assertThat(Pairwise.VECTOR_API).as("surefire's argLine adds jdk.incubator.vector, so the"
                + " vector path is the one the ufuncs take here").isTrue();
    }

    @Test
    void everyLengthUpTo300FromEveryStartingElementGivesTheSameBits() {
        NDArray a = wideRandom(300 + MAX_OFFSET, 11);
        int orderShows = 0;
        for (int n = 0; n <= 300; n++) {
            for (int k = 0; k <= MAX_OFFSET; k++) {
                double pairwise = assertPathsAgree(a, k, n);
                double leftToRight = 0.0;
                for (int i = k; i < k + n; i++) {
                    leftToRight += a.getDouble(i);
                }
                orderShows += pairwise != leftToRight ? 1 : 0;
            }
        }
        assertThat(orderShows).as("runs where the order of additions changes the result: the"
                + " data can tell a wrong order").isGreaterThan(1000);
    }

    @Test
    void longOddRunsGiveTheSameBits() {
        for (int n : new int[] {100_001, 100_003, 131_071, 100_000 + 8 * 129 + 5}) {
            NDArray a = wideRandom(n + MAX_OFFSET, n);
            for (int k : new int[] {0, 1, 3, 8, MAX_OFFSET}) {
                assertPathsAgree(a, k, n);
            }
        }
    }

    @Test
    void signedZerosInfinitiesAndNansGiveTheSameBits() {
        SplittableRandom random = new SplittableRandom(13);
        double[] specials = {-0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NaN, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -1.5};
        for (int n : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 127, 128, 129, 255, 256, 257, 1000}) {
            NDArray zeros = NDArray.allocate(DType.FLOAT64, new int[] {n + MAX_OFFSET}, Order.C);
            for (int i = 0; i < n + MAX_OFFSET; i++) {
                zeros.setDouble(-0.0, i);
            }
            for (int k = 0; k <= MAX_OFFSET; k++) {
                assertThat(Double.doubleToRawLongBits(assertPathsAgree(zeros, k, n)))
                        .as("a sum of negative zeros is -0.0 (n=%d)", n)
                        .isEqualTo(Double.doubleToRawLongBits(-0.0));
            }
            for (int trial = 0; trial < 20; trial++) {
                NDArray mixed = NDArray.allocate(DType.FLOAT64, new int[] {n + MAX_OFFSET},
                        Order.C);
                int rate = 1 + random.nextInt(n + 1);          // from all specials to a few
                for (int i = 0; i < n + MAX_OFFSET; i++) {
                    mixed.setDouble(random.nextInt(rate) == 0
                            ? specials[random.nextInt(specials.length)]
                            : random.nextDouble() - 0.5, i);
                }
                for (int k = 0; k <= MAX_OFFSET; k++) {
                    assertPathsAgree(mixed, k, n);
                }
            }
        }
    }

    @Test
    void stridedMisalignedAndLongBackedRunsGiveTheSameSums() {
        NDArray a = wideRandom(1001, 17);
        MemorySegment s = a.buffer();
        assertThat(Pairwise.sum64(s, 8, 500, 16)).as("every other element: the segment path")
                .isEqualTo(Pairwise.sum64Segment(s, 8, 500, 16));

        long[] words = new long[1000];
        for (int i = 0; i < words.length; i++) {
            words[i] = Double.doubleToRawLongBits(a.getDouble(i));
        }
        MemorySegment longs = MemorySegment.ofArray(words);
        assertThat(Pairwise.sum64(longs, 24, 900, 8)).as("a long[] buffer: the segment path,"
                + " the same sum").isEqualTo(Pairwise.sum64(s, 24, 900, 8));

        MemorySegment bytes = MemorySegment.ofArray(new byte[8 * 300 + 4]);
        MemorySegment.copy(s, 0, bytes, 4, 8 * 300);
        assertThat(bytes.get(ValueLayout.JAVA_DOUBLE_UNALIGNED, 4 + 8 * 7))
                .isEqualTo(a.getDouble(7));
        assertThat(Pairwise.sum64(bytes, 4, 300, 8)).as("doubles 4 bytes off alignment")
                .isEqualTo(Pairwise.sum64(s, 0, 300, 8));

        MemorySegment slice = s.asSlice(8 * 5);
        assertThat(Pairwise.sum64(slice, 16, 700, 8)).as("a slice whose address is not 0: element"
                + " (address + at) / 8 of the array")
                .isEqualTo(Pairwise.sum64Segment(s, 56, 700, 8));
    }

    @Test
    void aSumOfAViewStartingInsideTheBufferTakesTheSameBitsAsTheReference() {
        NDArray a = wideRandom(10_007, 19);
        for (int k : new int[] {1, 2, 5, 7}) {
            NDArray view = a.stridedView(DType.FLOAT64, new int[] {10_007 - k}, new long[] {8},
                    8L * k);
            double sum = ArithmeticUfuncs.ADD.reduce(view, ReduceOptions.all()).getDouble();
            assertThat(sum).as("np.sum(a[%d:])", k)
                    .isEqualTo(0.0 + Pairwise.sum64Segment(a.buffer(), 8L * k, 10_007 - k, 8));
        }
    }
}
