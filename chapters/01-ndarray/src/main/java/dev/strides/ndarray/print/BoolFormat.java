package dev.strides.ndarray.print;

/**
 * The bool column of a printed array: NumPy's {@code BoolFormat}. {@code True} gets a leading
 * space so it is as wide as {@code False} ({@code [ True, False]}), except in a 0-d array.
 */
final class BoolFormat {

    private final String trueText;

    BoolFormat(boolean zeroDimensional) {
        this.trueText = zeroDimensional ? "True" : " True";
    }

    String format(boolean v) {
        return v ? trueText : "False";
    }
}
