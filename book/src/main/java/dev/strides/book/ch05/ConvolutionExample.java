package dev.strides.book.ch05;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.stridetricks.Convolution;
import java.io.PrintStream;

/** G01: convolution by windows (im2col) equals the direct loop. */
public final class ConvolutionExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray image = np.array(new double[][] {{1, 2, 3, 0}, {0, 1, 2, 3}, {3, 0, 1, 2}});
        NDArray kernel = np.array(new double[][] {{1, 2}, {3, 4}});
        NDArray windows = np.lib.strideTricks.slidingWindowView(image, 2, 2);
        out.println("windows " + NDArray.tuple(windows.shape()) + ", strides "
                + NDArray.tuple(windows.strides()));
        out.println(Convolution.im2col(image, 2, 2));           // one row per output pixel
        out.println(Convolution.convolve2d(image, kernel));     // scipy's convolve2d, "valid"
        out.println(Convolution.convolve2dDirect(image, kernel));
        // end::example[]
    }
}
