package dev.strides.ufuncs;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.Buffers;
import dev.strides.ndarray.Casting;
import dev.strides.ndarray.CastingException;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.ndarray.Scalars;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * One ufunc call, NumPy's {@code ufunc.__call__}, step by step:
 *
 * <ol>
 *   <li><b>resolve</b> the typed loop ({@link TypeResolver});</li>
 *   <li><b>prepare the inputs</b>: a Java scalar becomes a 0-d array of the loop's type (range
 *       checked: {@code Python integer 300 out of bounds for uint8}); an array of another type,
 *       or in non-native byte order, is cast to the loop's type (a copy — NumPy casts in
 *       buffers of 8192 elements instead) after checking {@code casting};</li>
 *   <li><b>prepare the outputs</b>: {@code out=} arrays are checked (writeable, exact broadcast
 *       shape, result castable under {@code casting}); missing ones are allocated with the
 *       layout of the inputs ({@link IterationOrder}). An input that shares memory with an
 *       output in a different layout ({@code np.add(a, a[::-1], out=a)}) is copied first, as
 *       NumPy's {@code COPY_IF_OVERLAP} does; the same layout is safe (each element is read
 *       before it is written), so {@code np.multiply(a, 2, out=a)} allocates nothing;</li>
 *   <li><b>iterate</b>: chapter 02's {@link MultiIterator} over inputs and outputs, axes in
 *       memory order, calling the loop once per run — through a mask filter for
 *       {@code where=};</li>
 *   <li><b>finish</b>: results computed in a temporary (output of another type) are cast into
 *       {@code out}; floating-point errors are reported ({@link FloatingPointErrors}).</li>
 * </ol>
 */
final class UfuncCall {

    private UfuncCall() {
    }

    // tag::execute[]
    static NDArray[] execute(Ufunc u, Object[] inputs, UfuncOptions opt) {
        checkArity(u, inputs, opt);
        Loop loop = TypeResolver.resolve(u, inputs, opt.dtype(), opt.casting());
        NDArray[] in = inputs(u, loop, inputs, opt.casting());
        NDArray where = opt.where() == null ? null : opt.where().astype(DType.BOOL);
        NDArray[] out = opt.out() == null ? new NDArray[u.nout()] : opt.out();
        int[] shape = broadcastShape(in, where, out);
        int[] order = memoryOrder(in, out, shape);
        NDArray[] results = outputs(u, loop, out, shape, order, opt.casting());
        for (int k = 0; k < in.length; k++) {
            in[k] = unaliased(in[k], results);
        }
        FloatingPointErrors.Status status = new FloatingPointErrors.Status();
        Loop.Body body = opt.fastPaths() ? loop.body() : loop.reference();
        run(body, in, results, where, shape, order, status);
        for (int k = 0; k < out.length; k++) {
            if (results[k] != out[k]) {
                copyInto(results[k], out[k], where);
            }
        }
        FloatingPointErrors.check(status, u.name());
        return out;
    }
    // end::execute[]

    /** Every input as an array of its loop type (see {@link #input}). */
    private static NDArray[] inputs(Ufunc u, Loop loop, Object[] inputs, Casting.Rule casting) {
        NDArray[] in = new NDArray[u.nin()];
        for (int k = 0; k < in.length; k++) {
            in[k] = input(u, k, inputs[k], loop.type(k), casting);
        }
        return in;
    }

    /**
     * Allocates the missing outputs (into {@code out}) and returns the arrays the loop writes:
     * {@code out} itself, or a temporary of the loop's type when {@code out} has another type.
     */
    private static NDArray[] outputs(Ufunc u, Loop loop, NDArray[] out, int[] shape, int[] order,
                                     Casting.Rule casting) {
        NDArray[] results = new NDArray[out.length];
        for (int k = 0; k < out.length; k++) {
            DType type = loop.type(u.nin() + k);
            if (out[k] == null) {
                out[k] = IterationOrder.allocate(type, shape, order);
            } else {
                checkOutput(u, type, out[k], casting);
            }
            results[k] = out[k].dtype().equals(type) ? out[k]
                    : IterationOrder.allocate(type, shape, order);
        }
        return results;
    }

