package dev.strides.ufuncs;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Scalars;

import java.math.BigInteger;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Java function of boxed element values made element-wise: what {@code np.frompyfunc} and
 * {@code np.vectorize} make of a Python function.
 *
 * <p>The call broadcasts its inputs with chapter 02's iterator and calls the function once per
 * element with the elements as Java values ({@code Boolean}, {@code Long}, {@code Double},
 * {@code Complex}; uint64 as {@code BigInteger}, as {@link NDArray#item} gives them). It is a
 * convenience, not a speed-up: one boxed call per element, exactly like NumPy's versions, which
 * call Python per element.
 *
 * <p><b>The output's dtype.</b>
 * <ul>
 *   <li>{@code vectorize} without an output type follows NumPy's rule: before the loop it calls
 *       the function once on the first element of every input ({@code a.flat[0]}), and the type
 *       of that first result fixes the output's dtype, as {@code np.asarray(result).dtype} would
 *       ({@code Long} int64, {@code Double} float64, {@code Boolean} bool, {@code Complex}
 *       complex128, a {@code BigInteger} in [2<sup>63</sup>, 2<sup>64</sup>) uint64). Then the loop
 *       calls it on every element, the first one again: <b>n elements cost n + 1 calls</b>. Every
 *       result is converted into the first result's dtype as NumPy converts a Python object into
 *       an array element ({@link Scalars#write}): 2.7 into int64 is {@code int(2.7) = 2}, so a
 *       function that returns an int first and floats later <b>truncates</b> them; {@code true}
 *       into int64 is 1, any non-zero value into bool is {@code true}; NaN into an integer, a
 *       complex into a float, -1 into uint64 are errors. An input with no elements is an error:
 *       there is no first element to call on.</li>
 *   <li>{@code vectorize} with an output type ({@code otypes}) makes n calls and converts every
 *       result into that type by the same rule; empty inputs are fine.</li>
 *   <li>{@code frompyfunc} in NumPy returns arrays of dtype {@code object}, whatever comes back.
 *       Strides has no object dtype, so it stores the values in the dtype {@code np.array(values)}
 *       would give them: promoted over all of them ({@code Long} and {@code Double} give float64;
 *       float64 when there are none). No value is converted with loss.</li>
 * </ul>
 *
 * <p><b>Other differences from NumPy.</b> NumPy's probing call sees NumPy scalars of the input's
 * dtype ({@code np.int32(3)}) while its loop sees Python ints, so
 * {@code np.vectorize(lambda t: t)} keeps int32 and uint64 inputs as they are; a Java function
 * sees the same boxed value both times ({@code Long} for every integer dtype but uint64), so the
 * same function gives int64 here. {@code excluded}, {@code signature}, {@code cache} and
 * several outputs of {@code vectorize} are not provided. A value NumPy could only keep in an
 * object array (an integer beyond 64 bits, {@code null}) is an error.
 *
 * <p><b>Methods.</b> A {@code frompyfunc} of two inputs and one output is a full ufunc in NumPy,
 * with {@link #reduce} and {@link #accumulate} folding left to right (see
 * {@link ObjectReduction}); {@code vectorize} objects have none. NumPy names the ufunc after the
 * Python function ({@code 'f (vectorized)'}); a Java lambda has no name, so messages say
 * {@code <lambda> (vectorized)}, as NumPy does for a Python lambda.
 */
public final class PyFunc {

    /** The name NumPy gives {@code np.frompyfunc(lambda ...)}, used in error messages. */
    static final String NAME = "<lambda> (vectorized)";

    private final boolean ufunc;            // frompyfunc: a ufunc with reduce/accumulate
    private final int nin;
    private final int nout;
    private final Function<Object[], Object[]> function;
    private final DType[] otypes;           // vectorize's fixed output types, or null
    private final boolean reorderable;      // frompyfunc was given an identity (even None)
    private final Object identity;          // the result of an empty reduction, or null

    private PyFunc(boolean ufunc, int nin, int nout, Function<Object[], Object[]> function,
                   DType[] otypes, boolean reorderable, Object identity) {
        this.ufunc = ufunc;
        this.nin = nin;
        this.nout = nout;
        this.function = Objects.requireNonNull(function, "function");
        this.otypes = otypes == null ? null : otypes.clone();
        this.reorderable = reorderable;
        this.identity = identity;
    }

    /**
     * {@code np.frompyfunc(f, nin, nout)}: {@code f} gets the {@code nin} element values and
     * returns {@code nout} values (an {@code Object[]} of that length). Without an identity the
     * ufunc is not reorderable: {@code reduce} takes at most one axis, and an empty reduction is
     * an error.
     */
    public static PyFunc frompyfunc(Function<Object[], Object[]> f, int nin, int nout) {
        return new PyFunc(true, nin, nout, f, null, false, null);
    }

    /**
     * {@code np.frompyfunc(f, nin, nout, identity=identity)} (NumPy 1.17+): the ufunc becomes
     * reorderable ({@code reduce} over several axes or all of them), and {@code identity} is the
     * result of reducing no elements. It is <b>not</b> the start of a non-empty reduction, which
     * begins with the first element as for any object ufunc. {@code null} is NumPy's
     * {@code identity=None}: reorderable, still no identity.
     */
    public static PyFunc frompyfunc(Function<Object[], Object[]> f, int nin, int nout,
                                    Object identity) {
        return new PyFunc(true, nin, nout, f, null, true, identity);
    }

    /**
     * {@code np.vectorize(f)} for a one-output function of {@code nin} element values: the first
     * result's type decides the output's dtype, and costs an extra call (see above).
     */
    public static PyFunc vectorize(Function<Object[], Object> f, int nin) {
        return new PyFunc(false, nin, 1, args -> new Object[] {f.apply(args)}, null, false, null);
    }

    /** {@code np.vectorize(f, otypes=[otype])}: the output dtype fixed in advance, n calls. */
    public static PyFunc vectorize(Function<Object[], Object> f, int nin, DType otype) {
        return new PyFunc(false, nin, 1, args -> new Object[] {f.apply(args)},
                new DType[] {Objects.requireNonNull(otype, "otype")}, false, null);
    }

    public int nin() {
        return nin;
    }

    public int nout() {
        return nout;
    }

    /** {@code ufunc.identity}: the value an empty reduction gives, or null for none. */
    public Object identity() {
        return identity;
    }

    /** Whether {@code reduce} may take several axes: true once an identity (even None) is given. */
    public boolean reorderable() {
        return reorderable;
    }

    /** The first output of a call. */
    public NDArray call(Object... inputs) {
        return callAll(inputs)[0];
    }

    // tag::pyfunc-call[]
    /** Every output of a call: arrays or Java scalars, broadcast together. */
    public NDArray[] callAll(Object... inputs) {
        NDArray[] in = inputArrays(inputs);
        DType[] types = otypes;
        if (!ufunc && types == null) {
            types = typesOfFirstResult(in);                 // vectorize's extra call
        }
        MultiIterator it = MultiIterator.of(in);
        Object[][] results = new Object[nout][Math.toIntExact(it.size())];
        int[] i = {0};
        it.forEachElement(at -> {                           // one boxed call per element
            Object[] r = callOnce(elementsAt(in, at));
            for (int j = 0; j < nout; j++) {
                results[j][i[0]] = r[j];
            }
            i[0]++;
        });
        NDArray[] out = new NDArray[nout];
        for (int j = 0; j < nout; j++) {
            out[j] = types == null ? inferred(results[j], it.shape())
                    : converted(results[j], it.shape(), types[j]);
        }
        return out;
    }
    // end::pyfunc-call[]

    // tag::first-result[]
    /**
     * {@code np.vectorize} without {@code otypes}: the function called once on the first element
     * of every input; the dtypes of what it returns are the outputs' dtypes.
     */
    private DType[] typesOfFirstResult(NDArray[] in) {
        for (NDArray a : in) {
            if (a.size() == 0) {
                throw new IllegalArgumentException(
                        "cannot call `vectorize` on size 0 inputs unless `otypes` is set");
            }
        }
        Object[] first = new Object[nin];
        for (int k = 0; k < nin; k++) {
            first[k] = ElementValues.read(in[k], in[k].offset());      // a.flat[0]
        }
        Object[] r = callOnce(first);                       // not kept: the loop calls again
        DType[] types = new DType[nout];
        for (int j = 0; j < nout; j++) {
            types[j] = typeOf(r[j]);                        // np.asarray(r).dtype
        }
        return types;
    }
    // end::first-result[]

    /** The inputs as arrays (Java scalars become 0-d), after checking their number. */
    private NDArray[] inputArrays(Object[] inputs) {
        if (inputs.length != nin) {
            throw new IllegalArgumentException((ufunc ? NAME : "<lambda>") + "() takes " + nin
                    + " positional argument" + (nin == 1 ? "" : "s") + " but " + inputs.length
                    + (inputs.length == 1 ? " was" : " were") + " given");
        }
        NDArray[] in = new NDArray[nin];
        for (int k = 0; k < nin; k++) {
            in[k] = UfuncCall.asArray(inputs[k]);
        }
        return in;
    }

    /** The inputs' elements at byte positions {@code at}, as Java values. */
    private static Object[] elementsAt(NDArray[] in, long[] at) {
        Object[] args = new Object[in.length];
        for (int k = 0; k < in.length; k++) {
            args[k] = ElementValues.read(in[k], at[k]);
        }
        return args;
    }

    /** {@code reduce} and {@code accumulate} need a frompyfunc of two inputs and one output. */
    void requireBinaryUfunc(String method) {
        if (!ufunc) {
            throw new UnsupportedOperationException("'vectorize' object has no attribute '"
                    + method + "'");
        }
        if (nin != 2) {
            throw new IllegalArgumentException(method + " only supported for binary functions");
        }
        if (nout != 1) {
            throw new IllegalArgumentException(method + " only supported for functions returning"
                    + " a single value");
        }
    }

    /** The function on two values, for reductions: {@code f(x, y)}. */
    Object combine(Object x, Object y) {
        return callOnce(new Object[] {x, y})[0];
    }

    private Object[] callOnce(Object[] args) {
        Object[] r = function.apply(args);
        if (r == null || r.length != nout) {
            throw new IllegalArgumentException(NAME + ": the function must return " + nout
                    + " value(s), got " + (r == null ? "null" : r.length));
        }
        return r;
    }

    /**
     * The dtype NumPy gives a lone Java scalar ({@link Scalars#defaultType}); integers beyond
     * int64 and uint64 would be NumPy objects and are refused.
     */
    static DType typeOf(Object value) {
        if (value instanceof BigInteger big
                && (big.signum() < 0 ? big.bitLength() > 63 : big.bitLength() > 64)) {
            throw new IllegalArgumentException("the result " + big + " fits no integer dtype;"
                    + " NumPy keeps it in an array of dtype object, which Strides does not have");
        }
        return Scalars.defaultType(value);
    }

    /** Values (in C order) stored as {@code type}, each converted as {@link Scalars#write}. */
    static NDArray converted(Object[] values, int[] shape, DType type) {
        NDArray out = NDArray.allocate(type, shape, Order.C);
        for (int i = 0; i < values.length; i++) {
            Scalars.write(out.buffer(), (long) i * type.itemsize(), type, values[i]);
        }
        return out;
    }

    /**
     * Values (in C order) in the dtype {@code np.array(values)} would give them: their default
     * types promoted together, float64 when there are none (Strides' stand-in for dtype object).
     */
    static NDArray inferred(Object[] values, int[] shape) {
        DType t = null;
        for (Object v : values) {
            DType d = typeOf(v);
            t = t == null ? d : Casting.promoteTypes(t, d);
        }
        return converted(values, shape, t == null ? DType.FLOAT64 : t);
    }

    // ---- ufunc methods of a frompyfunc --------------------------------------------------------

    /** {@code ufunc.reduce(a)}: along axis 0, left to right. */
    public NDArray reduce(NDArray a) {
        return ObjectReduction.reduce(this, a, ReduceOptions.axis(0));
    }

    /** {@code ufunc.reduce(a, axis)}. */
    public NDArray reduce(NDArray a, int axis) {
        return ObjectReduction.reduce(this, a, ReduceOptions.axis(axis));
    }

    /** {@code ufunc.reduce(a, axis=axes, keepdims=keepdims)}; {@code axes == null} is None. */
    public NDArray reduce(NDArray a, int[] axes, boolean keepdims) {
        return ObjectReduction.reduce(this, a, ReduceOptions.axes(axes).keepdims(keepdims));
    }

    /**
     * {@code ufunc.reduce(a, axis, keepdims, initial, where)}; {@code dtype} and {@code out} are
     * refused (NumPy's result has dtype object; Strides infers it).
     */
    public NDArray reduce(NDArray a, ReduceOptions options) {
        return ObjectReduction.reduce(this, a, options);
    }

    /** {@code ufunc.accumulate(a)}: running results along axis 0. */
    public NDArray accumulate(NDArray a) {
        return ObjectReduction.accumulate(this, a, 0);
    }

    /** {@code ufunc.accumulate(a, axis)}. */
    public NDArray accumulate(NDArray a, int axis) {
        return ObjectReduction.accumulate(this, a, axis);
    }

    /** NumPy's repr of a frompyfunc ufunc; a vectorize object has no useful one. */
    @Override
    public String toString() {
        return ufunc ? "<ufunc '" + NAME + "'>" : "<numpy.vectorize object>";
    }
}
