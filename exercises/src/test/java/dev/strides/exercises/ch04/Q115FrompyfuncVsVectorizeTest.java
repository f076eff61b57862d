package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q115: frompyfunc and vectorize both call a scalar function per element; otypes matters. */
@Tag("Q115")
class Q115FrompyfuncVsVectorizeTest {

    @Test
    void vectorizeRunsAScalarLoopPerElement() {
        // np.vectorize(collatz, otypes=[np.int64])(np.array([1, 2, 3, 6, 7, 27]))
        assertThat(Q115FrompyfuncVsVectorize.collatzSteps(
                np.array(new long[] {1, 2, 3, 6, 7, 27})).toString())
                .as("steps to reach 1").isEqualTo("array([  0,   1,   7,   8,  16, 111])");
    }

    @Test
    void frompyfuncGivesEveryOutputAndBroadcasts() {
        NDArray[] qr = Q115FrompyfuncVsVectorize.divmod(np.array(new long[] {7, -7, 9}),
                np.array(new long[] {2}));
        // q, r = np.frompyfunc(divmod, 2, 2)(np.array([7, -7, 9]), np.array([2]))
        assertThat(qr).as("two outputs").hasSize(2);
        assertThat(qr[0].toString()).as("floored quotients (NumPy: dtype=object)")
                .isEqualTo("array([ 3, -4,  4])");
        assertThat(qr[1].toString()).as("remainders take the divisor's sign")
                .isEqualTo("array([1, 1, 1])");
    }

    @Test
    void otypesFixesTheOutputType() {
        // np.vectorize(lambda t: t / 2 if t else 0, otypes=[np.float64])(np.arange(4))
        assertThat(Q115FrompyfuncVsVectorize.halves(np.arange(4)).toString())
                .as("the first result 0 does not decide the dtype")
                .isEqualTo("array([0. , 0.5, 1. , 1.5])");
        assertThat(Q115FrompyfuncVsVectorize.halves(np.zeros(new int[] {0}, np.int64)).shape())
                .as("an empty input makes no calls and an empty result").containsExactly(0);
    }

    @Test
    void predictTheTruncationWithoutOtypes() {
        // np.vectorize(lambda t: t / 2 if t else 0)(np.arange(4)) == array([0, 0, 1, 1])
        assertThat(Q115FrompyfuncVsVectorize.predictWithoutOtypes())
                .as("NumPy picks int64 from the first result and truncates 0.5 and 1.5")
                .containsExactly(0, 0, 1, 1);
        NDArray strides = np.vectorize(args -> (Long) args[0] == 0 ? (Object) 0L
                : (Long) args[0] / 2.0, 1).call(np.arange(4));
        assertThat(strides.toString()).as("Strides' vectorize follows the same rule")
                .isEqualTo("array([0, 0, 1, 1])");
    }

    @Test
    void frompyfuncReducesLeftToRight() {
        // np.frompyfunc(lambda a, b: 10 * a + b, 2, 1).reduce(np.array([[1, 2, 3], [4, 0, 5]]),
        //                                                     axis=-1)  -> [123, 405]
        NDArray numbers = Q115FrompyfuncVsVectorize.digitsToNumbers(
                np.array(new long[][] {{1, 2, 3}, {4, 0, 5}}));
        assertThat(numbers.toString()).as("f(f(1, 2), 3) = 123: the fold runs left to right")
                .isEqualTo("array([123, 405])");
        assertThat(Q115FrompyfuncVsVectorize.digitsToNumbers(
                np.array(new long[][] {{7}, {0}})).toString())
                .as("a row of one digit is that digit").isEqualTo("array([7, 0])");
    }

    @Test
    void predictTheExtraFirstCall() {
        long withoutOtypes = Q115FrompyfuncVsVectorize.predictCalls(4, false);
        assertThat(withoutOtypes).as("the first element is called twice").isEqualTo(5);
        assertThat(Q115FrompyfuncVsVectorize.predictCalls(4, true)).as("otypes: no probe")
                .isEqualTo(4);
        assertThat(Q115FrompyfuncVsVectorize.predictCalls(1, false)).isEqualTo(2);
        long[] calls = {0};
        np.vectorize(args -> {
            calls[0]++;
            return args[0];
        }, 1).call(np.arange(4));
        assertThat(calls[0]).as("Strides calls as often as NumPy").isEqualTo(withoutOtypes);
    }
}
