package dev.strides.ndarray.print;

import dev.strides.ndarray.DType;

/**
 * The complex column of a printed array: NumPy's {@code ComplexFloatingFormat}. Real and imaginary
 * parts are measured as two independent float columns (the imaginary one always signed), and each
 * element is the two side by side with a {@code j} tucked in before the imaginary part's padding:
 * {@code [ 1. +2.j  , -0.5-1.25j]}.
 */
final class ComplexFloatingFormat {

    private final FloatingFormat real;
    private final FloatingFormat imag;

    /** Measures the shown parts, {@code componentType} being float32 or float64. */
    ComplexFloatingFormat(double[] re, double[] im, DType componentType, PrintOptions options) {
        this.real = new FloatingFormat(re, componentType, options, options.sign());
        this.imag = new FloatingFormat(im, componentType, options, '+');
    }

    String format(double re, double im) {
        String i = imag.format(im);
        int end = i.length();
        while (end > 0 && i.charAt(end - 1) == ' ') {
            end--;
        }
        return real.format(re) + i.substring(0, end) + 'j' + i.substring(end);
    }
}
