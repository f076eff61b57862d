package dev.strides.broadcasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties of broadcasting over random shapes and random layouts (permuted, stepped,
 * reversed, already-broadcast): built from a seed, so a failing seed reproduces its arrays.
 */
class BroadcastingPropertiesTest {

    @Property(tries = 500)
    void broadcastToNeverCopies(@ForAll long seed) {
        Random r = new Random(seed);
        int[] target = RandomArrays.shape(r, 4);
        NDArray a = RandomArrays.array(r, RandomArrays.broadcastableTo(r, target));
        NDArray b = Broadcasting.broadcastTo(a, target);

        assertThat(b.buffer()).as("same buffer").isSameAs(a.buffer());
        assertThat(b.offset()).as("same first element").isEqualTo(a.offset());
        assertThat(b.isWriteable()).as("read-only").isFalse();
        int lead = target.length - a.ndim();
        for (int k = 0; k < target.length; k++) {
            boolean stretched = k < lead || a.shape(k - lead) == 1;
            assertThat(b.strides(k)).as("stride of axis %d", k)
                    .isEqualTo(stretched ? 0 : a.strides(k - lead));
        }
        // every element of b is the element of a at the index with stretched axes set to 0
        int[] index = new int[target.length];
        for (long flat = 0; flat < b.size(); flat++) {
            long rest = flat;
            for (int k = target.length - 1; k >= 0; k--) {
                index[k] = (int) (rest % target[k]);
                rest /= target[k];
            }
            int[] source = new int[a.ndim()];
            for (int j = 0; j < source.length; j++) {
                source[j] = a.shape(j) == 1 ? 0 : index[lead + j];
            }
            assertThat(b.getDouble(index)).isEqualTo(a.getDouble(source));
        }
    }

    @Property(tries = 500)
    void broadcastShapesIsSymmetricAndAssociative(@ForAll long seed) {
        Random r = new Random(seed);
        int[] target = RandomArrays.shape(r, 4);
        int[] x = maybeClash(r, RandomArrays.broadcastableTo(r, target));
        int[] y = RandomArrays.broadcastableTo(r, target);
        int[] z = maybeClash(r, RandomArrays.broadcastableTo(r, target));

        String xy = outcome(x, y);
        assertThat(outcome(y, x)).as("symmetric").isEqualTo(xy);
        String left = xy.startsWith("(") ? outcome(Fixtures.shape(xy), z) : "error";
        String yz = outcome(y, z);
        String right = yz.startsWith("(") ? outcome(x, Fixtures.shape(yz)) : "error";
        assertThat(left).as("associative").isEqualTo(right);
        assertThat(outcome(x, y, z)).as("all at once").isEqualTo(left);
        assertThat(outcome(x, new int[0])).as("() is the identity")
                .isEqualTo(NDArray.tuple(x));
    }

    @Property(tries = 300)
    void broadcastArraysAgreeWithBroadcastTo(@ForAll long seed) {
        Random r = new Random(seed);
        int[] target = RandomArrays.shape(r, 3);
        NDArray a = RandomArrays.array(r, RandomArrays.broadcastableTo(r, target));
        NDArray b = RandomArrays.array(r, RandomArrays.broadcastableTo(r, target));
        NDArray[] both = Broadcasting.broadcastArrays(a, b);
        int[] shape = Broadcasting.broadcastShapes(a.shape(), b.shape());
        assertThat(both[0].shape()).containsExactly(shape);
        assertThat(both[0].strides()).containsExactly(
                both[0] == a ? a.strides() : Broadcasting.broadcastTo(a, shape).strides());
        MultiIterator it = MultiIterator.of(a, b);
        assertThat(it.view(1).strides()).containsExactly(
                Broadcasting.broadcastTo(b, shape).strides());
    }

    @Property(tries = 200)
    void aClashIsReportedByEveryEntryPoint(@ForAll long seed) {
        Random r = new Random(seed);
        int[] random = RandomArrays.shape(r, 3);
        int[] target = random.length == 0 ? new int[] {2} : random;
        int k = r.nextInt(target.length);
        target[k] = Math.max(target[k], 2);             // neither side may be 1 on the clash axis
        int[] other = target.clone();
        other[k] = target[k] + 1 + r.nextInt(2);
        NDArray a = RandomArrays.array(r, target);
        NDArray b = RandomArrays.array(r, other);
        assertThatThrownBy(() -> Broadcasting.broadcastShapes(target, other))
                .isInstanceOf(ShapeException.class).hasMessageStartingWith("shape mismatch");
        assertThatThrownBy(() -> MultiIterator.of(a, b)).isInstanceOf(ShapeException.class)
                .hasMessage("operands could not be broadcast together with shapes "
                        + Broadcasting.compactShape(target) + " " + Broadcasting.compactShape(other) + " ");
    }

    private static int[] maybeClash(Random r, int[] shape) {
        if (shape.length == 0 || r.nextInt(4) != 0) {
            return shape;
        }
        int[] s = shape.clone();
        s[r.nextInt(s.length)] += 1 + r.nextInt(2);
        return s;
    }

    private static String outcome(int[]... shapes) {
        try {
            return NDArray.tuple(Broadcasting.broadcastShapes(shapes));
        } catch (ShapeException e) {
            return "error";
        }
    }
}
