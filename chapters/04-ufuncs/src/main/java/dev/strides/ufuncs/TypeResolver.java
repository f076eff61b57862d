package dev.strides.ufuncs;

import dev.strides.ndarray.Casting;
import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.NDArray;

import java.math.BigInteger;
import java.util.List;

/**
 * Picks the typed loop a ufunc call runs, as NumPy 2 does (NEP 50).
 *
 * <ol>
 *   <li>{@code dtype=} given: the first loop whose outputs have that type and whose inputs the
 *       operands may be cast to under {@code casting};</li>
 *   <li>a ufunc-specific rule, where NumPy has one (true division of integers runs in float64,
 *       {@code -} refuses booleans...);</li>
 *   <li>a loop whose input types are exactly the operands' types ({@code qQ->?} for comparing
 *       int64 with uint64 exactly);</li>
 *   <li>otherwise <b>promotion</b>: the operands' common type {@code T} by
 *       {@link Casting#resultType} — Java scalars are <b>weak</b>: they decide the kind, not the
 *       size, so {@code uint8 array + 3} stays uint8 — then the first loop (in table order,
 *       smallest types first) into which {@code T} casts safely: {@code sqrt(int8)} finds
 *       {@code e->e} and gives float16, {@code sqrt(int32)} gives float64;</li>
 *   <li>ufuncs whose loops mix input types ({@code ldexp}: {@code dl->d}) search the table with
 *       each operand cast separately.</li>
 * </ol>
 *
 * Failing all that: NumPy's {@code ufunc 'bitwise_and' not supported for the input types, and
 * the inputs could not be safely coerced to any supported types according to the casting rule
 * ''safe''}.
 */
final class TypeResolver {

    /** A ufunc's own first say in resolution; returns null to let the general rules decide. */
    @FunctionalInterface
    interface Rule {
        Loop resolve(Ufunc ufunc, Object[] inputs);
    }

    private TypeResolver() {
    }

    // tag::resolve[]
    /** The loop for {@code inputs} (arrays or Java scalars); {@code dtype} wins when given. */
    static Loop resolve(Ufunc ufunc, Object[] inputs, DType dtype, Casting.Rule casting) {
        if (dtype != null) {
            return forDtype(ufunc, inputs, dtype.nativeType(), casting);
        }
        Loop found = ufunc.rule() == null ? null : ufunc.rule().resolve(ufunc, inputs);
        if (found == null) {
            found = exactMatch(ufunc.loops(), inputs);            // qQ->? for int64, uint64
        }
        if (found == null) {
            found = promoted(ufunc, inputs);                      // NEP 50 promotion
        }
        for (int k = 0; found == null && k < ufunc.loops().size(); k++) {
            Loop loop = ufunc.loops().get(k);                     // mixed loops: one by one
            found = eachCasts(loop, inputs, Casting.Rule.SAFE) ? loop : null;
        }
        if (found == null) {
            throw notSupported(ufunc);
        }
        return found;
    }
    // end::resolve[]

    // tag::promoted[]
    /** The first loop of uniform input type {@code T} that the operands' common type fits. */
    private static Loop promoted(Ufunc ufunc, Object[] inputs) {
        if (!anyUniform(ufunc.loops())) {
            return null;
        }
        DType common = Casting.resultType(inputs);                // NEP 50: scalars are weak
        for (Loop loop : ufunc.loops()) {
            if (isUniform(loop) && Casting.canCast(common, loop.type(0), Casting.Rule.SAFE)) {
                return loop;                                      // the first that holds T
            }
        }
        return null;
    }
    // end::promoted[]

    /**
     * The rule of ufuncs NumPy defines without a legacy type resolver ({@code gcd},
     * {@code lcm}; {@code positive} and {@code sign} for bools): the promoted type must have a
     * loop of its own, there is no search for a larger one.
     */
    static Rule exactLoopsOnly(boolean boolOnly) {
        return (u, inputs) -> {
            DType common = Casting.resultType(inputs);
            if (boolOnly && !common.isBool()) {
                return null;
            }
            for (Loop loop : u.loops()) {
                if (loop.type(0).equals(common)) {
                    return loop;
                }
            }
            StringBuilder types = new StringBuilder();
            for (Object op : inputs) {
                DType t = strongType(op) != null ? strongType(op) : common;
                types.append(types.isEmpty() ? "" : ", ").append("<class 'numpy.dtypes.")
                        .append(dtypeClass(t)).append("'>");
            }
            String listed = inputs.length == 1 ? types.toString() : "(" + types + ")";
            throw new UfuncTypeException("ufunc '" + u.name() + "' did not contain a loop with"
                    + " signature matching types " + listed + " -> None");
        };
    }

