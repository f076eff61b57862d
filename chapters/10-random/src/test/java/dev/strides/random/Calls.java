package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Replays a fixture case on a fresh Generator or RandomState and compares the result (value,
 * dtype, shape, bytes) and the bit generator's state afterwards with NumPy's.
 */
final class Calls {

    private Calls() {
    }

    /** Runs and checks one Generator case (generator.txt, distributions.txt). */
    static void checkGenerator(RandomFixtures.Case c) {
        PCG64 bg = new PCG64(RandomFixtures.seedSequence(c.arg("seed")));
        Generator g = new Generator(bg);
        if ("u32".equals(c.args().get("pre"))) {
            bg.nextUint32();
        }
        if (c.isError()) {
            assertThatThrownBy(() -> generator(g, c.method(), c.args()))
                    .isInstanceOf(RandomFixtures.javaException(c.result().get(1)))
                    .hasMessage(c.result().get(2));
            return;
        }
        Object got = generator(g, c.method(), c.args());
        compare(got, c.value());
        assertThat(RandomFixtures.pcgState(bg)).as("PCG64 state after the call").isEqualTo(c.state());
    }

    /** Runs and checks one RandomState case (legacy.txt, legacy_gauss.txt). */
    static void checkLegacy(RandomFixtures.Case c) {
        String seed = c.arg("seed");
        RandomState rs = seed.startsWith("[") ? new RandomState(RandomFixtures.longs(seed))
                : new RandomState(Long.parseLong(seed));
        if (c.isError()) {
            assertThatThrownBy(() -> legacy(rs, c.method(), c.args()))
                    .isInstanceOf(RandomFixtures.javaException(c.result().get(1)))
                    .hasMessage(c.result().get(2));
            return;
        }
        Object got = legacy(rs, c.method(), c.args());
        compare(got, c.value());
        RandomState.State st = rs.getState();
        String state = st.mt().pos() + ":" + (st.hasGauss() ? 1 : 0) + ":"
                + "%016x".formatted(Double.doubleToRawLongBits(st.gauss())) + ":"
                + Integer.toUnsignedString(rs.bitGenerator().nextUint32());
        assertThat(state).as("pos:has_gauss:gauss:next").isEqualTo(c.state());
    }

    /** Compares a Java result with the fixture's {@code ok ...} fields. */
    static void compare(Object got, List<String> want) {
        switch (want.get(1)) {
            case "f8" -> {
                double v = got instanceof NDArray a ? a.getDouble() : (Double) got;
                assertThat("%016x".formatted(Double.doubleToRawLongBits(v))).isEqualTo(want.get(2));
            }
            case "int" -> {
                NDArray a = got instanceof NDArray arr ? arr : null;
                String v = a == null ? Long.toString((Long) got)
                        : a.dtype().equals(DType.UINT64) ? Long.toUnsignedString(a.getLong())
                        : Long.toString(a.getLong());
                assertThat(v).isEqualTo(want.get(2));
            }
            case "bytes" -> {
                byte[] b = (byte[]) got;
                assertThat(b.length == 0 ? "-" : RandomFixtures.HEX.formatHex(b)).isEqualTo(want.get(2));
            }
            default -> assertThat(RandomFixtures.encode((NDArray) got))
                    .containsExactlyElementsOf(want.subList(1, 4));
        }
    }

    // ---- Generator ------------------------------------------------------------------------------

    static Object generator(Generator g, String method, Map<String, String> a) {
        if (ArrayCalls.applies(method, a)) {
            return ArrayCalls.generator(g, method, a);
        }
        int[] size = RandomFixtures.size(a.get("size"));
        DType dtype = a.containsKey("dtype") ? DType.of(a.get("dtype")) : null;
        return switch (method) {
            case "random" -> size == null && dtype == null ? g.random()
                    : g.random(orElse(dtype, DType.FLOAT64), sizeOrScalar(size));
            case "random_out" -> g.random(NDArray.allocate(orElse(dtype, DType.FLOAT64),
                    RandomFixtures.size(a.get("shape")), order(a)));
            case "integers" -> g.integers(new BigInteger(a.get("low")), new BigInteger(a.get("high")),
                    dtype, Boolean.parseBoolean(a.get("endpoint").toLowerCase()), sizeOrScalar(size));
            case "uniform" -> size == null ? (Object) g.uniform(d(a, "low"), d(a, "high"))
                    : g.uniform(d(a, "low"), d(a, "high"), size);
            case "choice" -> choice(g, a, size);
            case "shuffle" -> {
                NDArray x = RandomFixtures.array(a.get("x"));
                g.shuffle(x, Integer.parseInt(a.getOrDefault("axis", "0")));
                yield x;
            }
            case "permutation" -> a.get("x").startsWith("arange")
                    ? g.permutation(RandomFixtures.array(a.get("x")),
                    Integer.parseInt(a.getOrDefault("axis", "0")))
                    : g.permutation(Long.parseLong(a.get("x")));
            case "permuted" -> g.permuted(RandomFixtures.array(a.get("x")), axis(a), null);
            case "permuted_out" -> {
                NDArray x = RandomFixtures.array(a.get("x"));
                yield g.permuted(x, axis(a), NDArray.allocate(x.dtype(), x.shape(), order(a)));
            }
            case "bytes" -> g.bytes(Integer.parseInt(a.get("length")));
            case "standard_normal" -> size == null && dtype == null ? g.standardNormal()
                    : g.standardNormal(orElse(dtype, DType.FLOAT64), sizeOrScalar(size));
            case "standard_exponential" -> size == null && dtype == null && !a.containsKey("method")
                    ? g.standardExponential()
                    : g.standardExponential(orElse(dtype, DType.FLOAT64),
                    a.getOrDefault("method", "zig"), sizeOrScalar(size));
            case "normal" -> g.normal(d(a, "loc"), d(a, "scale"), size);
            case "exponential" -> g.exponential(d(a, "scale"), size);
            case "standard_gamma" -> g.standardGamma(d(a, "shape"), orElse(dtype, DType.FLOAT64),
                    size);
            case "gamma" -> g.gamma(d(a, "shape"), d(a, "scale"), size);
            case "beta" -> g.beta(d(a, "a"), d(a, "b"), size);
            case "binomial" -> g.binomial(Long.parseLong(a.get("n")), d(a, "p"), size);
            case "poisson" -> g.poisson(d(a, "lam"), size);
            default -> throw new IllegalArgumentException("no Java call for " + method);
        };
    }

