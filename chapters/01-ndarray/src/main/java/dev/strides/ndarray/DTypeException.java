package dev.strides.ndarray;

/** A dtype that does not exist or cannot be used here: NumPy's {@code TypeError} for dtypes. */
public class DTypeException extends IllegalArgumentException {
    public DTypeException(String message) {
        super(message);
    }
}
