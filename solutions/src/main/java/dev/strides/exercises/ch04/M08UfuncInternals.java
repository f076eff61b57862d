package dev.strides.exercises.ch04;

import dev.strides.ndarray.DType;
import dev.strides.np.np;
import dev.strides.ufuncs.Ufunc;

/**
 * M08 - Explain how ufuncs work internally.
 *
 * <p>A call {@code np.add(x, y)} goes through four steps:
 *
 * <ol>
 *   <li><b>Type resolution</b> picks one loop from the ufunc's table ({@code np.add.types}:
 *       {@code '??->?'}, {@code 'bb->b'}, {@code 'BB->B'}, ... {@code 'dd->d'}). The inputs'
 *       types are promoted (NEP 50): arrays and NumPy scalars are <i>strong</i>, Python (and
 *       Java) scalars are <i>weak</i> and take the array's type if they are of the same kind:
 *       {@code uint8 array + 100} stays uint8, and {@code uint8 array + 300} is an error
 *       because 300 does not fit. A weak float with an int array gives float64; a float32
 *       scalar with an int8 array gives float32; uint8 with int8 arrays gives int16.</li>
 *   <li><b>Casting</b> of inputs to the loop's types (checked against {@code casting=}).</li>
 *   <li><b>Iteration</b>: the broadcast iterator hands the typed 1-d strided loop one run at a
 *       time (pointer, length, byte step per operand).</li>
 *   <li><b>The loop</b> computes in the type's own arithmetic: integers wrap modulo
 *       {@code 2^bits} ({@code int8 127 + 1 == -128}), integer {@code floor_divide} rounds
 *       towards minus infinity and {@code remainder} takes the divisor's sign, integer
 *       division by zero gives 0 with a {@code divide by zero} warning. Float errors are set
 *       as flags and reported after the loop ({@code np.errstate}).</li>
 * </ol>
 *
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class M08UfuncInternals {

    private M08UfuncInternals() {
    }

    /**
     * The signature of the loop {@code f} runs for these inputs, NumPy's spelling
     * ({@code "hh->h"}): from {@code f.resolveDtypes(inputs)} (inputs then outputs) and each
     * type's {@code typeChar()}.
     */
    public static String loopFor(Ufunc f, Object... inputs) {
        DType[] types = f.resolveDtypes(inputs);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < types.length; k++) {
            sb.append(k == f.nin() ? "->" : "").append(types[k].typeChar());
        }
        return sb.toString();
    }

    /** Predict {@code (np.array([200], np.uint8) + 100).dtype}. */
    public static DType uint8ArrayPlus100Dtype() {
        return np.uint8;
    }

    /** Predict {@code (np.array([200], np.uint8) + 100)[0]}. */
    public static long uint8ArrayPlus100Value() {
        return 44;
    }

    /** Predict the message of the error raised by {@code np.array([200], np.uint8) + 300}. */
    public static String uint8ArrayPlus300Error() {
        return "Python integer 300 out of bounds for uint8";
    }

    /** Predict {@code (np.array([1], np.int8) + np.float32(2.5)).dtype}. */
    public static DType int8ArrayPlusFloat32Scalar() {
        return np.float32;
    }

    /** Predict {@code (np.array([1], np.int8) + 2.5).dtype}. */
    public static DType int8ArrayPlusPythonFloat() {
        return np.float64;
    }

    /** Predict {@code np.array([7, -7, 7, -7]) // np.array([2, 2, -2, -2])}. */
    public static long[] floorDivideSigns() {
        return new long[] {3, -4, -4, 3};
    }

    /** Predict {@code np.array([7, -7, 7, -7]) % np.array([2, 2, -2, -2])}. */
    public static long[] remainderSigns() {
        return new long[] {1, 1, -1, -1};
    }

    /** Predict {@code (np.array([127], np.int8) + np.int8(1))[0]}. */
    public static long int8Overflow() {
        return -128;
    }
}
