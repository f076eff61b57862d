package dev.strides.exercises.ch10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.random.PCG64;
import java.math.BigInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Q013: PCG64 from its constants. Expected values from NumPy 2.4; the Python expression is in
 * the comment above each one.
 */
@Tag("Q013")
class Q013RandomNumbersTest {

    // np.random.default_rng(42).bit_generator.state['state'] and ['inc'], in hex
    private static final long STATE_HI = 0xcea44f6798798f2aL;
    private static final long STATE_LO = 0xacbc7c9d68860ac8L;
    private static final long INC_HI = 0xfa505436c9a8416eL;
    private static final long INC_LO = 0x66caf2e28d25abffL;

    @Test
    void oneLcgStepFromTheSeed42State() {
        long[] next = Q013RandomNumbers.step(STATE_HI, STATE_LO, INC_HI, INC_LO);
        // (state * 0x2360ED051FC65DA44385DF649FCCF645 + inc) % 2**128, high and low halves
        assertThat(next).as("state * MULT + inc mod 2^128 as {hi, lo}")
                .containsExactly(0x47c0e8d11a134fa4L, 0xb05ac5635702c3e7L);
    }

    @Test
    void xslRrXorsTheHalvesAndRotatesByTheTopSixBits() {
        assertThat(Q013RandomNumbers.xslRr(0, 5)).as("hi = 0: no rotation, output = lo")
                .isEqualTo(5);
        assertThat(Q013RandomNumbers.xslRr(1L << 58, 0))
                .as("hi = 2^58: rotate 2^58 right by 1").isEqualTo(1L << 57);
        assertThat(Q013RandomNumbers.xslRr(0xfc00000000000000L, 1))
                .as("rotate right by 63 = rotate left by 1").isEqualTo(0xf800000000000003L);
        long[] next = Q013RandomNumbers.step(STATE_HI, STATE_LO, INC_HI, INC_LO);
        // hex(np.random.default_rng(42).bit_generator.random_raw()) == '0xc621fbcd16d92688'
        assertThat(Q013RandomNumbers.xslRr(next[0], next[1]))
                .as("step, then output: NumPy's first raw 64-bit draw for seed 42")
                .isEqualTo(0xc621fbcd16d92688L);
    }

    @Test
    void doublesAreTheTop53BitsTimesTwoToTheMinus53() {
        assertThat(Q013RandomNumbers.toDouble(0)).as("all zero bits").isEqualTo(0.0);
        assertThat(Q013RandomNumbers.toDouble(-1L)).as("all 64 bits set: 1 - 2^-53, never 1")
                .isEqualTo(0.9999999999999999).isLessThan(1.0);
        assertThat(Q013RandomNumbers.toDouble(0x800L)).as("bit 11 is the lowest that counts")
                .isEqualTo(0x1.0p-53);
        assertThat(Q013RandomNumbers.toDouble(0x7ffL)).as("the 11 low bits are dropped")
                .isEqualTo(0.0);
        assertThat(Q013RandomNumbers.toDouble(0x8000000000000000L)).as("only the top bit")
                .isEqualTo(0.5);
    }

    @Test
    void randomFromAStateMatchesNumPyBitForBit() {
        PCG64.State state = ((PCG64) np.random.defaultRng(42).bitGenerator()).state();
        assertThat(state.state()).as("the library's state agrees with NumPy's")
                .isEqualTo(new BigInteger("cea44f6798798f2aacbc7c9d68860ac8", 16));

        double[] ours = Q013RandomNumbers.random(state, 3);
        // np.random.default_rng(42).random(3).tolist()
        assertThat(ours).as("bit-exact: no rounding anywhere in (x >> 11) * 2**-53")
                .containsExactly(0.7739560485559633, 0.4388784397520523, 0.8585979199113825);
        NDArray library = np.random.defaultRng(42).random(3);
        for (int i = 0; i < 3; i++) {
            assertThat(ours[i]).as("element %d against the library", i)
                    .isEqualTo(library.getDouble(i));
        }
        assertThat(Q013RandomNumbers.random(state, 0)).as("n = 0").isEmpty();
    }

    @Test
    void aNegativeCountIsAnError() {
        PCG64.State state = new PCG64(0).state();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q013RandomNumbers.random(state, -1));
        assertThat(e).hasMessageContaining("negative dimensions are not allowed");
    }

    @Test
    void predictWhatTheSeed42ArrayPrints() {
        // repr(np.random.default_rng(42).random(3))
        assertThat(Q013RandomNumbers.predictDefaultRng42())
                .as("8 significant digits after the point, as NumPy prints")
                .isEqualTo("array([0.77395605, 0.43887844, 0.85859792])")
                .isEqualTo(np.random.defaultRng(42).random(3).toString());
    }
}
