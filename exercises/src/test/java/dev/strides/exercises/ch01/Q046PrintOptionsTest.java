package dev.strides.exercises.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Q046: print options change the printed form only, and only for as long as they are meant to.
 * Every expected string is NumPy 2.4's output for the Python expression in the comment above it.
 */
@Tag("Q046")
class Q046PrintOptionsTest {

    @Test
    void precisionAndSuppressMakeSmallNumbersReadable() {
        NDArray a = np.array(new double[] {1.0 / 3, 2.0 / 3, 1e-10});
        var before = np.getPrintoptions();

        // with np.printoptions(precision=3, suppress=True): repr(np.array([1/3, 2/3, 1e-10]))
        assertThat(Q046PrintOptions.reprRounded(a, 3)).as("reprRounded(a, 3)")
                .isEqualTo("array([0.333, 0.667, 0.   ])");
        assertThat(np.getPrintoptions()).as("the options in force after reprRounded")
                .isEqualTo(before);
        // repr(np.array([1/3, 2/3, 1e-10])) with the default options
        assertThat(a.toString()).as("repr(a) afterwards: the defaults again, scientific notation")
                .isEqualTo("array([3.33333333e-01, 6.66666667e-01, 1.00000000e-10])");
    }

    @Test
    void printingRoundsButTheValuesStayTheSame() {
        NDArray grid = np.array(new double[][] {{1.0 / 3, 100.0}, {2e-9, -1.5}});
        NDArray halves = np.array(new double[] {0.25, 0.35, 2.5});

        // with np.printoptions(precision=3, suppress=True):
        //     repr(np.array([[1/3, 100.], [2e-9, -1.5]]))
        assertThat(Q046PrintOptions.reprRounded(grid, 3)).as("a 2x2 matrix, 3 digits")
                .isEqualTo("array([[  0.333, 100.   ],\n"
                        + "       [  0.   ,  -1.5  ]])");
        // with np.printoptions(precision=1, suppress=True): repr(np.array([0.25, 0.35, 2.5]))
        // (0.25 rounds half to even; 0.35 is really 0.34999999999999997779...)
        assertThat(Q046PrintOptions.reprRounded(halves, 1)).as("one digit")
                .isEqualTo("array([0.2, 0.3, 2.5])");
        assertThat(grid.getDouble(1, 0)).as("the element printed as 0. still holds 2e-9")
                .isEqualTo(2e-9);
        assertThat(halves.getDouble(0)).as("the element printed as 0.2 still holds 0.25")
                .isEqualTo(0.25);
    }

    @Test
    void moreElementsThanTheThresholdAreSummarised() {
        var before = np.getPrintoptions();

        // with np.printoptions(threshold=10, edgeitems=2): repr(np.arange(20))
        assertThat(Q046PrintOptions.reprSummarised(np.arange(20), 10, 2))
                .as("20 elements > threshold 10: two at each end")
                .isEqualTo("array([ 0,  1, ..., 18, 19], shape=(20,))");
        // with np.printoptions(threshold=10, edgeitems=2): repr(np.arange(10))
        assertThat(Q046PrintOptions.reprSummarised(np.arange(10), 10, 2))
                .as("10 elements are not MORE than threshold 10: printed in full")
                .isEqualTo("array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])");
        assertThat(np.getPrintoptions()).as("the options in force after reprSummarised")
                .isEqualTo(before);
    }

