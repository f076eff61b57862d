package dev.strides.book.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reduction figure shows the accumulator's zero strides and the sums NumPy computes. */
class ReductionFigureTest {

    @Test
    void showsBothAccumulatorViewsAndTheirSums() {
        String svg = Figures.reduction();
        // np.broadcast_to(c.sum(axis=0, keepdims=True), (3, 4)).strides == (0, 8)
        // np.broadcast_to(c.sum(axis=1, keepdims=True), (3, 4)).strides == (8, 0)
        assertThat(svg).contains("acc seen as shape (3, 4), strides (0, 8)",
                "acc seen as shape (3, 4), strides (8, 0)",
                // c.sum(axis=0) == [12., 15., 18., 21.]; c.sum(axis=1) == [6., 22., 38.]
                ">21.0<", ">38.0<", ">+= @24<", ">+= @16<", "result (1, 4)", "result (3, 1)",
                "each run adds into one accumulator", "each run adds into 4 accumulators");
    }

    @Test
    void isRegisteredWithTheOtherFigures() {
        assertThat(Figures.all()).containsKey("reduction-axes.svg");
    }
}
