package dev.strides.book.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The figures draw the arrays NumPy would have, with fonts the PDF embeds. */
class FiguresTest {

    @Test
    void figureArraysHaveNumPysShapesStridesAndOffsets() throws IOException {
        Map<String, NDArray> arrays = Figures.arrays();
        List<String> rows = expectedRows();
        assertThat(rows).hasSize(arrays.size());
        for (String row : rows) {
            String[] cell = row.split("\t");
            NDArray array = arrays.get(cell[0]);
            assertThat(array).as("figure array %s", cell[0]).isNotNull();
            assertThat(array.dtype().name()).as("dtype of %s", cell[0]).isEqualTo(cell[1]);
            assertThat(NDArray.tuple(array.shape())).as("shape of %s", cell[0])
                    .isEqualTo(cell[2]);
            assertThat(NDArray.tuple(array.strides())).as("strides of %s", cell[0])
                    .isEqualTo(cell[3]);
            assertThat(array.offset()).as("offset of %s", cell[0])
                    .isEqualTo(Long.parseLong(cell[4]));
        }
    }

    @Test
    void memoryLayoutShowsBothStridesAndTheWorkedAddresses() {
        String svg = Figures.memoryLayout();
        assertThat(svg).contains("strides (32, 8)", "strides (8, 24)",
                "a[1, 2]: 0 + 1*32 + 2*8 = 48", "a[1, 2]: 0 + 1*8 + 2*24 = 56", ">11.0<");
    }

    @Test
    void stridedViewShowsEachViewsLayout() {
        String svg = Figures.stridedView();
        assertThat(svg).contains("shape (3, 2), strides (32, 16), offset 0",
                "shape (3, 4), strides (-32, 8), offset 64", ">offset 64<");
    }

    @Test
    void broadcastShowsTheZeroStridesAndTheBytesReadAgain() {
        String svg = Figures.broadcast();
        assertThat(svg).contains("shape (4, 3), strides (8, 0)", "shape (4, 3), strides (0, 8)",
                "axis 0 stretched: stride 0", "axis 1 stretched: stride 0", ">@16<", ">32.0<");
    }

    @Test
    void stepMakesTheSameViewsAsNumPySlicing() {
        NDArray a = Figures.arrays().get("a");
        NDArray reversedColumns = Figures.step(a, 1, -3);   // a[:, ::-3]: columns 3 and 0
        assertThat(reversedColumns.shape()).containsExactly(3, 2);
        assertThat(reversedColumns.strides()).containsExactly(32, -24);
        assertThat(reversedColumns.offset()).isEqualTo(24);
        assertThat(reversedColumns.getDouble(2, 1)).isEqualTo(8.0);
    }

    @Test
    void everyTextUsesAFontThePdfThemeEmbeds() {
        Pattern family = Pattern.compile("font-family=\"([^\"]*)\"");
        for (String svg : Figures.all().values()) {
            Matcher m = family.matcher(svg);
            int texts = 0;
            while (m.find()) {
                texts++;
                assertThat(m.group(1)).startsWith("'").isIn(Svg.SANS, Svg.MONO);
            }
            assertThat(texts).isPositive();
        }
    }

    @Test
    void figuresAreReproducible() {
        assertThat(Figures.all()).isEqualTo(Figures.all());
    }

    @Test
    void layoutAddressesFollowOffsetPlusIndexTimesStrides() {
        ArrayLayout layout = ArrayLayout.of("int64", 8, new int[] {2, 3}, new long[] {-24, 8},
                24, index -> index[0] * 10 + index[1]);
        assertThat(layout.elements()).hasSize(6);
        assertThat(layout.at(1, 2).address()).isEqualTo(24 - 24 + 16);
        assertThat(layout.at(0, 0).address()).isEqualTo(24);
        assertThat(layout.at(1, 2).value()).isEqualTo(12.0);
        assertThat(Arrays.stream(layout.elements().getFirst().index())).containsExactly(0, 0);
    }

    private List<String> expectedRows() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/expected/figure-arrays.tsv")) {
            assertThat(in).as("expected/figure-arrays.tsv (run scripts/fixtures/book_examples.py)")
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .toList();
        }
    }
}
