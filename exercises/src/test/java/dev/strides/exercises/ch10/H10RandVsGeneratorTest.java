package dev.strides.exercises.ch10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.np.np;
import dev.strides.random.BitGenerator;
import dev.strides.random.Generator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** H10: hidden global state against an explicit generator, and what each draw costs. */
@Tag("H10")
class H10RandVsGeneratorTest {

    @Test
    void float32IsTwentyFourBitsOfAThirtyTwoBitHalf() {
        float[] ours = H10RandVsGenerator.randomFloat32(np.random.defaultRng(42).bitGenerator(), 3);
        // np.random.default_rng(42).random(3, dtype=np.float32).tolist()
        assertThat(ours).as("low half of draw 1, high half of draw 1, low half of draw 2")
                .containsExactly(0.08925092220306396f, 0.7739560008049011f, 0.6545714735984802f);
        assertThat(ours[1]).as("the high half is the top of the same bits float64 uses")
                .isCloseTo(0.7739560485559633f, org.assertj.core.api.Assertions.within(1e-7f));
    }

    @Test
    void predictHowManySixtyFourBitDrawsAreConsumed() {
        assertThat(H10RandVsGenerator.uint64DrawsConsumed("float64", 5)).isEqualTo(5);
        assertThat(H10RandVsGenerator.uint64DrawsConsumed("float32", 5)).as("ceil(5 / 2)")
                .isEqualTo(3);
        assertThat(H10RandVsGenerator.uint64DrawsConsumed("float32", 0)).isZero();

        Generator g = np.random.defaultRng(42);
        g.random(np.float32, 5);
        // hex(np.random.default_rng(42).bit_generator.random_raw(4)[3]) == '0xb286b60e1600888d'
        assertThat(g.bitGenerator().nextUint64()).as("after 5 float32 the next raw draw is #4")
                .isEqualTo(0xb286b60e1600888dL);
    }

    @Test
    void anIntegerDtypeIsRejectedWithNumPysMessage() {
        // np.random.default_rng(0).random(3, dtype=np.int64):
        // TypeError: Unsupported dtype dtype('int64') for random
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> H10RandVsGenerator.uint64DrawsConsumed("int64", 3));
        assertThat(e).hasMessageContaining("Unsupported dtype dtype('int64') for random");
    }

    @Test
    void predictWhatTheGlobalStateDoesToYourModel() {
        double[] predicted = H10RandVsGenerator.predictAfterInterference();
        np.random.seed(0);
        np.random.rand();                              // a helper you did not write draws once
        double[] model = {np.random.rand(), np.random.rand()};
        // np.random.seed(0); np.random.rand(3)[1:].tolist()
        assertThat(model).containsExactly(0.7151893663724195, 0.6027633760716439);
        assertThat(predicted).as("your prediction of the model's two numbers")
                .containsExactly(model);

        Generator mine = np.random.defaultRng(0);
        np.random.seed(0);
        np.random.rand();                              // the helper again: no effect on mine
        // np.random.default_rng(0).random()
        assertThat(mine.random()).isEqualTo(0.6369616873214543);
    }
}
