package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MS03: view(dtype) reads the same bytes as another type; the last axis absorbs the size. */
@Tag("MS03")
class MS03DtypeViewsTest {

    @Test
    void float64AsInt32DoublesTheLastAxis() {
        NDArray a = np.reshape(np.arange(6.0), 2, 3);
        NDArray v = MS03DtypeViews.view(a, DType.INT32);
        // np.arange(6.).reshape(2, 3).view(np.int32).shape, [0, 3]: the high half of 1.0
        assertThat(v.shape()).containsExactly(2, 6);
        assertThat(v.strides()).containsExactly(24, 4);
        assertThat(v.getLong(0, 3)).isEqualTo(1072693248L);
        assertThat(v.toString()).isEqualTo(np.view(a, DType.INT32).toString());
        assertThat(np.sharesMemory(v, a)).isTrue();
    }

    @Test
    void int8AsInt32FusesFourBytes() {
        NDArray bytes = np.arange(0, 8, 1, DType.INT8);
        // np.arange(8, dtype=np.int8).view(np.int32): little-endian 0x03020100, 0x07060504
        assertThat(MS03DtypeViews.view(bytes, DType.INT32).toString())
                .isEqualTo("array([ 50462976, 117835012], dtype=int32)");
        assertThat(MS03DtypeViews.view(bytes, DType.UINT8).shape()).as("same itemsize")
                .containsExactly(8);
    }

    @Test
    void theShapeRule() {
        assertThat(MS03DtypeViews.viewShape(new int[] {2, 3}, 8, 4)).containsExactly(2, 6);
        assertThat(MS03DtypeViews.viewShape(new int[] {4, 6}, 2, 4)).containsExactly(4, 3);
        // np.arange(3, dtype=np.int8).view(np.int16)
        assertThat(assertThrows(ShapeException.class,
                () -> MS03DtypeViews.viewShape(new int[] {3}, 1, 2))).hasMessage(
                "When changing to a larger dtype, its size must be a divisor of the total size"
                        + " in bytes of the last axis of the array.");
    }

    @Test
    void theLastAxisMustBeContiguous() {
        NDArray a = np.get(np.reshape(np.arange(6.0), 2, 3), ":, ::2");
        // np.arange(6.).reshape(2, 3)[:, ::2].view(np.int32)
        assertThat(assertThrows(ShapeException.class, () -> MS03DtypeViews.view(a, DType.INT32)))
                .hasMessage("To change to a dtype of a different size, the last axis must be"
                        + " contiguous");
        assertThat(MS03DtypeViews.view(a, DType.INT64).strides())
                .as("same itemsize: no rule, strides kept").containsExactly(24, 16);
    }

    @Test
    void theBitsOfADouble() {
        // np.array([1.0]).view(np.int64)[0], np.array([-0.0]).view(np.int64)[0]
        assertThat(MS03DtypeViews.bits(1.0)).isEqualTo(4607182418800017408L);
        assertThat(MS03DtypeViews.bits(-0.0)).isEqualTo(Long.MIN_VALUE);
        assertThat(MS03DtypeViews.bits(Math.PI)).isEqualTo(Double.doubleToRawLongBits(Math.PI));
    }
}
