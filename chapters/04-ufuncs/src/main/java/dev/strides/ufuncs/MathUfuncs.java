package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;

import java.util.function.BiFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

import static dev.strides.ufuncs.ArithmeticUfuncs.COMPLEX;
import static dev.strides.ufuncs.ArithmeticUfuncs.FLOATS;
import static dev.strides.ufuncs.ArithmeticUfuncs.INTS;

/**
 * The mathematical ufuncs: exponentials and logarithms, roots, trigonometric and hyperbolic
 * functions, rounding, extrema ({@code maximum}/{@code minimum} propagate NaN,
 * {@code fmax}/{@code fmin} ignore it) and the float-bit functions ({@code copysign},
 * {@code nextafter}, {@code spacing}, {@code modf}, {@code frexp}, {@code ldexp}).
 *
 * <p>They have float and complex loops only (integers resolve to the smallest float that holds
 * them: {@code sqrt(int16)} is float32), except the rounding functions, which NumPy 2 gives
 * integer loops that return the integers unchanged, and the extrema. The complex exponentials,
 * logarithms, trigonometric and hyperbolic functions give C99 Annex G's values on branch cuts,
 * infinities and NaNs, as the C library that NumPy calls ({@link ComplexExpLog},
 * {@link ComplexHyperbolic}, {@link ComplexArcSine}, {@link ComplexArcTangent}).
 */
public final class MathUfuncs {

    private MathUfuncs() {
    }

    private static Ufunc real(String name, DoubleUnaryOperator f, FpRule rule) {
        return Ufunc.builder(name, 1, 1).floatsUnary(FLOATS, t -> f, rule).build();
    }

    /**
     * Real loops, and complex ones whose kernel reports its own floating-point errors;
     * {@code g.apply(true)} is the complex64 kernel.
     */
    private static Ufunc realAndComplexKernel(String name, DoubleUnaryOperator f, FpRule rule,
                                              Function<Boolean, ComplexLoops.ComplexKernel> g) {
        return Ufunc.builder(name, 1, 1).floatsUnary(FLOATS, t -> f, rule)
                .loop("F->F", ComplexLoops.kernelUnary(DType.COMPLEX64, g.apply(true)))
                .loop("D->D", ComplexLoops.kernelUnary(DType.COMPLEX128, g.apply(false)))
                .build();
    }

    /** As above for a kernel computed in double for both complex types. */
    private static Ufunc realAndComplexKernel(String name, DoubleUnaryOperator f, FpRule rule,
                                              ComplexLoops.ComplexKernel g) {
        return realAndComplexKernel(name, f, rule, single -> g);
    }

    /** NumPy's own complex formulas, computed in the type's precision. */
    private static Function<Boolean, ComplexLoops.ComplexKernel> inPrecision(
            BiFunction<Complex, FlaggedArithmetic, Complex> formula) {
        return single -> (z, status) -> formula.apply(z, new FlaggedArithmetic(single, status));
    }

    // ---- exponentials, logarithms, roots ----------------------------------------------------

    public static final Ufunc EXP = realAndComplexKernel("exp", StrictMath::exp, FpRule.STANDARD,
            ComplexExpLog::exp);
    public static final Ufunc EXP2 = realAndComplexKernel("exp2", FloatMath::exp2,
            FpRule.STANDARD, inPrecision(ComplexExpLog::exp2));
    public static final Ufunc EXPM1 = realAndComplexKernel("expm1", StrictMath::expm1,
            FpRule.STANDARD, inPrecision(ComplexExpLog::expm1));
    public static final Ufunc LOG = logarithm("log", StrictMath::log, 1.0);
    public static final Ufunc LOG2 = logarithm("log2", FloatMath::log2, 1.4426950408889634);
    public static final Ufunc LOG10 = logarithm("log10", StrictMath::log10, 0.4342944819032518);

    /**
     * Real loops, and complex ones as NumPy's: {@code clog(z)} with both parts times a constant;
     * {@code log(0)} divides by zero.
     */
    private static Ufunc logarithm(String name, DoubleUnaryOperator real, double scale) {
        return realAndComplexKernel(name, real, FpRule.POLE, (z, status) -> {
            if (z.re() == 0 && z.im() == 0) {
                status.raise(FloatingPointErrors.Kind.DIVIDE);
            }
            Complex l = ComplexExpLog.log(z);
            return scale == 1.0 ? l : new Complex(l.re() * scale, l.im() * scale);
        });
    }
    public static final Ufunc LOG1P = realAndComplexKernel("log1p", StrictMath::log1p,
            FpRule.POLE, inPrecision(ComplexExpLog::log1p));

    // tag::sqrt[]
    /**
     * {@code np.sqrt}: correctly rounded in every float type; {@code sqrt(-1)} is nan (invalid).
     */
    public static final Ufunc SQRT = Ufunc.builder("sqrt", 1, 1)
            .floatsUnary(FLOATS, t -> Math::sqrt, FpRule.STANDARD)
            .complexUnary(COMPLEX, single -> ComplexMath::sqrt)
            .fastUnary(FastLoops.Unary.SQRT)
            .build();
    // end::sqrt[]

