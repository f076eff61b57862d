package dev.strides.ndarray.print;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An array as text, character for character as NumPy 2 prints it: {@code repr} ({@code
 * array([1.5, 2. ])}, what {@link NDArray#toString()} returns), {@code str} ({@code [1.5 2. ]})
 * and {@code array2string}, all steered by {@link PrintOptions}.
 *
 * <p>How a printout is made:
 * <ol>
 *   <li>an array with more than {@code threshold} elements is <b>summarised</b>: only
 *       {@code edgeitems} entries at each end of every longer axis are shown, the rest becomes
 *       {@code ...};</li>
 *   <li>a format for the dtype ({@code BoolFormat}, {@code IntegerFormat}, {@code FloatingFormat},
 *       {@code ComplexFloatingFormat}) measures the <i>shown</i> elements once, so all of them line
 *       up in one column width;</li>
 *   <li>{@code Layout} nests the elements in brackets, wrapping rows at {@code linewidth} and
 *       separating sub-arrays with one blank line per extra dimension;</li>
 *   <li>{@code repr} wraps that in {@code array(…)} and adds {@code shape=} (empty or summarised
 *       arrays) and {@code dtype=} (unless the values imply it: int64, float64, complex128, bool
 *       in native byte order), on a new line if the last line would grow too long.</li>
 * </ol>
 *
 * <p><b>Cost.</b> Only shown elements are read and formatted: a summarised 1000×1000 array costs 36
 * element formats, not a million. Each float takes a few big-integer digit steps ({@link Dragon4}).
 */
public final class ArrayPrinter {

    private ArrayPrinter() {
    }

    // ---- repr ----------------------------------------------------------------------------------

    /** NumPy's {@code repr(a)} with the options in force on this thread. */
    public static String repr(NDArray a) {
        return arrayRepr(a, PrintOptions.get());
    }

    /** NumPy's {@code np.array_repr(a)} with the options in force. */
    public static String arrayRepr(NDArray a) {
        return arrayRepr(a, PrintOptions.get());
    }

    // tag::array-repr[]
    /**
     * NumPy's {@code np.array_repr(a)} with explicit options: {@code array(} + the elements +
     * {@code )}, with {@code shape=} and {@code dtype=} when the elements do not tell them.
     */
    public static String arrayRepr(NDArray a, PrintOptions options) {
        String prefix = "array(";
        String body = array2string(a, options, ", ", prefix, ")");
        List<String> extras = new ArrayList<>();
        if ((a.size() == 0 && a.ndim() != 1) || a.size() > options.threshold()) {
            extras.add("shape=" + NDArray.tuple(a.shape()));
        }
        if (!dtypeIsImplied(a.dtype()) || a.size() == 0) {
            extras.add("dtype=" + dtypeShortRepr(a.dtype()));
        }
        if (extras.isEmpty()) {
            return prefix + body + ")";
        }
        String head = prefix + body + ",";
        String tail = String.join(", ", extras) + ")";
        int lastLine = head.length() - (head.lastIndexOf('\n') + 1);
        boolean fits = lastLine + tail.length() + 1 <= options.linewidth();
        return head + (fits ? " " : "\n" + " ".repeat(prefix.length())) + tail;
    }
    // end::array-repr[]

    /** NumPy's {@code dtype_is_implied}: native int64, float64, complex128 and bool. */
    static boolean dtypeIsImplied(DType dtype) {
        return dtype.isNative() && switch (dtype.type()) {
            case BOOL, INT64, FLOAT64, COMPLEX128 -> true;
            default -> false;
        };
    }

    /** NumPy's {@code dtype_short_repr}: {@code float32}, or {@code '>f8'} in non-native order. */
    static String dtypeShortRepr(DType dtype) {
        return dtype.isNative() ? dtype.name() : "'" + dtype.str() + "'";
    }

    // ---- str ----------------------------------------------------------------------------------

    /** NumPy's {@code str(a)} with the options in force on this thread. */
    public static String str(NDArray a) {
        return arrayStr(a, PrintOptions.get());
    }

    /** NumPy's {@code np.array_str(a)} with the options in force. */
    public static String arrayStr(NDArray a) {
        return arrayStr(a, PrintOptions.get());
    }

    /**
     * NumPy's {@code np.array_str(a)}: the elements in brackets, separated by spaces. A 0-d array
     * prints as its scalar would ({@code str(np.float64(0.1))} is {@code 0.1}, whatever the
     * precision).
     */
    public static String arrayStr(NDArray a, PrintOptions options) {
        if (a.ndim() == 0) {
            return scalarStr(a);
        }
        return array2string(a, options, " ", "", "");
    }

    private static String scalarStr(NDArray a) {
        DType t = a.dtype();
        long at = a.offset();
        return switch (t.kind()) {
            case 'b' -> Elements.readBoolean(a.buffer(), at, t) ? "True" : "False";
            case 'i' -> Long.toString(Elements.readLong(a.buffer(), at, t));
            case 'u' -> Long.toUnsignedString(Elements.readLong(a.buffer(), at, t));
            case 'f' -> FloatFormat.str(Elements.readDouble(a.buffer(), at, t), t.nativeType());
            default -> {
                Complex z = Elements.readComplex(a.buffer(), at, t);
                yield FloatFormat.complexStr(z.re(), z.im(), t.componentType().nativeType());
            }
        };
    }

    // ---- array2string ---------------------------------------------------------------------------

    /** NumPy's {@code np.array2string(a)}: elements separated by spaces, current options. */
    public static String array2string(NDArray a) {
        return array2string(a, PrintOptions.get(), " ", "", "");
    }

    /**
     * NumPy's {@code np.array2string(a, …, separator, prefix, suffix)}. The text is laid out as if
     * {@code prefix} stood before it (continuation lines are indented by its length) and
     * {@code suffix} after it (the last line wraps {@code suffix.length()} earlier); neither is
     * included in the result. An array without elements is {@code []}.
     */
    public static String array2string(NDArray a, PrintOptions options, String separator,
                                      String prefix, String suffix) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(options, "options");
        if (a.size() == 0) {
            return "[]";
        }
        int width = options.linewidth() - suffix.length();
        return new Layout(a, options, separator, width, " " + " ".repeat(prefix.length())).format();
    }
}
