package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.LongBinaryOperator;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Ufunc} from typed loops: how the standard ufuncs are defined, and how a user
 * registers one of their own — which then gets broadcasting, {@code out=}, {@code where=},
 * {@code reduce}, {@code accumulate}, {@code reduceat}, {@code outer} and {@code at} for free,
 * exactly as a C extension registering loops with {@code PyUFunc_FromFuncAndData} does.
 *
 * <pre>{@code
 * Ufunc relu = Ufunc.builder("relu", 1, 1)
 *         .intLoop("l->l", x -> Math.max(x, 0L))
 *         .loop("d->d", (double x) -> Math.max(x, 0.0))
 *         .build();
 * Ufunc smoothMax = Ufunc.builder("smooth_max", 2, 1).reorderable()
 *         .loop("dd->d", (double x, double y) ->
 *                 Math.max(x, y) + Math.log1p(Math.exp(-Math.abs(x - y))))
 *         .build();
 * smoothMax.reduce(a, 0);       // reduce, accumulate, outer, at come with the loop
 * }
 * </pre>
 *
 * <p>Loops are tried in the order they are added (put the small types first, as NumPy's
 * tables do): type resolution takes the first loop the promoted input type casts to safely.
 * Pitfall: int64 casts "safely" to float64, so a {@code dd->d} loop added before an
 * {@code ll->l} one also catches int64 inputs.
 */
public final class UfuncBuilder {

    private final String name;
    private final int nin;
    private final int nout;
    private final List<Loop> loops = new ArrayList<>();
    private Object identity;
    private boolean reorderable;
    private TypeResolver.Rule rule;
    private boolean pairwiseComplex;     // complex loops added next sum reductions pairwise

    UfuncBuilder(String name, int nin, int nout) {
        if (nin < 1 || nout < 1) {
            throw new IllegalArgumentException("a ufunc needs at least one input and one output,"
                    + " got nin=" + nin + ", nout=" + nout);
        }
        this.name = name;
        this.nin = nin;
        this.nout = nout;
    }

    /** The reduction start and empty-reduction result ({@code 0L}, {@code 1.0}, {@code true}). */
    public UfuncBuilder identity(Object value) {
        this.identity = value;
        return this;
    }

    /** Declares the operation associative and commutative, so reductions may use several axes. */
    public UfuncBuilder reorderable() {
        this.reorderable = true;
        return this;
    }

    // tag::register[]
    /** Adds a loop with its own strided body (see {@link Loop}). */
    public UfuncBuilder loop(String signature, Loop.Body body) {
        return add(Loop.of(signature, body));
    }

    /** A unary float loop from a Java function, e.g. {@code loop("d->d", Math::sin)}. */
    public UfuncBuilder loop(String signature, DoubleUnaryOperator f) {
        Loop shape = Loop.of(signature, (b, s) -> null);
        return add(Loop.of(signature, Loops.floatUnary(shape.type(0), shape.type(1), f,
                FpRule.STANDARD)));
    }

    /** A binary float loop from a Java function, e.g. {@code loop("dd->d", Math::atan2)}. */
    public UfuncBuilder loop(String signature, DoubleBinaryOperator f) {
        Loop shape = Loop.of(signature, (b, s) -> null);
        return add(Loop.of(signature, Loops.floatBinary(shape.type(0), shape.type(2), f,
                FpRule.STANDARD, false)));
    }
    // end::register[]

    /** A unary integer loop, e.g. {@code intLoop("l->l", Math::abs)}. */
    public UfuncBuilder intLoop(String signature, LongUnaryOperator f) {
        Loop shape = Loop.of(signature, (b, s) -> null);
        return add(Loop.of(signature, Loops.intUnary(shape.type(0), shape.type(1), f)));
    }

    /** A binary integer loop, e.g. {@code intLoop("ll->l", Math::max)}. */
    public UfuncBuilder intLoop(String signature, LongBinaryOperator f) {
        Loop shape = Loop.of(signature, (b, s) -> null);
        return add(Loop.of(signature, Loops.intBinary(shape.type(0), shape.type(2), f, null)));
    }

