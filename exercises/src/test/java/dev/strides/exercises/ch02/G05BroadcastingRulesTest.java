package dev.strides.exercises.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** G05: align right, 1 stretches, equal lengths match; a clash names the first pair. */
@Tag("G05")
class G05BroadcastingRulesTest {

    @Test
    void shapesAlignAtTheRight() {
        // np.broadcast_shapes((8, 1, 6, 1), (7, 1, 5)) == (8, 7, 6, 5)
        assertThat(G05BroadcastingRules.broadcastShapes(new int[] {8, 1, 6, 1}, new int[] {7, 1, 5}))
                .as("(8, 1, 6, 1) with (7, 1, 5)").containsExactly(8, 7, 6, 5);
        // np.broadcast_shapes((6, 7), (5, 6, 1), (7,), (5, 1, 7)) == (5, 6, 7)
        assertThat(G05BroadcastingRules.broadcastShapes(new int[] {6, 7}, new int[] {5, 6, 1},
                new int[] {7}, new int[] {5, 1, 7}))
                .as("four shapes at once").containsExactly(5, 6, 7);
    }

    @Test
    void edgeCasesOfTheRule() {
        assertThat(G05BroadcastingRules.broadcastShapes()).as("np.broadcast_shapes()").isEmpty();
        assertThat(G05BroadcastingRules.broadcastShapes(new int[0], new int[] {2, 3}))
                .as("() with (2, 3): a scalar fits anything").containsExactly(2, 3);
        assertThat(G05BroadcastingRules.broadcastShapes(new int[] {0}, new int[] {1}))
                .as("(0,) with (1,): 1 stretches to 0").containsExactly(0);
    }

    @Test
    void aClashNamesTheFirstPairAsNumPyDoes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> G05BroadcastingRules.broadcastShapes(new int[] {1, 2}, new int[] {3, 1},
                        new int[] {5, 4, 2}));
        // np.broadcast_shapes((1, 2), (3, 1), (5, 4, 2))
        assertThat(e).as("axis -2: arg 1 set it to 3, arg 2 says 4").hasMessage(
                "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is"
                        + " between arg 1 with shape (3, 1) and arg 2 with shape (5, 4, 2).");
        IllegalArgumentException simple = assertThrows(IllegalArgumentException.class,
                () -> G05BroadcastingRules.broadcastShapes(new int[] {3}, new int[] {4}));
        assertThat(simple).as("np.broadcast_shapes((3,), (4,))").hasMessage(
                "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is"
                        + " between arg 0 with shape (3,) and arg 1 with shape (4,).");
    }

    @Test
    void predictionsMatchNumPy() {
        int[][][] pairs = {
            {{256, 256, 3}, {3}}, {{8, 1, 6, 1}, {7, 1, 5}}, {{5, 4}, {1}},
            {{15, 3, 5}, {15, 1, 5}}, {{3}, {4}}, {{2, 1}, {8, 4, 3}}, {{0, 1}, {3}},
        };
        int[][] predicted = G05BroadcastingRules.predictions();
        assertThat(predicted.length).as("seven predictions").isEqualTo(pairs.length);
        for (int k = 0; k < pairs.length; k++) {
            int[] actual;
            try {
                actual = np.broadcastShapes(pairs[k][0], pairs[k][1]);
            } catch (IllegalArgumentException clash) {
                actual = null;
            }
            assertThat(predicted[k]).as("case %d: %s with %s", k + 1,
                    java.util.Arrays.toString(pairs[k][0]), java.util.Arrays.toString(pairs[k][1]))
                    .isEqualTo(actual);
        }
    }
}
