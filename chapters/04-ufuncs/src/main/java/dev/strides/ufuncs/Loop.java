package dev.strides.ufuncs;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.DType;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Objects;

/**
 * One typed inner loop of a ufunc: NumPy's entry in {@code ufunc.types} ({@code "dd->d"}) together
 * with the C function that runs it.
 *
 * <p>A loop works on <b>native-order</b> operands of exactly its {@link #types()}, inputs first
 * then outputs; the ufunc machinery casts other operands before calling it. {@link Body#bind}
 * gives the strided 1-d loop that chapter 02's {@link MultiIterator} calls once per run:
 *
 * <pre>{@code for i in 0..count-1:
 *     out[offsets[2] + i*strides[2]] = f(in0[offsets[0] + i*strides[0]],
 *                                                     in1[offsets[1] + i*strides[1]])}</pre>
 *
 * <p>That is NumPy's {@code loop(char **args, npy_intp *dimensions, npy_intp *steps)}: the loop
 * never sees the array shape, only the start of a run in every operand, its length and the byte
 * step per operand. Broadcasting (a step of 0), reductions (the output's step is 0 and it is also
 * the first input) and transposed layouts all reach the loop as nothing but different steps.
 */
public record Loop(DType[] types, int nin, Body body, Body reference) {

    /** Makes the strided loop for one call: NumPy's {@code PyUFuncGenericFunction}. */
    @FunctionalInterface
    public interface Body {
        /**
         * The loop over runs for operands stored in {@code buffers} (inputs then outputs).
         * Floating-point errors are recorded in {@code status}, never thrown from here.
         */
        MultiIterator.InnerLoop bind(MemorySegment[] buffers, FloatingPointErrors.Status status);

        /**
         * The loop {@code ufunc.at} runs for a 1-d array and one index array: NumPy's
         * <i>indexed</i> loop. For nearly every loop that is {@link #bind} itself; complex
         * {@code multiply} overrides it, because NumPy's indexed loop computes without the fused
         * multiply-adds of its SIMD loop.
         */
        default MultiIterator.InnerLoop bindIndexed(MemorySegment[] buffers,
                                                    FloatingPointErrors.Status status) {
            return bind(buffers, status);
        }
    }

    /**
     * @param body      the loop the ufunc runs
     * @param reference the readable loop {@code body} must agree with (the same as {@code body}
     *                  when there is no separate fast path); {@code UfuncOptions.referenceLoops()}
     *                  runs it instead
     */
    public Loop {
        Objects.requireNonNull(body, "body");
        reference = reference == null ? body : reference;
        types = types.clone();
    }

    /**
     * A loop from NumPy's type signature: one character per operand ({@code "dd->d"},
     * {@code "ll->?"}, {@code "d->di"}), the codes of {@code np.dtype(char)}.
     */
    public static Loop of(String signature, Body body) {
        int arrow = signature.indexOf("->");
        if (arrow < 0) {
            throw new IllegalArgumentException("a loop signature looks like 'dd->d', got '"
                    + signature + "'");
        }
        String chars = signature.substring(0, arrow) + signature.substring(arrow + 2);
        DType[] types = new DType[chars.length()];
        for (int k = 0; k < types.length; k++) {
            types[k] = DType.of(String.valueOf(chars.charAt(k)));
        }
        return new Loop(types, arrow, body, body);
    }

    /** This loop with a fast body in front; the current body stays as the reference. */
    public Loop withFastPath(Body fast) {
        return new Loop(types, nin, fast, body);
    }

    /** The operand types, inputs then outputs; a fresh copy. */
    @Override
    public DType[] types() {
        return types.clone();
    }

    public DType type(int operand) {
        return types[operand];
    }

    public int nout() {
        return types.length - nin;
    }

    /** NumPy's spelling, {@code "dd->d"}. */
    public String signature() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < types.length; k++) {
            sb.append(k == nin ? "->" : "").append(types[k].typeChar());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Loop l && l.nin == nin && Arrays.equals(l.types, types)
                && l.body == body
                && l.reference == reference;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(types) * 31 + nin;
    }

    @Override
    public String toString() {
        return "Loop(" + signature() + ")";
    }
}
