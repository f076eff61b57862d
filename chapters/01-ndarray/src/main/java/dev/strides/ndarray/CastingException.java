package dev.strides.ndarray;

/**
 * A cast refused by the casting rule in force, worded as NumPy words it:
 * {@code Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'}.
 */
public class CastingException extends DTypeException {
    public CastingException(String message) {
        super(message);
    }
}
