package dev.strides.broadcasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** meshgrid (every indexing/sparse/copy combination), ogrid and mgrid against NumPy 2.4. */
class MeshgridConformanceTest {

    @Test
    void meshgridMatchesNumPy() {
        int grids = 0;
        for (String[] row : Fixtures.rows("meshgrid.txt")) {
            if (!row[0].equals("meshgrid")) {
                continue;
            }
            NDArray[] inputs = Arrays.stream(row[1].split(";")).map(Fixtures::array)
                    .toArray(NDArray[]::new);
            String indexing = row[2];
            boolean sparse = Boolean.parseBoolean(row[3].toLowerCase());
            boolean copy = Boolean.parseBoolean(row[4].toLowerCase());
            String[] expected = Fixtures.result(row);
            String what = "np.meshgrid(" + row[1] + ", indexing=" + indexing + ", sparse=" + sparse
                    + ", copy=" + copy + ")";
            if (expected[0].equals("error")) {
                assertThatThrownBy(() -> Meshgrid.meshgrid(inputs, indexing, sparse, copy)).as(what)
                        .hasMessage(expected[2]);
                continue;
            }
            NDArray[] out = Meshgrid.meshgrid(inputs, indexing, sparse, copy);
            assertThat(out).as(what).hasSize(expected.length - 1);
            for (int k = 0; k < out.length; k++) {
                String[] part = expected[k + 1].split("\\|");
                String grid = what + " grid " + k;
                assertThat(NDArray.tuple(out[k].shape())).as(grid).isEqualTo(part[0]);
                assertThat(NDArray.tuple(out[k].strides())).as(grid).isEqualTo(part[1]);
                NDArray g = out[k];
                boolean shares = Arrays.stream(inputs).anyMatch(in -> in.buffer() == g.buffer());
                assertThat(shares ? "shares" : "own").as(grid).isEqualTo(part[2]);
                assertThat(Fixtures.values(out[k])).as(grid)
                        .containsExactly(Fixtures.doubles(part[3]));
                grids++;
            }
        }
        assertThat(grids).isGreaterThan(100);
    }

    @Test
    void ogridAndMgridMatchNumPysSliceForms() {
        for (String[] row : Fixtures.rows("meshgrid.txt")) {
            if (row[0].equals("meshgrid")) {
                continue;
            }
            NDArray[] axes = Arrays.stream(Fixtures.shape(row[1]))
                    .mapToObj(n -> Ranges.arange(0, n, 1)).toArray(NDArray[]::new);
            String[] expected = Fixtures.result(row);
            String what = "np." + row[0] + " over lengths " + row[1];
            if (row[0].equals("mgrid")) {
                NDArray m = Meshgrid.mgrid(axes);
                assertThat(m.dtype().str()).as(what).isEqualTo(expected[1]);
                assertThat(NDArray.tuple(m.shape())).as(what).isEqualTo(expected[2]);
                assertThat(Fixtures.values(m)).as(what).containsExactly(Fixtures.doubles(expected[3]));
            } else {
                NDArray[] o = Meshgrid.ogrid(axes);
                for (int k = 0; k < o.length; k++) {
                    String[] part = expected[k + 1].split("\\|");
                    assertThat(NDArray.tuple(o[k].shape())).as(what).isEqualTo(part[0]);
                    assertThat(Fixtures.values(o[k])).as(what)
                            .containsExactly(Fixtures.doubles(part[1]));
                    assertThat(o[k].base()).as(what + ": a new array").isNull();
                }
            }
        }
    }

    @Test
    void denseViewsAreReadOnlyAndSparseViewsWriteThrough() {
        NDArray x = NDArray.allocate(DType.FLOAT64, new int[] {4}, Order.C);
        NDArray y = NDArray.allocate(DType.FLOAT64, new int[] {3}, Order.C);
        NDArray[] dense = Meshgrid.meshgrid(new NDArray[] {x, y}, "xy", false, false);
        assertThat(dense[0].isWriteable()).isFalse();
        NDArray[] sparse = Meshgrid.meshgrid(new NDArray[] {x, y}, "xy", true, false);
        sparse[0].setDouble(9.0, 0, 2);
        assertThat(x.getDouble(2)).as("a sparse grid is a view of its input").isEqualTo(9.0);
        assertThat(dense[0].getDouble(1, 2)).as("and so is a dense one").isEqualTo(9.0);
    }
}
