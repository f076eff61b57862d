package dev.strides.exercises.ch10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.random.Generator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q114: one independent stream per chunk of work, never one generator shared by threads. */
@Tag("Q114")
class Q114ThreadSafeRandomTest {

    // ss = np.random.SeedSequence(42); ch = ss.spawn(4); n = 10
    // np.concatenate([np.random.default_rng(ch[i]).random(n*(i+1)//4 - n*i//4)
    //                 for i in range(4)]).tolist()
    private static final double[] NUMPY_FILL = {0.9167441575549085, 0.9109866676343232,
        0.4674907799518424, 0.04644889644868733, 0.5955100095961371, 0.07123920291270869,
        0.7101597228953526, 0.7639328676507445, 0.9713361041904083, 0.7129704051455925};

    @Test
    void spawnedChildrenAreNumPysChildren() {
        List<Generator> gens = Q114ThreadSafeRandom.independentGenerators(42, 3);
        assertThat(gens).hasSize(3);
        // [np.random.default_rng(c).random() for c in np.random.SeedSequence(42).spawn(3)]
        assertThat(gens.get(0).random()).isEqualTo(0.9167441575549085);
        assertThat(gens.get(1).random()).isEqualTo(0.4674907799518424);
        assertThat(gens.get(2).random()).isEqualTo(0.07123920291270869);
        assertThat(np.random.defaultRng(42).random()).as("the parent's stream is another one")
                .isEqualTo(0.7739560485559633);
    }

    @Test
    void theFillMatchesNumPyForEveryThreadCount() {
        for (int threads : new int[] {1, 2, 3, 4, 8}) {
            NDArray a = Q114ThreadSafeRandom.parallelRandom(42, 10, 4, threads);
            assertThat(a.shape()).containsExactly(10);
            assertThat(a.dtype().name()).isEqualTo("float64");
            for (int i = 0; i < 10; i++) {
                assertThat(a.getDouble(i)).as("element %d with %d threads", i, threads)
                        .isEqualTo(NUMPY_FILL[i]);
            }
        }
    }

    @Test
    void moreChunksThanElementsLeavesSomeChunksEmpty() {
        NDArray a = Q114ThreadSafeRandom.parallelRandom(42, 2, 4, 2);
        // chunks [0, 0), [0, 1), [1, 1), [1, 2): children 1 and 3 draw one number each
        // [np.random.default_rng(c).random() for c in np.random.SeedSequence(42).spawn(4)][1::2]
        assertThat(a.getDouble(0)).isEqualTo(0.4674907799518424);
        assertThat(a.getDouble(1)).isEqualTo(
                np.random.defaultRng(np.random.SeedSequence(42).spawn(4).get(3)).random());
    }

    @Test
    void threadsAndChunksMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q114ThreadSafeRandom.parallelRandom(42, 10, 4, 0));
        assertThat(e).hasMessageContaining("threads").hasMessageContaining("0");
        assertThrows(IllegalArgumentException.class,
                () -> Q114ThreadSafeRandom.parallelRandom(42, 10, 0, 2));
    }
}