    private static void checkArity(Ufunc u, Object[] inputs, UfuncOptions opt) {
        if (inputs.length != u.nin()) {
            throw new IllegalArgumentException(u.name() + "() takes from " + u.nin() + " to "
                    + u.nargs() + " positional arguments but " + inputs.length + " were given");
        }
        if (opt.out() != null && opt.out().length != u.nout()) {
            throw new IllegalArgumentException("The 'out' tuple must have exactly " + u.nout()
                    + " entries: one per ufunc output");
        }
    }

    /** An operand as an array of the loop's type: scalars packed (weak), other types cast. */
    static NDArray input(Ufunc u, int k, Object operand, DType type, Casting.Rule casting) {
        if (operand instanceof NDArray a) {
            if (a.dtype().equals(type)) {
                return a;
            }
            requireCast(u, "input " + k, a.dtype(), type, casting);
            return a.astype(type);
        }
        DType weak = TypeResolver.weakDefault(operand);
        if (TypeResolver.weakKind(operand) > TypeResolver.kindRank(type)) {
            requireCast(u, "input " + k, weak, type, casting);
        }
        NDArray scalar = NDArray.allocate(type, new int[0], Order.C);
        if (TypeResolver.weakKind(operand) > TypeResolver.kindRank(type)) {
            Scalars.writeUnsafe(scalar.buffer(), 0, type, operand);    // allowed by `casting`
        } else {
            Scalars.write(scalar.buffer(), 0, type, operand);          // range-checked
        }
        if (type.isInexact() && overflowedInCast(operand, scalar)) {
            FloatingPointErrors.Status cast = new FloatingPointErrors.Status();
            cast.raise(FloatingPointErrors.Kind.OVER);
            FloatingPointErrors.check(cast, "cast");                    // NumPy's wording
        }
        return scalar;
    }

    /** A finite Java number that became inf in a narrower float type (1e300 as float32). */
    private static boolean overflowedInCast(Object operand, NDArray stored) {
        double v = switch (operand) {
            case Number n -> n.doubleValue();
            case dev.strides.ndarray.Complex z -> Math.max(Math.abs(z.re()), Math.abs(z.im()));
            default -> 0;
        };
        if (!Double.isFinite(v)) {
            return false;
        }
        dev.strides.ndarray.Complex z = Elements.readComplex(stored.buffer(), 0, stored.dtype());
        return Double.isInfinite(z.re()) || Double.isInfinite(z.im());
    }

    private static void requireCast(Ufunc u, String what, DType from, DType to, Casting.Rule rule) {
        if (!Casting.canCast(from, to, rule)) {
            throw new CastingException("Cannot cast ufunc '" + u.name() + "' " + what + " from "
                    + from.repr() + " to " + to.repr() + " with casting rule '" + rule.pyName()
                    + "'");
        }
    }

    static void checkOutput(Ufunc u, DType type, NDArray out, Casting.Rule casting) {
        if (!out.isWriteable()) {
            throw new ReadOnlyException("output array is read-only");
        }
        requireCast(u, "output", type, out.dtype(), casting);
    }

    /** The inputs' (and mask's) broadcast shape, which every given output must have exactly. */
    private static int[] broadcastShape(NDArray[] in, NDArray where, NDArray[] out) {
        NDArray[] reads = where == null ? in : append(in, where);
        NDArray[] given = Arrays.stream(out).filter(o -> o != null).toArray(NDArray[]::new);
        MultiIterator it = given.length == 0 ? MultiIterator.of(reads)
                : MultiIterator.withOutputs(reads, given);
        return it.shape();
    }

    /** NumPy's order 'K' for this call: from the inputs and the outputs already given. */
    private static int[] memoryOrder(NDArray[] in, NDArray[] out, int[] shape) {
        NDArray[] known = Arrays.stream(append(in, out)).filter(o -> o != null)
                .toArray(NDArray[]::new);
        MultiIterator it = MultiIterator.of(shape, known);
        long[][] strides = new long[known.length][];
        for (int op = 0; op < known.length; op++) {
            strides[op] = it.strides(op);
        }
        return IterationOrder.bestAxisOrder(shape.length, strides);
    }

