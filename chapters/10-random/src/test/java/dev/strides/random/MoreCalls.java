package dev.strides.random;

import dev.strides.ndarray.NDArray;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Replays the cases of {@code more_distributions.txt} on a fresh Generator. The kinds of the
 * fixture's arguments pick the Java overload, as a NumPy user's argument types pick NumPy's path:
 * {@code array(...)} or {@code arange(...)} is an {@link NDArray}, {@code [0.2, 0.8]} a
 * {@code double[]}, a number with a point or exponent (or nan, inf) a {@code double}, a plain
 * integer a {@code long}, and {@code size} (absent for None) the trailing {@code int...}. The
 * method is found by reflection from those types, so every overload the fixture names must
 * exist with exactly that signature.
 */
final class MoreCalls {

    /** NumPy's parameter names, in the order of the Java parameters. */
    private static final Map<String, List<String>> PARAMETERS = Map.ofEntries(
            Map.entry("lognormal", List.of("mean", "sigma")),
            Map.entry("laplace", List.of("loc", "scale")),
            Map.entry("logistic", List.of("loc", "scale")),
            Map.entry("gumbel", List.of("loc", "scale")),
            Map.entry("wald", List.of("mean", "scale")),
            Map.entry("vonmises", List.of("mu", "kappa")),
            Map.entry("standard_cauchy", List.of()),
            Map.entry("rayleigh", List.of("scale")),
            Map.entry("weibull", List.of("a")),
            Map.entry("pareto", List.of("a")),
            Map.entry("power", List.of("a")),
            Map.entry("chisquare", List.of("df")),
            Map.entry("standard_t", List.of("df")),
            Map.entry("triangular", List.of("left", "mode", "right")),
            Map.entry("f", List.of("dfnum", "dfden")),
            Map.entry("noncentral_chisquare", List.of("df", "nonc")),
            Map.entry("noncentral_f", List.of("dfnum", "dfden", "nonc")),
            Map.entry("geometric", List.of("p")),
            Map.entry("negative_binomial", List.of("n", "p")),
            Map.entry("hypergeometric", List.of("ngood", "nbad", "nsample")),
            Map.entry("logseries", List.of("p")),
            Map.entry("zipf", List.of("a")),
            Map.entry("multinomial", List.of("n", "pvals")),
            Map.entry("dirichlet", List.of("alpha")));

    private MoreCalls() {
    }

    /** NumPy's snake_case name in lowerCamelCase: {@code noncentral_f} is {@code noncentralF}. */
    static String javaName(String numpyName) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char ch : numpyName.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** Calls the overload the arguments stand for; NumPy's exceptions come out unwrapped. */
    static Object generator(Generator g, String method, Map<String, String> args) {
        List<Class<?>> types = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String name : PARAMETERS.get(method)) {
            String text = args.get(name);
            if (ArrayCalls.isArray(text)) {
                types.add(NDArray.class);
                values.add(text.startsWith("arange(") ? RandomFixtures.array(text)
                        : RandomFixtures.literalArray(text));
            } else if (text.startsWith("[")) {
                types.add(double[].class);
                values.add(text.equals("[]") ? new double[0] : RandomFixtures.doubles(text));
            } else if (text.matches("-?\\d+")) {
                types.add(long.class);
                values.add(Long.parseLong(text));
            } else {
                types.add(double.class);
                values.add(RandomFixtures.pyFloat(text));
            }
        }
        int[] size = RandomFixtures.size(args.get("size"));
        Method m = find(javaName(method), types, size != null);
        if (m.getParameterCount() > types.size()) {
            values.add(size == null ? new int[0] : size);   // varargs only: None means ()
        }
        try {
            return m.invoke(g, values.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The public method with these parameter types, plus {@code int[]} for a size; without a
     * size, the overload without one if it exists (NumPy's size=None), else the varargs one
     * (dirichlet and the list form of multinomial, where None and () agree).
     */
    private static Method find(String name, List<Class<?>> types, boolean withSize) {
        List<Class<?>> sized = new ArrayList<>(types);
        sized.add(int[].class);
        try {
            if (!withSize) {
                try {
                    return Generator.class.getMethod(name, types.toArray(Class<?>[]::new));
                } catch (NoSuchMethodException e) {
                    // fall through to the varargs overload
                }
            }
            return Generator.class.getMethod(name, sized.toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no Generator." + name + Arrays.toString(
                    sized.stream().map(Class::getSimpleName).toArray()), e);
        }
    }
}
