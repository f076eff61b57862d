package dev.strides.ufuncs;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Scalars;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Java function of boxed element values made element-wise: what {@code np.frompyfunc} and
 * {@code np.vectorize} make of a Python function.
 *
 * <p>The call broadcasts its inputs with chapter 02's iterator and calls the function once
 * per element with the elements as Java values ({@code Boolean}, {@code Long}, {@code Double},
 * {@code Complex}; uint64 as {@code BigInteger}, as {@link NDArray#item} gives them). It is a
 * convenience, not a speed-up: one boxed call per element, exactly like NumPy's versions,
 * which call Python per element.
 *
 * <p>How it differs from NumPy: NumPy's {@code frompyfunc} returns arrays of dtype
 * {@code object} (any Python object per element). Strides has no object dtype, so the result's
 * dtype is inferred from the values returned — the first value's type, promoted over all
 * values as {@code np.array([...])} would ({@code Long} and {@code Double} give float64). A
 * {@code vectorize} with {@code otypes} fixes the dtype instead, and its values are cast
 * (unsafe) into it; without {@code otypes} NumPy's vectorize also looks at the first result,
 * which is the Strides rule too. Reductions of a frompyfunc ufunc are not provided: build a
 * typed ufunc with {@link UfuncBuilder} for that.
 */
public final class PyFunc {

    private final String name;
    private final int nin;
    private final int nout;
    private final Function<Object[], Object[]> function;
    private final DType[] otypes;   // null: infer from the values

    PyFunc(String name, int nin, int nout, Function<Object[], Object[]> function, DType[] otypes) {
        this.name = name;
        this.nin = nin;
        this.nout = nout;
        this.function = Objects.requireNonNull(function, "function");
        this.otypes = otypes == null ? null : otypes.clone();
    }

    /**
     * {@code np.frompyfunc(f, nin, nout)}: {@code f} gets the {@code nin} element values and
     * returns {@code nout} values (an {@code Object[]} of that length).
     */
    public static PyFunc frompyfunc(Function<Object[], Object[]> f, int nin, int nout) {
        return new PyFunc("frompyfunc", nin, nout, f, null);
    }

    /** {@code np.vectorize(f)} for a one-output function of any number of element values. */
    public static PyFunc vectorize(Function<Object[], Object> f, int nin) {
        return new PyFunc("vectorize", nin, 1, args -> new Object[] {f.apply(args)}, null);
    }

    /** {@code np.vectorize(f, otypes=[dtype])}: the output dtype fixed in advance. */
    public static PyFunc vectorize(Function<Object[], Object> f, int nin, DType otype) {
        return new PyFunc("vectorize", nin, 1, args -> new Object[] {f.apply(args)},
                new DType[] {otype});
    }

    public int nin() {
        return nin;
    }

    public int nout() {
        return nout;
    }

    /** The first output of a call. */
    public NDArray call(Object... inputs) {
        return callAll(inputs)[0];
    }

    // tag::pyfunc-call[]
    /** Every output of a call: arrays or Java scalars, broadcast together. */
    public NDArray[] callAll(Object... inputs) {
        if (inputs.length != nin) {
            throw new IllegalArgumentException(name + " expected " + nin + " arguments, got "
                    + inputs.length);
        }
        NDArray[] in = new NDArray[nin];
        for (int k = 0; k < nin; k++) {
            in[k] = UfuncCall.asArray(inputs[k]);
        }
        MultiIterator it = MultiIterator.of(in);
        List<Object[]> results = new ArrayList<>();
        it.forEachElement(at -> results.add(callOnce(in, at)));     // one boxed call per element
        NDArray[] out = new NDArray[nout];
        for (int j = 0; j < nout; j++) {
            out[j] = collect(results, j, it.shape(), otypes == null ? null : otypes[j]);
        }
        return out;
    }
    // end::pyfunc-call[]

    /** The function on the elements at byte positions {@code at} of the inputs. */
    private Object[] callOnce(NDArray[] in, long[] at) {
        Object[] args = new Object[nin];
        for (int k = 0; k < nin; k++) {
            args[k] = ElementValues.read(in[k], at[k]);
        }
        Object[] r = function.apply(args);
        if (r == null || r.length != nout) {
            throw new IllegalArgumentException(name + ": the function must return " + nout
                    + " value(s)");
        }
        return r;
    }

    /** Output {@code j} of every call, in C order, into an array of {@code shape}. */
    private static NDArray collect(List<Object[]> results, int j, int[] shape, DType fixed) {
        DType t = fixed;
        if (t == null) {
            for (Object[] r : results) {
                DType d = Scalars.defaultType(r[j]);
                t = t == null ? d : Casting.promoteTypes(t, d);
            }
            t = t == null ? DType.FLOAT64 : t;
        }
        NDArray out = NDArray.allocate(t, shape, dev.strides.ndarray.Order.C);
        for (int i = 0; i < results.size(); i++) {
            Scalars.writeUnsafe(out.buffer(), (long) i * t.itemsize(), t, results.get(i)[j]);
        }
        return out;
    }

    @Override
    public String toString() {
        return "<" + name + " (vectorized)>";
    }
}