    // tag::run[]
    /** Walks inputs, outputs (and mask) in {@code order}, calling the loop once per run. */
    static void run(Loop.Body body, NDArray[] in, NDArray[] out, NDArray where, int[] shape,
                    int[] order, FloatingPointErrors.Status status) {
        NDArray[] ops = where == null ? append(in, out) : append(append(in, out), where);
        MultiIterator full = MultiIterator.of(shape, ops);
        NDArray[] walked = new NDArray[ops.length];
        MemorySegment[] buffers = new MemorySegment[in.length + out.length];
        for (int op = 0; op < ops.length; op++) {
            walked[op] = IterationOrder.permuted(ops[op], shape, full.strides(op), order);
            if (op < buffers.length) {
                buffers[op] = ops[op].buffer();
            }
        }
        MultiIterator.InnerLoop loop = body.bind(buffers, status);
        MultiIterator.of(walked).forEachRun(where == null ? loop : masked(loop, where.buffer()));
    }
    // end::run[]

    // tag::masked[]
    /**
     * NumPy's masked loop: the mask is the last operand; the loop runs on each stretch of
     * consecutive true mask elements, so the unmasked elements are never read or written.
     */
    static MultiIterator.InnerLoop masked(MultiIterator.InnerLoop loop, MemorySegment mask) {
        return (offsets, count, strides) -> {
            int nop = offsets.length - 1;                  // the mask is the last operand
            for (int i = 0; i < count; ) {
                while (i < count && !isSet(mask, offsets[nop] + i * strides[nop])) {
                    i++;                                   // skip the false stretch
                }
                int start = i;
                while (i < count && isSet(mask, offsets[nop] + i * strides[nop])) {
                    i++;
                }
                long[] sub = new long[nop];
                for (int op = 0; op < nop; op++) {
                    sub[op] = offsets[op] + start * strides[op];
                }
                if (i > start) {
                    loop.run(sub, i - start, Arrays.copyOf(strides, nop));
                }
            }
        };
    }
    // end::masked[]

    private static boolean isSet(MemorySegment mask, long at) {
        return mask.get(ValueLayout.JAVA_BYTE, at) != 0;
    }

    /**
     * {@code input}, or a copy of it when it shares bytes with an output laid out differently:
     * writing that output could overwrite elements of the input not yet read.
     */
    static NDArray unaliased(NDArray input, NDArray[] outputs) {
        for (NDArray out : outputs) {
            if (Buffers.boundsOverlap(input, out) && !Buffers.sameLayout(input, out)) {
                return input.copy();
            }
        }
        return input;
    }

    /** {@code out[mask] = src} with NumPy's unsafe element conversion (the rule was checked). */
    static void copyInto(NDArray src, NDArray out, NDArray where) {
        DType from = src.dtype();
        DType to = out.dtype();
        MemorySegment s = src.buffer();
        MemorySegment d = out.buffer();
        NDArray[] ops = where == null ? new NDArray[] {src, out} : new NDArray[] {src, out, where};
        MultiIterator.of(out.shape(), ops).forEachElement(at -> {
            if (where == null || isSet(where.buffer(), at[2])) {
                Elements.convert(s, at[0], from, d, at[1], to);
            }
        });
    }

    static NDArray[] append(NDArray[] a, NDArray... b) {
        NDArray[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A Java scalar or array as an NDArray of its own dtype (NumPy's {@code np.asarray}). */
    static NDArray asArray(Object x) {
        if (x instanceof NDArray a) {
            return a;
        }
        DType t = TypeResolver.weakDefault(x);
        NDArray a = NDArray.allocate(t, new int[0], Order.C);
        try {
            Scalars.write(a.buffer(), 0, t, x);
        } catch (IllegalArgumentException e) {
            throw new DTypeException(e.getMessage());
        }
        return a;
    }
}
