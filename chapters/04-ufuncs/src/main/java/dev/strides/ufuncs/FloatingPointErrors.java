package dev.strides.ufuncs;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What happens when a ufunc divides by zero, overflows or makes a NaN: NumPy's
 * {@code np.seterr} / {@code np.errstate}, the Java way.
 *
 * <p>NumPy reads the CPU's IEEE status flags after each loop and reacts per kind: {@code divide}
 * (a pole: {@code 1/0}, {@code log(0)}, integer {@code x // 0}), {@code over} (a finite result too
 * large: {@code exp(1000)}), {@code under} (a result too small for a normal float) and
 * {@code invalid} (a NaN made from non-NaN inputs: {@code 0/0}, {@code sqrt(-1)},
 * {@code inf - inf}). Java has no status flags, so the loops here detect the same events from
 * the operands and the result (a NaN result from non-NaN inputs is {@code invalid}; an infinite
 * result from finite inputs is {@code over}, or {@code divide} where the ufunc has a pole) and
 * record them in a per-call {@link Status}. Underflow is not detected (its default policy is
 * {@code ignore} in NumPy too).
 *
 * <p>Policies, per kind, with NumPy's defaults {@code divide=warn, over=warn, under=ignore,
 * invalid=warn}:
 * <ul>
 *   <li>{@link Policy#IGNORE}: nothing;</li>
 *   <li>{@link Policy#WARN}: a {@link Warning} goes to the warning listener — by default
 *       {@link System.Logger} {@code dev.strides.ufuncs} at level WARNING (NumPy prints a
 *       {@code RuntimeWarning}); tests and callers may install their own listener;</li>
 *   <li>{@link Policy#RAISE}: a {@link FloatingPointException} is thrown after the loop.</li>
 * </ul>
 *
 * <p>The state is per thread, like NumPy's context variable: {@code try (var s =
 * FloatingPointErrors.errstate(Policy.RAISE)) {...}} changes it for a block and restores it.
 */
public final class FloatingPointErrors {

    /** NumPy's four floating-point error kinds, in the order NumPy checks them. */
    public enum Kind {
        DIVIDE("divide by zero"), OVER("overflow"), UNDER("underflow"), INVALID("invalid value");

        private final String message;

        Kind(String message) {
            this.message = message;
        }

        /** The start of NumPy's message: {@code "divide by zero"}. */
        public String message() {
            return message;
        }

        int bit() {
            return 1 << ordinal();
        }
    }

    /** What to do about one kind of error. */
    public enum Policy { IGNORE, WARN, RAISE }

    /** One warning as NumPy would print it: {@code RuntimeWarning: overflow encountered in exp}. */
    public record Warning(Kind kind, String ufunc) {
        public String message() {
            return kind.message() + " encountered in " + ufunc;
        }
    }

    /** The errors one ufunc call met: a bit per {@link Kind}, set by the loops. */
    public static final class Status {
        private int bits;

        public void raise(Kind kind) {
            bits |= kind.bit();
        }

        /** Sets the bits of {@link Kind#bit}s at once (loops accumulate an int). */
        void raiseBits(int more) {
            bits |= more;
        }

        public boolean has(Kind kind) {
            return (bits & kind.bit()) != 0;
        }

        boolean any() {
            return bits != 0;
        }
    }

    static final int DIVIDE = Kind.DIVIDE.bit();
    static final int OVER = Kind.OVER.bit();
    static final int INVALID = Kind.INVALID.bit();

    private static final System.Logger LOG = System.getLogger("dev.strides.ufuncs");
    private static final Consumer<Warning> LOGGING = w -> LOG.log(System.Logger.Level.WARNING,
            "RuntimeWarning: " + w.message());
    private static final Map<Kind, Policy> DEFAULTS = Map.of(Kind.DIVIDE, Policy.WARN,
            Kind.OVER, Policy.WARN, Kind.UNDER, Policy.IGNORE, Kind.INVALID, Policy.WARN);

    private static final ThreadLocal<EnumMap<Kind, Policy>> STATE =
            ThreadLocal.withInitial(() -> new EnumMap<>(DEFAULTS));
    private static final ThreadLocal<Consumer<Warning>> LISTENER =
            ThreadLocal.withInitial(() -> LOGGING);

    private FloatingPointErrors() {
    }

    /** {@code np.geterr()}: the policies in force on this thread. */
    public static Map<Kind, Policy> geterr() {
        return Map.copyOf(STATE.get());
    }

    /** {@code np.seterr(...)}: sets the given kinds, returns the previous policies. */
    public static Map<Kind, Policy> seterr(Map<Kind, Policy> policies) {
        Map<Kind, Policy> old = geterr();
        STATE.get().putAll(policies);
        return old;
    }

    /** {@code np.seterr(all=policy)}. */
    public static Map<Kind, Policy> seterr(Policy all) {
        Map<Kind, Policy> every = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            every.put(k, Objects.requireNonNull(all, "policy"));
        }
        return seterr(every);
    }

    /** A block with changed policies; closing it restores the previous ones. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** {@code with np.errstate(all=policy):} as {@code try (var s = errstate(policy)) {...}}. */
    public static Scope errstate(Policy all) {
        Map<Kind, Policy> old = seterr(all);
        return () -> STATE.get().putAll(old);
    }

    /** {@code with np.errstate(divide='ignore', ...):} for the kinds given. */
    public static Scope errstate(Map<Kind, Policy> policies) {
        Map<Kind, Policy> old = seterr(policies);
        return () -> STATE.get().putAll(old);
    }

    /**
     * Sends this thread's {@code warn} reports to {@code listener} instead of the logger (null
     * restores the logger). Returns the previous listener.
     */
    public static Consumer<Warning> setWarningListener(Consumer<Warning> listener) {
        Consumer<Warning> old = LISTENER.get();
        LISTENER.set(listener == null ? LOGGING : listener);
        return old;
    }

    /**
     * Applies the policies to what a call met, in NumPy's order: divide, over, under, invalid.
     *
     * @throws FloatingPointException for the first kind whose policy is {@code raise}
     */
    public static void check(Status status, String ufunc) {
        if (!status.any()) {
            return;
        }
        Map<Kind, Policy> policies = STATE.get();
        for (Kind k : Kind.values()) {
            if (!status.has(k)) {
                continue;
            }
            switch (policies.get(k)) {
                case RAISE -> throw new FloatingPointException(k, ufunc);
                case WARN -> LISTENER.get().accept(new Warning(k, ufunc));
                case IGNORE -> { }
            }
        }
    }
}