    private static Object choice(Generator g, Map<String, String> a, int[] size) {
        double[] p = a.containsKey("p") ? RandomFixtures.doubles(a.get("p")) : null;
        boolean replace = !"False".equals(a.get("replace"));
        boolean shuffle = !"False".equals(a.get("shuffle"));
        int axis = Integer.parseInt(a.getOrDefault("axis", "0"));
        String pop = a.get("a");
        if (pop.startsWith("arange")) {
            return g.choice(RandomFixtures.array(pop), size, replace, p, axis, shuffle);
        }
        if (size == null) {
            return g.choice(Long.parseLong(pop));
        }
        return g.choice(Long.parseLong(pop), size, replace, p, shuffle);
    }

    // ---- RandomState ----------------------------------------------------------------------------

    static Object legacy(RandomState rs, String method, Map<String, String> a) {
        if (ArrayCalls.applies(method, a)) {
            return ArrayCalls.legacy(rs, method, a);
        }
        int[] size = RandomFixtures.size(a.get("size"));
        return switch (method) {
            case "rand" -> shape(a).length == 0 ? (Object) rs.rand() : rs.rand(shape(a));
            case "randn" -> shape(a).length == 0 ? (Object) rs.randn() : rs.randn(shape(a));
            case "randn_then" -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\([^()]*\\)")
                        .matcher(a.get("sizes").substring(1));
                m.find();
                int[] first = RandomFixtures.size(m.group());
                m.find();
                int[] second = RandomFixtures.size(m.group());
                rs.randn(first);
                yield second.length == 0 ? (Object) rs.randn() : rs.randn(second);
            }
            case "random_sample" -> size == null ? (Object) rs.randomSample() : rs.randomSample(size);
            case "randint" -> {
                if (!a.containsKey("high")) {
                    yield rs.randint(Long.parseLong(a.get("low")));
                }
                DType dtype = a.containsKey("dtype") ? DType.of(a.get("dtype")) : DType.INT64;
                yield rs.randint(new BigInteger(a.get("low")), new BigInteger(a.get("high")), dtype,
                        size);
            }
            case "choice" -> {
                double[] p = a.containsKey("p") ? RandomFixtures.doubles(a.get("p")) : null;
                boolean replace = !"False".equals(a.get("replace"));
                String pop = a.get("a");
                if (pop.startsWith("arange")) {
                    yield rs.choice(RandomFixtures.array(pop), size, replace, p);
                }
                yield size == null ? (Object) rs.choice(Long.parseLong(pop))
                        : rs.choice(Long.parseLong(pop), size, replace, p);
            }
            case "shuffle" -> {
                NDArray x = RandomFixtures.array(a.get("x"));
                rs.shuffle(x);
                yield x;
            }
            case "permutation" -> a.get("x").startsWith("arange")
                    ? rs.permutation(RandomFixtures.array(a.get("x")))
                    : rs.permutation(Long.parseLong(a.get("x")));
            case "uniform" -> rs.uniform(d(a, "low"), d(a, "high"), size);
            case "standard_normal" -> rs.standardNormal(size);
            case "normal" -> rs.normal(d(a, "loc"), d(a, "scale"), size);
            default -> throw new IllegalArgumentException("no Java call for " + method);
        };
    }

    // ---- argument helpers -----------------------------------------------------------------------

    private static int[] shape(Map<String, String> a) {
        return RandomFixtures.size(a.get("shape"));
    }

    private static double d(Map<String, String> a, String key) {
        return RandomFixtures.pyFloat(a.get(key));
    }

    private static int[] sizeOrScalar(int[] size) {
        return size == null ? new int[0] : size;
    }

    private static DType orElse(DType d, DType otherwise) {
        return d == null ? otherwise : d;
    }

    private static Order order(Map<String, String> a) {
        return "F".equals(a.get("order")) ? Order.F : Order.C;
    }

    private static Integer axis(Map<String, String> a) {
        return a.containsKey("axis") ? Integer.valueOf(a.get("axis")) : null;
    }
}
