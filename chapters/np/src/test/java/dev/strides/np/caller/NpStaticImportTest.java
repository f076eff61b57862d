package dev.strides.np.caller;

import static dev.strides.np.np.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.random.Generator;
import dev.strides.ufuncs.ArithmeticUfuncs;
import org.junit.jupiter.api.Test;

/**
 * The members {@link np} inherits from its layers are reached the way callers write them, from
 * another package (as exercises, solutions and the book do): qualified ({@code np.add}) and
 * through {@code import static dev.strides.np.np.*}, which imports inherited static members too
 * (JLS 7.5.4: all accessible static members of the type). That this file compiles is half of the
 * test.
 */
@SuppressWarnings("checkstyle:AvoidStarImport") // the import under test
class NpStaticImportTest {

    @Test
    void staticImportOnDemandReachesEveryLayer() {
        // ArrayCreationApi, NdarrayApi, BroadcastingApi, ViewsApi
        assertThat(float64).isSameAs(DType.FLOAT64);
        assertThat(ndim(zeros(2, 3))).isEqualTo(2);
        assertThat(broadcastShapes(new int[] {3, 1}, new int[] {4})).containsExactly(3, 4);
        assertThat(transpose(zeros(2, 3)).shape()).containsExactly(3, 2);
        // ArithmeticUfuncApi: a field and methods of the same name
        assertThat(add(arange(3), 2).toString()).isEqualTo("array([2, 3, 4])");
        assertThat(add).isSameAs(ArithmeticUfuncs.ADD);
        assertThat(add.reduce(arange(5)).item()).isEqualTo(10L);
        // LogicUfuncApi, MathUfuncApi, TrigRoundingUfuncApi, UfuncToolsApi
        assertThat(greater(arange(3), 0).getBoolean(1)).isTrue();
        assertThat(sqrt(6.25).getDouble()).isEqualTo(2.5);
        assertThat(floor(-2.5).getDouble()).isEqualTo(-3.0);
        assertThat(sum(reshape(arange(6), 2, 3), 0).toString()).isEqualTo("array([3, 5, 7])");
        // StrideTricksApi and RandomApi: nested classes are inherited members too
        NDArray windows = lib.strideTricks.slidingWindowView(arange(5), 3);
        assertThat(windows.shape()).containsExactly(3, 3);
        assertThat(random.defaultRng(42).random(3).toString())
                .isEqualTo(Generator.defaultRng(42).random(3).toString());
    }

    @Test
    void qualifiedNamesReachEveryLayer() {
        assertThat(np.int32).isSameAs(DType.INT32);
        assertThat(np.multiply.reduce(np.arange(1, 5)).item()).isEqualTo(24L);
        assertThat(np.multiply(np.arange(3), 3).toString()).isEqualTo("array([0, 3, 6])");
        assertThat(np.broadcastTo(np.arange(3), 2, 3).strides()).containsExactly(0L, 8L);
        assertThat(np.lib.strideTricks.slidingWindowView(np.arange(4), 2).strides())
                .containsExactly(8L, 8L);
        assertThat(np.random.defaultRng(7).random(2).toString())
                .isEqualTo(Generator.defaultRng(7).random(2).toString());
    }
}
