package dev.strides.exercises.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q048: a complex element is two floats; real and imag are views a half item apart. */
@Tag("Q048")
class Q048ComplexNumbersTest {

    /** np.array([1+2j, 3-4j]): complex128, 16 bytes per element. */
    private static NDArray sample() {
        return np.array(new Complex[] {Complex.of(1, 2), Complex.of(3, -4)});
    }

    @Test
    void realAndImagAreViewsIntoTheComplexBuffer() {
        NDArray z = sample();
        NDArray re = Q048ComplexNumbers.realView(z);
        NDArray im = Q048ComplexNumbers.imagView(z);

        assertThat(z.itemsize()).as("itemsize of complex128: two float64").isEqualTo(16);
        assertThat(re.dtype()).as("dtype of z.real").isEqualTo(np.float64);
        assertThat(im.dtype()).as("dtype of z.imag").isEqualTo(np.float64);
        // z.real.strides == z.imag.strides == (16,): step over whole complex elements
        assertThat(re.strides()).as("strides of z.real").containsExactly(16);
        assertThat(im.strides()).as("strides of z.imag").containsExactly(16);
        assertThat(im.offset() - z.offset()).as("z.imag starts half an element (8 bytes) in")
                .isEqualTo(8);
        assertThat(re.base()).as("z.real is a view whose base is z").isSameAs(z);
        assertThat(im.base()).as("z.imag is a view whose base is z").isSameAs(z);
        assertThat(new double[] {re.getDouble(0), re.getDouble(1)}).as("z.real")
                .containsExactly(1.0, 3.0);
        assertThat(new double[] {im.getDouble(0), im.getDouble(1)}).as("z.imag")
                .containsExactly(2.0, -4.0);
    }

    @Test
    void writingThroughTheImagViewChangesTheComplexArray() {
        NDArray z = sample();
        NDArray im = Q048ComplexNumbers.imagView(z);

        im.setDouble(9.0, 0);                 // z.imag[0] = 9

        assertThat(z.getComplex(0)).as("z[0] after z.imag[0] = 9: a view, not a copy")
                .isEqualTo(Complex.of(1, 9));
    }

    @Test
    void complex64PartsAreFloat32AndTwoDimensionalArraysKeepTheirStrides() {
        NDArray z = np.array(new Complex[] {Complex.of(1.5, -0.5)}, np.complex64);
        NDArray im = Q048ComplexNumbers.imagView(z);

        // np.array([1.5-0.5j], np.complex64).imag: float32, strides (8,), 4 bytes in
        assertThat(im.dtype()).as("dtype of complex64 .imag").isEqualTo(np.float32);
        assertThat(im.strides()).as("strides of complex64 .imag").containsExactly(8);
        assertThat(im.offset() - z.offset()).as("complex64 .imag is 4 bytes in").isEqualTo(4);
        assertThat(im.getDouble(0)).as("complex64 .imag[0]").isEqualTo(-0.5);

        // np.zeros((2, 3), complex).real.strides == (48, 16)
        NDArray grid = np.zeros(new int[] {2, 3}, np.complex128);
        assertThat(Q048ComplexNumbers.realView(grid).strides()).as("strides of a 2x3 .real")
                .containsExactly(48, 16);
    }

    @Test
    void theRealViewHasTheValuesOfACastToFloat() {
        NDArray z = sample();
        NDArray cast = np.astype(z, np.float64); // drops the imaginary parts (NumPy warns)
        NDArray re = Q048ComplexNumbers.realView(z);

        assertThat(new double[] {re.getDouble(0), re.getDouble(1)})
                .as("z.real holds what z.astype(float64) keeps, without copying")
                .containsExactly(cast.getDouble(0), cast.getDouble(1));
    }

    @Test
    void aRealArrayIsItsOwnRealPartAndHasReadOnlyZerosAsImag() {
        NDArray r = np.arange(3.0);
        NDArray im = Q048ComplexNumbers.imagView(r);

        assertThat(Q048ComplexNumbers.realView(r)).as("np.arange(3.).real is the array itself")
                .isSameAs(r);
        // np.arange(3.).imag == array([0., 0., 0.]), flags.writeable == False
        assertThat(im.shape()).as("shape of np.arange(3.).imag").containsExactly(3);
        assertThat(im.dtype()).as("dtype of np.arange(3.).imag").isEqualTo(np.float64);
        assertThat(new double[] {im.getDouble(0), im.getDouble(1), im.getDouble(2)})
                .as("a real array's imaginary parts are zeros").containsExactly(0.0, 0.0, 0.0);
        assertThat(im.isWriteable()).as("np.arange(3.).imag is read-only").isFalse();
        // np.arange(3).imag.dtype == int64
        assertThat(Q048ComplexNumbers.imagView(np.arange(3)).dtype())
                .as("dtype of np.arange(3).imag").isEqualTo(np.int64);
    }

    @Test
    void absoluteIsHypotAndDoesNotOverflow() {
        NDArray z = np.array(new Complex[] {Complex.of(3, 4), Complex.of(0, 1), Complex.of(-2, 0),
            Complex.of(1e200, 1e200)});
        NDArray abs = Q048ComplexNumbers.absolute(z);

        // np.abs(np.array([3+4j, 1j, -2+0j, 1e200+1e200j]))
        // == [5.00000000e+000 1.00000000e+000 2.00000000e+000 1.41421356e+200];
        // float(np.abs(1e200+1e200j)) == 1.414213562373095e+200
        assertThat(abs.dtype()).as("dtype of np.abs of complex128").isEqualTo(np.float64);
        assertThat(new double[] {abs.getDouble(0), abs.getDouble(1), abs.getDouble(2)})
                .as("|3+4j|, |1j|, |-2|").containsExactly(5.0, 1.0, 2.0);
        assertThat(abs.getDouble(3))
                .as("|1e200+1e200j|: squaring first gives infinity; use Math.hypot")
                .isCloseTo(1.414213562373095e200, withinPercentage(1e-12));
        assertThat(Q048ComplexNumbers.absolute(np.array(new Complex[] {Complex.of(3, 4)},
                np.complex64)).dtype()).as("dtype of np.abs of complex64").isEqualTo(np.float32);
        assertThrows(IllegalArgumentException.class,
                () -> Q048ComplexNumbers.absolute(np.arange(3.0)),
                "absolute is asked for complex input only here");
    }

    @Test
    void complex64PlusFloat64IsComplex128() {
        // np.promote_types(np.complex64, np.float64) == complex128
        assertThat(Q048ComplexNumbers.complex64PlusFloat64())
                .as("complex64 + float64 needs float64 halves: complex128")
                .isEqualTo(np.complex128)
                .isEqualTo(np.promoteTypes(np.complex64, np.float64));
        assertThat(Q048ComplexNumbers.complex64PlusFloat64().itemsize())
                .as("itemsize of the result: 2 * 8 bytes").isEqualTo(16);
    }
}
