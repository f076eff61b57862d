package dev.strides.ndarray;

/**
 * An index outside an axis, worded as NumPy's {@code IndexError}:
 * {@code index 5 is out of bounds for axis 0 with size 3}.
 */
public class IndexException extends IndexOutOfBoundsException {
    public IndexException(String message) {
        super(message);
    }

    /** Checks {@code -size <= index < size} and returns the index made non-negative. */
    public static int normalize(long index, int axis, int size) {
        if (index < -size || index >= size) {
            throw new IndexException("index " + index + " is out of bounds for axis " + axis
                    + " with size " + size);
        }
        return (int) (index < 0 ? index + size : index);
    }
}
