package dev.strides.ufuncs;

import dev.strides.broadcasting.MultiIterator;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Fast twins of the readable loops for the hot cases: native float64 and int64 with
 * {@code + - * /}, and float64 {@code sqrt}, {@code negative}, {@code absolute},
 * {@code square}. Each operation has its own loop body (a {@code switch} outside the loop, not
 * a function call inside it), so the JIT compiles a straight loop of loads, one arithmetic
 * instruction and a store, and can vectorise the contiguous case.
 *
 * <p>Floating-point errors are found without slowing the loop: the loop ORs together the
 * exponent fields of the results ({@link #nonFinite}); only when some result is inf or nan is
 * the run checked again element by element with the operation's {@link FpRule}. A reduction
 * call (the output is the first input, both with stride 0) goes to {@link Pairwise}, as NumPy's
 * add loop does. The readable loops stay the reference: the chapter's tests run both on the
 * same data and compare bits.
 */
final class FastLoops {

    /** The four arithmetic operations with a fast loop. */
    enum Op { ADD, SUBTRACT, MULTIPLY, DIVIDE }

    /** The unary float64 operations with a fast loop. */
    enum Unary { NEGATIVE, ABSOLUTE, SQRT, SQUARE }

    private static final ValueLayout.OfDouble F8 = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    private static final ValueLayout.OfLong I8 = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final long EXPONENT = 0x7FF0_0000_0000_0000L;
    private static final long EXPONENT_LSB = 0x0010_0000_0000_0000L;

    private FastLoops() {
    }

    /**
     * Adds one to the exponent field: the sum carries into the sign bit exactly when the
     * exponent is all ones (inf or nan). ORed over a run, the sign bit says "check this run".
     */
    private static long nonFinite(double r) {
        return (Double.doubleToRawLongBits(r) & EXPONENT) + EXPONENT_LSB;
    }

    /** Elements per block when an input is also the output (see {@link #float64}). */
    private static final int BLOCK = 512;

    /**
     * {@code dd->d} for one of the four operations. When the output is also an input
     * ({@code np.add(a, b, out=a)}) the run goes in blocks through a small scratch buffer, so
     * the inputs are still there if a non-finite result needs classifying.
     */
    static Loop.Body float64(Op op, Loop.Body reference) {
        FpRule rule = op == Op.DIVIDE ? FpRule.DIVISION : FpRule.STANDARD;
        return (b, status) -> {
            MultiIterator.InnerLoop slow = reference.bind(b, status);
            MemorySegment x = b[0];
            MemorySegment y = b[1];
            MemorySegment z = b[2];
            MemorySegment scratch = MemorySegment.ofArray(new double[BLOCK]);
            boolean aliased = z == x || z == y;
            // tag::fast-float64[]
            return (at, n, st) -> {
                if (Loops.isReduction(b, at, st)) {
                    slow.run(at, n, st);               // pairwise or sequential, as NumPy
                    return;
                }
                if (!aliased) {
                    if (binary(op, x, at[0], st[0], y, at[1], st[1], z, at[2], st[2], n) < 0) {
                        status.raiseBits(recheck(x, at[0], st[0], y, at[1], st[1], z, at[2], st[2],
                                n, rule));
                    }
                    return;
                }
                for (int done = 0; done < n; done += BLOCK) {
                    int m = Math.min(BLOCK, n - done);
                    long px = at[0] + done * st[0];
                    long py = at[1] + done * st[1];
                    if (binary(op, x, px, st[0], y, py, st[1], scratch, 0, 8, m) < 0) {
                        status.raiseBits(recheck(x, px, st[0], y, py, st[1], scratch, 0, 8, m,
                                rule));
                    }
                    for (int i = 0; i < m; i++) {
                        z.set(F8, at[2] + (done + i) * st[2], scratch.get(F8, 8L * i));
                    }
                }
            };
            // end::fast-float64[]
        };
    }

    // tag::fast-add[]
    /** Runs one operation over {@code n} elements; a negative result means "inf or nan seen". */
    private static long binary(Op op, MemorySegment x, long px, long sx, MemorySegment y, long py,
                               long sy, MemorySegment z, long pz, long sz, int n) {
        if (sx == 8 && sy == 8 && sz == 8) {
            return contiguous(op, x, px, y, py, z, pz, n);
        }
        return switch (op) {
            case ADD -> add(x, px, sx, y, py, sy, z, pz, sz, n);
            case SUBTRACT -> subtract(x, px, sx, y, py, sy, z, pz, sz, n);
            case MULTIPLY -> multiply(x, px, sx, y, py, sy, z, pz, sz, n);
            case DIVIDE -> divide(x, px, sx, y, py, sy, z, pz, sz, n);
        };
    }

    private static long add(MemorySegment x, long px, long sx, MemorySegment y, long py, long sy,
                            MemorySegment z, long pz, long sz, int n) {
        long flags = 0;
        for (int i = 0; i < n; i++) {
            double r = x.get(F8, px + i * sx) + y.get(F8, py + i * sy);
            z.set(F8, pz + i * sz, r);
            flags |= nonFinite(r);
        }
        return flags;
    }
    // end::fast-add[]

    /**
     * The contiguous case: the byte offset steps by the constant 8, which lets the JIT unroll and
     * vectorise the loop (about twice as fast as the general strided loop, measured).
     */
    private static long contiguous(Op op, MemorySegment x, long px, MemorySegment y, long py,
                                   MemorySegment z, long pz, int n) {
        long flags = 0;
        long bytes = 8L * n;
        switch (op) {
            case ADD -> {
                for (long i = 0; i < bytes; i += 8) {
                    double r = x.get(F8, px + i) + y.get(F8, py + i);
                    z.set(F8, pz + i, r);
                    flags |= nonFinite(r);
                }
            }
            case SUBTRACT -> {
                for (long i = 0; i < bytes; i += 8) {
                    double r = x.get(F8, px + i) - y.get(F8, py + i);
                    z.set(F8, pz + i, r);
                    flags |= nonFinite(r);
                }
            }
            case MULTIPLY -> {
                for (long i = 0; i < bytes; i += 8) {
                    double r = x.get(F8, px + i) * y.get(F8, py + i);
                    z.set(F8, pz + i, r);
                    flags |= nonFinite(r);
                }
            }
            case DIVIDE -> {
                for (long i = 0; i < bytes; i += 8) {
                    double r = x.get(F8, px + i) / y.get(F8, py + i);
                    z.set(F8, pz + i, r);
                    flags |= nonFinite(r);
                }
            }
        }
        return flags;
    }

    private static long subtract(MemorySegment x, long px, long sx, MemorySegment y, long py,
                                 long sy, MemorySegment z, long pz, long sz, int n) {
        long flags = 0;
        for (int i = 0; i < n; i++) {
            double r = x.get(F8, px + i * sx) - y.get(F8, py + i * sy);
            z.set(F8, pz + i * sz, r);
            flags |= nonFinite(r);
        }
        return flags;
    }

    private static long multiply(MemorySegment x, long px, long sx, MemorySegment y, long py,
                                 long sy, MemorySegment z, long pz, long sz, int n) {
        long flags = 0;
        for (int i = 0; i < n; i++) {
            double r = x.get(F8, px + i * sx) * y.get(F8, py + i * sy);
            z.set(F8, pz + i * sz, r);
            flags |= nonFinite(r);
        }
        return flags;
    }

    private static long divide(MemorySegment x, long px, long sx, MemorySegment y, long py,
                               long sy, MemorySegment z, long pz, long sz, int n) {
        long flags = 0;
        for (int i = 0; i < n; i++) {
            double r = x.get(F8, px + i * sx) / y.get(F8, py + i * sy);
            z.set(F8, pz + i * sz, r);
            flags |= nonFinite(r);
        }
        return flags;
    }

    /** Classifies a run's non-finite results from its (intact) inputs. */
    private static int recheck(MemorySegment x, long px, long sx, MemorySegment y, long py,
                               long sy, MemorySegment z, long pz, long sz, int n, FpRule rule) {
        int bits = 0;
        for (int i = 0; i < n; i++) {
            double r = z.get(F8, pz + i * sz);
            if (!Double.isFinite(r)) {
                double a = x.get(F8, px + i * sx);
                double c = y.get(F8, py + i * sy);
                bits |= rule.flags(a, c, r);
            }
        }
        return bits;
    }

    /** {@code ll->l}: wrap-around arithmetic, no errors to find. */
    static Loop.Body int64(Op op, Loop.Body reference) {
        return (b, status) -> {
            MultiIterator.InnerLoop slow = reference.bind(b, status);
            MemorySegment x = b[0];
            MemorySegment y = b[1];
            MemorySegment z = b[2];
            return (at, n, st) -> {
                if (Loops.isReduction(b, at, st)) {
                    slow.run(at, n, st);
                    return;
                }
                long px = at[0];
                long py = at[1];
                long pz = at[2];
                switch (op) {
                    case ADD -> {
                        for (int i = 0; i < n; i++) {
                            z.set(I8, pz + i * st[2],
                                    x.get(I8, px + i * st[0]) + y.get(I8, py + i * st[1]));
                        }
                    }
                    case SUBTRACT -> {
                        for (int i = 0; i < n; i++) {
                            z.set(I8, pz + i * st[2],
                                    x.get(I8, px + i * st[0]) - y.get(I8, py + i * st[1]));
                        }
                    }
                    case MULTIPLY -> {
                        for (int i = 0; i < n; i++) {
                            z.set(I8, pz + i * st[2],
                                    x.get(I8, px + i * st[0]) * y.get(I8, py + i * st[1]));
                        }
                    }
                    case DIVIDE -> slow.run(at, n, st);
                }
            };
        };
    }

    /** {@code d->d} for the unary operations, in blocks through scratch when in place. */
    static Loop.Body float64Unary(Unary op, Loop.Body reference) {
        return (b, status) -> {
            MemorySegment x = b[0];
            MemorySegment z = b[1];
            MemorySegment scratch = MemorySegment.ofArray(new double[BLOCK]);
            boolean aliased = z == x;
            return (at, n, st) -> {
                if (!aliased) {
                    if (unary(op, x, at[0], st[0], z, at[1], st[1], n) < 0) {
                        status.raiseBits(recheckUnary(x, at[0], st[0], z, at[1], st[1], n));
                    }
                    return;
                }
                for (int done = 0; done < n; done += BLOCK) {
                    int m = Math.min(BLOCK, n - done);
                    long px = at[0] + done * st[0];
                    if (unary(op, x, px, st[0], scratch, 0, 8, m) < 0) {
                        status.raiseBits(recheckUnary(x, px, st[0], scratch, 0, 8, m));
                    }
                    for (int i = 0; i < m; i++) {
                        z.set(F8, at[1] + (done + i) * st[1], scratch.get(F8, 8L * i));
                    }
                }
            };
        };
    }

    private static long unary(Unary op, MemorySegment x, long px, long sx, MemorySegment z,
                              long pz, long sz, int n) {
        long flags = 0;
        switch (op) {
            case NEGATIVE -> {
                for (int i = 0; i < n; i++) {
                    z.set(F8, pz + i * sz, -x.get(F8, px + i * sx));
                }
            }
            case ABSOLUTE -> {
                for (int i = 0; i < n; i++) {
                    z.set(F8, pz + i * sz, Math.abs(x.get(F8, px + i * sx)));
                }
            }
            case SQRT -> {
                for (int i = 0; i < n; i++) {
                    double r = Math.sqrt(x.get(F8, px + i * sx));
                    z.set(F8, pz + i * sz, r);
                    flags |= nonFinite(r);
                }
            }
            case SQUARE -> {
                for (int i = 0; i < n; i++) {
                    double v = x.get(F8, px + i * sx);
                    double r = v * v;
                    z.set(F8, pz + i * sz, r);
                    flags |= nonFinite(r);
                }
            }
        }
        return flags;
    }

    private static int recheckUnary(MemorySegment x, long px, long sx, MemorySegment z, long pz,
                                    long sz, int n) {
        int bits = 0;
        for (int i = 0; i < n; i++) {
            double r = z.get(F8, pz + i * sz);
            if (!Double.isFinite(r)) {
                bits |= FpRule.STANDARD.flags(x.get(F8, px + i * sx), 0, r);
            }
        }
        return bits;
    }
}
