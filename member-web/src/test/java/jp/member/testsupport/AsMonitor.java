package jp.member.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import jp.member.security.Roles;

/** Test support: calls made through this bean carry the role {@value Roles#MONITOR}. */
@Stateless
@LocalBean
@RunAs(Roles.MONITOR)
@PermitAll // test support only: it exists to call the application's boundaries under a chosen role
public class AsMonitor implements Caller {

    @Override
    public <T> T call(Callable<T> action) throws Exception {
        return action.call();
    }
}
