package dev.strides.views;

import dev.strides.ndarray.IndexException;

/**
 * An axis number outside the array, NumPy's {@code AxisError}:
 * {@code axis 2 is out of bounds for array of dimension 2}, optionally prefixed with the argument
 * it came from ({@code axis1: axis 3 is out of bounds for array of dimension 3}).
 *
 * <p>NumPy's {@code AxisError} is both a {@code ValueError} and an {@code IndexError}; Java allows
 * one superclass. It extends {@link IndexException} (an {@link IndexOutOfBoundsException})
 * because an axis is an index into the shape, and because chapter 01's
 * {@code NDArray.normalizeAxis} already reports a bad axis as an {@link IndexException}: code
 * that catches that keeps working.
 */
public class AxisException extends IndexException {

    public AxisException(String message) {
        super(message);
    }

    // tag::normalize-axis[]
    /**
     * NumPy's {@code normalize_axis_index}: checks {@code -ndim <= axis < ndim} and returns the
     * axis counted from the front ({@code -1} is the last axis).
     *
     * @param argument the argument's name for the message prefix, or null for none
     */
    public static int normalize(int axis, int ndim, String argument) {
        if (axis < -ndim || axis >= ndim) {
            throw new AxisException((argument == null ? "" : argument + ": ") + "axis " + axis
                    + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }
    // end::normalize-axis[]

    /** {@link #normalize(int, int, String)} without an argument name. */
    public static int normalize(int axis, int ndim) {
        return normalize(axis, ndim, null);
    }

    /**
     * NumPy's {@code normalize_axis_tuple}: every axis normalized, repeats refused with
     * {@code repeatedMessage} (NumPy words it differently per function).
     */
    public static int[] normalizeAll(int[] axes, int ndim, String argument,
                                     String repeatedMessage) {
        int[] out = new int[axes.length];
        boolean[] seen = new boolean[ndim];
        for (int k = 0; k < axes.length; k++) {
            out[k] = normalize(axes[k], ndim, argument);
        }
        for (int k = 0; k < axes.length; k++) {
            if (seen[out[k]]) {
                throw new IllegalArgumentException(repeatedMessage);
            }
            seen[out[k]] = true;
        }
        return out;
    }
}
