package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.InitialContext;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsAgent;
import jp.member.testsupport.AsAuditor;
import jp.member.testsupport.AsChannel;
import jp.member.testsupport.AsManager;
import jp.member.testsupport.AsMonitor;
import jp.member.testsupport.AsPos;
import jp.member.testsupport.AsPrivacyOfficer;
import jp.member.testsupport.Caller;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.RoleMatrix;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Function-level access control (ASVS 8.2.1, 8.3.1): every public method of every EJB is called by every role and
 * anonymously; the container's answer — denied with {@link EJBAccessException} or let through — must be exactly
 * the declared matrix. Calls pass default arguments, so a let-through call usually ends in a business refusal:
 * what counts is that the container did not refuse it.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    AsAgent asAgent;

    @Inject
    AsManager asManager;

    @Inject
    AsAuditor asAuditor;

    @Inject
    AsPrivacyOfficer asPrivacyOfficer;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsPos asPos;

    @Inject
    AsChannel asChannel;

    @Inject
    AsMonitor asMonitor;

    @Test
    @DisplayName("every EJB method admits exactly the roles the matrix declares")
    void containerEnforcesTheMatrix() throws Exception {
        RoleMatrix matrix = RoleMatrix.load();
        Map<String, Caller> callers = Map.of(
                "AGENT",
                asAgent,
                "MANAGER",
                asManager,
                "AUDITOR",
                asAuditor,
                "PRIVACY_OFFICER",
                asPrivacyOfficer,
                "ADMIN",
                asAdmin,
                "POS",
                asPos,
                "CHANNEL",
                asChannel,
                "MONITOR",
                asMonitor);
        List<String> mismatches = new ArrayList<>();
        InitialContext naming = new InitialContext();

        for (String key : matrix.methods()) {
            Class<?> beanClass = Class.forName(RoleMatrix.classOf(key));
            Object bean = naming.lookup("java:module/" + beanClass.getSimpleName());
            for (Method method : RoleMatrix.businessMethods(beanClass)) {
                if (!RoleMatrix.keyOf(method).equals(key)) {
                    continue;
                }
                Set<String> admitted = new TreeSet<>();
                for (String role : RoleMatrix.CALLERS) {
                    boolean allowed = role.equals(RoleMatrix.ANONYMOUS)
                            ? admits(bean, method)
                            : callers.get(role).call(() -> admits(bean, method));
                    if (allowed) {
                        admitted.add(role);
                    }
                }
                if (!admitted.equals(new TreeSet<>(matrix.allowed(key)))) {
                    mismatches.add(key + ": declared " + new TreeSet<>(matrix.allowed(key)) + ", container admits "
                            + admitted);
                }
            }
        }

        assertThat(mismatches).isEmpty();
    }

    /** True unless the container refused the call itself (a refusal from deeper down is the method's own business). */
    private static boolean admits(Object bean, Method method) {
        try {
            method.invoke(bean, defaultArguments(method));
            return true;
        } catch (InvocationTargetException e) {
            return !(e.getCause() instanceof EJBAccessException);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] defaultArguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == boolean.class) {
                arguments[i] = false;
            } else if (types[i] == int.class) {
                arguments[i] = 0;
            } else if (types[i] == long.class) {
                arguments[i] = 0L;
            } else if (types[i].isPrimitive()) {
                throw new IllegalStateException("add a default for " + types[i] + " in " + method);
            }
        }
        return arguments;
    }
}
