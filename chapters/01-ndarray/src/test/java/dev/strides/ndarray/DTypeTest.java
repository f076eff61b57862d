package dev.strides.ndarray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteOrder;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link DType} against {@code np.dtype} (fixture {@code dtypes.txt}): the properties of every
 * built-in type in both byte orders, hundreds of spellings, and the spellings NumPy rejects.
 */
class DTypeTest {

    @TestFactory
    Stream<DynamicTest> propertiesMatchNumPy() {
        return FixtureFile.rows("dtypes.txt", "props").stream().map(r -> DynamicTest.dynamicTest(
                "dtype(" + r[1] + ")", () -> {
                    DType t = DType.of(r[1]);
                    assertThat(t.name()).as("name").isEqualTo(r[2]);
                    assertThat(t.str()).as("str").isEqualTo(r[3]);
                    assertThat(String.valueOf(t.typeChar())).as("char").isEqualTo(r[4]);
                    assertThat(String.valueOf(t.kind())).as("kind").isEqualTo(r[5]);
                    assertThat(t.itemsize()).as("itemsize").isEqualTo(Integer.parseInt(r[6]));
                    assertThat(String.valueOf(t.byteOrder())).as("byteorder").isEqualTo(r[7]);
                    assertThat(t.repr()).as("repr").isEqualTo(r[8]);
                    assertThat(t.toString()).as("str(dtype)").isEqualTo(r[9]);
                }));
    }

    @TestFactory
    Stream<DynamicTest> spellingsParseAsInNumPy() {
        return FixtureFile.rows("dtypes.txt", "parse").stream().map(r -> DynamicTest.dynamicTest(
                "dtype('" + r[1] + "')", () -> {
                    DType t = DType.of(r[1]);
                    assertThat(t.str()).isEqualTo(r[2]);
                    assertThat(t.name()).isEqualTo(r[3]);
                }));
    }

    @TestFactory
    Stream<DynamicTest> unknownSpellingsAreRejectedWithNumPysMessage() {
        return FixtureFile.rows("dtypes.txt", "error").stream().map(r -> DynamicTest.dynamicTest(
                "dtype('" + r[1] + "')", () -> assertThatThrownBy(() -> DType.of(r[1]))
                        .isInstanceOf(FixtureFile.javaException(r[2]))
                        .hasMessage(r[3])));
    }

    @Test
    void fixtureCoversEveryBuiltinInBothOrders() {
        long props = FixtureFile.rows("dtypes.txt", "props").size();
        assertThat(props).isEqualTo(4L * DType.BUILTINS.size());
        assertThat(FixtureFile.rows("dtypes.txt", "parse")).hasSizeGreaterThan(150);
        assertThat(FixtureFile.rows("dtypes.txt", "error")).hasSizeGreaterThan(100);
    }

    @Test
    void equalityIgnoresByteOrderOnlyForOneByteTypes() {
        assertThat(DType.of(">i1")).isEqualTo(DType.INT8).hasSameHashCodeAs(DType.INT8);
        assertThat(DType.of("|b1")).isSameAs(DType.BOOL);
        assertThat(DType.of(">f8")).isNotEqualTo(DType.FLOAT64);
        assertThat(DType.of(">f8")).isEqualTo(DType.FLOAT64.newByteOrder('>'));
        assertThat(DType.of(">f8").hashCode()).isEqualTo(DType.FLOAT64.newByteOrder('S').hashCode());
    }

    @Test
    void newByteOrderSwapsAndRestores() {
        DType swapped = DType.INT32.newByteOrder('S');
        assertThat(swapped.order()).isNotEqualTo(ByteOrder.nativeOrder());
        assertThat(swapped.isNative()).isFalse();
        assertThat(swapped.newByteOrder('S')).isEqualTo(DType.INT32);
        assertThat(swapped.newByteOrder('=')).isEqualTo(DType.INT32);
        assertThat(swapped.nativeType()).isSameAs(DType.INT32);
        assertThat(DType.UINT8.newByteOrder('>')).isSameAs(DType.UINT8);
        assertThatThrownBy(() -> DType.INT32.newByteOrder('x'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
    }

    @Test
    void componentTypeKeepsTheByteOrder() {
        assertThat(DType.COMPLEX64.componentType()).isEqualTo(DType.FLOAT32);
        assertThat(DType.of(">c16").componentType()).isEqualTo(DType.of(">f8"));
        assertThat(DType.INT16.componentType()).isSameAs(DType.INT16);
    }

    @Test
    void kindPredicates() {
        assertThat(DType.BOOL.isBool()).isTrue();
        assertThat(DType.BOOL.isInteger()).isFalse();
        assertThat(DType.UINT16.isInteger()).isTrue();
        assertThat(DType.UINT16.isUnsignedInteger()).isTrue();
        assertThat(DType.INT16.isSignedInteger()).isTrue();
        assertThat(DType.FLOAT16.isFloating()).isTrue();
        assertThat(DType.FLOAT16.isInexact()).isTrue();
        assertThat(DType.COMPLEX64.isComplex()).isTrue();
        assertThat(DType.COMPLEX64.isFloating()).isFalse();
        assertThat(DType.dtype("float64")).isSameAs(DType.FLOAT64);
    }
}
