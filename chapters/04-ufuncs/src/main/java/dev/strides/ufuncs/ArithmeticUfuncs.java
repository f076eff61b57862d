package dev.strides.ufuncs;

import dev.strides.ndarray.Casting;
import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;

/**
 * The arithmetic ufuncs with NumPy's loop tables ({@code np.add.types}): add, subtract,
 * multiply, divide, floor_divide, remainder, fmod, divmod, power, float_power, negative,
 * positive, absolute, fabs, sign, reciprocal, conjugate, square, gcd, lcm, heaviside.
 *
 * <p>Each table lists bool first, then the integers from small to large, then the floats and
 * complex types, because resolution takes the first loop the promoted type fits: {@code
 * floor_divide} has no bool loop, so two bools divide as int8; {@code divide} has only float
 * loops and a rule that sends integers to {@code dd->d}.
 */
public final class ArithmeticUfuncs {

    static final String INTS = "bBhHiIlL";
    static final String FLOATS = "efd";
    static final String COMPLEX = "FD";

    private ArithmeticUfuncs() {
    }

    // tag::add-table[]
    /** {@code np.add}: {@code x + y}; on bools "or"; float reductions sum pairwise. */
    public static final Ufunc ADD = Ufunc.builder("add", 2, 1).identity(0L).reorderable()
            .ints("?", t -> (x, y) -> x | y)
            .ints(INTS, t -> Long::sum)
            .floats(FLOATS, t -> Double::sum, FpRule.STANDARD, true)
            .pairwiseComplex()
            .complexes(COMPLEX, ComplexMath::add)
            .fastPaths(FastLoops.Op.ADD)
            .build();
    // end::add-table[]

    /** {@code np.subtract}: {@code x - y}; refuses two bools, as NumPy. */
    public static final Ufunc SUBTRACT = Ufunc.builder("subtract", 2, 1)
            .ints(INTS, t -> (x, y) -> x - y)
            .floats(FLOATS, t -> (x, y) -> x - y, FpRule.STANDARD, false)
            .complexes(COMPLEX, ComplexMath::subtract)
            .fastPaths(FastLoops.Op.SUBTRACT)
            .rule((u, in) -> {
                if (Casting.resultType(in).isBool()) {
                    throw new UfuncTypeException("numpy boolean subtract, the `-` operator, is not"
                            + " supported, use the bitwise_xor, the `^` operator, or the"
                            + " logical_xor function instead.");
                }
                return null;
            })
            .build();

    /** {@code np.multiply}: {@code x * y}; on bools "and". */
    public static final Ufunc MULTIPLY = Ufunc.builder("multiply", 2, 1).identity(1L).reorderable()
            .ints("?", t -> (x, y) -> x & y)
            .ints(INTS, t -> (x, y) -> x * y)
            .floats(FLOATS, t -> (x, y) -> x * y, FpRule.STANDARD, false)
            .complexFormulas(ComplexMath::multiply)
            .fastPaths(FastLoops.Op.MULTIPLY)
            .build();

    // tag::divide-table[]
    /** {@code np.divide} ({@code true_divide}): float loops only; integers divide in float64. */
    public static final Ufunc DIVIDE = Ufunc.builder("divide", 2, 1)
            .floats(FLOATS, t -> (x, y) -> x / y, FpRule.DIVISION, false)
            .complexFormulas((x, y, m, simd) -> ComplexMath.divide(x, y, m))
            .fastPaths(FastLoops.Op.DIVIDE)
            .rule((u, in) -> {
                for (Object op : in) {
                    DType strong = TypeResolver.strongType(op);
                    int kind = strong != null ? TypeResolver.kindRank(strong)
                            : TypeResolver.weakKind(op);
                    if (kind > 1) {
                        return null;                   // a float or complex: promote as usual
                    }
                }
                return u.loops().get(2);               // bool/int / bool/int: "dd->d"
            })
            .build();
    // end::divide-table[]

    /** {@code np.floor_divide}: Python's {@code //}, rounding toward minus infinity. */
    public static final Ufunc FLOOR_DIVIDE = Ufunc.builder("floor_divide", 2, 1)
            .ints(INTS, IntMath::floorDivide, t -> IntMath.divisionRule(t, true))
            .floats(FLOATS, t -> FloatMath::floorDivide, ArithmeticUfuncs::floorDivideRule, false)
            .build();

