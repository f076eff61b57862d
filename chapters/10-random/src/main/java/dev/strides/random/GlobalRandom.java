package dev.strides.random;

import dev.strides.ndarray.NDArray;

/**
 * The module-level functions of {@code numpy.random} ({@code np.random.seed}, {@code rand},
 * {@code randn}, {@code randint}, ...): methods of one hidden, process-wide {@link RandomState},
 * as NumPy's {@code mtrand._rand}.
 *
 * <p>This is the "global state" style that {@link Generator} replaces: every library that calls
 * {@code np.random.rand} shares one stream, so a {@code seed(0)} in one place changes the numbers
 * everywhere else, and the results depend on call order across the whole program. The methods
 * are {@code synchronized} so concurrent callers cannot corrupt the state, but their results
 * still interleave unpredictably; prefer a Generator per task.
 */
public final class GlobalRandom {

    private static final RandomState INSTANCE = new RandomState();

    private GlobalRandom() {
    }

    /** The shared instance (NumPy's {@code np.random.mtrand._rand}). */
    public static RandomState instance() {
        return INSTANCE;
    }

    public static synchronized void seed(long seed) {
        INSTANCE.seed(seed);
    }

    public static synchronized void seed(long[] seedArray) {
        INSTANCE.seed(seedArray);
    }

    /** {@code np.random.seed()}: fresh OS entropy. */
    public static synchronized void seed() {
        INSTANCE.seed();
    }

    public static synchronized double rand() {
        return INSTANCE.rand();
    }

    public static synchronized NDArray rand(int... shape) {
        return INSTANCE.rand(shape);
    }

    public static synchronized double randn() {
        return INSTANCE.randn();
    }

    public static synchronized NDArray randn(int... shape) {
        return INSTANCE.randn(shape);
    }

    public static synchronized long randint(long high) {
        return INSTANCE.randint(high);
    }

    public static synchronized long randint(long low, long high) {
        return INSTANCE.randint(low, high);
    }

    public static synchronized NDArray randint(long low, long high, int... size) {
        return INSTANCE.randint(low, high, size);
    }

    public static synchronized double randomSample() {
        return INSTANCE.randomSample();
    }

    public static synchronized NDArray randomSample(int... size) {
        return INSTANCE.randomSample(size);
    }

    public static synchronized long choice(long a) {
        return INSTANCE.choice(a);
    }

    public static synchronized NDArray choice(long a, int... size) {
        return INSTANCE.choice(a, size);
    }

    public static synchronized NDArray choice(long a, int[] size, boolean replace, double[] p) {
        return INSTANCE.choice(a, size, replace, p);
    }

    public static synchronized NDArray choice(NDArray a, int[] size, boolean replace,
                                              double[] p) {
        return INSTANCE.choice(a, size, replace, p);
    }

    public static synchronized void shuffle(NDArray x) {
        INSTANCE.shuffle(x);
    }

    public static synchronized NDArray permutation(long n) {
        return INSTANCE.permutation(n);
    }

    public static synchronized NDArray permutation(NDArray x) {
        return INSTANCE.permutation(x);
    }

    public static synchronized double normal(double loc, double scale) {
        return INSTANCE.normal(loc, scale);
    }

    public static synchronized NDArray normal(double loc, double scale, int... size) {
        return INSTANCE.normal(loc, scale, size);
    }

    public static synchronized double uniform(double low, double high) {
        return INSTANCE.uniform(low, high);
    }

    public static synchronized NDArray uniform(double low, double high, int... size) {
        return INSTANCE.uniform(low, high, size);
    }

    /** {@code np.random.normal(loc, scale)} with array parameters: their broadcast shape. */
    public static synchronized NDArray normal(NDArray loc, NDArray scale) {
        return INSTANCE.normal(loc, scale);
    }

    public static synchronized NDArray normal(NDArray loc, NDArray scale, int... size) {
        return INSTANCE.normal(loc, scale, size);
    }

    public static synchronized NDArray normal(NDArray loc, double scale) {
        return INSTANCE.normal(loc, scale);
    }

    public static synchronized NDArray normal(NDArray loc, double scale, int... size) {
        return INSTANCE.normal(loc, scale, size);
    }

    public static synchronized NDArray normal(double loc, NDArray scale) {
        return INSTANCE.normal(loc, scale);
    }

    public static synchronized NDArray normal(double loc, NDArray scale, int... size) {
        return INSTANCE.normal(loc, scale, size);
    }

    /** {@code np.random.uniform(low, high)} with array parameters: their broadcast shape. */
    public static synchronized NDArray uniform(NDArray low, NDArray high) {
        return INSTANCE.uniform(low, high);
    }

    public static synchronized NDArray uniform(NDArray low, NDArray high, int... size) {
        return INSTANCE.uniform(low, high, size);
    }

    public static synchronized NDArray uniform(NDArray low, double high) {
        return INSTANCE.uniform(low, high);
    }

    public static synchronized NDArray uniform(NDArray low, double high, int... size) {
        return INSTANCE.uniform(low, high, size);
    }

    public static synchronized NDArray uniform(double low, NDArray high) {
        return INSTANCE.uniform(low, high);
    }

    public static synchronized NDArray uniform(double low, NDArray high, int... size) {
        return INSTANCE.uniform(low, high, size);
    }

    public static synchronized RandomState.State getState() {
        return INSTANCE.getState();
    }

    public static synchronized void setState(RandomState.State state) {
        INSTANCE.setState(state);
    }
}
