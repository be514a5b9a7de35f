package jp.member.staff.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.member.security.Roles;
import jp.member.staff.boundary.SignInResult.StaffSession;
import jp.member.staff.control.LoginAttempts;
import jp.member.staff.control.PasswordHash;
import jp.member.staff.control.RoleBlocks;
import jp.member.staff.control.SecondFactor;
import jp.member.staff.control.SignInEvents;
import jp.member.staff.control.SignInNetworks;
import jp.member.staff.control.SignInOutsideNetworks;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.SignInEvent.Outcome;
import jp.member.staff.entity.StaffAccount;

/**
 * Signing staff in and out, and the per-request check that a live session's account is still allowed in.
 *
 * <p>{@code @PermitAll}: the authentication mechanism calls these before the caller has an identity. They reveal
 * only "accepted or not" and, to the holder of the right password, their own roles.
 */
@Stateless
@PermitAll
public class StaffAuthentication {

    @Inject
    StaffAccounts accounts;

    @Inject
    PasswordHash passwordHash;

    @Inject
    LoginAttempts attempts;

    @Inject
    SignInEvents events;

    @Inject
    SecondFactor secondFactor;

    @Inject
    Clock clock;

    @Inject
    SignInNetworks networks;

    @Inject
    Event<SignInOutsideNetworks> outside;

    @Inject
    RoleBlocks blocks;

    @Resource
    SessionContext context;

    /**
     * Checks a username, password and — for an account enrolled in the second factor — a one-time code (or a recovery
     * code). Unknown accounts, wrong passwords or codes, locked and disabled accounts and accounts whose role a containment
     * stopped all get the same refusal (and take the same time); every attempt is recorded with the client address. No transaction:
     * each step commits on its own so that parallel attempts count against one another.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignInResult signIn(String username, String password, String oneTimeCode, String clientAddress) {
        return signIn(username, password, oneTimeCode, clientAddress, null);
    }

    /**
     * As above, from a device known by its certificate's fingerprint (null: none presented). The right password and
     * code from a network — or without a device — the company has not approved for the account's roles are refused
     * the same way, counted as a failed attempt, recorded as {@code OUTSIDE_NETWORKS} and alerted.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignInResult signIn(
            String username, String password, String oneTimeCode, String clientAddress, String deviceFingerprint) {
        Instant now = clock.instant();
        Optional<StaffAccount> found = accounts.findByUsername(username);
        if (found.isEmpty() || password == null) {
            passwordHash.verifyDecoy(password == null ? "" : password);
            events.record(Outcome.FAILURE, username, null, clientAddress);
            return SignInResult.refused();
        }
        StaffAccount account = found.get();
        if (!account.isEnabled() || blocks.blocksAny(account.getRoles()) || !attempts.reserve(account.getId(), now)) {
            passwordHash.verifyDecoy(password);
            events.record(Outcome.REFUSED, account.getUsername(), account.getId(), clientAddress);
            return SignInResult.refused();
        }
        if (!passwordHash.verify(password, account.getPasswordHash())) {
            boolean lockedNow = attempts.failed(account.getId(), now);
            events.record(
                    lockedNow ? Outcome.LOCKOUT : Outcome.FAILURE,
                    account.getUsername(),
                    account.getId(),
                    clientAddress);
            return SignInResult.refused();
        }
        if (account.hasSecondFactor() && !secondFactor.check(account.getId(), oneTimeCode)) {
            // a wrong or missing code counts as a failed attempt, and is refused like a wrong password
            boolean lockedNow = attempts.failed(account.getId(), now);
            events.record(
                    lockedNow ? Outcome.LOCKOUT : Outcome.FAILURE,
                    account.getUsername(),
                    account.getId(),
                    clientAddress);
            return SignInResult.refused();
        }
        if (!networks.admits(account.getRoles(), clientAddress, deviceFingerprint)) {
            boolean lockedNow = attempts.failed(account.getId(), now);
            events.record(
                    lockedNow ? Outcome.LOCKOUT : Outcome.OUTSIDE_NETWORKS,
                    account.getUsername(),
                    account.getId(),
                    clientAddress);
            outside.fire(new SignInOutsideNetworks(account.getUsername()));
            return SignInResult.refused();
        }
        attempts.succeeded(account.getId(), now);
        events.record(Outcome.SUCCESS, account.getUsername(), account.getId(), clientAddress);
        return SignInResult.accepted(sessionOf(account));
    }

    /**
     * The account behind a live session as it is now, or empty when the session must end: account gone or disabled,
     * or the request coming from a network or device not approved for its roles (a session taken elsewhere). The
     * caller compares the generation with the one the session started under.
     */
    public Optional<StaffSession> currentSession(String username, String clientAddress, String deviceFingerprint) {
        return accounts.findByUsername(username)
                .filter(StaffAccount::isEnabled)
                .filter(account -> !blocks.blocksAny(account.getRoles()))
                .filter(account -> networks.admits(account.getRoles(), clientAddress, deviceFingerprint))
                .map(this::sessionOf);
    }

    /** Records that the signed-in caller signed out. */
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.AUDITOR, Roles.PRIVACY_OFFICER, Roles.ADMIN})
    public void signedOut(String clientAddress) {
        String username = context.getCallerPrincipal().getName();
        Long staffId =
                accounts.findByUsername(username).map(StaffAccount::getId).orElse(null);
        events.record(Outcome.LOGOUT, username, staffId, clientAddress);
    }

    private StaffSession sessionOf(StaffAccount account) {
        return new StaffSession(
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles(),
                account.getSessionGeneration(),
                account.isMustChangePassword(),
                SecondFactor.requiredFor(account)
                        && !account.hasSecondFactor()
                        && !networks.deviceIsSecondFactor(account.getRoles()));
    }
}
