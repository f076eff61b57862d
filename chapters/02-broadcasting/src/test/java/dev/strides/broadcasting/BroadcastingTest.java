package dev.strides.broadcasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.ndarray.ShapeException;

import org.junit.jupiter.api.Test;

class BroadcastingTest {

    private static NDArray c(int... shape) {
        return NDArray.allocate(DType.FLOAT64, shape, Order.C);
    }

    @Test
    void shapesAlignAtTheirTrailingAxes() {
        assertThat(Broadcasting.broadcastShapes(new int[] {3, 1}, new int[] {4})).containsExactly(3, 4);
        // np.broadcast_shapes((6, 7), (5, 6, 1), (7,), (5, 1, 7)) == (5, 6, 7)
        assertThat(Broadcasting.broadcastShapes(new int[] {6, 7}, new int[] {5, 6, 1}, new int[] {7},
                new int[] {5, 1, 7})).containsExactly(5, 6, 7);
        assertThat(Broadcasting.broadcastShapes()).isEmpty();
        assertThat(Broadcasting.broadcastShapes(new int[] {0}, new int[] {1})).containsExactly(0);
    }

    @Test
    void shapeMismatchNamesTheFirstClashingPair() {
        // np.broadcast_shapes((1, 2), (3, 1), (5, 4, 2))
        assertThatThrownBy(() -> Broadcasting.broadcastShapes(new int[] {1, 2}, new int[] {3, 1},
                new int[] {5, 4, 2}))
                .isInstanceOf(ShapeException.class)
                .hasMessage("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch"
                        + " is between arg 1 with shape (3, 1) and arg 2 with shape (5, 4, 2).");
    }

    @Test
    void broadcastToIsAReadOnlyViewWithZeroStrides() {
        NDArray row = c(3);
        NDArray b = Broadcasting.broadcastTo(row, 4, 3);
        assertThat(b.shape()).containsExactly(4, 3);
        assertThat(b.strides()).containsExactly(0, 8);
        assertThat(b.buffer()).isSameAs(row.buffer());
        assertThat(b.base()).isSameAs(row);
        assertThat(b.isWriteable()).isFalse();
        assertThatThrownBy(() -> b.setDouble(1.0, 0, 0))
                .isInstanceOf(ReadOnlyException.class)
                .hasMessage("assignment destination is read-only");
        row.setDouble(7.0, 1);
        assertThat(b.getDouble(3, 1)).isEqualTo(7.0);
    }

    @Test
    void broadcastToErrorsUseNumPysWords() {
        assertThatThrownBy(() -> Broadcasting.broadcastTo(c(3), new int[0]))
                .hasMessage("cannot broadcast a non-scalar to a scalar array");
        assertThatThrownBy(() -> Broadcasting.broadcastTo(c(3), 4))
                .hasMessage("operands could not be broadcast together with remapped shapes"
                        + " [original->remapped]: (3,)  and requested shape (4,)");
        assertThatThrownBy(() -> Broadcasting.broadcastTo(c(3), -1))
                .hasMessage("all elements of broadcast shape must be non-negative");
        assertThatThrownBy(() -> Broadcasting.broadcastTo(c(2, 3), 3))
                .hasMessage("input operand has more dimensions than allowed by the axis remapping");
    }

    @Test
    void broadcastArraysKeepsArraysThatAlreadyFit() {
        NDArray x = c(2, 3);
        NDArray[] r = Broadcasting.broadcastArrays(c(3), x);
        assertThat(r[1]).isSameAs(x);
        assertThat(r[0].strides()).containsExactly(0, 8);
        assertThat(r[0].isWriteable()).isFalse();
    }

    @Test
    void assignmentDropsLeadingOnes() {
        NDArray v = Broadcasting.broadcastForAssignment(c(1, 1, 3), 3);
        assertThat(v.shape()).containsExactly(3);
        assertThat(Broadcasting.broadcastForAssignment(c(3), 2, 3).strides()).containsExactly(0, 8);
        // x = np.ones(3); x[...] = np.ones((2, 3))
        assertThatThrownBy(() -> Broadcasting.broadcastForAssignment(c(2, 3), 3))
                .hasMessage("could not broadcast input array from shape (2,3) into shape (3,)");
    }

    @Test
    void compactShapeIsNumPysCSpelling() {
        assertThat(Broadcasting.compactShape(new int[0])).isEqualTo("()");
        assertThat(Broadcasting.compactShape(new int[] {3})).isEqualTo("(3,)");
        assertThat(Broadcasting.compactShape(new int[] {2, 3})).isEqualTo("(2,3)");
    }
}
