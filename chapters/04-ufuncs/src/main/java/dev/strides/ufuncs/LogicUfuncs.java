package dev.strides.ufuncs;

import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;

import java.math.BigInteger;

import static dev.strides.ufuncs.ArithmeticUfuncs.COMPLEX;
import static dev.strides.ufuncs.ArithmeticUfuncs.FLOATS;
import static dev.strides.ufuncs.ArithmeticUfuncs.INTS;

/**
 * The ufuncs that answer with booleans or work on bits: comparisons, {@code logical_*},
 * {@code bitwise_*}, {@code invert}, shifts, {@code isnan}/{@code isinf}/{@code isfinite}/
 * {@code signbit}, {@code bitwise_count}.
 *
 * <p>Comparisons have exact mixed loops for int64 against uint64 ({@code qQ->?}): promoting the
 * pair would go through float64 and call {@code 2**63 + 1 == 2**63} true. A Java integer that
 * does not fit the array's type is compared exactly too (NumPy 2: {@code uint8_array == -1} is
 * all false, not an overflow error). The bitwise functions exist for bool and integers only:
 * {@code bitwise_and(1.5, 1)} is refused.
 */
public final class LogicUfuncs {

    private LogicUfuncs() {
    }

    /** Integer comparison with {@code cmp} the sign of {@code compare(x, y)}. */
    @FunctionalInterface
    private interface Outcome {
        boolean of(int cmp);
    }

    // tag::comparison[]
    private static Ufunc comparison(String name, Outcome outcome, Loops.DoubleBiPredicate floats,
                                    Loops.ComplexBiPredicate complex) {
        boolean ordered = !name.equals("equal") && !name.equals("not_equal");  // < signals NaN
        UfuncBuilder b = Ufunc.builder(name, 2, 1)
                .intCompare("?" + INTS, t -> (x, y) -> outcome.of(IntMath.compare(t, x, y)));
        b.add(Loop.of("lL->?", Loops.intCompare(DType.INT64, DType.UINT64,
                (x, y) -> outcome.of(IntMath.compareSignedUnsigned(x, y)))));
        b.add(Loop.of("Ll->?", Loops.intCompare(DType.UINT64, DType.INT64,
                (x, y) -> outcome.of(-IntMath.compareSignedUnsigned(y, x)))));
        return b.floatCompare(FLOATS, floats).complexCompare(COMPLEX, complex, ordered)
                .rule(LogicUfuncs::outOfRangeScalar).build();
    }
    // end::comparison[]

    public static final Ufunc EQUAL = comparison("equal", c -> c == 0, (x, y) -> x == y,
            (a, b) -> a.re() == b.re() && a.im() == b.im());
    public static final Ufunc NOT_EQUAL = comparison("not_equal", c -> c != 0, (x, y) -> x != y,
            (a, b) -> a.re() != b.re() || a.im() != b.im());
    public static final Ufunc LESS = comparison("less", c -> c < 0, (x, y) -> x < y,
            ComplexMath::less);
    public static final Ufunc LESS_EQUAL = comparison("less_equal", c -> c <= 0, (x, y) -> x <= y,
            ComplexMath::lessEqual);
    public static final Ufunc GREATER = comparison("greater", c -> c > 0, (x, y) -> x > y,
            (a, b) -> ComplexMath.less(b, a));
    public static final Ufunc GREATER_EQUAL = comparison("greater_equal", c -> c >= 0,
            (x, y) -> x >= y, (a, b) -> ComplexMath.lessEqual(b, a));

    /**
     * A weak integer that does not fit the resolved integer type: compare in int64, or with the
     * exact int64/uint64 loops, instead of failing to convert it.
     */
    private static Loop outOfRangeScalar(Ufunc u, Object[] in) {
        DType common;
        try {
            common = Casting.resultType(in);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!common.isInteger()) {
            return null;
        }
        for (int k = 0; k < in.length; k++) {
            if (TypeResolver.strongType(in[k]) != null || TypeResolver.weakKind(in[k]) != 1) {
                continue;
            }
            long v = in[k] instanceof BigInteger big ? big.longValue()
                    : ((Number) in[k]).longValue();
            if (Casting.fitsInteger(v, common)) {
                continue;
            }
            String wanted = common.type() != DType.Type.UINT64 ? "ll->?"
                    : k == 0 ? "lL->?" : "Ll->?";
            return u.loops().stream().filter(l -> l.signature().equals(wanted)).findFirst()
                    .orElse(null);
        }
        return null;
    }

    // ---- logical --------------------------------------------------------------------------------

