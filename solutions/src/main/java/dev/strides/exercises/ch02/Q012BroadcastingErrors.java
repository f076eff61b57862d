package dev.strides.exercises.ch02;

/**
 * Q012 - What is broadcasting error? Reference solution.
 *
 * <p>Walk the axes from the right; an axis clashes when the lengths differ and neither is 1.
 * The message spells shapes as NumPy's C code does: no spaces, a trailing comma for one axis,
 * and a space after every shape.
 */
public final class Q012BroadcastingErrors {

    private Q012BroadcastingErrors() {
    }

    /** The rightmost clashing axis as a negative index, or 0 when the shapes broadcast. */
    public static int clashingAxis(int[] a, int[] b) {
        for (int k = 1; k <= Math.min(a.length, b.length); k++) {
            int x = a[a.length - k];
            int y = b[b.length - k];
            if (x != y && x != 1 && y != 1) {
                return -k;
            }
        }
        return 0;
    }

    /** null when every pair broadcasts with the running result; else NumPy's message. */
    public static String ufuncError(int[]... shapes) {
        int[] result = new int[0];
        for (int[] s : shapes) {
            if (clashingAxis(result, s) != 0) {
                StringBuilder sb = new StringBuilder("operands could not be broadcast together"
                        + " with shapes ");
                for (int[] t : shapes) {
                    sb.append(compact(t)).append(' ');
                }
                return sb.toString();
            }
            result = combine(result, s);
        }
        return null;
    }

    /** {@code (2,3)}, {@code (3,)}, {@code ()}. */
    public static String compact(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            sb.append(k == 0 ? "" : ",").append(shape[k]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    private static int[] combine(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int k = 1; k <= n; k++) {
            int x = k <= a.length ? a[a.length - k] : 1;
            int y = k <= b.length ? b[b.length - k] : 1;
            out[n - k] = x == 1 ? y : x;
        }
        return out;
    }
}
