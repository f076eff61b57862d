package dev.strides.ufuncs;

import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

/**
 * A ufunc call's keyword arguments: {@code out=}, {@code where=}, {@code casting=},
 * {@code dtype=}. Immutable; start from {@link #DEFAULTS} and change what you need:
 *
 * <pre>{@code np.add.call(new Object[] {x, y}, UfuncOptions.DEFAULTS.out(z).where(mask))}</pre>
 *
 * @param out        arrays to write the results into (one per ufunc output; null: allocate).
 *                   NumPy's {@code out=}: no allocation, an input may be its own output
 * @param where      a bool array broadcast against the result: only where it is true is the
 *                   result written; elsewhere {@code out} keeps its values (a freshly allocated
 *                   output holds zeros there in Strides, unspecified values in NumPy)
 * @param casting    the rule for casting inputs to the loop's types and results to
 *                   {@code out}; NumPy's default is {@code same_kind}
 * @param dtype      the loop's output type (NumPy's {@code dtype=}), or null to resolve it
 * @param fastPaths  false forces the readable loops even where a fast one exists (for tests
 *                   that compare the two, and for teaching)
 */
public record UfuncOptions(NDArray[] out, NDArray where, Casting.Rule casting, DType dtype,
                           boolean fastPaths) {

    /** NumPy's defaults: allocate, everywhere, {@code same_kind}, resolved dtype, fast loops on. */
    public static final UfuncOptions DEFAULTS =
            new UfuncOptions(null, null, Casting.Rule.SAME_KIND, null, true);

    public UfuncOptions {
        out = out == null ? null : out.clone();
        casting = casting == null ? Casting.Rule.SAME_KIND : casting;
    }

    @Override
    public NDArray[] out() {
        return out == null ? null : out.clone();
    }

    /** {@code out=(a, b, ...)}: one array per output (null entries are allocated). */
    public UfuncOptions out(NDArray... outputs) {
        return new UfuncOptions(outputs, where, casting, dtype, fastPaths);
    }

    /** {@code where=mask}. */
    public UfuncOptions where(NDArray mask) {
        return new UfuncOptions(out, mask, casting, dtype, fastPaths);
    }

    /** {@code casting='unsafe'} etc. */
    public UfuncOptions casting(Casting.Rule rule) {
        return new UfuncOptions(out, where, rule, dtype, fastPaths);
    }

    /** {@code casting="unsafe"} by NumPy's name. */
    public UfuncOptions casting(String rule) {
        return casting(Casting.Rule.of(rule));
    }

    /** {@code dtype=np.float32}. */
    public UfuncOptions dtype(DType type) {
        return new UfuncOptions(out, where, casting, type, fastPaths);
    }

    /** The readable loops only (see {@code fastPaths}). */
    public UfuncOptions referenceLoops() {
        return new UfuncOptions(out, where, casting, dtype, false);
    }
}
