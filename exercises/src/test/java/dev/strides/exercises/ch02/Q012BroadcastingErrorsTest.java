package dev.strides.exercises.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q012: a broadcasting error names every shape; the clash is where lengths differ and neither is 1. */
@Tag("Q012")
class Q012BroadcastingErrorsTest {

    @Test
    void theClashingAxisIsFoundFromTheRight() {
        assertThat(Q012BroadcastingErrors.clashingAxis(new int[] {3}, new int[] {4}))
                .as("(3,) and (4,)").isEqualTo(-1);
        assertThat(Q012BroadcastingErrors.clashingAxis(new int[] {2, 1}, new int[] {8, 4, 3}))
                .as("(2, 1) and (8, 4, 3): the last axis is fine (1 stretches), 2 against 4 is not")
                .isEqualTo(-2);
        assertThat(Q012BroadcastingErrors.clashingAxis(new int[] {5, 4}, new int[] {4, 5}))
                .as("(5, 4) and (4, 5): the rightmost clash").isEqualTo(-1);
    }

    @Test
    void compatibleShapesHaveNoClash() {
        assertThat(Q012BroadcastingErrors.clashingAxis(new int[] {3, 1}, new int[] {4}))
                .as("(3, 1) and (4,) broadcast to (3, 4)").isZero();
        assertThat(Q012BroadcastingErrors.clashingAxis(new int[0], new int[] {7, 2}))
                .as("a 0-d shape broadcasts with anything").isZero();
        assertThat(Q012BroadcastingErrors.clashingAxis(new int[] {0}, new int[] {1}))
                .as("(0,) and (1,): 1 stretches to 0").isZero();
    }

    @Test
    void compactSpellsShapesAsNumPysCCode() {
        assertThat(Q012BroadcastingErrors.compact(new int[] {2, 3})).as("(2, 3)").isEqualTo("(2,3)");
        assertThat(Q012BroadcastingErrors.compact(new int[] {3})).as("(3,)").isEqualTo("(3,)");
        assertThat(Q012BroadcastingErrors.compact(new int[0])).as("()").isEqualTo("()");
    }

    @Test
    void ufuncErrorIsNumPysMessageWordForWord() {
        // np.ones(3) + np.ones(4)
        assertThat(Q012BroadcastingErrors.ufuncError(new int[] {3}, new int[] {4}))
                .as("np.add of (3,) and (4,): note the space at the end")
                .isEqualTo("operands could not be broadcast together with shapes (3,) (4,) ");
        // np.add(np.ones((2, 3)), np.ones(4), np.ones(3))
        assertThat(Q012BroadcastingErrors.ufuncError(new int[] {2, 3}, new int[] {4}, new int[] {3}))
                .as("three operands: all shapes are listed")
                .isEqualTo("operands could not be broadcast together with shapes (2,3) (4,) (3,) ");
        // np.add(np.ones(3), np.ones(4), np.ones(()))
        assertThat(Q012BroadcastingErrors.ufuncError(new int[] {3}, new int[] {4}, new int[0]))
                .as("a 0-d operand is listed as ()")
                .isEqualTo("operands could not be broadcast together with shapes (3,) (4,) () ");
    }

    @Test
    void ufuncErrorIsNullWhenTheShapesBroadcast() {
        assertThat(Q012BroadcastingErrors.ufuncError(new int[] {3}, new int[] {2, 3}, new int[] {1, 1}))
                .as("(3,), (2, 3) and (1, 1) broadcast to (2, 3)").isNull();
        assertThat(Q012BroadcastingErrors.ufuncError(new int[] {2, 1}, new int[] {1, 3},
                new int[] {3, 1}))
                .as("(2, 1) and (1, 3) make (2, 3), which clashes with (3, 1)")
                .isEqualTo("operands could not be broadcast together with shapes (2,1) (1,3) (3,1) ");
    }
}