    @Test
    void summarisingKeepsEdgeitemsOnEveryAxis() {
        // np.arange(24.).reshape(4, 6)
        NDArray a = np.array(new double[][] {
            {0, 1, 2, 3, 4, 5},
            {6, 7, 8, 9, 10, 11},
            {12, 13, 14, 15, 16, 17},
            {18, 19, 20, 21, 22, 23},
        });

        // with np.printoptions(threshold=4, edgeitems=1): repr(np.arange(24.).reshape(4, 6))
        assertThat(Q046PrintOptions.reprSummarised(a, 4, 1)).as("4x6, one item at each end")
                .isEqualTo("array([[ 0., ...,  5.],\n"
                        + "       ...,\n"
                        + "       [18., ..., 23.]], shape=(4, 6))");
        // with np.printoptions(threshold=10, edgeitems=2): repr(np.arange(24.).reshape(4, 6))
        assertThat(Q046PrintOptions.reprSummarised(a, 10, 2))
                .as("4x6, two items at each end: axis 0 has only 4 rows, so all are shown")
                .isEqualTo("array([[ 0.,  1., ...,  4.,  5.],\n"
                        + "       [ 6.,  7., ..., 10., 11.],\n"
                        + "       [12., 13., ..., 16., 17.],\n"
                        + "       [18., 19., ..., 22., 23.]], shape=(4, 6))");
    }

    @Test
    void aFullPrintoutShowsEveryElementAndLeavesTheDefaultAlone() {
        NDArray a = np.arange(2000);

        // with np.printoptions(threshold=sys.maxsize): repr(np.arange(2000)), 13274 characters
        String full = Q046PrintOptions.reprFull(a);
        assertThat(full).as("reprFull(np.arange(2000))")
                .startsWith("array([   0,    1,    2,    3,    4,    5,    6,    7,    8,")
                .endsWith(" 1996, 1997, 1998, 1999])")
                .doesNotContain("...")
                .hasSize(13274);
        // repr(np.arange(2000)) with the default threshold of 1000
        assertThat(a.toString()).as("repr afterwards: summarised again (threshold 1000)")
                .isEqualTo("array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))");
    }

    @Test
    void signShowsPlusOrSpaceBeforeNonNegativeNumbers() {
        NDArray a = np.array(new double[] {1.5, -2.0, 0.0});

        // with np.printoptions(sign='+'): str(np.array([1.5, -2.0, 0.0]))
        assertThat(Q046PrintOptions.strSigned(a, '+')).as("str with sign '+'")
                .isEqualTo("[+1.5 -2.  +0. ]");
        // with np.printoptions(sign=' '): str(np.array([1.5, -2.0, 0.0]))
        assertThat(Q046PrintOptions.strSigned(a, ' ')).as("str with sign ' '")
                .isEqualTo("[ 1.5 -2.   0. ]");
        // with np.printoptions(sign='+'): str(np.array([[1, -2], [3, 4]]))
        assertThat(Q046PrintOptions.strSigned(np.array(new long[][] {{1, -2}, {3, 4}}), '+'))
                .as("str of a 2x2 int64 array with sign '+'")
                .isEqualTo("[[+1 -2]\n [+3 +4]]");
    }

    @Test
    void theCallersOtherOptionsStillApply() {
        NDArray a = np.array(new double[] {1.0 / 3, -2.0 / 3});
        try (var scope = np.printoptions(o -> o.withPrecision(3))) {
            // with np.printoptions(precision=3), np.printoptions(sign='+'):
            //     str(np.array([1/3, -2/3]))
            assertThat(Q046PrintOptions.strSigned(a, '+'))
                    .as("strSigned inside the caller's precision=3: change only the sign")
                    .isEqualTo("[+0.333 -0.667]");
            assertThat(np.getPrintoptions().precision()).as("the caller's precision afterwards")
                    .isEqualTo(3);
        }
    }

    @Test
    void anInvalidSignIsRefusedAndChangesNothing() {
        var before = np.getPrintoptions();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q046PrintOptions.strSigned(np.arange(3.0), 'x'));
        // np.set_printoptions(sign='x') raises ValueError with this message
        assertThat(e).as("strSigned with sign 'x'")
                .hasMessageContaining("sign option must be one of ' ', '+', or '-'");
        assertThat(np.getPrintoptions()).as("the options in force after the refused sign")
                .isEqualTo(before);
    }
}
