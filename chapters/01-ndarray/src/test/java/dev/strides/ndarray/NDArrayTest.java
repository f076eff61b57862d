package dev.strides.ndarray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The memory model of {@link NDArray}: addresses, element access, views, flags, byte order. */
class NDArrayTest {

    private static NDArray c34() {  // 3×4 float64 holding 0..11, C order
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {3, 4}, Order.C);
        for (int i = 0; i < 12; i++) {
            a.setDouble(i, i / 4, i % 4);
        }
        return a;
    }

    @Nested
    class Addresses {

        @Test
        void byteOffsetIsOffsetPlusIndexDotStrides() {
            NDArray a = c34();
            assertThat(a.strides()).containsExactly(32, 8);
            assertThat(a.byteOffset(0, 0)).isZero();
            assertThat(a.byteOffset(1, 2)).isEqualTo(1 * 32 + 2 * 8);
            assertThat(a.byteOffset(2, 3)).isEqualTo(88);
            NDArray f = NDArray.allocate(DType.FLOAT64, new int[] {3, 4}, Order.F);
            assertThat(f.strides()).containsExactly(8, 24);
            assertThat(f.byteOffset(1, 2)).isEqualTo(1 * 8 + 2 * 24);
        }

        @Test
        void negativeIndicesCountFromTheEnd() {
            NDArray a = c34();
            assertThat(a.byteOffset(-1, -1)).isEqualTo(a.byteOffset(2, 3));
            assertThat(a.byteOffset(-3, 0)).isEqualTo(a.byteOffset(0, 0));
            assertThat(a.getDouble(-1, -2)).isEqualTo(10.0);
        }

        @Test
        void aViewAddsItsOwnOffset() {
            NDArray a = c34();
            NDArray row1 = a.stridedView(new int[] {4}, new long[] {8}, 32);
            assertThat(row1.byteOffset(2)).isEqualTo(48);
            assertThat(row1.getDouble(2)).isEqualTo(6.0);
            NDArray reversed = a.stridedView(new int[] {3}, new long[] {-32}, 88);  // a[::-1, 3]
            assertThat(reversed.getDouble(0)).isEqualTo(11.0);
            assertThat(reversed.getDouble(2)).isEqualTo(3.0);
        }

        @Test
        void outOfBoundsIndicesNameIndexAxisAndSize() {
            NDArray a = c34();
            assertThatThrownBy(() -> a.byteOffset(3, 0)).isInstanceOf(IndexException.class)
                    .hasMessage("index 3 is out of bounds for axis 0 with size 3");
            assertThatThrownBy(() -> a.getDouble(0, -5)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage("index -5 is out of bounds for axis 1 with size 4");
            assertThatThrownBy(() -> a.byteOffset(1)).isInstanceOf(IndexException.class)
                    .hasMessage("incorrect number of indices for array: array is 2-dimensional,"
                            + " but 1 were indexed");
        }

        @Test
        void flatByteOffsetWalksCOrderWhateverTheLayout() {
            NDArray f = NDArray.allocate(DType.INT16, new int[] {2, 3}, Order.F);
            assertThat(f.flatByteOffset(1)).isEqualTo(f.byteOffset(0, 1));
            assertThat(f.flatByteOffset(-1)).isEqualTo(f.byteOffset(1, 2));
            assertThatThrownBy(() -> f.flatByteOffset(6)).isInstanceOf(IndexException.class)
                    .hasMessage("index 6 is out of bounds for size 6");
        }
    }

    @Nested
    class Items {

        @Test
        void itemReturnsPythonLikeScalars() {
            NDArray b = NDArray.allocate(DType.BOOL, new int[] {1}, Order.C);
            b.setBoolean(true, 0);
            assertThat(b.item()).isEqualTo(true);
            NDArray i = NDArray.allocate(DType.INT8, new int[] {2}, Order.C);
            i.setLong(-7, 1);
            assertThat(i.item(1)).isEqualTo(-7L);
            NDArray u = NDArray.allocate(DType.UINT64, new int[] {1}, Order.C);
            u.setDouble(1e19, 0);
            assertThat(u.item()).isEqualTo(new BigInteger("10000000000000000000"));
            NDArray f = NDArray.allocate(DType.FLOAT32, new int[] {1}, Order.C);
            f.setDouble(0.1, 0);
            assertThat(f.item()).isEqualTo((double) 0.1f);
            NDArray z = NDArray.allocate(DType.COMPLEX64, new int[] {1}, Order.C);
            z.setComplex(new Complex(1.5, -2), 0);
            assertThat(z.item()).isEqualTo(new Complex(1.5, -2));
        }

        @Test
        void itemTakesNoIndexAFlatIndexOrAFullIndex() {
            NDArray a = c34();
            assertThat(a.item(5)).isEqualTo(5.0);
            assertThat(a.item(-1)).isEqualTo(11.0);
            assertThat(a.item(2, 1)).isEqualTo(9.0);
            NDArray scalar = a.stridedView(new int[0], new long[0], 40);
            assertThat(scalar.item()).isEqualTo(5.0);
            assertThat(scalar.item(0)).isEqualTo(5.0);
            assertThatThrownBy(() -> a.item()).isInstanceOf(ShapeException.class)
                    .hasMessage("can only convert an array of size 1 to a Python scalar");
            assertThatThrownBy(() -> a.item(1, 2, 3)).isInstanceOf(ShapeException.class)
                    .hasMessage("incorrect number of indices for array");
            assertThatThrownBy(() -> a.item(12)).isInstanceOf(IndexException.class)
                    .hasMessage("index 12 is out of bounds for size 12");
        }

        @Test
        void typedGettersConvertOrRefuse() {
            NDArray i = NDArray.allocate(DType.INT32, new int[] {2}, Order.C);
            i.setLong(-3, 0);
            assertThat(i.getDouble(0)).isEqualTo(-3.0);
            assertThat(i.getBoolean(0)).isTrue();
            assertThat(i.getBoolean(1)).isFalse();
            assertThat(i.getComplex(0)).isEqualTo(new Complex(-3, 0));
            NDArray d = NDArray.allocate(DType.FLOAT64, new int[] {1}, Order.C);
            d.setDouble(Double.NaN, 0);
            assertThat(d.getBoolean(0)).as("NaN is truthy").isTrue();
            assertThatThrownBy(() -> d.getLong(0)).isInstanceOf(DTypeException.class)
                    .hasMessage("getLong: the array holds float64 values; use getDouble, or"
                            + " astype(int64) to truncate");
            NDArray z = NDArray.allocate(DType.COMPLEX128, new int[] {1}, Order.C);
            assertThatThrownBy(() -> z.getDouble(0)).isInstanceOf(DTypeException.class)
                    .hasMessage("getDouble: the array holds complex128 values; use getComplex");
            NDArray u = NDArray.allocate(DType.UINT64, new int[] {1}, Order.C);
            u.setDouble(0x1p63, 0);
            assertThat(Long.toUnsignedString(u.getLong(0))).isEqualTo("9223372036854775808");
            assertThat(u.getDouble(0)).isEqualTo(0x1p63);
        }

        @Test
        void settersFollowPythonScalarRules() {
            NDArray i8 = NDArray.allocate(DType.INT8, new int[] {1}, Order.C);
            i8.setDouble(-2.9, 0);
            assertThat(i8.getLong(0)).as("int() truncates toward zero").isEqualTo(-2);
            assertThatThrownBy(() -> i8.setLong(128, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Python integer 128 out of bounds for int8");
            assertThatThrownBy(() -> i8.setDouble(300.5, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Python integer 300 out of bounds for int8");
            assertThatThrownBy(() -> i8.setDouble(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cannot convert float NaN to integer");
            assertThatThrownBy(() -> i8.setDouble(Double.NEGATIVE_INFINITY, 0))
                    .hasMessage("cannot convert float infinity to integer");
            NDArray i64 = NDArray.allocate(DType.INT64, new int[] {1}, Order.C);
            assertThatThrownBy(() -> i64.setDouble(1e19, 0))
                    .hasMessage("Python int too large to convert to C long");
            assertThatThrownBy(() -> i64.setComplex(new Complex(1, 0), 0)).isInstanceOf(DTypeException.class)
                    .hasMessage("int() argument must be a string, a bytes-like object or a real number,"
                            + " not 'complex'");
            NDArray f32 = NDArray.allocate(DType.FLOAT32, new int[] {1}, Order.C);
            f32.setLong((1L << 60) + (1L << 36) + 1, 0);
            assertThat(f32.getDouble(0)).as("float(n) first, then float32: two roundings, as NumPy")
                    .isEqualTo(0x1p60);
            NDArray b = NDArray.allocate(DType.BOOL, new int[] {1}, Order.C);
            b.setComplex(new Complex(0, 1), 0);
            assertThat(b.getBoolean(0)).isTrue();
            b.setLong(0, 0);
            assertThat(b.getBoolean(0)).isFalse();
        }
    }

    @Nested
    class Views {

        @Test
        void viewsShareTheBufferAndCollapseTheirBase() {
            NDArray a = c34();
            NDArray v = a.stridedView(new int[] {2, 2}, new long[] {64, 16}, 0);   // a[::2, ::2]
            NDArray w = v.stridedView(new int[] {2}, new long[] {16}, 64);         // v[1]
            assertThat(a.base()).isNull();
            assertThat(v.base()).isSameAs(a);
            assertThat(w.base()).as("a view of a view has the owner as base").isSameAs(a);
            assertThat(w.buffer()).isSameAs(a.buffer());
            assertThat(v.flags().owndata()).isFalse();
            w.setDouble(-1, 1);
            assertThat(a.getDouble(2, 2)).isEqualTo(-1.0);
            assertThat(v.getDouble(1, 1)).isEqualTo(-1.0);
        }

        @Test
        void nbytesCountsTheViewsElementsNotTheBuffer() {
            NDArray a = c34();
            NDArray v = a.stridedView(new int[] {2, 2}, new long[] {64, 16}, 0);
            assertThat(a.nbytes()).isEqualTo(96);
            assertThat(v.nbytes()).isEqualTo(32);
            assertThat(v.size()).isEqualTo(4);
            assertThat(a.stridedView(DType.INT32, new int[] {24}, new long[] {4}, 0).nbytes()).isEqualTo(96);
            assertThat(a.stridedView(new int[] {0, 4}, new long[] {32, 8}, 0).nbytes()).isZero();
        }

        @Test
        void stridedViewRefusesToLeaveTheBuffer() {
            NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {4}, Order.C);
            assertThatThrownBy(() -> a.stridedView(new int[] {4}, new long[] {8}, 8))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a view of shape (4,), strides (8,) and offset 8 would reach bytes"
                            + " [8, 40) outside the buffer of 32 bytes");
            assertThatThrownBy(() -> a.stridedView(new int[] {2}, new long[] {-8}, 0))
                    .hasMessage("a view of shape (2,), strides (-8,) and offset 0 would reach bytes"
                            + " [-8, 8) outside the buffer of 32 bytes");
            assertThatThrownBy(() -> a.stridedView(new int[] {2, 2}, new long[] {8}, 0))
                    .isInstanceOf(ShapeException.class)
                    .hasMessage("strides (8,) must have as many entries as shape (2, 2)");
            assertThatThrownBy(() -> a.stridedView(new int[] {-1}, new long[] {8}, 0))
                    .isInstanceOf(ShapeException.class).hasMessage("negative dimensions are not allowed");
            // no elements, no bytes reached: any offset and strides are fine
            assertThat(a.stridedView(new int[] {0}, new long[] {1000}, 999).size()).isZero();
            // zero strides repeat one element (broadcasting's trick)
            assertThat(a.stridedView(new int[] {1000}, new long[] {0}, 24).size()).isEqualTo(1000);
        }

        @Test
        void readOnlyArraysAndTheirViewsRefuseWrites() {
            NDArray a = c34();
            a.setWriteable(false);
            assertThatThrownBy(() -> a.setDouble(1, 0, 0)).isInstanceOf(ReadOnlyException.class)
                    .hasMessage("assignment destination is read-only");
            NDArray v = a.stridedView(new int[] {4}, new long[] {8}, 0);
            assertThat(v.isWriteable()).isFalse();
            assertThat(v.flags().writeable()).isFalse();
            assertThatThrownBy(() -> v.setLong(1, 0)).isInstanceOf(ReadOnlyException.class);
            assertThatThrownBy(() -> v.setBoolean(true, 0)).isInstanceOf(ReadOnlyException.class);
            assertThatThrownBy(() -> v.setComplex(new Complex(0, 0), 0)).isInstanceOf(ReadOnlyException.class);
            assertThatThrownBy(() -> v.setWriteable(true)).isInstanceOf(ReadOnlyException.class)
                    .hasMessage("cannot set WRITEABLE flag to True of this array");
            assertThat(v.getDouble(3)).as("reads still work").isEqualTo(3.0);
            a.setWriteable(true);
            a.setDouble(42, 0, 0);
            assertThat(v.getDouble(0)).isEqualTo(42.0);
        }

        @Test
        void wrapViewsForeignMemoryWithoutOwningIt() {
            byte[] bytes = {1, 0, 2, 0, 3, 0};
            MemorySegment heap = MemorySegment.ofArray(bytes);
            NDArray a = NDArray.wrap(heap, DType.of("<i2"), new int[] {3}, new long[] {2}, 0, true);
            assertThat(a.getLong(2)).isEqualTo(3);
            assertThat(a.flags().owndata()).isFalse();
            a.setLong(-1, 0);
            assertThat(bytes[0]).isEqualTo((byte) -1);
            NDArray ro = NDArray.wrap(heap.asReadOnly(), DType.INT8, new int[] {6}, new long[] {1}, 0, true);
            assertThat(ro.isWriteable()).isFalse();
            assertThatThrownBy(() -> ro.setWriteable(true)).isInstanceOf(ReadOnlyException.class);
            assertThatThrownBy(() -> NDArray.wrap(heap, DType.INT32, new int[] {2}, new long[] {4}, 0, true))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the buffer");
        }
    }

    @Nested
    class Layout {

        /** The flags of a view starting in the middle of a 512-byte buffer (room for negative strides). */
        private static Flags flagsOf(int[] shape, long[] strides) {
            NDArray buf = NDArray.allocate(DType.FLOAT64, new int[] {64}, Order.C);
            return buf.stridedView(shape, strides, 256).flags();
        }

        @Test
        void contiguityIgnoresLengthOneAxes() {
            assertThat(flagsOf(new int[] {3, 1}, new long[] {8, 400})).satisfies(f -> {
                assertThat(f.cContiguous()).isTrue();
                assertThat(f.fContiguous()).isTrue();
            });
            assertThat(flagsOf(new int[] {1, 4}, new long[] {8, 8}).cContiguous()).isTrue();
            assertThat(flagsOf(new int[] {1, 4}, new long[] {8, 8}).fContiguous()).isTrue();
            assertThat(flagsOf(new int[] {2, 1, 3}, new long[] {24, 7 * 8, 8}).cContiguous()).isTrue();
            assertThat(flagsOf(new int[] {2, 1, 3}, new long[] {24, 7 * 8, 8}).fContiguous()).isFalse();
            assertThat(flagsOf(new int[] {1}, new long[] {-8}).cContiguous()).isTrue();
        }

        @Test
        void emptyAndZeroDimensionalArraysAreBothContiguous() {
            Flags empty = flagsOf(new int[] {2, 0, 3}, new long[] {-5, 3, 1000});
            assertThat(empty.cContiguous()).isTrue();
            assertThat(empty.fContiguous()).isTrue();
            Flags scalar = flagsOf(new int[0], new long[0]);
            assertThat(scalar.cContiguous()).isTrue();
            assertThat(scalar.fContiguous()).isTrue();
            assertThat(NDArray.allocate(DType.INT8, new int[] {2, 0, 3}, Order.C).strides())
                    .as("NumPy 2 gives size-0 arrays all-zero strides").containsExactly(0, 0, 0);
        }

        @Test
        void gapsOrReversalsBreakContiguity() {
            Flags every2nd = flagsOf(new int[] {4}, new long[] {16});
            assertThat(every2nd.contiguous()).isFalse();
            Flags reversed = flagsOf(new int[] {2, 3}, new long[] {24, -8});
            assertThat(reversed.cContiguous()).isFalse();
            assertThat(reversed.fContiguous()).isFalse();
            Flags c = flagsOf(new int[] {2, 3}, new long[] {24, 8});
            assertThat(c.cContiguous()).isTrue();
            assertThat(c.fContiguous()).isFalse();
        }

        @Test
        void alignmentFollowsTheAddressAndStrides() {
            NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {4}, Order.C);
            assertThat(a.flags().aligned()).isTrue();
            assertThat(a.stridedView(new int[] {2}, new long[] {8}, 1).flags().aligned()).isFalse();
            assertThat(a.stridedView(new int[] {1}, new long[] {3}, 8).flags().aligned())
                    .as("the stride of a length-1 axis is never used").isTrue();
            assertThat(a.stridedView(DType.COMPLEX64, new int[] {2}, new long[] {12}, 4).flags().aligned())
                    .as("complex64 aligns to its float32 parts").isTrue();
        }

        @Test
        void flagsPrintLikeNumPy() {
            assertThat(c34().flags().toString()).isEqualTo("""
                      C_CONTIGUOUS : True
                      F_CONTIGUOUS : False
                      OWNDATA : True
                      WRITEABLE : True
                      ALIGNED : True
                      WRITEBACKIFCOPY : False
                    """);
        }

        @Test
        void shapeChecksAndHelpers() {
            assertThatThrownBy(() -> NDArray.allocate(DType.INT8, new int[] {2, -1}, Order.C))
                    .isInstanceOf(ShapeException.class).hasMessage("negative dimensions are not allowed");
            assertThatThrownBy(() -> NDArray.allocate(DType.INT8, new int[] {1 << 30, 1 << 30, 1 << 30}, Order.C))
                    .isInstanceOf(ShapeException.class).hasMessageStartingWith("array is too big");
            assertThatThrownBy(() -> NDArray.normalizeAxis(2, 2)).isInstanceOf(IndexException.class)
                    .hasMessage("axis 2 is out of bounds for array of dimension 2");
            assertThat(NDArray.normalizeAxis(-1, 3)).isEqualTo(2);
            assertThat(NDArray.tuple(new int[0])).isEqualTo("()");
            assertThat(NDArray.tuple(new int[] {3})).isEqualTo("(3,)");
            assertThat(NDArray.tuple(new long[] {2, -8})).isEqualTo("(2, -8)");
            NDArray a = c34();
            assertThat(a.shape(-1)).isEqualTo(4);
            assertThat(a.strides(0)).isEqualTo(32);
            assertThat(a.ndim()).isEqualTo(2);
            assertThat(a.itemsize()).isEqualTo(8);
            assertThat(a.describe()).isEqualTo("NDArray(dtype=<f8, shape=(3, 4), strides=(32, 8),"
                    + " offset=0, buffer=96 bytes)");
            int[] shape = a.shape();
            shape[0] = 99;
            assertThat(a.shape(0)).as("shape() is a defensive copy").isEqualTo(3);
        }
    }

    @Nested
    class ByteOrders {

        private static String hex(NDArray a) {
            return HexFormat.of().formatHex(FixtureFile.bytes(a));
        }

        @Test
        void bigEndianElementsAreStoredMostSignificantByteFirst() {
            NDArray i = NDArray.allocate(DType.of(">i4"), new int[] {2}, Order.C);
            i.setLong(0x01020304, 0);
            i.setLong(-2, 1);
            assertThat(hex(i)).isEqualTo("01020304fffffffe");
            assertThat(i.getLong(0)).isEqualTo(0x01020304);
            assertThat(i.getLong(1)).isEqualTo(-2);
            NDArray f = NDArray.allocate(DType.of(">f8"), new int[] {1}, Order.C);
            f.setDouble(1.5, 0);
            assertThat(hex(f)).isEqualTo("3ff8000000000000");
            assertThat(f.getDouble(0)).isEqualTo(1.5);
            NDArray h = NDArray.allocate(DType.of(">f2"), new int[] {1}, Order.C);
            h.setDouble(-2, 0);
            assertThat(hex(h)).isEqualTo("c000");
            NDArray z = NDArray.allocate(DType.of(">c8"), new int[] {1}, Order.C);
            z.setComplex(new Complex(1, -1), 0);
            assertThat(hex(z)).isEqualTo("3f800000bf800000");
            assertThat(z.getComplex(0)).isEqualTo(new Complex(1, -1));
            NDArray u = NDArray.allocate(DType.of(">u2"), new int[] {1}, Order.C);
            u.setLong(65535, 0);
            assertThat(u.item()).isEqualTo(65535L);
        }

        @Test
        void astypeBetweenByteOrdersKeepsValuesAndSwapsBytes() {
            NDArray little = NDArray.allocate(DType.of("<i8"), new int[] {2}, Order.C);
            little.setLong(1, 0);
            little.setLong(-1L << 40, 1);
            NDArray big = little.astype(DType.of(">i8"));
            assertThat(hex(big)).isEqualTo("0000000000000001ffffff0000000000");
            assertThat(big.getLong(1)).isEqualTo(-1L << 40);
            assertThat(hex(big.astype(DType.of("<i8")))).isEqualTo(hex(little));
            assertThat(big.astype(DType.of("<i8"), Casting.Rule.EQUIV).getLong(0)).isEqualTo(1);
            assertThatThrownBy(() -> big.astype(DType.of("<i8"), Casting.Rule.NO))
                    .isInstanceOf(CastingException.class)
                    .hasMessage("Cannot cast array data from dtype('>i8') to dtype('int64') according to"
                            + " the rule 'no'");
        }
    }
}
