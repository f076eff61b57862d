package dev.strides.np;

import dev.strides.ndarray.NDArray;

/**
 * The layer of {@link np} for chapter 10 (dev.strides.random): the nested namespace
 * {@code np.random}, with the Generator API ({@code np.random.defaultRng(42)}), the bit generators
 * and SeedSequence under NumPy's class names, and the legacy module functions
 * ({@code np.random.seed}, {@code np.random.rand}, ...).
 *
 * <p>Extends {@link StrideTricksApi}; {@link np} explains the chain.
 */
public abstract class RandomApi extends StrideTricksApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    RandomApi() {
    }

    // ---- chapter 10: np.random (dev.strides.random) ---------------------------------------------

    /**
     * {@code numpy.random}: the Generator API ({@code np.random.defaultRng(42).random(5)}), the
     * bit generators and SeedSequence under NumPy's class names, and the legacy module functions
     * ({@code np.random.seed(0); np.random.rand(3)}) on one global RandomState. Forwards to
     * {@code dev.strides.random}: Generator, RandomState, GlobalRandom, SeedSequence, PCG64,
     * MT19937, SFC64, Philox.
     */
    @SuppressWarnings({"checkstyle:MethodName", "java:S100"})
    public static final class random {

        private random() {
        }

        // -- the Generator API ------------------------------------------------------------------

        /** {@code np.random.default_rng()}: PCG64 seeded from OS entropy. */
        public static dev.strides.random.Generator defaultRng() {
            return dev.strides.random.Generator.defaultRng();
        }

        /** {@code np.random.default_rng(seed)}: {@code Generator(PCG64(SeedSequence(seed)))}. */
        public static dev.strides.random.Generator defaultRng(long seed) {
            return dev.strides.random.Generator.defaultRng(seed);
        }

        public static dev.strides.random.Generator defaultRng(java.math.BigInteger seed) {
            return dev.strides.random.Generator.defaultRng(seed);
        }

        /** {@code np.random.default_rng([s0, s1, ...])}. */
        public static dev.strides.random.Generator defaultRng(long[] seedArray) {
            return dev.strides.random.Generator.defaultRng(seedArray);
        }

        public static dev.strides.random.Generator defaultRng(dev.strides.random.SeedSequence seq) {
            return dev.strides.random.Generator.defaultRng(seq);
        }

        public static dev.strides.random.Generator defaultRng(dev.strides.random.BitGenerator bg) {
            return dev.strides.random.Generator.defaultRng(bg);
        }

        /** {@code np.random.Generator(bit_generator)}. */
        public static dev.strides.random.Generator Generator(dev.strides.random.BitGenerator bg) {
            return new dev.strides.random.Generator(bg);
        }

        /** {@code np.random.SeedSequence(entropy)}. */
        public static dev.strides.random.SeedSequence SeedSequence(long entropy) {
            return new dev.strides.random.SeedSequence(entropy);
        }

        /** {@code np.random.SeedSequence()}: 128 bits of OS entropy. */
        public static dev.strides.random.SeedSequence SeedSequence() {
            return new dev.strides.random.SeedSequence();
        }

        public static dev.strides.random.SeedSequence SeedSequence(long[] entropy) {
            return new dev.strides.random.SeedSequence(entropy);
        }

        /** {@code np.random.PCG64(seed)}. */
        public static dev.strides.random.PCG64 PCG64(long seed) {
            return new dev.strides.random.PCG64(seed);
        }

        public static dev.strides.random.PCG64 PCG64(dev.strides.random.SeedSequence seq) {
            return new dev.strides.random.PCG64(seq);
        }

        /** {@code np.random.MT19937(seed)}: seeded through a SeedSequence (not RandomState's way). */
        public static dev.strides.random.MT19937 MT19937(long seed) {
            return new dev.strides.random.MT19937(seed);
        }

        public static dev.strides.random.MT19937 MT19937(dev.strides.random.SeedSequence seq) {
            return new dev.strides.random.MT19937(seq);
        }

        /** {@code np.random.SFC64(seed)}. */
        public static dev.strides.random.SFC64 SFC64(long seed) {
            return new dev.strides.random.SFC64(seed);
        }

        /** {@code np.random.Philox(seed)}. */
        public static dev.strides.random.Philox Philox(long seed) {
            return new dev.strides.random.Philox(seed);
        }

        /** {@code np.random.RandomState(seed)}: the legacy API on its own MT19937. */
        public static dev.strides.random.RandomState RandomState(long seed) {
            return new dev.strides.random.RandomState(seed);
        }

        public static dev.strides.random.RandomState RandomState() {
            return new dev.strides.random.RandomState();
        }

        // -- the legacy module functions (one global RandomState) -------------------------------

        /** {@code np.random.seed(seed)}: reseeds the global RandomState. */
        public static void seed(long seed) {
            dev.strides.random.GlobalRandom.seed(seed);
        }

        public static void seed(long[] seedArray) {
            dev.strides.random.GlobalRandom.seed(seedArray);
        }

        /** {@code np.random.seed()}: fresh OS entropy. */
        public static void seed() {
            dev.strides.random.GlobalRandom.seed();
        }

        /** {@code np.random.rand()}: one float in [0, 1). */
        public static double rand() {
            return dev.strides.random.GlobalRandom.rand();
        }

        /** {@code np.random.rand(d0, d1, ...)}. */
        public static NDArray rand(int... shape) {
            return dev.strides.random.GlobalRandom.rand(shape);
        }

        /** {@code np.random.randn()}: one standard normal (polar method). */
        public static double randn() {
            return dev.strides.random.GlobalRandom.randn();
        }

        /** {@code np.random.randn(d0, d1, ...)}. */
        public static NDArray randn(int... shape) {
            return dev.strides.random.GlobalRandom.randn(shape);
        }

        /** {@code np.random.randint(high)}: [0, high). */
        public static long randint(long high) {
            return dev.strides.random.GlobalRandom.randint(high);
        }

        public static long randint(long low, long high) {
            return dev.strides.random.GlobalRandom.randint(low, high);
        }

        /** {@code np.random.randint(low, high, size)}: int64. */
        public static NDArray randint(long low, long high, int... size) {
            return dev.strides.random.GlobalRandom.randint(low, high, size);
        }

        /** {@code np.random.random_sample()}. */
        public static double randomSample() {
            return dev.strides.random.GlobalRandom.randomSample();
        }

        public static NDArray randomSample(int... size) {
            return dev.strides.random.GlobalRandom.randomSample(size);
        }

        /** {@code np.random.random(size)}: the same as random_sample. */
        public static NDArray random(int... size) {
            return dev.strides.random.GlobalRandom.randomSample(size);
        }

        /** {@code np.random.choice(a)}. */
        public static long choice(long a) {
            return dev.strides.random.GlobalRandom.choice(a);
        }

        public static NDArray choice(long a, int... size) {
            return dev.strides.random.GlobalRandom.choice(a, size);
        }

        /** {@code np.random.choice(a, size, replace, p)}; p may be null. */
        public static NDArray choice(long a, int[] size, boolean replace, double[] p) {
            return dev.strides.random.GlobalRandom.choice(a, size, replace, p);
        }

        public static NDArray choice(NDArray a, int[] size, boolean replace, double[] p) {
            return dev.strides.random.GlobalRandom.choice(a, size, replace, p);
        }

        /** {@code np.random.shuffle(x)}: in place, along axis 0. */
        public static void shuffle(NDArray x) {
            dev.strides.random.GlobalRandom.shuffle(x);
        }

        /** {@code np.random.permutation(n)}. */
        public static NDArray permutation(long n) {
            return dev.strides.random.GlobalRandom.permutation(n);
        }

        /** {@code np.random.permutation(x)}: a shuffled copy. */
        public static NDArray permutation(NDArray x) {
            return dev.strides.random.GlobalRandom.permutation(x);
        }

        /** {@code np.random.normal(loc, scale)}. */
        public static double normal(double loc, double scale) {
            return dev.strides.random.GlobalRandom.normal(loc, scale);
        }

        public static NDArray normal(double loc, double scale, int... size) {
            return dev.strides.random.GlobalRandom.normal(loc, scale, size);
        }

        /** {@code np.random.uniform(low, high)}. */
        public static double uniform(double low, double high) {
            return dev.strides.random.GlobalRandom.uniform(low, high);
        }

        public static NDArray uniform(double low, double high, int... size) {
            return dev.strides.random.GlobalRandom.uniform(low, high, size);
        }

        /**
         * {@code np.random.normal(loc, scale)} with array parameters, broadcast together:
         * {@code np.random.normal(np.array(0., 10.), 1.0)}; the result has their broadcast shape.
         */
        public static NDArray normal(NDArray loc, NDArray scale) {
            return dev.strides.random.GlobalRandom.normal(loc, scale);
        }

        /** {@code np.random.normal(loc, scale, size)}: the parameters broadcast to size. */
        public static NDArray normal(NDArray loc, NDArray scale, int... size) {
            return dev.strides.random.GlobalRandom.normal(loc, scale, size);
        }

        public static NDArray normal(NDArray loc, double scale) {
            return dev.strides.random.GlobalRandom.normal(loc, scale);
        }

        public static NDArray normal(NDArray loc, double scale, int... size) {
            return dev.strides.random.GlobalRandom.normal(loc, scale, size);
        }

        public static NDArray normal(double loc, NDArray scale) {
            return dev.strides.random.GlobalRandom.normal(loc, scale);
        }

        public static NDArray normal(double loc, NDArray scale, int... size) {
            return dev.strides.random.GlobalRandom.normal(loc, scale, size);
        }

        /** {@code np.random.uniform(low, high)} with array parameters, broadcast together. */
        public static NDArray uniform(NDArray low, NDArray high) {
            return dev.strides.random.GlobalRandom.uniform(low, high);
        }

        /** {@code np.random.uniform(low, high, size)}: the parameters broadcast to size. */
        public static NDArray uniform(NDArray low, NDArray high, int... size) {
            return dev.strides.random.GlobalRandom.uniform(low, high, size);
        }

        public static NDArray uniform(NDArray low, double high) {
            return dev.strides.random.GlobalRandom.uniform(low, high);
        }

        public static NDArray uniform(NDArray low, double high, int... size) {
            return dev.strides.random.GlobalRandom.uniform(low, high, size);
        }

        public static NDArray uniform(double low, NDArray high) {
            return dev.strides.random.GlobalRandom.uniform(low, high);
        }

        public static NDArray uniform(double low, NDArray high, int... size) {
            return dev.strides.random.GlobalRandom.uniform(low, high, size);
        }

        /** {@code np.random.get_state()}. */
        public static dev.strides.random.RandomState.State getState() {
            return dev.strides.random.GlobalRandom.getState();
        }

        /** {@code np.random.set_state(state)}. */
        public static void setState(dev.strides.random.RandomState.State state) {
            dev.strides.random.GlobalRandom.setState(state);
        }
    }
}
