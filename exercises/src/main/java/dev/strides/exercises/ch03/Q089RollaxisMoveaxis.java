package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * Q089 - How to use rollaxis() vs moveaxis()?
 *
 * <p>Both move one axis to another position and keep the others in order; both return views
 * (a permutation of the axes, like a transpose). {@code np.moveaxis(a, source, destination)}
 * says where the axis <i>ends up</i>: {@code moveaxis(a, 0, -1)} on an (2, 3, 4, 5) array gives
 * (3, 4, 5, 2). {@code np.rollaxis(a, axis, start)} is the older spelling and says where it is
 * inserted: <i>before</i> the axis now at {@code start}, so rolling an axis forward lands it at
 * {@code start - 1}. NumPy recommends {@code moveaxis}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q089")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q089} to check.
 */
public final class Q089RollaxisMoveaxis {

    private Q089RollaxisMoveaxis() {
    }

    /**
     * {@code np.moveaxis(a, source, destination)} from scratch: build the permutation (the other
     * axes in order, {@code source} inserted at {@code destination}) and apply it with
     * {@code np.transpose(a, perm)}. Negative axes count from the end.
     *
     * @param a           any array, not modified
     * @param source      the axis to move
     * @param destination its position in the result
     * @return a view
     */
    public static NDArray moveaxis(NDArray a, int source, int destination) {
        throw new NotSolved("Q089");
    }

    /**
     * Predict: the {@code destination} for which {@code np.moveaxis(a, axis, destination)} equals
     * {@code np.rollaxis(a, axis, start)}, with {@code 0 <= axis < ndim} and
     * {@code 0 <= start <= ndim}.
     *
     * @param ndim  the number of axes
     * @param axis  the axis rolled
     * @param start rollaxis's start
     * @return the moveaxis destination
     */
    public static int rollaxisDestination(int ndim, int axis, int start) {
        throw new NotSolved("Q089");
    }
}
