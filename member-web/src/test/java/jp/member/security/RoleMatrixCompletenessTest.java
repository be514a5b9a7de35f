package jp.member.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jp.member.testsupport.RoleMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every business method of every EJB in the application carries an explicit role annotation, and the declared
 * access matrix lists exactly those methods. (RoleMatrixIT then proves the container enforces the matrix.)
 */
class RoleMatrixCompletenessTest {

    private static final List<Class<?>> EJBS = new ArrayList<>();

    @BeforeAll
    static void findEjbs() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(
                Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classNames;
        if (Files.isDirectory(location)) {
            classNames = classNamesUnder(location);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                classNames = classNamesUnder(jar.getPath("/"));
            }
        }
        for (String name : classNames) {
            Class<?> type = Class.forName(name, false, Roles.class.getClassLoader());
            if (type.isAnnotationPresent(Stateless.class)
                    || type.isAnnotationPresent(Singleton.class)
                    || type.isAnnotationPresent(Stateful.class)) {
                EJBS.add(type);
            }
        }
    }

    private static List<String> classNamesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(p -> p.endsWith(".class") && !p.contains("$") && !p.endsWith("package-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .filter(n -> n.startsWith("jp.member."))
                    .toList();
        }
    }

    @Test
    @DisplayName("the scan finds the application's EJBs")
    void scanFindsEjbs() {
        assertThat(EJBS).extracting(Class::getSimpleName).contains("StaffAdministration", "StaffAuthentication");
    }

    @Test
    @DisplayName("every public EJB method has @RolesAllowed, @PermitAll or @DenyAll on it or on its class")
    void everyMethodHasARoleAnnotation() {
        List<String> unannotated = new ArrayList<>();
        for (Class<?> ejb : EJBS) {
            for (Method method : RoleMatrix.businessMethods(ejb)) {
                if (!hasRoleAnnotation(ejb) && !hasRoleAnnotation(method)) {
                    unannotated.add(RoleMatrix.keyOf(method));
                }
            }
        }
        assertThat(unannotated).isEmpty();
    }

    @Test
    @DisplayName("the access matrix lists every public EJB method, and nothing else")
    void matrixIsComplete() {
        Set<String> actual = new TreeSet<>();
        for (Class<?> ejb : EJBS) {
            RoleMatrix.businessMethods(ejb).forEach(m -> actual.add(RoleMatrix.keyOf(m)));
        }
        assertThat(new TreeSet<>(RoleMatrix.load().methods())).isEqualTo(actual);
    }

    private static boolean hasRoleAnnotation(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }
}
