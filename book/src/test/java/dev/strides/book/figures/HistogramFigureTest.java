package dev.strides.book.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chapter 10's histograms: bars are densities, and the figure shows all three samplers. */
class HistogramFigureTest {

    @Test
    void barHeightsAreDensitiesWhoseAreaIsTheShareInsideTheRange() {
        HistogramFigure.Panel p = new HistogramFigure.Panel("t", new double[] {0.1, 0.2, 0.6, 5},
                0, 1, 2, x -> 1);
        double[] h = HistogramFigure.heights(p);
        // 2 of 4 samples in [0, 0.5), 1 in [0.5, 1), one outside: heights count / (4 * 0.5)
        assertThat(h).containsExactly(1.0, 0.5);
        double area = (h[0] + h[1]) * 0.5;
        assertThat(area).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void theFigureDrawsEachSamplerWithItsDensity() {
        String svg = Figures.randomHistograms();
        assertThat(svg).contains("standard_normal (ziggurat)", "standard_exponential",
                "rejection, density 2x", "n = 100,000, 40 bins", "n = 20,000, 20 bins");
        assertThat(svg).as("reproducible: seeded samples").isEqualTo(Figures.randomHistograms());
        assertThat(List.of(svg.split("\n"))).anyMatch(l -> l.contains("stroke=\"#d62728\""));
    }
}