    public Ufunc build() {
        if (loops.isEmpty()) {
            throw new IllegalStateException("ufunc '" + name + "' has no loops");
        }
        return new Ufunc(name, nin, nout, identity, reorderable, loops, rule);
    }

    // ---- families, for the standard ufuncs ------------------------------------------------------

    UfuncBuilder add(Loop loop) {
        if (loop.nin() != nin || loop.nout() != nout) {
            throw new IllegalArgumentException("loop " + loop.signature() + " does not fit ufunc '"
                    + name + "' with nin=" + nin + ", nout=" + nout);
        }
        loops.add(loop);
        return this;
    }

    /** The complex loops added after this call sum reduction runs pairwise (add only). */
    UfuncBuilder pairwiseComplex() {
        this.pairwiseComplex = true;
        return this;
    }

    UfuncBuilder rule(TypeResolver.Rule r) {
        this.rule = r;
        return this;
    }

    /** Puts a fast body in front of the loop with this signature (which stays the reference). */
    UfuncBuilder fast(String signature, Loop.Body body) {
        for (int k = 0; k < loops.size(); k++) {
            if (loops.get(k).signature().equals(signature)) {
                loops.set(k, loops.get(k).withFastPath(body));
                return this;
            }
        }
        throw new IllegalArgumentException("no loop " + signature + " in ufunc '" + name + "'");
    }

    /** Fast {@code dd->d} and {@code ll->l} bodies for one of the four arithmetic operations. */
    UfuncBuilder fastPaths(FastLoops.Op op) {
        for (int k = 0; k < loops.size(); k++) {
            Loop loop = loops.get(k);
            if (loop.signature().equals("dd->d")) {
                loops.set(k, loop.withFastPath(FastLoops.float64(op, loop.body())));
            } else if (loop.signature().equals("ll->l")) {
                loops.set(k, loop.withFastPath(FastLoops.int64(op, loop.body())));
            }
        }
        return this;
    }

    /** A fast {@code d->d} body for one of the unary operations. */
    UfuncBuilder fastUnary(FastLoops.Unary op) {
        for (int k = 0; k < loops.size(); k++) {
            Loop loop = loops.get(k);
            if (loop.signature().equals("d->d")) {
                loops.set(k, loop.withFastPath(FastLoops.float64Unary(op, loop.body())));
            }
        }
        return this;
    }

    private static DType t(char c) {
        return DType.of(String.valueOf(c));
    }

    private static String sig(char in, int nin, char out) {
        return String.valueOf(in).repeat(nin) + "->" + out;
    }

    /** {@code cc->c} integer loops for each type char. */
    UfuncBuilder ints(String chars, Function<DType, LongBinaryOperator> f) {
        return ints(chars, f, null);
    }

