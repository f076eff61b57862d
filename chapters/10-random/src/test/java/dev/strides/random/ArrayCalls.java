package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.util.Map;
import java.util.Set;

/**
 * Replays the array-parameter fixture cases ({@code array_params.txt},
 * {@code legacy_array_params.txt}): picks the overload a NumPy user's call stands for. An
 * argument written {@code array(...)} or {@code arange(...)} is an NDArray, a plain number the
 * Java scalar of a mixed overload; a case without {@code size} calls the overload without size
 * (NumPy's {@code size=None}).
 */
final class ArrayCalls {

    private static final Set<String> SAMPLERS = Set.of("uniform", "normal", "exponential",
            "standard_gamma", "gamma", "beta", "binomial", "poisson", "integers");

    private ArrayCalls() {
    }

    /** True for a sampler call with at least one array argument. */
    static boolean applies(String method, Map<String, String> a) {
        return SAMPLERS.contains(method) && a.values().stream().anyMatch(ArrayCalls::isArray);
    }

    static boolean isArray(String v) {
        return v.startsWith("array(") || v.startsWith("arange(");
    }

    static Object generator(Generator g, String method, Map<String, String> a) {
        int[] size = RandomFixtures.size(a.get("size"));
        return switch (method) {
            case "uniform" -> uniform(g, a.get("low"), a.get("high"), size);
            case "normal" -> normal(g, a.get("loc"), a.get("scale"), size);
            case "gamma" -> gamma(g, a.get("shape"), a.get("scale"), size);
            case "beta" -> beta(g, a.get("a"), a.get("b"), size);
            case "exponential" -> size == null ? g.exponential(arr(a.get("scale")))
                    : g.exponential(arr(a.get("scale")), size);
            case "poisson" -> size == null ? g.poisson(arr(a.get("lam")))
                    : g.poisson(arr(a.get("lam")), size);
            case "standard_gamma" -> a.containsKey("dtype")
                    ? g.standardGamma(arr(a.get("shape")), size, DType.of(a.get("dtype")))
                    : size == null ? g.standardGamma(arr(a.get("shape")))
                    : g.standardGamma(arr(a.get("shape")), size);
            case "binomial" -> binomial(g, a.get("n"), a.get("p"), size);
            case "integers" -> integers(g, a, size);
            default -> throw new IllegalArgumentException("no array call for " + method);
        };
    }

    static Object legacy(RandomState rs, String method, Map<String, String> a) {
        int[] size = RandomFixtures.size(a.get("size"));
        String x = method.equals("uniform") ? a.get("low") : a.get("loc");
        String y = method.equals("uniform") ? a.get("high") : a.get("scale");
        if (method.equals("uniform")) {
            if (isArray(x) && isArray(y)) {
                return size == null ? rs.uniform(arr(x), arr(y)) : rs.uniform(arr(x), arr(y), size);
            }
            if (isArray(x)) {
                return size == null ? rs.uniform(arr(x), d(y)) : rs.uniform(arr(x), d(y), size);
            }
            return size == null ? rs.uniform(d(x), arr(y)) : rs.uniform(d(x), arr(y), size);
        }
        if (isArray(x) && isArray(y)) {
            return size == null ? rs.normal(arr(x), arr(y)) : rs.normal(arr(x), arr(y), size);
        }
        if (isArray(x)) {
            return size == null ? rs.normal(arr(x), d(y)) : rs.normal(arr(x), d(y), size);
        }
        return size == null ? rs.normal(d(x), arr(y)) : rs.normal(d(x), arr(y), size);
    }

    // ---- the two-parameter samplers, each overload by the argument kinds ------------------------

    private static NDArray uniform(Generator g, String x, String y, int[] size) {
        if (isArray(x) && isArray(y)) {
            return size == null ? g.uniform(arr(x), arr(y)) : g.uniform(arr(x), arr(y), size);
        }
        if (isArray(x)) {
            return size == null ? g.uniform(arr(x), d(y)) : g.uniform(arr(x), d(y), size);
        }
        return size == null ? g.uniform(d(x), arr(y)) : g.uniform(d(x), arr(y), size);
    }

