package dev.strides.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Walk;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * The fast loops of advanced indexing ({@link GatherLoops}, chosen by {@link FastPaths}) against
 * the reference paths on the same random inputs: every call runs twice, once as it is and once
 * inside {@link FastPaths#withReferencePaths}, and the two outcomes must agree byte for byte —
 * dtype, shape, strides and data of the result, or the exception and its message; for an
 * assignment, every byte of the target afterwards. The inputs cover dtypes of 1 to 16 bytes,
 * contiguous, strided, reversed, gapped, transposed and native-memory layouts, empty, all-false
 * and all-true masks (with true bytes other than 1), and negative, repeated and out-of-bounds
 * indices. The conformance corpus runs through both paths as well.
 */
class FastPathTest {

    private static final DType[] DTYPES = {DType.BOOL, DType.INT8, DType.INT16, DType.FLOAT16,
        DType.INT32, DType.FLOAT32, DType.INT64, DType.FLOAT64, DType.COMPLEX64,
        DType.COMPLEX128, DType.of(">f8")};
    private static final HexFormat HEX = HexFormat.of();

    private final Random random = new Random(303);

    // ---- inputs ---------------------------------------------------------------------------------

    /** A new C-ordered array of random bytes (heap memory); a bool array holds 0s and 1s. */
    private NDArray randomArray(DType dtype, int... shape) {
        NDArray a = NDArray.allocate(dtype, shape, Order.C);
        MemorySegment s = a.buffer();
        for (long i = 0; i < a.nbytes(); i++) {
            int b = dtype.isBool() ? random.nextInt(2) : random.nextInt(256);
            s.set(ValueLayout.JAVA_BYTE, i, (byte) b);
        }
        return a;
    }

    /** The same array in native memory, wrapped (NumPy's frombuffer). */
    private static NDArray nativeCopy(NDArray a) {
        MemorySegment s = Arena.ofAuto().allocate(Math.max(a.nbytes(), 1), 16);
        MemorySegment.copy(a.buffer(), 0, s, 0, a.nbytes());
        return NDArray.wrap(s, a.dtype(), a.shape(), a.strides(), 0, true);
    }

    /**
     * 1-d layouts of {@code n} elements: contiguous, stepped by 3, reversed, in native memory;
     * and 2-d and 3-d ones with {@code n} rows: C-ordered, rows with a gap after them, transposed.
     */
    private List<NDArray> layouts(DType dtype, int n) {
        int item = dtype.itemsize();
        NDArray wide = randomArray(dtype, 3 * n + 1);
        NDArray grid = randomArray(dtype, n, 7);
        return List.of(
                randomArray(dtype, n),
                wide.stridedView(new int[] {n}, new long[] {3L * item}, item),
                wide.stridedView(new int[] {n}, new long[] {-item}, (long) item * n),
                nativeCopy(randomArray(dtype, n)),
                randomArray(dtype, n, 4),
                grid.stridedView(new int[] {n, 5}, new long[] {7L * item, item}, item),  // gapped
                grid.stridedView(new int[] {n, 7}, new long[] {item, 0}, 0),          // broadcast
                randomArray(dtype, 4, n).stridedView(new int[] {n, 4},
                        new long[] {item, (long) n * item}, 0),                       // transposed
                randomArray(dtype, n, 2, 3));
    }

    /** A mask of {@code shape}: random, all false or all true; true bytes: 1, 2, 0x80, 0xFF. */
    private NDArray mask(int kind, int... shape) {
        NDArray m = NDArray.allocate(DType.BOOL, shape, Order.C);
        byte[] truthy = {1, 1, 1, 2, (byte) 0x80, (byte) 0xFF};
        for (long i = 0; i < m.size(); i++) {
            boolean on = kind == 1 || kind == 0 && random.nextBoolean();
            byte b = on ? truthy[random.nextInt(truthy.length)] : 0;
            m.buffer().set(ValueLayout.JAVA_BYTE, i, b);
        }
        return m;
    }

    /** {@code count} int64 indices in {@code [-n, n)}; with {@code bad}, one is out of bounds. */
    private NDArray indices(int count, int n, boolean bad) {
        NDArray idx = NDArray.allocate(DType.INT64, new int[] {count}, Order.C);
        for (int i = 0; i < count; i++) {
            idx.setLong(n == 0 ? 0 : random.nextInt(2 * n) - n, i);
        }
        if (bad && count > 0) {
            idx.setLong(random.nextBoolean() ? n + random.nextInt(3) : -n - 1 - random.nextInt(3),
                    random.nextInt(count));
        }
        return idx;
    }

    /** The index in several layouts: as it is, stepped by 2 (a view), 2-d, and as int32. */
    private static List<NDArray> indexLayouts(NDArray idx) {
        int c = idx.shape(0);
        List<NDArray> out = new ArrayList<>(List.of(idx, idx.astype(DType.INT32)));
        NDArray twice = NDArray.allocate(DType.INT64, new int[] {2 * c}, Order.C);
        for (int i = 0; i < c; i++) {
            twice.setLong(idx.getLong(i), 2 * i);
        }
        out.add(twice.stridedView(new int[] {c}, new long[] {16}, 0));
        if (c % 2 == 0) {
            out.add(Reshape.reshape(idx, 2, c / 2));
            out.add(Reshape.reshape(idx, 2, c / 2).stridedView(new int[] {c / 2, 2},
                    new long[] {8, 8L * (c / 2)}, 0));                                 // F-ordered
        }
        return out;
    }

    // ---- outcomes -------------------------------------------------------------------------------

    /** The bytes of {@code a}'s elements in C order. */
    private static byte[] bytesOf(NDArray a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int item = a.itemsize();
        Walk.forEachOffset(a.shape(), a.strides(), a.offset(), p ->
                out.writeBytes(a.buffer().asSlice(p, item).toArray(ValueLayout.JAVA_BYTE)));
        return out.toByteArray();
    }

    private static String describe(NDArray r) {
        return r.dtype().str() + " shape " + Arrays.toString(r.shape()) + " strides "
                + Arrays.toString(r.strides()) + " " + HEX.formatHex(bytesOf(r));
    }

    /** What a call gives: its result described, or its exception and message. */
    private static String outcome(Supplier<Object> call) {
        try {
            Object r = call.get();
            if (r instanceof NDArray[] arrays) {
                return Arrays.stream(arrays).map(FastPathTest::describe).toList().toString();
            }
            return r instanceof NDArray a ? describe(a) : String.valueOf(r);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Runs {@code call} on both paths; their outcomes must be equal. Returns the fast one. */
    private static String bothAgree(String what, Supplier<Object> call) {
        String fast = outcome(call);
        String reference = outcome(() -> FastPaths.withReferencePaths(call));
        assertThat(fast).as(what).isEqualTo(reference);
        return fast;
    }

    /**
     * An assignment on both paths, each into its own copy of the target's whole buffer: the
     * outcomes and every byte of the buffers afterwards must be equal.
     */
    private static void assignmentsAgree(String what, NDArray target, Object value,
                                         TargetCall call) {
        String[] results = new String[2];
        for (int path = 0; path < 2; path++) {
            NDArray copy = copyOfBuffer(target);
            Supplier<Object> run = () -> {
                call.assign(copy, value);
                return HEX.formatHex(copy.buffer().toArray(ValueLayout.JAVA_BYTE));
            };
            String untouched = HEX.formatHex(copy.buffer().toArray(ValueLayout.JAVA_BYTE));
            results[path] = path == 0 ? outcome(run)
                    : outcome(() -> FastPaths.withReferencePaths(run));
            if (results[path].contains("Exception")) {                 // nothing written
                assertThat(HEX.formatHex(copy.buffer().toArray(ValueLayout.JAVA_BYTE)))
                        .as(what + " after the error").isEqualTo(untouched);
            }
        }
        assertThat(results[0]).as(what).isEqualTo(results[1]);
    }

    @FunctionalInterface
    private interface TargetCall {
        void assign(NDArray target, Object value);
    }

    /** The same layout over a fresh copy of the target's buffer (heap or native, as it was). */
    private static NDArray copyOfBuffer(NDArray a) {
        MemorySegment s = a.buffer().isNative()
                ? Arena.ofAuto().allocate(a.buffer().byteSize(), 16)
                : MemorySegment.ofArray(new long[(int) (a.buffer().byteSize() + 7) / 8])
                        .asSlice(0, a.buffer().byteSize());
        MemorySegment.copy(a.buffer(), 0, s, 0, a.buffer().byteSize());
        return NDArray.wrap(s, a.dtype(), a.shape(), a.strides(), a.offset(), true);
    }

    // ---- the cases ------------------------------------------------------------------------------

    @Test
    void maskGatherAndCountAgree() {
        for (DType t : DTYPES) {
            for (int n : new int[] {0, 1, 13, 50}) {
                for (NDArray a : layouts(t, n)) {
                    for (int kind = 0; kind < 3; kind++) {
                        NDArray m = mask(kind, a.shape());
                        String what = t + " " + a.describe() + " mask kind " + kind;
                        bothAgree(what, () -> Indexing.get(a, m));
                        bothAgree(what + " count", () -> NonZero.countNonzero(m));
                        bothAgree(what + " nonzero", () -> NonZero.nonzero(m));
                        bothAgree(what + " flatnonzero", () -> NonZero.flatnonzero(m));
                        bothAgree(what + " extract", () -> Selection.extract(m, a));
                    }
                }
            }
        }
        NDArray wide = mask(0, 301);                                // a stepped 1-d mask
        NDArray stepped = wide.stridedView(new int[] {100}, new long[] {3}, 1);
        NDArray x = randomArray(DType.FLOAT64, 100);
        assertThat(FastPaths.isFlatMask(stepped)).isTrue();
        bothAgree("stepped mask", () -> Indexing.get(x, stepped));
        bothAgree("stepped mask nonzero", () -> NonZero.nonzero(stepped));
        bothAgree("compress", () -> Selection.compress(stepped, x));
        NDArray condition = mask(0, 4);
        NDArray cube = randomArray(DType.INT32, 3, 4, 2);
        bothAgree("compress on axis 1", () -> Selection.compress(condition, cube, 1));
    }

    @Test
    void maskAssignmentsAgree() {
        for (DType t : DTYPES) {
            for (int n : new int[] {0, 1, 13, 50}) {
                for (NDArray a : layouts(t, n)) {
                    for (int kind = 0; kind < 3; kind++) {
                        NDArray m = mask(kind, a.shape());
                        int count = Math.toIntExact(
                                FastPaths.withReferencePaths(() -> NonZero.countNonzero(m)));
                        String what = t + " " + a.describe() + " mask kind " + kind;
                        TargetCall set = (target, value) -> Indexing.set(target, m, value);
                        assignmentsAgree(what + " = one value", a, randomArray(t), set);
                        assignmentsAgree(what + " = (1,)", a, randomArray(t, 1), set);
                        assignmentsAgree(what + " = values", a, randomArray(t, count), set);
                        NDArray wide = randomArray(t, 2 * count + 1);
                        assignmentsAgree(what + " = stepped values", a, wide.stridedView(
                                new int[] {count}, new long[] {-2L * t.itemsize()},
                                2L * count * t.itemsize()), set);
                        assignmentsAgree(what + " = int8 values", a, randomArray(DType.INT8, count),
                                set);
                        assignmentsAgree(what + " = too many", a, randomArray(t, count + 2), set);
                    }
                }
            }
        }
    }

    @Test
    void integerArrayGathersAgree() {
        for (DType t : DTYPES) {
            for (int n : new int[] {0, 1, 13, 50}) {
                for (NDArray a : layouts(t, n)) {
                    for (boolean bad : new boolean[] {false, true}) {
                        int count = n == 0 && !bad ? 0 : 2 * n + 2;
                        for (NDArray idx : indexLayouts(indices(count, n, bad))) {
                            String what = t + " " + a.describe() + "[" + idx.describe() + "]";
                            Index i = Index.array(idx);
                            bothAgree(what, () -> Indexing.get(a, i));
                            bothAgree(what + ", ...", () -> Indexing.get(a, i, Index.ELLIPSIS));
                            if (a.ndim() >= 2) {
                                bothAgree(what + ", :", () -> Indexing.get(a, i, Index.ALL));
                                bothAgree(what + ", 1:", () -> Indexing.get(a, i,
                                        Index.slice(1, null)));
                                bothAgree(what + ", ::-1", () -> Indexing.get(a, i,
                                        Index.slice(null, null, -1)));
                                bothAgree(":, " + what, () -> Indexing.get(a, Index.ALL, i));
                            }
                            for (Integer axis : new Integer[] {null, 0, a.ndim() - 1}) {
                                for (ClipMode mode : ClipMode.values()) {
                                    bothAgree("take " + what + " axis " + axis + " " + mode,
                                            () -> Selection.take(a, idx, axis, mode));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theFastPathsAreTakenWhereTheyShouldBe() {
        NDArray a = randomArray(DType.FLOAT64, 50, 4);
        NDArray idx = indices(30, 50, false);
        assertThat(FirstAxisIndexing.indexOf(a, PreparedIndex.prepare(a.shape(), Index.array(idx))))
                .isSameAs(idx);
        assertThat(FirstAxisIndexing.indexOf(a, PreparedIndex.prepare(a.shape(),
                Index.array(idx), Index.ALL))).isSameAs(idx);
        assertThat(FirstAxisIndexing.indexOf(a, PreparedIndex.prepare(a.shape(),
                Index.array(idx), Index.slice(1, null)))).isNull();      // rows not whole
        NDArray t = a.stridedView(new int[] {4, 50}, new long[] {8, 32}, 0);
        assertThat(FirstAxisIndexing.indexOf(t, PreparedIndex.prepare(t.shape(),
                Index.array(indices(3, 4, false))))).isNull();           // rows with gaps
        assertThat(FastPaths.flatStep(a)).isEqualTo(8);
        assertThat(FastPaths.flatStep(t)).isEqualTo(FastPaths.NOT_FLAT);
        assertThat(FastPaths.withReferencePaths(() -> FirstAxisIndexing.indexOf(a,
                PreparedIndex.prepare(a.shape(), Index.array(idx))))).isNull();
    }

    @Test
    void integerArrayAssignmentsAgree() {
        for (DType t : DTYPES) {
            for (int n : new int[] {0, 1, 13, 50}) {
                for (NDArray a : layouts(t, n)) {
                    for (boolean bad : new boolean[] {false, true}) {
                        int count = n == 0 && !bad ? 0 : 2 * n + 2;
                        for (NDArray idx : indexLayouts(indices(count, n, bad))) {
                            String what = t + " " + a.describe() + "[" + idx.describe() + "]";
                            TargetCall set = (target, value) -> Indexing.set(target,
                                    new Index[] {Index.array(idx)}, value);
                            int[] shape = FirstAxisIndexing.resultShape(a, idx);
                            int[] row = Arrays.copyOfRange(a.shape(), 1, a.ndim());
                            assignmentsAgree(what + " = one value", a, randomArray(t), set);
                            assignmentsAgree(what + " = values", a, randomArray(t, shape), set);
                            assignmentsAgree(what + " = one row", a, randomArray(t, row), set);
                            assignmentsAgree(what + " = int16 values", a,
                                    randomArray(DType.INT16, shape), set);
                            assignmentsAgree(what + " = wrong shape", a, randomArray(t, 3, 1, 2),
                                    set);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theIndexingCorpusAgreesOnBothPaths() {
        for (String[] row : Fixtures.rows("get.txt")) {
            if (row[0].equals("get")) {
                NDArray[] layout = Fixtures.layout(row[1]);
                bothAgree(row[1] + "[" + row[2] + "]", () -> Indexing.get(layout[1], row[2]));
            }
        }
        for (String[] row : Fixtures.rows("set.txt")) {
            String[] results = new String[2];
            for (int path = 0; path < 2; path++) {
                NDArray[] layout = Fixtures.layout(row[1]);
                Supplier<Object> assign = () -> {
                    Indexing.set(layout[1], row[2], Fixtures.value(row[3], layout[1]));
                    return Fixtures.data(layout[0]);
                };
                results[path] = path == 0 ? outcome(assign)
                        : outcome(() -> FastPaths.withReferencePaths(assign));
            }
            assertThat(results[0]).as(Arrays.toString(row)).isEqualTo(results[1]);
        }
    }
}