    public static final Ufunc CBRT = real("cbrt", StrictMath::cbrt, FpRule.STANDARD);

    // ---- trigonometric and hyperbolic -----------------------------------------------------------

    public static final Ufunc SIN = realAndComplexKernel("sin", StrictMath::sin, FpRule.STANDARD,
            ComplexHyperbolic::sin);
    public static final Ufunc COS = realAndComplexKernel("cos", StrictMath::cos, FpRule.STANDARD,
            ComplexHyperbolic::cos);
    public static final Ufunc TAN = realAndComplexKernel("tan", StrictMath::tan, FpRule.STANDARD,
            ComplexHyperbolic::tan);
    public static final Ufunc ARCSIN = realAndComplexKernel("arcsin", StrictMath::asin,
            FpRule.STANDARD, (z, status) -> ComplexArcSine.asin(z));
    public static final Ufunc ARCCOS = realAndComplexKernel("arccos", StrictMath::acos,
            FpRule.STANDARD, (z, status) -> ComplexArcSine.acos(z));
    public static final Ufunc ARCTAN = realAndComplexKernel("arctan", StrictMath::atan,
            FpRule.STANDARD, ComplexArcTangent::atan);
    public static final Ufunc SINH = realAndComplexKernel("sinh", StrictMath::sinh,
            FpRule.STANDARD, ComplexHyperbolic::sinh);
    public static final Ufunc COSH = realAndComplexKernel("cosh", StrictMath::cosh,
            FpRule.STANDARD, ComplexHyperbolic::cosh);
    public static final Ufunc TANH = realAndComplexKernel("tanh", StrictMath::tanh,
            FpRule.STANDARD, ComplexHyperbolic::tanh);
    public static final Ufunc ARCSINH = realAndComplexKernel("arcsinh", FloatMath::asinh,
            FpRule.STANDARD, (z, status) -> ComplexArcSine.asinh(z));
    public static final Ufunc ARCCOSH = realAndComplexKernel("arccosh", FloatMath::acosh,
            FpRule.STANDARD, (z, status) -> ComplexArcSine.acosh(z));
    public static final Ufunc ARCTANH = realAndComplexKernel("arctanh", FloatMath::atanh,
            FpRule.POLE, ComplexArcTangent::atanh);

    /** {@code np.arctan2(y, x)}: the angle of the point (x, y), quadrant-aware. */
    public static final Ufunc ARCTAN2 = Ufunc.builder("arctan2", 2, 1)
            .floats(FLOATS, t -> StrictMath::atan2, FpRule.STANDARD, false).build();

    /**
     * {@code np.hypot}: {@code sqrt(x² + y²)} without overflow, as the C library computes it
     * ({@link Hypot}: glibc's {@code hypot} for float64, {@code hypotf} for float32 and float16).
     */
    public static final Ufunc HYPOT = Ufunc.builder("hypot", 2, 1).identity(0L).reorderable()
            .floats(FLOATS, t -> t.type() == DType.Type.FLOAT64 ? Hypot::hypot : Hypot::hypotFloat,
                    FpRule.STANDARD, false).build();

    /**
     * {@code np.deg2rad} ({@code radians}): {@code x * (pi/180)}, the constant in the type's
     * precision.
     */
    public static final Ufunc DEG2RAD = Ufunc.builder("deg2rad", 1, 1)
            .floatsUnary(FLOATS, t -> {
                double c = t.type() == DType.Type.FLOAT64 ? Math.PI / 180 : (float) (Math.PI / 180);
                return x -> x * c;
            }, FpRule.STANDARD).build();

    /** {@code np.rad2deg} ({@code degrees}). */
    public static final Ufunc RAD2DEG = Ufunc.builder("rad2deg", 1, 1)
            .floatsUnary(FLOATS, t -> {
                double c = t.type() == DType.Type.FLOAT64 ? 180 / Math.PI : (float) (180 / Math.PI);
                return x -> x * c;
            }, FpRule.STANDARD).build();

    // ---- rounding -------------------------------------------------------------------------------

    private static Ufunc rounding(String name, DoubleUnaryOperator f) {
        return Ufunc.builder(name, 1, 1)
                .intsUnary("?" + INTS, t -> x -> x)           // NumPy 2: integers unchanged
                .floatsUnary(FLOATS, t -> f, FpRule.QUIET)
                .build();
    }

    public static final Ufunc FLOOR = rounding("floor", Math::floor);
    public static final Ufunc CEIL = rounding("ceil", Math::ceil);
    public static final Ufunc TRUNC = rounding("trunc", FloatMath::trunc);

    /** {@code np.rint}: to the nearest integer, ties to even ({@code rint(2.5) == 2.0}). */
    public static final Ufunc RINT = Ufunc.builder("rint", 1, 1)
            .floatsUnary(FLOATS, t -> Math::rint, FpRule.QUIET)
            .complexUnary(COMPLEX, single -> z -> new Complex(Math.rint(z.re()), Math.rint(z.im())))
            .build();

    // ---- extrema --------------------------------------------------------------------------------