    private static NDArray normal(Generator g, String x, String y, int[] size) {
        if (isArray(x) && isArray(y)) {
            return size == null ? g.normal(arr(x), arr(y)) : g.normal(arr(x), arr(y), size);
        }
        if (isArray(x)) {
            return size == null ? g.normal(arr(x), d(y)) : g.normal(arr(x), d(y), size);
        }
        return size == null ? g.normal(d(x), arr(y)) : g.normal(d(x), arr(y), size);
    }

    private static NDArray gamma(Generator g, String x, String y, int[] size) {
        if (isArray(x) && isArray(y)) {
            return size == null ? g.gamma(arr(x), arr(y)) : g.gamma(arr(x), arr(y), size);
        }
        if (isArray(x)) {
            return size == null ? g.gamma(arr(x), d(y)) : g.gamma(arr(x), d(y), size);
        }
        return size == null ? g.gamma(d(x), arr(y)) : g.gamma(d(x), arr(y), size);
    }

    private static NDArray beta(Generator g, String x, String y, int[] size) {
        if (isArray(x) && isArray(y)) {
            return size == null ? g.beta(arr(x), arr(y)) : g.beta(arr(x), arr(y), size);
        }
        if (isArray(x)) {
            return size == null ? g.beta(arr(x), d(y)) : g.beta(arr(x), d(y), size);
        }
        return size == null ? g.beta(d(x), arr(y)) : g.beta(d(x), arr(y), size);
    }

    private static NDArray binomial(Generator g, String n, String p, int[] size) {
        if (isArray(n) && isArray(p)) {
            return size == null ? g.binomial(arr(n), arr(p)) : g.binomial(arr(n), arr(p), size);
        }
        if (isArray(n)) {
            return size == null ? g.binomial(arr(n), d(p)) : g.binomial(arr(n), d(p), size);
        }
        long count = Long.parseLong(n);
        return size == null ? g.binomial(count, arr(p)) : g.binomial(count, arr(p), size);
    }

    /**
     * {@code integers}: only low given means NumPy's {@code integers(high)}; with dtype or
     * endpoint the general form (a Python int bound becomes a 0-d int64 array, as np.asarray).
     */
    private static NDArray integers(Generator g, Map<String, String> a, int[] size) {
        String lo = a.get("low");
        String hi = a.get("high");
        if (hi == null) {
            return g.integers(arr(lo));
        }
        if (a.containsKey("dtype") || a.containsKey("endpoint")) {
            DType dtype = a.containsKey("dtype") ? DType.of(a.get("dtype")) : DType.INT64;
            boolean endpoint = "True".equals(a.get("endpoint"));
            return g.integers(bound(lo), bound(hi), size, dtype, endpoint);
        }
        if (isArray(lo) && isArray(hi)) {
            return size == null ? g.integers(arr(lo), arr(hi)) : g.integers(arr(lo), arr(hi), size);
        }
        if (isArray(lo)) {
            long high = Long.parseLong(hi);
            return size == null ? g.integers(arr(lo), high) : g.integers(arr(lo), high, size);
        }
        long low = Long.parseLong(lo);
        return size == null ? g.integers(low, arr(hi)) : g.integers(low, arr(hi), size);
    }

    // ---- arguments ------------------------------------------------------------------------------

    private static NDArray arr(String spec) {
        return spec.startsWith("arange(") ? RandomFixtures.array(spec)
                : RandomFixtures.literalArray(spec);
    }

    private static double d(String text) {
        return RandomFixtures.pyFloat(text);
    }

    private static NDArray bound(String text) {
        if (isArray(text)) {
            return arr(text);
        }
        NDArray a = NDArray.allocate(DType.INT64, new int[0], Order.C);
        a.setLong(Long.parseLong(text));
        return a;
    }
}
