package dev.strides.np;

import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.print.ArrayPrinter;
import dev.strides.ndarray.print.FloatFormat;
import dev.strides.ndarray.print.PrintOptions;

import java.util.function.UnaryOperator;

/**
 * The layer of {@link np} for chapter 01 (dev.strides.ndarray), second of its two layers: copies,
 * casts and type promotion ({@code copy}, {@code astype}, {@code canCast}, {@code promoteTypes},
 * {@code resultType}), the queries {@code shape}, {@code ndim} and {@code size}, and printing
 * ({@code getPrintoptions}, {@code setPrintoptions}, {@code printoptions}, {@code arrayRepr},
 * {@code arrayStr}, {@code array2string}, {@code formatFloatPositional},
 * {@code formatFloatScientific}).
 *
 * <p>Forwards to {@link NDArray}, {@link Casting}, {@link ArrayPrinter}, {@link PrintOptions} and
 * {@link FloatFormat}. Extends {@link ArrayCreationApi}; {@link np} explains the chain.
 */
public abstract class NdarrayApi extends ArrayCreationApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    NdarrayApi() {
    }

    // ---- copies, casts, promotion: NDArray, Casting -------------------------------------------

    /** {@code np.copy(a)}: a copy keeping the layout (order 'K'). */
    public static NDArray copy(NDArray a) {
        return a.copy(Order.K);
    }

    public static NDArray copy(NDArray a, Order order) {
        return a.copy(order);
    }

    /** {@code np.astype(a, dtype)}: a converted copy (casting 'unsafe'). */
    public static NDArray astype(NDArray a, DType dtype) {
        return a.astype(dtype);
    }

    /** {@code np.astype(a, dtype, casting=...)}, e.g. {@code casting = "safe"}. */
    public static NDArray astype(NDArray a, DType dtype, String casting) {
        return a.astype(dtype, Casting.Rule.of(casting));
    }

    /** {@code np.can_cast(from, to)}: under the 'safe' rule. */
    public static boolean canCast(DType from, DType to) {
        return Casting.canCast(from, to, Casting.Rule.SAFE);
    }

    /** {@code np.can_cast(from, to, casting)} with casting 'no', 'equiv', 'safe', 'same_kind' or 'unsafe'. */
    public static boolean canCast(DType from, DType to, String casting) {
        return Casting.canCast(from, to, Casting.Rule.of(casting));
    }

    /** {@code np.promote_types(a, b)}. */
    public static DType promoteTypes(DType a, DType b) {
        return Casting.promoteTypes(a, b);
    }

    /** {@code np.result_type(*arrays_and_dtypes)}: Java scalars are weak (NEP 50). */
    public static DType resultType(Object... arraysDtypesOrScalars) {
        return Casting.resultType(arraysDtypesOrScalars);
    }

    // ---- queries ------------------------------------------------------------------------------

    /** {@code np.shape(a)}. */
    public static int[] shape(NDArray a) {
        return a.shape();
    }

    /** {@code np.ndim(a)}. */
    public static int ndim(NDArray a) {
        return a.ndim();
    }

    /** {@code np.size(a)}. */
    public static long size(NDArray a) {
        return a.size();
    }

    // ---- printing: ArrayPrinter, PrintOptions, FloatFormat ----------------------------------

    /** {@code np.get_printoptions()}: the options in force on this thread. */
    public static PrintOptions getPrintoptions() {
        return PrintOptions.get();
    }

    /** {@code np.set_printoptions(...)}: replaces the options in force on this thread. */
    public static void setPrintoptions(PrintOptions options) {
        PrintOptions.set(options);
    }

    /**
     * {@code np.set_printoptions(precision=3)} as {@code np.setPrintoptions(o -> o.withPrecision(3))}:
     * changes some options, keeps the others.
     */
    public static void setPrintoptions(UnaryOperator<PrintOptions> change) {
        PrintOptions.set(change.apply(PrintOptions.get()));
    }

    /**
     * {@code with np.printoptions(precision=3):} as
     * {@code try (var scope = np.printoptions(o -> o.withPrecision(3))) { ... }}: the previous
     * options come back when the scope closes.
     */
    public static PrintOptions.Scope printoptions(UnaryOperator<PrintOptions> change) {
        return PrintOptions.with(change);
    }

    public static PrintOptions.Scope printoptions(PrintOptions options) {
        return PrintOptions.with(options);
    }

    /** {@code np.array_repr(a)}: the same text as {@code a.toString()}. */
    public static String arrayRepr(NDArray a) {
        return ArrayPrinter.arrayRepr(a);
    }

    public static String arrayRepr(NDArray a, PrintOptions options) {
        return ArrayPrinter.arrayRepr(a, options);
    }

    /** {@code np.array_str(a)}, i.e. {@code str(a)}: {@code [1. 2.]} without {@code array(...)}. */
    public static String arrayStr(NDArray a) {
        return ArrayPrinter.arrayStr(a);
    }

    public static String arrayStr(NDArray a, PrintOptions options) {
        return ArrayPrinter.arrayStr(a, options);
    }

    /** {@code np.array2string(a)}. */
    public static String array2string(NDArray a) {
        return ArrayPrinter.array2string(a);
    }

    /** {@code np.array2string(a, separator=..., prefix=..., suffix=...)} with explicit options. */
    public static String array2string(NDArray a, PrintOptions options, String separator,
                                      String prefix, String suffix) {
        return ArrayPrinter.array2string(a, options, separator, prefix, suffix);
    }

    /** {@code np.format_float_positional(x)} for a float64 value: shortest round-trip digits. */
    public static String formatFloatPositional(double x) {
        return FloatFormat.positional(x, DType.FLOAT64);
    }

    /** {@code np.format_float_scientific(x)} for a float64 value. */
    public static String formatFloatScientific(double x) {
        return FloatFormat.scientific(x, DType.FLOAT64);
    }
}
