package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Filling one array from several threads: the same bits for any thread count, because chunk i
 * always gets stream i; and the streams are NumPy's (child i of the SeedSequence, or the
 * generator jumped i times).
 */
class ParallelStreamsTest {

    private static final int N = 100_003;   // not a multiple of the chunk count
    private static final int CHUNKS = 8;

    private static byte[] filled(int threads) {
        NDArray out = NDArray.allocate(DType.FLOAT64, new int[] {N}, Order.C);
        ParallelStreams.standardNormal(new SeedSequence(2024), out, CHUNKS, threads);
        return RandomFixtures.bytes(out);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8, 16})
    void anyThreadCountGivesTheSameArray(int threads) {
        assertThat(filled(threads)).isEqualTo(filled(1));
    }

    @Test
    void chunkIIsTheStreamOfChildI() {
        NDArray out = NDArray.allocate(DType.FLOAT64, new int[] {N}, Order.C);
        ParallelStreams.standardNormal(new SeedSequence(2024), out, CHUNKS, 4);
        // chunk 3 covers [3N/8, 4N/8): the first values of child 3's own generator
        Generator child3 = new Generator(new PCG64(new SeedSequence(2024).spawn(CHUNKS).get(3)));
        long start = 3L * N / CHUNKS;
        for (int i = 0; i < 5; i++) {
            assertThat(out.getDouble((int) start + i)).isEqualTo(child3.standardNormal());
        }
    }

    @Test
    void jumpedGeneratorsAreTheStreamJumpedITimes() {
        PCG64 base = new PCG64(7);
        List<Generator> gens = ParallelStreams.jumpedGenerators(base, 3);
        assertThat(gens.get(0).random()).isEqualTo(new PCG64(7).nextDouble());
        assertThat(gens.get(2).random()).isEqualTo(new PCG64(7).jumped(2).nextDouble());
        NDArray out = NDArray.allocate(DType.FLOAT64, new int[] {30}, Order.C);
        ParallelStreams.fill(out, ParallelStreams.jumpedGenerators(new PCG64(7), 3), 3,
                Generator::random);
        assertThat(out.getDouble(10)).isEqualTo(new PCG64(7).jumped(1).nextDouble());
    }

    @Test
    void streamsOfChildrenDoNotRepeatEachOther() {
        List<Generator> gens = ParallelStreams.spawnGenerators(new SeedSequence(1), 4);
        long a = gens.get(0).bitGenerator().nextUint64();
        long b = gens.get(1).bitGenerator().nextUint64();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void refusesANonContiguousOutput() {
        NDArray base = NDArray.allocate(DType.FLOAT64, new int[] {10}, Order.C);
        NDArray strided = base.stridedView(new int[] {5}, new long[] {16}, 0);
        assertThatThrownBy(() -> ParallelStreams.standardNormal(new SeedSequence(1), strided, 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out must be contiguous");
    }
}
