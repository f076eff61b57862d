package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** The legacy API: seeding, the Gaussian cache, state, and the module-level global functions. */
class RandomStateTest {

    @Test
    void theModuleFunctionsShareOneSeededState() {
        // np.random.seed(0); np.random.rand(3)
        GlobalRandom.seed(0);
        assertThat(GlobalRandom.rand(3).toString())
                .isEqualTo("array([0.5488135 , 0.71518937, 0.60276338])");
        // np.random.seed(0); np.random.randn(2, 3); np.random.randint(0, 10, 5)
        GlobalRandom.seed(0);
        assertThat(GlobalRandom.randn(2, 3).toString()).isEqualTo(
                "array([[ 1.76405235,  0.40015721,  0.97873798],\n"
                        + "       [ 2.2408932 ,  1.86755799, -0.97727788]])");
        GlobalRandom.seed(0);
        assertThat(GlobalRandom.randint(0, 10, 5).toString()).isEqualTo("array([5, 0, 3, 3, 7])");
    }

    @Test
    void reseedingClearsTheCachedGaussian() {
        RandomState rs = new RandomState(1);
        double first = rs.randn();
        assertThat(rs.getState().hasGauss()).isTrue();       // the pair's other half waits
        rs.seed(1);
        assertThat(rs.getState().hasGauss()).isFalse();
        assertThat(rs.randn()).isEqualTo(first);
    }

    @Test
    void theStateIncludesTheCache() {
        RandomState rs = new RandomState(7);
        rs.randn();
        RandomState.State saved = rs.getState();
        double next = rs.randn();                            // the cached value
        double after = rs.randn();
        rs.setState(saved);
        assertThat(rs.randn()).isEqualTo(next);
        assertThat(rs.randn()).isEqualTo(after);
    }

    @Test
    void sameSeedDifferentApiDifferentNumbers() {
        // RandomState(42) uses init_genrand; MT19937(42) goes through SeedSequence
        double legacy = new RandomState(42).randomSample();
        double modern = new RandomState(new MT19937(42)).randomSample();
        assertThat(legacy).isNotEqualTo(modern);
        assertThat(new RandomState(new PCG64(42)).randomSample())
                .isEqualTo(Generator.defaultRng(42).random());
    }

    @Test
    void onlyAnMt19937CanBeReseeded() {
        RandomState rs = new RandomState(new PCG64(1));
        assertThatThrownBy(() -> rs.seed(3)).isInstanceOf(DTypeException.class)
                .hasMessage("can only re-seed a MT19937 BitGenerator");
        assertThatThrownBy(() -> new RandomState(-1)).hasMessage("Seed must be between 0 and 2**32 - 1");
        assertThatThrownBy(() -> new RandomState(new long[0])).hasMessage("Seed must be non-empty");
    }

    @Test
    void legacyChoiceTakesTheHeadOfAPermutation() {
        NDArray c = new RandomState(3).choice(10, new int[] {4}, false, null);
        NDArray perm = new RandomState(3).permutation(10);
        for (int i = 0; i < 4; i++) {
            assertThat(c.getLong(i)).isEqualTo(perm.getLong(i));
        }
    }
}