    UfuncBuilder ints(String chars, Function<DType, LongBinaryOperator> f,
                      Function<DType, Loops.IntRule> intRule) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 2, c), Loops.intBinary(t(c), t(c), f.apply(t(c)),
                    intRule == null ? null : intRule.apply(t(c)))));
        }
        return this;
    }

    UfuncBuilder floats(String chars, Function<DType, DoubleBinaryOperator> f, FpRule fp,
                        boolean pairwise) {
        return floats(chars, f, t -> fp, pairwise);
    }

    /** Float loops whose error rule depends on the type (the precision the C code computes in). */
    UfuncBuilder floats(String chars, Function<DType, DoubleBinaryOperator> f,
                        Function<DType, FpRule> fp, boolean pairwise) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 2, c), Loops.floatBinary(t(c), t(c), f.apply(t(c)), fp.apply(t(c)),
                    pairwise)));
        }
        return this;
    }

    UfuncBuilder complexes(String chars, Function<Boolean, BinaryOperator<Complex>> f) {
        return complexes(chars, f, ComplexLoops.ComplexRule.STANDARD);
    }

    UfuncBuilder complexes(String chars, Function<Boolean, BinaryOperator<Complex>> f,
                           ComplexLoops.ComplexRule rule) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 2, c), ComplexLoops.complexBinary(t(c), t(c), f.apply(c == 'F'), rule,
                    pairwiseComplex)));
        }
        return this;
    }

    /**
     * The complex loops ({@code FF->F}, {@code DD->D}) of a formula NumPy writes in C, with C's
     * floating-point errors ({@link ComplexLoops#formulaBinary}).
     */
    UfuncBuilder complexFormulas(ComplexLoops.ComplexFormula f) {
        for (char c : ArithmeticUfuncs.COMPLEX.toCharArray()) {
            add(Loop.of(sig(c, 2, c), ComplexLoops.formulaBinary(t(c), f)));
        }
        return this;
    }

    UfuncBuilder intsUnary(String chars, Function<DType, LongUnaryOperator> f) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 1, c), Loops.intUnary(t(c), t(c), f.apply(t(c)))));
        }
        return this;
    }

    UfuncBuilder floatsUnary(String chars, Function<DType, DoubleUnaryOperator> f, FpRule fp) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 1, c), Loops.floatUnary(t(c), t(c), f.apply(t(c)), fp)));
        }
        return this;
    }

    UfuncBuilder complexUnary(String chars, Function<Boolean, UnaryOperator<Complex>> f) {
        return complexUnary(chars, f, ComplexLoops.ComplexRule.STANDARD);
    }

    UfuncBuilder complexUnary(String chars, Function<Boolean, UnaryOperator<Complex>> f,
                              ComplexLoops.ComplexRule rule) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 1, c), ComplexLoops.complexUnary(t(c), t(c), f.apply(c == 'F'), rule)));
        }
        return this;
    }

    /**
     * The complex loops ({@code F->F}, {@code D->D}) of a formula NumPy writes in C, computed in
     * the type's precision by a {@link FlaggedArithmetic} that reports C's floating-point errors.
     */
    UfuncBuilder complexFormula(BiFunction<Complex, FlaggedArithmetic, Complex> formula) {
        for (char c : ArithmeticUfuncs.COMPLEX.toCharArray()) {
            boolean single = c == 'F';
            add(Loop.of(sig(c, 1, c), ComplexLoops.kernelUnary(t(c),
                    (z, status) -> formula.apply(z, new FlaggedArithmetic(single, status)))));
        }
        return this;
    }

    /**
     * Integer {@code reciprocal} as NumPy's C: {@code 1.0 / x} in double, cast back to the
     * integer type ({@code 1/0} is inf, and inf cast to an integer is C's undefined
     * conversion: INT_MIN, or 0 for unsigned 64-bit, with divide and invalid reported).
     */
    UfuncBuilder reciprocalOfInts() {
        for (char c : ArithmeticUfuncs.INTS.toCharArray()) {
            add(Loop.of(sig(c, 1, c), Loops.floatUnary(t(c), t(c), x -> 1.0 / x, (x, y, r) -> x == 0
                    ? FloatingPointErrors.DIVIDE | FloatingPointErrors.INVALID : 0)));
        }
        return this;
    }

    /** {@code c->?} predicates over integers. */
    UfuncBuilder intPredicate(String chars, LongPredicate p) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 1, '?'), Loops.intPredicate(t(c), p)));
        }
        return this;
    }

    UfuncBuilder floatPredicate(String chars, DoublePredicate p) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 1, '?'), Loops.floatPredicate(t(c), p)));
        }
        return this;
    }

    UfuncBuilder complexPredicate(String chars, Predicate<Complex> p) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 1, '?'), ComplexLoops.complexPredicate(t(c), p)));
        }
        return this;
    }

    /** {@code cc->?} comparisons over integers. */
    UfuncBuilder intCompare(String chars, Function<DType, Loops.LongBiPredicate> p) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 2, '?'), Loops.intCompare(t(c), t(c), p.apply(t(c)))));
        }
        return this;
    }

    UfuncBuilder floatCompare(String chars, Loops.DoubleBiPredicate p) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 2, '?'), Loops.floatCompare(t(c), p)));
        }
        return this;
    }

    UfuncBuilder complexCompare(String chars, Loops.ComplexBiPredicate p, boolean ordered) {
        for (char c : chars.toCharArray()) {
            add(Loop.of(sig(c, 2, '?'), ComplexLoops.complexCompare(t(c), p, ordered)));
        }
        return this;
    }
}
