package dev.strides.ndarray;

/**
 * A complex number {@code re + im·j}, the Java value of one element of a complex64 or complex128
 * array. Arithmetic lives in the ufuncs of chapter 4; this record only carries the two parts.
 */
public record Complex(double re, double im) {

    public static Complex of(double re, double im) {
        return new Complex(re, im);
    }

    /** Python's {@code repr(complex)} style, e.g. {@code (1+2j)}. */
    @Override
    public String toString() {
        String imag = (im >= 0 || Double.isNaN(im) ? "+" : "") + im;
        return "(" + re + imag + "j)";
    }
}
