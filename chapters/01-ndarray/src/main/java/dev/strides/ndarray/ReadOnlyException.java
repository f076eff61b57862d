package dev.strides.ndarray;

/** A write into an array whose {@code WRITEABLE} flag is false: {@code assignment destination is read-only}. */
public class ReadOnlyException extends IllegalStateException {
    public ReadOnlyException(String message) {
        super(message);
    }
}
