package jp.member.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import jp.member.security.Roles;

/** Test support: calls made through this bean carry the role {@value Roles#MANAGER} as a second manager, named
 * {@value #NAME} (the two-person rules need two). */
@Stateless
@LocalBean
@RunAs(Roles.MANAGER)
@PermitAll // test support only: it exists to call the application's boundaries under a chosen role
public class AsOtherManager implements Caller {

    public static final String NAME = "MANAGER2";

    @Override
    public <T> T call(Callable<T> action) throws Exception {
        return action.call();
    }
}