    /**
     * Errors of float {@code //}: when {@code a / b} overflows in the precision NumPy computes in
     * (float for float16 and float32), its {@code floor(div) - div} is {@code inf - inf}: over
     * and invalid. An overflow only when storing a float16 result is just over.
     */
    private static FpRule floorDivideRule(DType t) {
        return (x, y, r) -> {
            double q = x / y;
            boolean overflowed = t.type() == DType.Type.FLOAT64 ? Double.isInfinite(q)
                    : Float.isInfinite((float) q);
            if (y != 0 && Double.isFinite(x) && overflowed) {
                return FloatingPointErrors.OVER | FloatingPointErrors.INVALID;
            }
            return FpRule.DIVISION.flags(x, y, r);
        };
    }

    /** {@code np.remainder} ({@code np.mod}): Python's {@code %}, the sign of the divisor. */
    public static final Ufunc REMAINDER = Ufunc.builder("remainder", 2, 1)
            .ints(INTS, IntMath::remainder, t -> IntMath.divisionRule(t, false))
            .floats(FLOATS, t -> FloatMath::remainder, FpRule.STANDARD, false)
            .build();

    /** {@code np.fmod}: C's {@code %}, the sign of the dividend. */
    public static final Ufunc FMOD = Ufunc.builder("fmod", 2, 1)
            .ints(INTS, IntMath::fmod, t -> IntMath.divisionRule(t, false))
            .floats(FLOATS, t -> (x, y) -> x % y, FpRule.STANDARD, false)
            .build();

    /** {@code np.divmod}: {@code (x // y, x % y)}, two outputs from one loop. */
    public static final Ufunc DIVMOD = divmod();

    private static Ufunc divmod() {
        UfuncBuilder b = Ufunc.builder("divmod", 2, 2);
        for (char c : INTS.toCharArray()) {
            DType t = DType.of(String.valueOf(c));
            b.loop("" + c + c + "->" + c + c, MultiOutputLoops.intDivmod(t));
        }
        for (char c : FLOATS.toCharArray()) {
            DType t = DType.of(String.valueOf(c));
            b.loop("" + c + c + "->" + c + c, MultiOutputLoops.floatDivmod(t));
        }
        return b.build();
    }

    // tag::power[]
    /**
     * {@code np.power}: integers by repeated squaring (negative exponents refused); complex as
     * NumPy's {@code npy_cpow} ({@link ComplexPower}).
     */
    public static final Ufunc POWER = Ufunc.builder("power", 2, 1)
            .ints(INTS, t -> (x, y) -> {
                if (y < 0 && t.isSignedInteger()) {
                    throw new IllegalArgumentException(
                            "Integers to negative integer powers are not allowed.");
                }
                return IntMath.power(x, y);
            })
            .floats(FLOATS, t -> FloatMath::pow, (x, y, r) -> x == 0 && y < 0
                    ? FloatingPointErrors.DIVIDE : FpRule.STANDARD.flags(x, y, r), false)
            .loop("FF->F", ComplexLoops.kernelBinary(DType.COMPLEX64, ComplexPower.power(true)))
            .loop("DD->D", ComplexLoops.kernelBinary(DType.COMPLEX128, ComplexPower.power(false)))
            .build();
    // end::power[]

    /** {@code np.float_power}: always float64 (or complex128). */
    public static final Ufunc FLOAT_POWER = Ufunc.builder("float_power", 2, 1)
            .floats("d", t -> FloatMath::pow, (x, y, r) -> x == 0 && y < 0
                    ? FloatingPointErrors.DIVIDE : FpRule.STANDARD.flags(x, y, r), false)
            .loop("DD->D", ComplexLoops.kernelBinary(DType.COMPLEX128, ComplexPower.power(false)))
            .build();

    /** {@code np.negative}: {@code -x}; refuses bools, as NumPy. */
    public static final Ufunc NEGATIVE = Ufunc.builder("negative", 1, 1)
            .intsUnary(INTS, t -> x -> -x)
            .floatsUnary(FLOATS, t -> x -> -x, FpRule.QUIET)
            .complexUnary(COMPLEX, single -> z -> new Complex(-z.re(), -z.im()))
            .fastUnary(FastLoops.Unary.NEGATIVE)
            .rule((u, in) -> {
                if (Casting.resultType(in).isBool()) {
                    throw new UfuncTypeException("The numpy boolean negative, the `-` operator, is"
                            + " not supported, use the `~` operator or the logical_not function"
                            + " instead.");
                }
                return null;
            })
            .build();

