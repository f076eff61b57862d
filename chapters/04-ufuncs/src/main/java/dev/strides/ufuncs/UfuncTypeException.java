package dev.strides.ufuncs;

import dev.strides.ndarray.DTypeException;

/**
 * No loop of a ufunc fits the operands: NumPy's {@code UFuncTypeError} (a {@code TypeError}),
 * e.g. {@code ufunc 'bitwise_and' not supported for the input types, ...}.
 */
public class UfuncTypeException extends DTypeException {
    public UfuncTypeException(String message) {
        super(message);
    }
}
