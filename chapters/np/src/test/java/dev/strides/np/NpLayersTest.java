package dev.strides.np;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The chain of layers behind {@link np} (see its javadoc): every layer is a public class of this
 * package that nobody outside it can instantiate or extend, and no layer hides a static member of
 * another, which Java would accept without a word.
 */
class NpLayersTest {

    /** {@code np}'s superclasses, nearest first, without {@code Object}. */
    private static List<Class<?>> layers() {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = np.class.getSuperclass(); c != Object.class; c = c.getSuperclass()) {
            chain.add(c);
        }
        return chain;
    }

    @Test
    void npIsAFinalClassOverAChainOfLayers() {
        assertThat(Modifier.isFinal(np.class.getModifiers())).isTrue();
        assertThat(np.class.getDeclaredFields()).isEmpty();
        assertThat(np.class.getDeclaredMethods()).isEmpty();
        assertThat(layers()).hasSizeGreaterThanOrEqualTo(2).first().isEqualTo(RandomApi.class);
        assertThat(layers()).last().isEqualTo(ArrayCreationApi.class);
    }

    @Test
    void everyLayerIsPublicInThisPackageWithoutAPublicConstructor() {
        for (Class<?> layer : layers()) {
            assertThat(layer.getPackage()).as(layer.getName()).isEqualTo(np.class.getPackage());
            assertThat(Modifier.isPublic(layer.getModifiers())).as(layer.getName()).isTrue();
            for (Constructor<?> constructor : layer.getDeclaredConstructors()) {
                int modifiers = constructor.getModifiers();
                assertThat(Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))
                        .as(constructor.toString()).isFalse();
            }
        }
        for (Constructor<?> constructor : np.class.getDeclaredConstructors()) {
            assertThat(Modifier.isPrivate(constructor.getModifiers())).isTrue();
        }
    }

    @Test
    void noLayerHidesAMethodOfAnother() {
        Map<String, List<String>> declaredIn = new HashMap<>();
        for (Class<?> layer : layers()) {
            for (Method m : layer.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                    String signature = m.getName() + Arrays.stream(m.getParameterTypes())
                            .map(Class::getTypeName)
                            .collect(Collectors.joining(", ", "(", ")"));
                    declaredIn.computeIfAbsent(signature, k -> new ArrayList<>())
                            .add(layer.getSimpleName());
                }
            }
        }
        assertThat(declaredIn).isNotEmpty();
        assertThat(declaredIn.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + e.getValue()).toList()).isEmpty();
    }

    @Test
    void noLayerHidesAFieldOrNestedClassOfAnother() {
        Map<String, List<String>> declaredIn = new HashMap<>();
        for (Class<?> layer : layers()) {
            for (Field f : layer.getDeclaredFields()) {
                declaredIn.computeIfAbsent("field " + f.getName(), k -> new ArrayList<>())
                        .add(layer.getSimpleName());
            }
            for (Class<?> nested : layer.getDeclaredClasses()) {
                declaredIn.computeIfAbsent("class " + nested.getSimpleName(),
                        k -> new ArrayList<>()).add(layer.getSimpleName());
            }
        }
        assertThat(declaredIn).containsKeys("field float64", "field add", "class random",
                "class lib");
        assertThat(declaredIn.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + e.getValue()).toList()).isEmpty();
    }
}
