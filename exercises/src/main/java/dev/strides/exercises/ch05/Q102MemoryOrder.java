package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q102 - Explain C vs Fortran memory layout (contiguous)?
 *
 * <p>In C order (row-major, NumPy's default) the <b>last</b> index varies fastest: the last
 * axis steps one item, and each earlier axis steps over everything after it, so a 3x4 float64
 * array has strides {@code (32, 8)}. In Fortran order (column-major) the <b>first</b> index
 * varies fastest: strides {@code (8, 24)}. An array is C-contiguous when its strides are
 * exactly the C strides of its shape (length-1 axes do not count, an empty array is both);
 * likewise for F. A transpose turns one into the other without moving a byte; a slice with a
 * step is neither.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q102")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q102} to check.
 */
public final class Q102MemoryOrder {

    private Q102MemoryOrder() {
    }

    /**
     * The strides {@code np.zeros(shape, dtype, order="C")} gets: the last axis steps
     * {@code itemsize}, each earlier axis the product of the later dimensions times itemsize.
     * A shape with a 0 in it gets all-zero strides (NumPy 2).
     *
     * @param shape    the dimensions
     * @param itemsize bytes per element
     * @return the C-order strides in bytes
     */
    public static long[] cStrides(int[] shape, int itemsize) {
        throw new NotSolved("Q102");
    }

    /**
     * The strides {@code np.zeros(shape, dtype, order="F")} gets: the first axis steps
     * {@code itemsize}, each later axis the product of the earlier dimensions times itemsize.
     * A shape with a 0 in it gets all-zero strides.
     *
     * @param shape    the dimensions
     * @param itemsize bytes per element
     * @return the F-order strides in bytes
     */
    public static long[] fStrides(int[] shape, int itemsize) {
        throw new NotSolved("Q102");
    }

    /**
     * {@code a.flags.c_contiguous} and {@code a.flags.f_contiguous}, decided from
     * {@code a.shape()}, {@code a.strides()} and {@code a.itemsize()} only (do not call
     * {@code a.flags()}): walking from the fastest axis, every axis longer than 1 must step
     * exactly the bytes of everything faster than it; an array with a length-0 axis is both.
     *
     * @param a any array
     * @return {@code {cContiguous, fContiguous}}
     */
    public static boolean[] contiguity(NDArray a) {
        throw new NotSolved("Q102");
    }
}
