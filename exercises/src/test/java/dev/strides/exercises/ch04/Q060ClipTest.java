package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q060: clip is minimum(maximum(a, lo), hi), with its NaN and lo > hi consequences. */
@Tag("Q060")
class Q060ClipTest {

    @Test
    void clipFromScratchAgreesWithNpClip() {
        NDArray a = np.array(new long[] {3, -1, 4, -1, 5, -9});
        // np.clip(np.array([3, -1, 4, -1, 5, -9]), -2, 3)
        assertThat(Q060Clip.clipFromScratch(a, -2L, 3L).toString())
                .as("ints clipped by int bounds stay int64")
                .isEqualTo("array([ 3, -1,  3, -1,  3, -2])")
                .isEqualTo(np.clip(a, -2L, 3L).toString());
    }

    @Test
    void nanStaysNanAndLoAboveHiGivesHi() {
        NDArray a = np.array(new double[] {-2, 0.5, Double.NaN, 7});
        // np.clip(np.array([-2., 0.5, np.nan, 7.]), 0., 1.)
        assertThat(Q060Clip.clipFromScratch(a, 0.0, 1.0).toString())
                .as("maximum propagates NaN").isEqualTo("array([0. , 0.5, nan, 1. ])");
        // np.clip(np.arange(5), 3, 1)
        assertThat(Q060Clip.clipFromScratch(np.arange(5), 3L, 1L).toString())
                .as("lo > hi: the minimum with hi comes last, so everything is hi")
                .isEqualTo("array([1, 1, 1, 1, 1])");
    }

    @Test
    void boundsMayBeArraysPerColumn() {
        NDArray m = np.array(new double[][] {{-5, 5}, {0.5, 0.5}});
        // np.clip(m, np.array([0., 1.]), np.array([1., 2.]))
        assertThat(Q060Clip.clipFromScratch(m, np.array(new double[] {0, 1}),
                np.array(new double[] {1, 2})).toString()).as("column j limited to its bounds")
                .isEqualTo("array([[0. , 2. ],\n       [0.5, 1. ]])");
    }

    @Test
    void clipInPlaceWritesIntoTheArray() {
        NDArray b = np.array(new double[] {-2.5, 0.25, 7.0});
        NDArray r = Q060Clip.clipInPlace(b, 0.0, 1.0);
        // b = np.array([-2.5, 0.25, 7.0]); np.clip(b, 0.0, 1.0, out=b)
        assertThat(b.toString()).as("b itself clipped").isEqualTo("array([0.  , 0.25, 1.  ])");
        assertThat(r).as("out= returns the out array").isSameAs(b);
    }

    @Test
    void predictTheDtypeOfIntsClippedByAFloat() {
        // np.clip(np.arange(5), 1.5, 3).dtype == float64: [1.5, 1.5, 2., 3., 3.]
        assertThat(Q060Clip.predictIntClippedByFloat()).as("the weak float still makes floats")
                .isEqualTo(np.float64)
                .isEqualTo(np.clip(np.arange(5), 1.5, 3L).dtype());
    }
}
