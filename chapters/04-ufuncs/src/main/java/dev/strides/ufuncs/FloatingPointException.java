package dev.strides.ufuncs;

/**
 * A floating-point error under the policy {@code raise}: NumPy's {@code FloatingPointError},
 * worded as NumPy words it ({@code divide by zero encountered in floor_divide}).
 *
 * <p>As in NumPy the check runs after the whole loop: the output array already holds every
 * result (with its {@code inf}, {@code nan} or 0) when this is thrown.
 */
public class FloatingPointException extends ArithmeticException {

    private final FloatingPointErrors.Kind kind;
    private final String ufunc;

    public FloatingPointException(FloatingPointErrors.Kind kind, String ufunc) {
        super(kind.message() + " encountered in " + ufunc);
        this.kind = kind;
        this.ufunc = ufunc;
    }

    /** Which of NumPy's four error kinds happened. */
    public FloatingPointErrors.Kind kind() {
        return kind;
    }

    /** The ufunc (or method) that met it, e.g. {@code "divide"}. */
    public String ufunc() {
        return ufunc;
    }
}
