package jp.member.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import jp.member.security.Roles;

/** Test support: calls made through this bean carry the role {@value Roles#PRIVACY_OFFICER}. */
@Stateless
@LocalBean
@RunAs(Roles.PRIVACY_OFFICER)
@PermitAll // test support only: it exists to call the application's boundaries under a chosen role
public class AsPrivacyOfficer implements Caller {

    @Override
    public <T> T call(Callable<T> action) throws Exception {
        return action.call();
    }
}
