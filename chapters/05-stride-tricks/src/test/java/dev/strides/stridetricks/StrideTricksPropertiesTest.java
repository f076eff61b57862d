package dev.strides.stridetricks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Ranges;
import dev.strides.views.Indexing;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Window views over random strided layouts: never a copy, and window i is the slice. */
class StrideTricksPropertiesTest {

    // x = np.arange(n * step + start)[start::step] reversed or not: a strided 1-d input.
    private static NDArray series(int n, int start, int step, boolean reversed) {
        NDArray root = Ranges.arange(0.0, (double) (start + n * step), 1.0);
        String slice = start + "::" + step;
        NDArray x = Indexing.get(root, slice);
        return reversed ? Indexing.get(x, "::-1") : x;
    }

    @Property
    void windowsNeverCopy(@ForAll @IntRange(min = 1, max = 30) int n,
                          @ForAll @IntRange(min = 0, max = 3) int start,
                          @ForAll @IntRange(min = 1, max = 3) int step,
                          @ForAll boolean reversed,
                          @ForAll @IntRange(min = 1, max = 30) int wanted) {
        NDArray x = series(n, start, step, reversed);
        int w = 1 + (wanted - 1) % n;
        NDArray v = SlidingWindows.slidingWindowView(x, new int[] {w}, null, true);
        assertThat(v.buffer()).isSameAs(x.buffer());
        assertThat(v.strides()).containsExactly(x.strides(0), x.strides(0));
        assertThat(v.nbytes()).as("the view shows more bytes than exist, and allocates none")
                .isEqualTo((long) (n - w + 1) * w * 8);
        // a write through x is seen by every window that holds the element
        int j = n / 2;
        x.setDouble(-1, j);
        for (int i = Math.max(0, j - w + 1); i <= Math.min(j, n - w); i++) {
            assertThat(v.getDouble(i, j - i)).isEqualTo(-1);
        }
    }

    @Property
    void windowIEqualsTheSliceFromIToIPlusW(@ForAll @IntRange(min = 1, max = 30) int n,
                                            @ForAll @IntRange(min = 0, max = 3) int start,
                                            @ForAll @IntRange(min = 1, max = 3) int step,
                                            @ForAll boolean reversed,
                                            @ForAll @IntRange(min = 1, max = 30) int wanted) {
        NDArray x = series(n, start, step, reversed);
        int w = 1 + (wanted - 1) % n;
        NDArray v = SlidingWindows.slidingWindowView(x, w);
        assertThat(v.shape()).containsExactly(n - w + 1, w);
        for (int i = 0; i < n - w + 1; i++) {
            NDArray window = Indexing.get(v, Integer.toString(i));
            NDArray slice = Indexing.get(x, i + ":" + (i + w));
            assertThat(Fixtures.values(window)).containsExactly(Fixtures.values(slice));
            assertThat(window.offset()).isEqualTo(slice.offset());
            assertThat(window.strides()).containsExactly(slice.strides());
        }
    }

    @Property
    void twoDimensionalWindowsAreTheSubmatrices(@ForAll @IntRange(min = 1, max = 6) int h,
                                                @ForAll @IntRange(min = 1, max = 6) int w,
                                                @ForAll @IntRange(min = 1, max = 6) int kh,
                                                @ForAll @IntRange(min = 1, max = 6) int kw,
                                                @ForAll boolean transposed) {
        NDArray grid = Indexing.get(Ranges.arange(0.0, (double) (h * w), 1.0), ":");
        NDArray a = dev.strides.views.Reshape.reshape(grid, transposed ? w : h,
                transposed ? h : w);
        if (transposed) {
            a = dev.strides.views.Axes.transpose(a);
        }
        int kr = 1 + (kh - 1) % h;
        int kc = 1 + (kw - 1) % w;
        NDArray v = SlidingWindows.slidingWindowView(a, kr, kc);
        assertThat(Layout.aliasing(v)).isIn(Layout.Aliasing.NONE, Layout.Aliasing.OVERLAPPING);
        for (int r = 0; r < h - kr + 1; r++) {
            for (int c = 0; c < w - kc + 1; c++) {
                NDArray window = Indexing.get(v, r + ", " + c);
                NDArray slice = Indexing.get(a, r + ":" + (r + kr) + ", " + c + ":" + (c + kc));
                assertThat(Fixtures.values(window)).containsExactly(Fixtures.values(slice));
            }
        }
    }
}
