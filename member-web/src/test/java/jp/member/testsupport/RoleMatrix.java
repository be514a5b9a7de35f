package jp.member.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The declared access matrix ({@code role-matrix.properties}): which roles may call which EJB method. */
public final class RoleMatrix {

    public static final String ANONYMOUS = "ANONYMOUS";
    public static final List<String> CALLERS =
            List.of(ANONYMOUS, "AGENT", "MANAGER", "AUDITOR", "PRIVACY_OFFICER", "ADMIN", "POS", "CHANNEL", "MONITOR");

    private final Map<String, Set<String>> allowed;

    private RoleMatrix(Map<String, Set<String>> allowed) {
        this.allowed = allowed;
    }

    public static RoleMatrix load() {
        Properties properties = new Properties();
        try (InputStream in = RoleMatrix.class.getResourceAsStream("/role-matrix.properties")) {
            if (in == null) {
                throw new IllegalStateException("role-matrix.properties is not on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> allowed = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            Set<String> roles = Arrays.stream(properties.getProperty(key).trim().split("\\s+"))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!CALLERS.containsAll(roles)) {
                throw new IllegalStateException("unknown role in role-matrix.properties: " + key + " = " + roles);
            }
            allowed.put(key, roles);
        }
        return new RoleMatrix(allowed);
    }

    /** Every declared {@code class.method} key. */
    public Set<String> methods() {
        return allowed.keySet();
    }

    public Set<String> allowed(String key) {
        return allowed.getOrDefault(key, Set.of());
    }

    public static String keyOf(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }

    /** The class part of a key. */
    public static String classOf(String key) {
        return key.substring(0, key.lastIndexOf('.'));
    }

    /** The public business methods an EJB class declares (its own, not Object's, not static). */
    public static List<Method> businessMethods(Class<?> bean) {
        return Arrays.stream(bean.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic())
                .toList();
    }
}