    // tag::extrema[]
    private static Ufunc extremum(String name, boolean max, boolean ignoreNaN) {
        return Ufunc.builder(name, 2, 1).reorderable()
                .ints("?", t -> max ? (x, y) -> x | y : (x, y) -> x & y)
                .ints(INTS, t -> max ? (x, y) -> IntMath.compare(t, x, y) >= 0 ? x : y
                        : (x, y) -> IntMath.compare(t, x, y) <= 0 ? x : y)
                .floats(FLOATS, t -> max ? (ignoreNaN ? FloatMath::fmax : FloatMath::maximum)
                        : (ignoreNaN ? FloatMath::fmin : FloatMath::minimum), FpRule.QUIET, false)
                .complexes(COMPLEX, single -> max
                        ? (ignoreNaN ? ComplexMath::fmax : ComplexMath::maximum)
                        : (ignoreNaN ? ComplexMath::fmin : ComplexMath::minimum))
                .build();
    }
    // end::extrema[]

    /** {@code np.maximum}: element-wise larger; a NaN in either input gives NaN. */
    public static final Ufunc MAXIMUM = extremum("maximum", true, false);
    /** {@code np.minimum}: element-wise smaller; NaN propagates. */
    public static final Ufunc MINIMUM = extremum("minimum", false, false);
    /** {@code np.fmax}: element-wise larger, ignoring a NaN when the other value is a number. */
    public static final Ufunc FMAX = extremum("fmax", true, true);
    /** {@code np.fmin}: element-wise smaller, ignoring NaN. */
    public static final Ufunc FMIN = extremum("fmin", false, true);

    // ---- float bits -----------------------------------------------------------------------------

    /** {@code np.copysign(x, y)}: {@code |x|} with the sign of {@code y}. */
    public static final Ufunc COPYSIGN = Ufunc.builder("copysign", 2, 1)
            .floats(FLOATS, t -> Math::copySign, FpRule.QUIET, false).build();

    /**
     * {@code np.nextafter(x, y)}: the next representable value of {@code x}'s type toward {@code
     * y}.
     */
    public static final Ufunc NEXTAFTER = Ufunc.builder("nextafter", 2, 1)
            .floats(FLOATS, t -> (x, y) -> FloatMath.nextafter(x, y, t), FpRule.QUIET, false)
            .build();

    /** {@code np.spacing(x)}: the gap to the next value away from zero, in {@code x}'s type. */
    public static final Ufunc SPACING = Ufunc.builder("spacing", 1, 1)
            .floatsUnary("e", t -> x -> FloatMath.spacing(x, t), (x, y, r) -> Double.isNaN(r)
                    ? (Double.isInfinite(x) ? FloatingPointErrors.INVALID : 0)
                    : Double.isFinite(x) ? FloatingPointErrors.OVER : 0)
            .floatsUnary("fd", t -> x -> FloatMath.spacing(x, t), (x, y, r) -> Double.isNaN(r)
                    ? 0 : Double.isFinite(x) ? FloatingPointErrors.OVER : 0)
            .build();

    /** {@code np.logaddexp}: {@code log(exp(x) + exp(y))}; identity {@code -inf}. */
    public static final Ufunc LOGADDEXP = Ufunc.builder("logaddexp", 2, 1)
            .identity(Double.NEGATIVE_INFINITY).reorderable()
            .floats(FLOATS, t -> FloatMath::logaddexp, FpRule.NAN_COMPARED, false).build();

    /** {@code np.logaddexp2}: {@code log2(2**x + 2**y)}. */
    public static final Ufunc LOGADDEXP2 = Ufunc.builder("logaddexp2", 2, 1)
            .identity(Double.NEGATIVE_INFINITY).reorderable()
            .floats(FLOATS, t -> FloatMath::logaddexp2, FpRule.NAN_COMPARED, false).build();

    /** {@code np.modf}: {@code (fractional, integral)} parts. */
    public static final Ufunc MODF = twoOutputs("modf", 1, "->" , true);

    /** {@code np.frexp}: {@code (mantissa, exponent)} with {@code x = m * 2**e}. */
    public static final Ufunc FREXP = twoOutputs("frexp", 1, "->", false);

    /** {@code np.ldexp(m, e)}: {@code m * 2**e}. */
    public static final Ufunc LDEXP = ldexp();

    private static Ufunc twoOutputs(String name, int nin, String arrow, boolean modf) {
        UfuncBuilder b = Ufunc.builder(name, nin, 2);
        for (char c : FLOATS.toCharArray()) {
            DType t = DType.of(String.valueOf(c));
            b.loop(c + arrow + c + (modf ? c : 'i'), modf ? MultiOutputLoops.modf(t)
                    : MultiOutputLoops.frexp(t));
        }
        return b.build();
    }

    private static Ufunc ldexp() {
        UfuncBuilder b = Ufunc.builder("ldexp", 2, 1);
        for (String s : new String[] {"ei->e", "fi->f", "el->e", "fl->f", "di->d", "dl->d"}) {
            DType mantissa = DType.of(s.substring(0, 1));
            b.loop(s, MultiOutputLoops.ldexp(mantissa, DType.of(s.substring(1, 2))));
        }
        return b.build();
    }
}
