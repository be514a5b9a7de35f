package jp.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.member.web.shell.LocaleBacking;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Everything a session, view, conversation or flow keeps must survive serialisation: in a cluster the session (and
 * the views Faces keeps in it) is copied to another instance, and a value that cannot be written is lost there — or,
 * with {@code <distributable/>}, refused when it is set. Walks every such bean of the web module and, through the
 * types of its fields, everything it holds, and names each field that is not provably serialisable.
 *
 * <p>Injected fields are left to the container: Weld refuses at deployment a passivating bean whose injected
 * dependencies are not passivation capable, and the references it injects (client proxies, EJB references) are
 * serialisable themselves.
 */
class PassivatingBeansTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class, FlowScoped.class);

    private static final List<Class<? extends Annotation>> INJECTED = List.of(Inject.class, EJB.class, Resource.class);

    @Test
    @DisplayName("every session-, view-, conversation- and flow-scoped bean, and all it holds, is serialisable")
    void everythingKeptIsSerializable() throws Exception {
        List<Class<?>> beans = passivatingBeans();
        assertThat(beans).as("passivating beans found").hasSizeGreaterThan(30).contains(LocaleBacking.class);

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " does not implement Serializable");
            }
            new Walk(problems).fieldsOf(bean, bean.getSimpleName());
        }
        assertThat(problems).as("fields a cluster could not copy").isEmpty();
    }

    @Test
    @DisplayName("the walk finds what cannot be copied: a plain object, an Optional, a lambda type, a nested holder")
    void walkFindsWhatCannotBeCopied() {
        List<String> problems = new ArrayList<>();
        new Walk(problems).fieldsOf(Faulty.class, "Faulty");
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("Faulty.anything"))
                .anySatisfy(p -> assertThat(p).contains("Faulty.maybe"))
                .anySatisfy(p -> assertThat(p).contains("Faulty.later"))
                .anySatisfy(p -> assertThat(p).contains("Faulty.holders[].thing"))
                .anySatisfy(p -> assertThat(p).contains("Faulty.byName{}"))
                .noneSatisfy(p -> assertThat(p).contains("fine"))
                .hasSize(5);
    }

    /** Follows field types depth first; each of our own classes is walked once. */
    private static final class Walk {
        private final List<String> problems;
        private final Set<Class<?>> walked = new HashSet<>();

        Walk(List<String> problems) {
            this.problems = problems;
        }

        void fieldsOf(Class<?> type, String path) {
            if (!walked.add(type)) {
                return;
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                        continue;
                    }
                    if (INJECTED.stream().anyMatch(field::isAnnotationPresent)) {
                        continue;
                    }
                    type(field.getGenericType(), path + "." + field.getName());
                }
            }
        }

        void type(Type type, String path) {
            if (type instanceof Class<?> c) {
                classType(c, path);
            } else if (type instanceof ParameterizedType p) {
                Class<?> raw = (Class<?>) p.getRawType();
                Type[] arguments = p.getActualTypeArguments();
                if (Collection.class.isAssignableFrom(raw) && raw.getName().startsWith("java.util.")) {
                    type(arguments[0], path + "[]"); // List.of, ArrayList, HashSet… are all serialisable
                } else if (Map.class.isAssignableFrom(raw) && raw.getName().startsWith("java.util.")) {
                    type(arguments[0], path + "{key}");
                    type(arguments[1], path + "{}");
                } else {
                    classType(raw, path);
                    for (Type argument : arguments) {
                        type(argument, path + "<>");
                    }
                }
            } else if (type instanceof GenericArrayType a) {
                type(a.getGenericComponentType(), path + "[]");
            } else if (type instanceof WildcardType w) {
                type(w.getUpperBounds()[0], path);
            } else if (type instanceof TypeVariable<?> v) {
                type(v.getBounds()[0], path);
            } else {
                problems.add(path + ": unknown kind of type " + type);
            }
        }

        private void classType(Class<?> c, String path) {
            if (c.isPrimitive() || c.isEnum()) {
                return;
            }
            if (c.isArray()) {
                classType(c.getComponentType(), path + "[]");
                return;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
                return;
            }
            if (c.getName().startsWith("jp.member.")) {
                fieldsOf(c, path); // ours: what it holds must be serialisable too
            }
        }
    }

    private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(LocaleBacking.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, PassivatingBeansTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError notLoadable) {
                    throw new AssertionError("cannot load " + name, notLoadable);
                }
                if (PASSIVATING_SCOPES.stream().anyMatch(type::isAnnotationPresent)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    /** What the walk must refuse, next to what it must accept. */
    @SuppressWarnings("unused")
    private static final class Faulty implements Serializable {
        private static final long serialVersionUID = 1L;
        private Object anything;
        private java.util.Optional<String> maybe;
        private Runnable later;
        private List<Holder> holders;
        private Map<String, Thread> byName;
        private int fine;
        private String fineToo;
        private List<java.time.LocalDate> fineDates;
        private transient Thread fineTransient;
        private Holder[] fineWalkedOnce;
    }

    @SuppressWarnings("unused")
    private static final class Holder implements Serializable {
        private static final long serialVersionUID = 1L;
        private Thread thing;
    }
}
