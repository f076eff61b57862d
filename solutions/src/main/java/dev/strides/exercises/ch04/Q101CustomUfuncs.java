package dev.strides.exercises.ch04;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ufuncs.Loop;
import dev.strides.ufuncs.Ufunc;

/**
 * Q101 - How to implement custom ufuncs?
 *
 * <p>In NumPy a real ufunc is made in C: write a typed 1-d strided inner loop per type
 * combination and register the loops with {@code PyUFunc_FromFuncAndData} (or build it with
 * Numba's {@code @vectorize}). The ufunc machinery then supplies everything else: broadcasting,
 * type resolution, {@code out=}, {@code where=}, and the methods {@code reduce},
 * {@code accumulate}, {@code reduceat}, {@code outer} and {@code at}. ({@code np.frompyfunc}
 * and {@code np.vectorize} make something ufunc-like from a Python function, but call Python
 * once per element: see Q115.)
 *
 * <p>Strides does the same with {@code Ufunc.builder(name, nin, nout)}: add loops by NumPy
 * signature ({@code "dd->d"}, {@code "ll->l"}, {@code "BB->B"}) either as a Java scalar
 * function ({@code loop} for floats, {@code intLoop} for integers) or as a raw
 * {@code Loop.Body}, which is handed the operands' buffers and returns the strided loop over one
 * run: element {@code i} of operand {@code op} is at byte {@code at[op] + i * steps[op]} of
 * {@code buffers[op]}, inputs first, then the output. Declare
 * an {@code identity} (the start of a reduction and the result of reducing nothing) and
 * {@code reorderable()} when the operation is associative and commutative.
 *
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class Q101CustomUfuncs {

    private Q101CustomUfuncs() {
    }

    /**
     * A ufunc named {@code "relu"}, one input and one output, {@code max(x, 0)}, with two loops:
     * {@code loop("d->d", ...)} (a {@code DoubleUnaryOperator}) and {@code intLoop("l->l", ...)}
     * (a {@code LongUnaryOperator}), so that int64 input stays int64.
     */
    public static Ufunc relu() {
        return Ufunc.builder("relu", 1, 1)
                .loop("d->d", (double x) -> Math.max(x, 0.0))
                .intLoop("l->l", (long x) -> Math.max(x, 0L))
                .build();
    }

    /**
     * A ufunc named {@code "saturating_add"} for uint8: {@code min(x + y, 255)} with the single
     * loop {@code intLoop("BB->B", ...)} (a {@code LongBinaryOperator}; uint8 elements arrive
     * as 0..255),
     * identity {@code 0L}, reorderable. Its reduce and accumulate then saturate too.
     */
    public static Ufunc saturatingAddUint8() {
        return Ufunc.builder("saturating_add", 2, 1)
                .identity(0L)
                .reorderable()
                .intLoop("BB->B", (long x, long y) -> Math.min(x + y, 255L))
                .build();
    }

    /**
     * The raw inner loop of {@code |x - y|} for {@code "dd->d"}: given the three buffers
     * (x, y, out), return the loop over one run that reads {@code x} and {@code y} at
     * {@code at[0] + i * steps[0]} and {@code at[1] + i * steps[1]} and writes {@code out} at
     * {@code at[2] + i * steps[2]} ({@code Elements.readDouble} / {@code writeDouble}, type
     * {@code DType.FLOAT64}). Read both inputs before writing: in a reduction the output is
     * the first input.
     */
    public static Loop.Body absDiffBody() {
        return (buffers, status) -> (at, n, steps) -> {
            for (int i = 0; i < n; i++) {
                double x = Elements.readDouble(buffers[0], at[0] + i * steps[0], DType.FLOAT64);
                double y = Elements.readDouble(buffers[1], at[1] + i * steps[1], DType.FLOAT64);
                Elements.writeDouble(buffers[2], at[2] + i * steps[2], DType.FLOAT64,
                        Math.abs(x - y));
            }
        };
    }

    /** The ufunc {@code "absdiff"}: two inputs, one output, one loop, {@link #absDiffBody}. */
    public static Ufunc absDiff() {
        return Ufunc.builder("absdiff", 2, 1).loop("dd->d", absDiffBody()).build();
    }
}
