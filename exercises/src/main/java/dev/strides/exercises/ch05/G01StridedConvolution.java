package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * G01 - How would you implement convolution from scratch using stride tricks?
 *
 * <p>Make every patch at once: {@code sliding_window_view(image, (kh, kw))} has shape
 * {@code (oh, ow, kh, kw)}, with {@code oh = H - kh + 1} and {@code ow = W - kw + 1}, and
 * element {@code [r, c, i, j]} is {@code image[r + i, c + j]} - no pixel copied. Multiply by
 * the kernel (it broadcasts over the first two axes) and sum the last two axes: that is
 * {@code np.einsum("rcij,ij->rc", windows, kernel)}. Reshaped to {@code (oh·ow, kh·kw)} the
 * patches are the im2col matrix and the sum is a matrix-vector product. A true convolution
 * flips the kernel ({@code kernel[::-1, ::-1]}); without the flip it is the cross-correlation
 * deep-learning libraries call convolution.
 *
 * <p>Your task: replace each {@code throw new NotSolved("G01")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook G01} to check.
 */
public final class G01StridedConvolution {

    private G01StridedConvolution() {
    }

    /**
     * The valid-mode 2-d convolution {@code out[r, c] = Σ_ij image[r+i, c+j]·kernel[kh-1-i,
     * kw-1-j]} (scipy's {@code convolve2d(image, kernel, "valid")}), computed from a window
     * view of {@code image}, with no loop over output pixels.
     *
     * @param image  a 2-d float64 array, not modified
     * @param kernel a 2-d float64 array no larger than {@code image} along either axis
     * @return a new float64 array of shape {@code (H - kh + 1, W - kw + 1)}
     * @throws IllegalArgumentException when the kernel is larger than the image, with NumPy's
     *     message {@code "window shape cannot be larger than input array shape"}
     */
    public static NDArray convolve2d(NDArray image, NDArray kernel) {
        throw new NotSolved("G01");
    }
}