    /** NumPy's DType class name: {@code Float64DType}, {@code UInt8DType}, {@code BoolDType}. */
    static String dtypeClass(DType t) {
        String name = t.name();
        String cls = switch (t.kind()) {
            case 'b' -> "Bool";
            case 'u' -> "UInt" + name.substring(4);
            default -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
        };
        return cls + "DType";
    }

    static DTypeException notSupported(Ufunc ufunc) {
        return new UfuncTypeException("ufunc '" + ufunc.name() + "' not supported for the input"
                + " types, and the inputs could not be safely coerced to any supported types"
                + " according to the casting rule ''safe''");
    }

    /** {@code dtype=X}: a loop with outputs X, its inputs X too when there is one. */
    private static Loop forDtype(Ufunc ufunc, Object[] inputs, DType dtype, Casting.Rule casting) {
        Loop fallback = null;
        for (Loop loop : ufunc.loops()) {
            boolean outputs = true;
            boolean inputsToo = true;
            for (int k = 0; k < loop.types().length; k++) {
                boolean same = loop.type(k).equals(dtype);
                if (k < loop.nin()) {
                    inputsToo &= same;
                } else {
                    outputs &= same;
                }
            }
            if (outputs && inputsToo) {
                return loop;               // the caller casts the inputs, under `casting`
            }
            if (outputs && fallback == null && eachCasts(loop, inputs, casting)) {
                fallback = loop;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        throw new UfuncTypeException("No loop matching the specified signature and casting was"
                + " found for ufunc " + ufunc.name());
    }

    private static Loop exactMatch(List<Loop> loops, Object[] inputs) {
        for (Object op : inputs) {
            if (strongType(op) == null) {
                return null;                       // weak scalars have no exact type
            }
        }
        for (Loop loop : loops) {
            boolean all = true;
            for (int k = 0; k < inputs.length && all; k++) {
                all = loop.type(k).equals(strongType(inputs[k]));
            }
            if (all) {
                return loop;
            }
        }
        return null;
    }

    private static boolean anyUniform(List<Loop> loops) {
        return loops.stream().anyMatch(TypeResolver::isUniform);
    }

    /** All inputs of the loop have one type ({@code dd->d}, {@code ll->?}; not {@code dl->d}). */
    private static boolean isUniform(Loop loop) {
        for (int k = 1; k < loop.nin(); k++) {
            if (!loop.type(k).equals(loop.type(0))) {
                return false;
            }
        }
        return true;
    }

    /** Every input may go to its loop type: arrays by the rule, weak scalars by kind. */
    static boolean eachCasts(Loop loop, Object[] inputs, Casting.Rule rule) {
        for (int k = 0; k < inputs.length; k++) {
            DType to = loop.type(k);
            DType from = strongType(inputs[k]);
            boolean ok = from != null
                    ? Casting.canCast(from, to, rule)
                    : weakKind(inputs[k]) <= kindRank(to)
                            && !(to.isBool() && weakKind(inputs[k]) > 0);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The native dtype of an array or a dtype operand; null for a (weak) Java scalar. */
    static DType strongType(Object operand) {
        return switch (operand) {
            case NDArray a -> a.dtype().nativeType();
            case DType d -> d.nativeType();
            case null, default -> null;
        };
    }

    /** bool 0, integers 1, floats 2, complex 3: the order in which kinds may be climbed. */
    static int kindRank(DType t) {
        return switch (t.kind()) {
            case 'b' -> 0;
            case 'i', 'u' -> 1;
            case 'f' -> 2;
            default -> 3;
        };
    }

    /** The kind of a Java scalar, as NumPy's abstract Python-scalar dtypes. */
    static int weakKind(Object scalar) {
        return switch (scalar) {
            case Boolean b -> 0;
            case Byte b -> 1;
            case Short s -> 1;
            case Integer i -> 1;
            case Long l -> 1;
            case BigInteger big -> 1;
            case Float f -> 2;
            case Double d -> 2;
            case Complex z -> 3;
            case null -> throw new IllegalArgumentException("a ufunc operand is null");
            default -> throw new IllegalArgumentException("cannot use a "
                    + scalar.getClass().getSimpleName() + " ('" + scalar + "') as a ufunc operand");
        };
    }

    /** The dtype a weak scalar stands for when a strong type is needed (NumPy's defaults). */
    static DType weakDefault(Object scalar) {
        return switch (weakKind(scalar)) {
            case 0 -> DType.BOOL;
            case 1 -> DType.INT64;
            case 2 -> DType.FLOAT64;
            default -> DType.COMPLEX128;
        };
    }
}
