package dev.strides.ndarray;

/** A shape that is invalid or does not fit: negative dimensions, sizes that disagree, ragged input. */
public class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) {
        super(message);
    }
}
