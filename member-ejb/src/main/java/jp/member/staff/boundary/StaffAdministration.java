package jp.member.staff.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.staff.control.PasswordHash;
import jp.member.staff.control.Secrets;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.StaffAccount;

/**
 * Staff accounts and their roles, for ADMIN. New accounts and reset passwords get a generated temporary password,
 * returned once; the person must choose their own at the next sign-in. Disabling an account, resetting its
 * password or changing its roles ends its live sessions at their next request.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Inject
    StaffAccounts accounts;

    @Inject
    PasswordHash passwordHash;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Every staff account, by username. */
    public List<StaffSummary> list() {
        return accounts.all().stream()
                .map(a -> StaffSummary.of(a, clock.instant()))
                .toList();
    }

    /**
     * Creates an account with the given roles and a temporary password. The username is 3–64 lower-case letters,
     * digits, dots, hyphens or underscores and is never reused.
     */
    public IssuedSecret create(String username, String displayName, Collection<String> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new BusinessException("staff.username.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > StaffAccount.DISPLAY_NAME_MAX) {
            throw new BusinessException("staff.displayName.invalid");
        }
        requireStaffRoles(roles);
        if (accounts.findByUsername(username).isPresent()) {
            throw new BusinessException("staff.username.taken");
        }
        String temporary = Secrets.temporaryPassword();
        accounts.add(
                new StaffAccount(username, displayName.strip(), passwordHash.hash(temporary), roles, clock.instant()));
        return new IssuedSecret(username, temporary);
    }

    /** Replaces the account's roles. An administrator cannot take ADMIN away from themselves. */
    public void changeRoles(long staffId, Collection<String> roles) {
        requireStaffRoles(roles);
        StaffAccount account = accounts.getById(staffId);
        if (isCaller(account) && !roles.contains(Roles.ADMIN)) {
            throw new BusinessException("staff.cannotDemoteSelf");
        }
        account.assignRoles(roles);
    }

    /** Disables the account and ends its live sessions. An administrator cannot disable themselves. */
    public void disable(long staffId) {
        StaffAccount account = accounts.getById(staffId);
        if (isCaller(account)) {
            throw new BusinessException("staff.cannotDisableSelf");
        }
        account.disable();
    }

    /** Enables the account again; this also lifts a lockout. */
    public void enable(long staffId) {
        accounts.getById(staffId).enable();
    }

    /** Sets a new temporary password (returned once) and ends the account's live sessions. */
    public IssuedSecret resetPassword(long staffId) {
        StaffAccount account = accounts.getById(staffId);
        String temporary = Secrets.temporaryPassword();
        account.resetPassword(passwordHash.hash(temporary));
        return new IssuedSecret(account.getUsername(), temporary);
    }

    private boolean isCaller(StaffAccount account) {
        return account.getUsername().equals(context.getCallerPrincipal().getName());
    }

    private static void requireStaffRoles(Collection<String> roles) {
        if (roles == null || roles.isEmpty() || !Set.copyOf(Roles.STAFF).containsAll(roles)) {
            throw new BusinessException("staff.roles.invalid");
        }
    }
}
