package dev.strides.ufuncs;

import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A universal function: NumPy's {@code np.ufunc}. An element-wise function of {@link #nin()}
 * inputs and {@link #nout()} outputs, together with everything NumPy builds around it once:
 *
 * <ul>
 *   <li>a <b>loop table</b> ({@link #types()}, NumPy's {@code ufunc.types}): one typed 1-d
 *       strided {@link Loop} per supported type combination, {@code "dd->d"};</li>
 *   <li><b>type resolution</b> picking the loop for the operands ({@link TypeResolver}; NEP 50
 *       promotion where Java scalars are weak);</li>
 *   <li><b>broadcasting and iteration</b> over chapter 02's iterator, with {@code out=},
 *       {@code where=}, {@code casting=}, {@code dtype=} ({@link UfuncOptions});</li>
 *   <li>the <b>methods</b> every binary ufunc gets for free from its loop: {@link #reduce},
 *       {@link #accumulate}, {@link #reduceat}, {@link #outer}, {@link #at}.</li>
 * </ul>
 *
 * <p>A call allocates its outputs (a <b>copy</b>, laid out like the inputs) unless {@code out}
 * is given; results of 0-d calls are 0-d arrays (NumPy returns scalars there). Cost: one pass
 * over the broadcast shape, plus a copy of any input that must be cast to the loop's type.
 */
public final class Ufunc {

    private final String name;
    private final int nin;
    private final int nout;
    private final Object identity;         // Boolean, Long, Double or null: NumPy's ufunc.identity
    private final boolean reorderable;     // may a reduction visit elements in any order?
    private final List<Loop> loops;
    private final TypeResolver.Rule rule;

    Ufunc(String name, int nin, int nout, Object identity, boolean reorderable, List<Loop> loops,
          TypeResolver.Rule rule) {
        this.name = Objects.requireNonNull(name, "name");
        this.nin = nin;
        this.nout = nout;
        this.identity = identity;
        this.reorderable = reorderable;
        this.loops = List.copyOf(loops);
        this.rule = rule;
        for (Loop loop : loops) {
            if (loop.nin() != nin || loop.nout() != nout) {
                throw new IllegalArgumentException("loop " + loop.signature() + " of ufunc '" + name
                        + "' does not take " + nin + " inputs and give " + nout + " outputs");
            }
        }
    }

    /** Starts a new ufunc with its own typed loops; see {@link UfuncBuilder}. */
    public static UfuncBuilder builder(String name, int nin, int nout) {
        return new UfuncBuilder(name, nin, nout);
    }

    // ---- what it is ---------------------------------------------------------------------------

    /** NumPy's {@code ufunc.__name__}: {@code "add"}. */
    public String name() {
        return name;
    }

    public int nin() {
        return nin;
    }

    public int nout() {
        return nout;
    }

    /** {@code nin + nout}, NumPy's {@code ufunc.nargs}. */
    public int nargs() {
        return nin + nout;
    }

    /**
     * NumPy's {@code ufunc.identity}: the value {@code x} with {@code f(identity, x) == x}
     * ({@code 0} for add, {@code 1} for multiply, {@code -inf} for logaddexp), used to start a
     * reduction and as the result of reducing nothing; null when there is none (maximum).
     */
    public Object identity() {
        return identity;
    }

    /** May a reduction visit elements in any order (and so reduce several axes at once)? */
    public boolean reorderable() {
        return reorderable;
    }

    /** NumPy's {@code ufunc.types}: the loop signatures in resolution order. */
    public List<String> types() {
        List<String> out = new ArrayList<>();
        for (Loop loop : loops) {
            out.add(loop.signature());
        }
        return out;
    }

    /** NumPy's {@code ufunc.ntypes}. */
    public int ntypes() {
        return loops.size();
    }

    List<Loop> loops() {
        return loops;
    }

    TypeResolver.Rule rule() {
        return rule;
    }

    /**
     * The loop a call with these operands would run, NumPy's {@code ufunc.resolve_dtypes}: its
     * types, inputs then outputs. Arrays count by dtype, Java scalars are weak.
     */
    public DType[] resolveDtypes(Object... inputs) {
        return TypeResolver.resolve(this, inputs, null, Casting.Rule.SAME_KIND).types();
    }

    // ---- calling --------------------------------------------------------------------------------

    // tag::call[]
    /** {@code ufunc(x)} for a one-output ufunc: a new array. */
    public NDArray call(Object x) {
        return call(new Object[] {x}, UfuncOptions.DEFAULTS)[0];
    }

    /** {@code ufunc(x, y)}: arrays or Java scalars, broadcast together; a new array. */
    public NDArray call(Object x, Object y) {
        return call(new Object[] {x, y}, UfuncOptions.DEFAULTS)[0];
    }

    /** {@code ufunc(x, y, out=out)}: writes into {@code out} (nothing allocated) and returns it. */
    public NDArray call(Object x, Object y, NDArray out) {
        return call(new Object[] {x, y}, UfuncOptions.DEFAULTS.out(out))[0];
    }

    /** The general call: every input, every keyword. Returns all outputs. */
    public NDArray[] call(Object[] inputs, UfuncOptions options) {
        return UfuncCall.execute(this, inputs, Objects.requireNonNull(options, "options"));
    }
    // end::call[]

    /** {@code ufunc(x, out=out)} for a unary ufunc. */
    public NDArray callInto(Object x, NDArray out) {
        return call(new Object[] {x}, UfuncOptions.DEFAULTS.out(out))[0];
    }

    /** All outputs of a call with default options: {@code np.divmod(x, y)} gives two arrays. */
    public NDArray[] callAll(Object... inputs) {
        return call(inputs, UfuncOptions.DEFAULTS);
    }

    // ---- methods --------------------------------------------------------------------------------

    /** {@code ufunc.reduce(a)}: along axis 0. */
    public NDArray reduce(NDArray a) {
        return Reduction.reduce(this, a, ReduceOptions.axis(0));
    }

    /** {@code ufunc.reduce(a, axis)}. */
    public NDArray reduce(NDArray a, int axis) {
        return Reduction.reduce(this, a, ReduceOptions.axis(axis));
    }

    /**
     * {@code ufunc.reduce(a, axis=axes, keepdims=keepdims)}; {@code axes == null} is {@code None}.
     */
    public NDArray reduce(NDArray a, int[] axes, boolean keepdims) {
        return Reduction.reduce(this, a, ReduceOptions.axes(axes).keepdims(keepdims));
    }

    /** {@code ufunc.reduce(a, axis, dtype, out, keepdims, initial, where)}: every keyword. */
    public NDArray reduce(NDArray a, ReduceOptions options) {
        return Reduction.reduce(this, a, options);
    }

    /** {@code ufunc.accumulate(a)}: running results along axis 0. */
    public NDArray accumulate(NDArray a) {
        return Accumulation.accumulate(this, a, 0, null, null);
    }

    /** {@code ufunc.accumulate(a, axis)}. */
    public NDArray accumulate(NDArray a, int axis) {
        return Accumulation.accumulate(this, a, axis, null, null);
    }

    /** {@code ufunc.accumulate(a, axis, dtype, out)} (null: default). */
    public NDArray accumulate(NDArray a, int axis, DType dtype, NDArray out) {
        return Accumulation.accumulate(this, a, axis, dtype, out);
    }

    /** {@code ufunc.reduceat(a, indices)}: reductions over slices along axis 0. */
    public NDArray reduceat(NDArray a, int[] indices) {
        return Accumulation.reduceat(this, a, indices, 0, null, null);
    }

    /** {@code ufunc.reduceat(a, indices, axis)}. */
    public NDArray reduceat(NDArray a, int[] indices, int axis) {
        return Accumulation.reduceat(this, a, indices, axis, null, null);
    }

    /** {@code ufunc.reduceat(a, indices, axis, dtype, out)}. */
    public NDArray reduceat(NDArray a, int[] indices, int axis, DType dtype, NDArray out) {
        return Accumulation.reduceat(this, a, indices, axis, dtype, out);
    }

    /**
     * {@code ufunc.outer(a, b)}: {@code f(a[i..., None...], b[j...])}, shape {@code a.shape +
     * b.shape}.
     */
    public NDArray outer(Object a, Object b) {
        return ElementMethods.outer(this, a, b, UfuncOptions.DEFAULTS);
    }

    /** {@code ufunc.outer(a, b, out=..., dtype=...)}. */
    public NDArray outer(Object a, Object b, UfuncOptions options) {
        return ElementMethods.outer(this, a, b, options);
    }

    /**
     * {@code ufunc.at(a, indices, b)}: {@code a[indices] = f(a[indices], b)} <b>in place and
     * unbuffered</b>: a repeated index is applied once per occurrence.
     */
    public void at(NDArray a, Object indices, Object b) {
        ElementMethods.at(this, a, indices, b);
    }

    /** {@code ufunc.at(a, indices)} for a unary ufunc. */
    public void at(NDArray a, Object indices) {
        ElementMethods.at(this, a, indices, null);
    }

    @Override
    public String toString() {
        return "<ufunc '" + name + "'>";
    }
}
