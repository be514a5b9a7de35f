package jp.member.staff.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.shared.Secrets;
import jp.member.staff.control.Attestations;
import jp.member.staff.control.PasswordHash;
import jp.member.staff.control.SignInSources;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.Attestation;
import jp.member.staff.entity.StaffAccount;

/**
 * Staff accounts and their roles, for ADMIN. New accounts and reset passwords get a generated temporary password,
 * returned once; the person must choose their own at the next sign-in. Disabling an account, resetting its
 * password or changing its roles ends its live sessions at their next request.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffAdministration {

    /** The longest username (for the forms: creating an account, signing in). */
    public static final int USERNAME_MAX = StaffAccount.USERNAME_MAX;
    /** The longest display name (for the form). */
    public static final int DISPLAY_NAME_MAX = StaffAccount.DISPLAY_NAME_MAX;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (USERNAME_MAX - 1) + "}");

    @Inject
    StaffAccounts accounts;

    @Inject
    PasswordHash passwordHash;

    @Inject
    Clock clock;

    @Inject
    BusinessTime time;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Attestations attestations;

    @Inject
    SignInSources sources;

    /** Every staff account, by username. */
    public List<StaffSummary> list() {
        return accounts.all().stream()
                .map(a -> StaffSummary.of(a, clock.instant(), attestations.statusOf(a), sources.managesElsewhere(a)))
                .toList();
    }

    /**
     * Creates an account with the given roles and a temporary password. The username is 3–{@value #USERNAME_MAX}
     * lower-case letters, digits, dots, hyphens or underscores and is never reused.
     */
    public IssuedSecret create(String username, String displayName, Collection<String> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new BusinessException("staff.username.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > DISPLAY_NAME_MAX) {
            throw new BusinessException("staff.displayName.invalid");
        }
        requireStaffRoles(roles);
        if (accounts.findByUsername(username).isPresent()) {
            throw new BusinessException("staff.username.taken");
        }
        String temporary = Secrets.temporaryPassword();
        accounts.add(
                new StaffAccount(username, displayName.strip(), passwordHash.hash(temporary), roles, clock.instant()));
        audit.record(AuditEvent.of(AuditEventType.STAFF_CREATED)
                .target("staff:" + username + ";roles:" + String.join("+", new java.util.TreeSet<>(roles))));
        return new IssuedSecret(username, temporary);
    }

    /** Replaces the account's roles. An administrator cannot take ADMIN away from themselves. */
    public void changeRoles(long staffId, Collection<String> roles) {
        requireStaffRoles(roles);
        StaffAccount account = accounts.getById(staffId);
        if (sources.managesElsewhere(account)) {
            throw new BusinessException("staff.rolesElsewhere"); // the directory's groups or the provider's claim
        }
        if (isCaller(account) && !roles.contains(Roles.ADMIN)) {
            throw new BusinessException("staff.cannotDemoteSelf");
        }
        account.assignRoles(roles);
        staffChanged(account, "roles:" + String.join("+", new java.util.TreeSet<>(roles)));
    }

    /** Disables the account and ends its live sessions. An administrator cannot disable themselves. */
    public void disable(long staffId) {
        StaffAccount account = accounts.getById(staffId);
        if (isCaller(account)) {
            throw new BusinessException("staff.cannotDisableSelf");
        }
        account.disable();
        staffChanged(account, "disabled");
    }

    /** Enables the account again; this also lifts a lockout. */
    public void enable(long staffId) {
        StaffAccount account = accounts.getById(staffId);
        account.enable();
        staffChanged(account, "enabled");
    }

    /**
     * Sets a new temporary password (returned once) and ends the account's live sessions. A directory or provider
     * account's password is theirs: refused while its source is on; with it off, the account becomes local again.
     */
    public IssuedSecret resetPassword(long staffId) {
        StaffAccount account = accounts.getById(staffId);
        if (sources.managesElsewhere(account)) {
            throw new BusinessException("password.directory");
        }
        String temporary = Secrets.temporaryPassword();
        account.resetPassword(passwordHash.hash(temporary));
        staffChanged(account, "passwordReset");
        return new IssuedSecret(account.getUsername(), temporary);
    }

    /**
     * Records that the person signed the confidentiality agreement and completed training on these days and accepted
     * the current security policy; replaces the previous record. Neither day may lie in the future.
     */
    public void recordAttestation(long staffId, LocalDate agreementSignedOn, LocalDate trainedOn) {
        LocalDate today = time.today();
        for (LocalDate day : new LocalDate[] {agreementSignedOn, trainedOn}) {
            if (day == null || day.isAfter(today) || day.isBefore(today.minusYears(10))) {
                throw new BusinessException("staff.attestation.invalid");
            }
        }
        StaffAccount account = accounts.getById(staffId);
        String policy = attestations.rule().currentPolicyVersion();
        account.attest(new Attestation(
                agreementSignedOn,
                trainedOn,
                policy,
                clock.instant(),
                context.getCallerPrincipal().getName()));
        staffChanged(account, "attested:" + agreementSignedOn + "/" + trainedOn + "/" + policy);
    }

    private void staffChanged(StaffAccount account, String what) {
        audit.record(AuditEvent.of(AuditEventType.STAFF_CHANGED).target("staff:" + account.getUsername() + ";" + what));
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
