package jp.member.staff.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.staff.control.PasswordHash;
import jp.member.staff.control.PasswordPolicy;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.SignInEvent;
import jp.member.staff.entity.StaffAccount;

/** What every signed-in person may do to their own account. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.AUDITOR, Roles.PRIVACY_OFFICER, Roles.ADMIN})
public class OwnAccount {

    @Inject
    StaffAccounts accounts;

    @Inject
    PasswordHash passwordHash;

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    /** The caller's own most recent sign-in events (successes, failures, lockouts, sign-outs), newest first. */
    public List<SignInRecord> recentSignIns(int limit) {
        return em.createNamedQuery(SignInEvent.FIND_BY_USERNAME, SignInEvent.class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .setMaxResults(Math.max(1, Math.min(limit, 50)))
                .getResultStream()
                .map(SignInRecord::of)
                .toList();
    }

    /**
     * Changes the caller's password after checking the current one and the password policy. Other sessions of the
     * account end; the new session generation is returned so the caller's own session can carry on.
     */
    public int changePassword(String currentPassword, String newPassword) {
        StaffAccount account = accounts.findByUsername(
                        context.getCallerPrincipal().getName())
                .orElseThrow(() -> new BusinessException("staff.notFound"));
        if (account.isExternal()) {
            throw new BusinessException("password.directory");
        }
        if (currentPassword == null || !passwordHash.verify(currentPassword, account.getPasswordHash())) {
            throw new BusinessException("password.currentWrong");
        }
        PasswordPolicy.violation(newPassword, account.getUsername()).ifPresent(key -> {
            throw new BusinessException(key);
        });
        if (passwordHash.verify(newPassword, account.getPasswordHash())) {
            throw new BusinessException("password.unchanged");
        }
        account.changePassword(passwordHash.hash(newPassword));
        account.endSessions();
        return account.getSessionGeneration();
    }
}