    /** {@code np.positive}: {@code +x}, a copy. */
    public static final Ufunc POSITIVE = Ufunc.builder("positive", 1, 1)
            .rule(TypeResolver.exactLoopsOnly(true))
            .intsUnary(INTS, t -> x -> x)
            .floatsUnary(FLOATS, t -> x -> x, FpRule.QUIET)
            .complexUnary(COMPLEX, single -> z -> z)
            .build();

    /**
     * {@code np.absolute}: {@code |x|}; {@code abs(int8 -128)} wraps to -128; complex gives a
     * float, by NumPy's SIMD formula, which never warns ({@link Hypot#complexAbsolute}).
     */
    public static final Ufunc ABSOLUTE = Ufunc.builder("absolute", 1, 1)
            .intsUnary("?", t -> x -> x)
            .intsUnary(INTS, t -> t.isUnsignedInteger() ? x -> x : Math::abs)
            .floatsUnary(FLOATS, t -> Math::abs, FpRule.QUIET)
            .loop("F->f", ComplexLoops.complexToReal(DType.COMPLEX64, DType.FLOAT32,
                    z -> ComplexMath.abs(z, true)))
            .loop("D->d", ComplexLoops.complexToReal(DType.COMPLEX128, DType.FLOAT64,
                    z -> ComplexMath.abs(z, false)))
            .fastUnary(FastLoops.Unary.ABSOLUTE)
            .build();

    /** {@code np.fabs}: float absolute value. */
    public static final Ufunc FABS = Ufunc.builder("fabs", 1, 1)
            .floatsUnary(FLOATS, t -> Math::abs, FpRule.QUIET)
            .build();

    /** {@code np.sign}: -1, 0, 1 (NaN for NaN; {@code z/|z|} for complex, NumPy 2). */
    public static final Ufunc SIGN = Ufunc.builder("sign", 1, 1)
            .rule(TypeResolver.exactLoopsOnly(true))
            .intsUnary(INTS, t -> t.isUnsignedInteger() ? x -> x != 0 ? 1 : 0 : Long::signum)
            .floatsUnary(FLOATS, t -> FloatMath::sign, FpRule.QUIET)
            .complexFormula(ComplexMath::sign)
            .build();

    /**
     * {@code np.reciprocal}: {@code 1/x}; integers as C's {@code 1.0/x} cast back (0 for |x| > 1).
     */
    public static final Ufunc RECIPROCAL = Ufunc.builder("reciprocal", 1, 1)
            .reciprocalOfInts()
            .floatsUnary(FLOATS, t -> x -> 1 / x, (x, y, r) -> FpRule.DIVISION.flags(1, x, r))
            .complexFormula(ComplexMath::reciprocal)
            .build();

    /** {@code np.conjugate}: the complex conjugate; real types unchanged. */
    public static final Ufunc CONJUGATE = Ufunc.builder("conjugate", 1, 1)
            .intsUnary(INTS, t -> x -> x)
            .floatsUnary(FLOATS, t -> x -> x, FpRule.QUIET)
            .complexUnary(COMPLEX, single -> z -> new Complex(z.re(), -z.im()))
            .build();

    /** {@code np.square}: {@code x * x}. */
    public static final Ufunc SQUARE = Ufunc.builder("square", 1, 1)
            .intsUnary(INTS, t -> x -> x * x)
            .floatsUnary(FLOATS, t -> x -> x * x, FpRule.STANDARD)
            .complexFormula(ComplexMath::square)
            .fastUnary(FastLoops.Unary.SQUARE)
            .build();

    /** {@code np.gcd}: greatest common divisor of the magnitudes. */
    public static final Ufunc GCD = Ufunc.builder("gcd", 2, 1).identity(0L).reorderable()
            .rule(TypeResolver.exactLoopsOnly(false))
            .ints(INTS, IntMath::gcd)
            .build();

    /** {@code np.lcm}: least common multiple of the magnitudes. */
    public static final Ufunc LCM = Ufunc.builder("lcm", 2, 1)
            .rule(TypeResolver.exactLoopsOnly(false))
            .ints(INTS, IntMath::lcm)
            .build();

    /** {@code np.heaviside(x, h0)}: the step function with {@code h0} at zero. */
    public static final Ufunc HEAVISIDE = Ufunc.builder("heaviside", 2, 1)
            .floats(FLOATS, t -> FloatMath::heaviside, FpRule.QUIET, false)
            .build();
}
