package dev.strides.exercises.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** G02: the same values, rows one after another (C) or columns one after another (F). */
@Tag("G02")
class G02CVsFortranLayoutTest {

    @Test
    void addressesInCOrderRunAlongRows() {
        int[] shape = {3, 4};
        // np.zeros((3, 4)): element [1, 2] at 1*32 + 2*8 = 48
        assertThat(G02CVsFortranLayout.addressC(shape, 8, 1, 2)).isEqualTo(48);
        assertThat(G02CVsFortranLayout.addressC(shape, 8, 0, 3)).as("end of row 0").isEqualTo(24);
        assertThat(G02CVsFortranLayout.addressC(shape, 8, 1, 0)).as("row 1 follows").isEqualTo(32);
        NDArray c = np.zeros(3, 4);
        assertThat(G02CVsFortranLayout.addressC(shape, 8, 2, 3)).isEqualTo(c.byteOffset(2, 3));
    }

    @Test
    void addressesInFOrderRunAlongColumns() {
        int[] shape = {3, 4};
        // np.zeros((3, 4), order="F"): strides (8, 24); element [1, 2] at 1*8 + 2*24 = 56
        assertThat(G02CVsFortranLayout.addressF(shape, 8, 1, 2)).isEqualTo(56);
        assertThat(G02CVsFortranLayout.addressF(shape, 8, 2, 0)).as("end of column 0")
                .isEqualTo(16);
        NDArray f = np.zeros(new int[] {2, 3, 4}, np.int32, Order.F);
        assertThat(G02CVsFortranLayout.addressF(new int[] {2, 3, 4}, 4, 1, 2, 3))
                .isEqualTo(f.byteOffset(1, 2, 3));
    }

    @Test
    void theFirstAndOnlyElementsSitAtZero() {
        assertThat(G02CVsFortranLayout.addressC(new int[] {5}, 8, 0)).isZero();
        assertThat(G02CVsFortranLayout.addressF(new int[] {1, 1}, 8, 0, 0)).isZero();
        assertThat(G02CVsFortranLayout.addressC(new int[] {5}, 8, 4))
                .isEqualTo(G02CVsFortranLayout.addressF(new int[] {5}, 8, 4))
                .as("1-d arrays are the same in both orders").isEqualTo(32);
    }

    @Test
    void memoryOrderOfCAndFCopies() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        // np.ravel(a, order="K") == [0, 1, ..., 11]
        assertThat(G02CVsFortranLayout.inMemoryOrder(a))
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        // np.ravel(np.asfortranarray(a), order="K") == [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]
        assertThat(G02CVsFortranLayout.inMemoryOrder(np.copy(a, Order.F)))
                .containsExactly(0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11);
        // a.T is F-ordered over a's buffer: memory order is a's order
        assertThat(G02CVsFortranLayout.inMemoryOrder(np.transpose(a)))
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void memoryOrderOfReversedAndSteppedViewsIsByAddress() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        // a[::-1, ::2] holds 8, 10, 4, 6, 0, 2; by address: 0, 2, 4, 6, 8, 10
        // (np.ravel(..., order="K") would give [8, 10, 4, 6, 0, 2]: it keeps negative strides)
        assertThat(G02CVsFortranLayout.inMemoryOrder(np.get(a, "::-1, ::2")))
                .containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(G02CVsFortranLayout.inMemoryOrder(np.get(a, ":, 4:"))).isEmpty();
    }
}