    private static Ufunc logical(String name, Object identity, Loops.LongBiPredicate p) {
        UfuncBuilder b = Ufunc.builder(name, 2, 1).identity(identity).reorderable()
                .intCompare("?" + INTS, t -> (x, y) -> p.test(x != 0 ? 1 : 0, y != 0 ? 1 : 0))
                .floatCompare(FLOATS, (x, y) -> p.test(x != 0 ? 1 : 0, y != 0 ? 1 : 0))
                .complexCompare(COMPLEX, (x, y) -> p.test(ComplexMath.nonzero(x) ? 1 : 0,
                        ComplexMath.nonzero(y) ? 1 : 0), false);
        return b.build();
    }

    public static final Ufunc LOGICAL_AND = logical("logical_and", true, (x, y) -> (x & y) != 0);
    public static final Ufunc LOGICAL_OR = logical("logical_or", false, (x, y) -> (x | y) != 0);
    public static final Ufunc LOGICAL_XOR = logical("logical_xor", false, (x, y) -> (x ^ y) != 0);

    public static final Ufunc LOGICAL_NOT = Ufunc.builder("logical_not", 1, 1)
            .intPredicate("?" + INTS, x -> x == 0)
            .floatPredicate(FLOATS, x -> x == 0)
            .complexPredicate(COMPLEX, z -> !ComplexMath.nonzero(z))
            .build();

    // ---- bitwise --------------------------------------------------------------------------------

    public static final Ufunc BITWISE_AND = Ufunc.builder("bitwise_and", 2, 1).identity(-1L)
            .reorderable().ints("?" + INTS, t -> (x, y) -> x & y).build();
    public static final Ufunc BITWISE_OR = Ufunc.builder("bitwise_or", 2, 1).identity(0L)
            .reorderable().ints("?" + INTS, t -> (x, y) -> x | y).build();
    public static final Ufunc BITWISE_XOR = Ufunc.builder("bitwise_xor", 2, 1).identity(0L)
            .reorderable().ints("?" + INTS, t -> (x, y) -> x ^ y).build();

    /** {@code np.invert} ({@code bitwise_not}, {@code ~}): flips every bit; on bools "not". */
    public static final Ufunc INVERT = Ufunc.builder("invert", 1, 1)
            .intsUnary("?", t -> x -> x ^ 1)
            .intsUnary(INTS, t -> x -> ~x)
            .build();

    /** {@code np.left_shift}: {@code x << y}, 0 once {@code y} reaches the width. */
    public static final Ufunc LEFT_SHIFT = Ufunc.builder("left_shift", 2, 1)
            .ints(INTS, IntMath::leftShift).build();

    /** {@code np.right_shift}: {@code x >> y}, arithmetic for signed types. */
    public static final Ufunc RIGHT_SHIFT = Ufunc.builder("right_shift", 2, 1)
            .ints(INTS, IntMath::rightShift).build();

    /** {@code np.bitwise_count}: number of 1 bits of {@code |x|}, as uint8. */
    public static final Ufunc BITWISE_COUNT = bitwiseCount();

    private static Ufunc bitwiseCount() {
        UfuncBuilder b = Ufunc.builder("bitwise_count", 1, 1);
        for (char c : INTS.toCharArray()) {
            DType t = DType.of(String.valueOf(c));
            b.loop(c + "->B", Loops.intUnary(t, DType.UINT8, t.isSignedInteger()
                    ? x -> Long.bitCount(Math.abs(x)) : Long::bitCount));
        }
        return b.build();
    }

    // ---- float classification ---------------------------------------------------------------

    private static Ufunc classify(String name, boolean intAnswer,
                                  java.util.function.DoublePredicate p,
                                  java.util.function.Predicate<dev.strides.ndarray.Complex> z) {
        return Ufunc.builder(name, 1, 1)
                .intPredicate("?" + INTS, x -> intAnswer)
                .floatPredicate(FLOATS, p)
                .complexPredicate(COMPLEX, z)
                .build();
    }

    public static final Ufunc ISNAN = classify("isnan", false, Double::isNaN, ComplexMath::isNaN);
    public static final Ufunc ISINF = classify("isinf", false, Double::isInfinite,
            z -> Double.isInfinite(z.re()) || Double.isInfinite(z.im()));
    public static final Ufunc ISFINITE = classify("isfinite", true, Double::isFinite,
            z -> Double.isFinite(z.re()) && Double.isFinite(z.im()));

    /** {@code np.signbit}: the sign bit, set for {@code -0.0} and negative NaNs too. */
    public static final Ufunc SIGNBIT = Ufunc.builder("signbit", 1, 1)
            .floatPredicate(FLOATS, x -> Double.doubleToRawLongBits(x) < 0).build();
}
