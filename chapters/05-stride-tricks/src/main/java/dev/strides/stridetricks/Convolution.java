package dev.strides.stridetricks;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ufuncs.ArithmeticUfuncs;
import dev.strides.views.Reshape;

/**
 * 2-d convolution of an image with a small kernel, "valid" mode (only positions where the
 * kernel fits), two ways: with windows (im2col) and with a direct loop that checks it.
 *
 * <p><b>im2col.</b> {@code sliding_window_view(image, (kh, kw))} is a view of shape
 * {@code (oh, ow, kh, kw)} with {@code oh = H - kh + 1}, {@code ow = W - kw + 1}: output
 * position {@code (r, c)} sees the patch {@code image[r:r+kh, c:c+kw]}, and no pixel is copied.
 * Reshaping it to {@code (oh·ow, kh·kw)} must copy (the patches overlap, so no strides describe
 * the rows side by side): that is the im2col matrix, one row per output pixel. The convolution
 * is then one matrix-vector product with the flattened kernel, which a BLAS runs at full speed
 * - the way deep-learning libraries turn convolutions into matrix multiplications, paying
 * {@code kh·kw} times the image's memory for it.
 *
 * <p><b>Convolution or correlation.</b> Deep learning's "convolution" is a cross-correlation
 * ({@code Σ image[r+i, c+j]·k[i, j]}); the mathematical convolution (scipy's
 * {@code convolve2d}) flips the kernel first: {@code Σ image[r+i, c+j]·k[kh-1-i, kw-1-j]}.
 * Flipping is a view with negative strides, so both cost the same.
 *
 * <p>Results are new float64 arrays of shape {@code (oh, ow)}.
 */
public final class Convolution {

    private Convolution() {
    }

    // tag::im2col[]
    /**
     * The im2col matrix: row {@code r·ow + c} is the patch {@code image[r:r+kh, c:c+kw]}
     * flattened in C order. A copy of {@code oh·ow·kh·kw} elements.
     */
    public static NDArray im2col(NDArray image, int kh, int kw) {
        checkImage(image);
        NDArray windows = SlidingWindows.slidingWindowView(image, kh, kw);   // (oh, ow, kh, kw)
        int oh = windows.shape(0);
        int ow = windows.shape(1);
        return Reshape.reshape(windows, oh * ow, kh * kw);                   // must copy
    }
    // end::im2col[]

    // tag::correlate[]
    /** Cross-correlation, valid mode: {@code out[r, c] = Σ image[r+i, c+j]·kernel[i, j]}. */
    public static NDArray correlate2d(NDArray image, NDArray kernel) {
        checkKernel(kernel);
        int kh = kernel.shape(0);
        int kw = kernel.shape(1);
        NDArray columns = im2col(image.astype(DType.FLOAT64), kh, kw);      // (oh*ow, kh*kw)
        NDArray k = Reshape.reshape(kernel.astype(DType.FLOAT64), kh * kw);  // (kh*kw,)
        NDArray products = ArithmeticUfuncs.MULTIPLY.call(columns, k);       // k broadcasts
        NDArray flat = ArithmeticUfuncs.ADD.reduce(products, 1);             // row . k
        return Reshape.reshape(flat, image.shape(0) - kh + 1, image.shape(1) - kw + 1);
    }
    // end::correlate[]

    // tag::convolve[]
    /** Convolution, valid mode (scipy's {@code convolve2d(image, kernel, "valid")}). */
    public static NDArray convolve2d(NDArray image, NDArray kernel) {
        checkKernel(kernel);
        return correlate2d(image, flip(kernel));
    }

    /** {@code kernel[::-1, ::-1]}: a view that starts at the last element and steps back. */
    static NDArray flip(NDArray k) {
        long last = k.offset() + (k.shape(0) - 1L) * k.strides(0)
                + (k.shape(1) - 1L) * k.strides(1);
        return k.stridedView(k.shape(), new long[] {-k.strides(0), -k.strides(1)}, last);
    }
    // end::convolve[]

    /** The reference: four loops and no tricks; O(oh·ow·kh·kw) element reads. */
    public static NDArray convolve2dDirect(NDArray image, NDArray kernel) {
        checkImage(image);
        checkKernel(kernel);
        int kh = kernel.shape(0);
        int kw = kernel.shape(1);
        if (kh > image.shape(0) || kw > image.shape(1)) {
            throw new IllegalArgumentException(
                    "window shape cannot be larger than input array shape");
        }
        int oh = image.shape(0) - kh + 1;
        int ow = image.shape(1) - kw + 1;
        // tag::direct[]
        NDArray out = NDArray.allocate(DType.FLOAT64, new int[] {oh, ow}, Order.C);
        for (int r = 0; r < oh; r++) {
            for (int c = 0; c < ow; c++) {
                double s = 0;
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        double flipped = kernel.getDouble(kh - 1 - i, kw - 1 - j);
                        s += image.getDouble(r + i, c + j) * flipped;
                    }
                }
                out.setDouble(s, r, c);
            }
        }
        return out;
    }
    // end::direct[]

    private static void checkImage(NDArray image) {
        if (image.ndim() != 2) {
            throw new IllegalArgumentException("image must be 2-d, got shape "
                    + NDArray.tuple(image.shape()));
        }
    }

    private static void checkKernel(NDArray kernel) {
        if (kernel.ndim() != 2) {
            throw new IllegalArgumentException("kernel must be 2-d, got shape "
                    + NDArray.tuple(kernel.shape()));
        }
        if (kernel.size() == 0) {
            throw new IllegalArgumentException("kernel must not be empty, got shape "
                    + NDArray.tuple(kernel.shape()));
        }
    }
}
