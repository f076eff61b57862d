package dev.strides.ndarray;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Casting rules and type promotion for the built-in dtypes, as NumPy 2 defines them.
 *
 * <ul>
 *   <li>{@link #canCast}: may values of one dtype be stored in another under a rule
 *       ({@code no < equiv < safe < same_kind < unsafe})?</li>
 *   <li>{@link #promoteTypes}: the smallest dtype both may be safely cast to.</li>
 *   <li>{@link #resultType}: promotion over arrays, dtypes and Java scalars, where Java scalars are
 *       <b>weak</b> (NEP 50): {@code uint8 array + 300} stays {@code uint8}.</li>
 * </ul>
 */
public final class Casting {

    /** NumPy's {@code casting=} levels, from the strictest. */
    public enum Rule {
        /** Identical dtypes only, byte order included. */
        NO,
        /** Identical types; byte order may differ. */
        EQUIV,
        /** Only casts that keep every value: int8 → int16, int64 → float64, float32 → complex64. */
        SAFE,
        /** Safe casts, or casts within a kind: float64 → float32, int64 → int8. */
        SAME_KIND,
        /** Anything: float → int truncates, int wraps, complex drops its imaginary part. */
        UNSAFE;

        /** NumPy's spelling: {@code 'same_kind'}. */
        public String pyName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses NumPy's names: {@code "no"}, {@code "equiv"}, {@code "safe"}, {@code "same_kind"}, {@code "unsafe"}. */
        public static Rule of(String name) {
            for (Rule r : values()) {
                if (r.pyName().equals(name)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("casting must be one of 'no', 'equiv', 'safe', "
                    + "'same_kind', or 'unsafe' (got '" + name + "')");
        }
    }

    private Casting() {
    }

    // tag::can-cast[]
    /** True when values of {@code from} may be stored as {@code to} under {@code rule}. */
    public static boolean canCast(DType from, DType to, Rule rule) {
        return switch (rule) {
            case NO -> from.equals(to);
            case EQUIV -> from.type() == to.type();
            case SAFE -> isSafe(from, to);
            case SAME_KIND -> isSafe(from, to)
                    || kindRank(from) <= kindRank(to) && !(from.isSignedInteger() && to.isUnsignedInteger());
            case UNSAFE -> true;
        };
    }

    /**
     * Safe means every value survives. Within a kind, a type may grow; an unsigned integer fits a
     * strictly larger signed one; an integer fits a float whose mantissa holds it — except that
     * NumPy counts (u)int64 → float64 as safe although 2^53 + 1 does not survive.
     */
    static boolean isSafe(DType from, DType to) {
        int fs = from.itemsize();
        int ts = to.isComplex() ? to.itemsize() / 2 : to.itemsize();
        return switch (from.kind()) {
            case 'b' -> true;
            case 'i' -> switch (to.kind()) {
                case 'i' -> ts >= fs;
                case 'f', 'c' -> ts > fs || ts == 8;
                default -> false;
            };
            case 'u' -> switch (to.kind()) {
                case 'u' -> ts >= fs;
                case 'i' -> ts > fs;
                case 'f', 'c' -> ts > fs || ts == 8;
                default -> false;
            };
            case 'f' -> (to.kind() == 'f' || to.kind() == 'c') && ts >= fs;
            default -> to.kind() == 'c' && ts >= fs / 2;
        };
    }
    // end::can-cast[]

    /**
     * Orders the kinds for same_kind casts: bool < unsigned ≈ signed < float < complex. A cast may
     * stay in its kind (float64 → float32) or climb (int64 → float16), never descend (float → int),
     * and signed never goes to unsigned.
     */
    // tag::kind-rank[]
    private static int kindRank(DType t) {
        return switch (t.kind()) {
            case 'b' -> 0;
            case 'u', 'i' -> 1;
            case 'f' -> 2;
            default -> 3;
        };
    }
    // end::kind-rank[]

    /** Throws NumPy's message when {@code rule} forbids the cast. */
    public static void require(DType from, DType to, Rule rule) {
        if (!canCast(from, to, rule)) {
            throw new CastingException("Cannot cast array data from " + from.repr() + " to "
                    + to.repr() + " according to the rule '" + rule.pyName() + "'");
        }
    }

    private static final List<DType> PROMOTION_ORDER = DType.BUILTINS;

    // tag::promote[]
    /**
     * The smallest native dtype that both may be safely cast to: {@code np.promote_types}.
     * int64 with uint64 gives float64 (no integer type holds both ranges).
     */
    public static DType promoteTypes(DType a, DType b) {
        for (DType candidate : PROMOTION_ORDER) {
            if (isSafe(a, candidate) && isSafe(b, candidate)) {
                return candidate;
            }
        }
        throw new CastingException("The DType " + a.repr() + " could not be promoted by " + b.repr());
    }
    // end::promote[]

    /**
     * NumPy 2's {@code np.result_type}: arrays and dtypes are strong, Java scalars ({@code Boolean},
     * integral {@code Number}s, {@code Double}/{@code Float}, {@link Complex}) are weak: they only
     * decide the kind, never the precision, unless no strong operand exists.
     */
    public static DType resultType(Object... operands) {
        DType strong = null;
        int weakRank = -1;
        for (Object op : operands) {
            DType t = switch (op) {
                case NDArray a -> a.dtype();
                case DType d -> d;
                case null, default -> null;  // a scalar, or null: weakKindRank explains
            };
            if (t != null) {
                strong = strong == null ? t.nativeType() : promoteTypes(strong, t);
            } else {
                weakRank = Math.max(weakRank, weakKindRank(op));
            }
        }
        if (strong == null) {
            return switch (weakRank) {
                case 0 -> DType.BOOL;
                case 1 -> DType.INT64;
                case 2 -> DType.FLOAT64;
                case 3 -> DType.COMPLEX128;
                default -> throw new IllegalArgumentException("at least one array or dtype is required");
            };
        }
        if (weakRank <= kindRank(strong)) {
            return strong;
        }
        return switch (weakRank) {
            case 1 -> promoteTypes(strong, DType.INT64);
            case 2 -> promoteTypes(strong, DType.FLOAT64);
            default -> strong.isFloating() ? complexOf(strong) : DType.COMPLEX128;
        };
    }

    private static DType complexOf(DType floating) {
        return floating.itemsize() == 8 ? DType.COMPLEX128 : DType.COMPLEX64;
    }

    private static int weakKindRank(Object scalar) {
        return switch (scalar) {
            case Boolean b -> 0;
            case Byte b -> 1;
            case Short s -> 1;
            case Integer i -> 1;
            case Long l -> 1;
            case java.math.BigInteger big -> 1;
            case Float f -> 2;
            case Double d -> 2;
            case Complex z -> 3;
            case null -> throw new IllegalArgumentException("resultType: operand is null");
            default -> throw new IllegalArgumentException("resultType: cannot interpret "
                    + scalar.getClass().getSimpleName() + " '" + scalar + "' as an array, dtype or scalar");
        };
    }

    /** True when {@code v} is inside the range of integer dtype {@code t} (uint64: {@code v >= 0}). */
    public static boolean fitsInteger(long v, DType t) {
        return switch (t.type()) {
            case INT8 -> v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE;
            case UINT8 -> v >= 0 && v <= 0xFF;
            case INT16 -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
            case UINT16 -> v >= 0 && v <= 0xFFFF;
            case INT32 -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
            case UINT32 -> v >= 0 && v <= 0xFFFF_FFFFL;
            case UINT64 -> v >= 0;
            default -> true;
        };
    }

    // ---- copying with conversion --------------------------------------------------------------

    // tag::cast-copy[]
    /**
     * A new array holding {@code src}'s elements converted to {@code target}, laid out in
     * {@code order}. The bytes are copied in bulk when nothing changes but the address (same
     * dtype, both contiguous in the same order); otherwise element by element.
     */
    static NDArray castCopy(NDArray src, DType target, Order order) {
        NDArray dst = Creation.emptyLike(src, target, order);
        int[] shape = src.shape();
        MemorySegment in = src.buffer();
        MemorySegment out = dst.buffer();
        DType from = src.dtype();
        boolean sameBytes = from.equals(target) || from.itemsize() == 1 && from.type() == target.type();
        if (sameBytes && Arrays.equals(src.strides(), dst.strides())
                && (src.flags().cContiguous() || src.flags().fContiguous())) {
            MemorySegment.copy(in, src.offset(), out, 0, src.nbytes());
        } else if (sameBytes) {
            long n = from.itemsize();
            Walk.forEachPair(shape, src.strides(), src.offset(), dst.strides(), dst.offset(),
                    (a, b) -> MemorySegment.copy(in, a, out, b, n));
        } else {
            Walk.forEachPair(shape, src.strides(), src.offset(), dst.strides(), dst.offset(),
                    (a, b) -> Elements.convert(in, a, from, out, b, target));
        }
        return dst;
    }
    // end::cast-copy[]
}
