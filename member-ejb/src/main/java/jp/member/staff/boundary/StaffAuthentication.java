package jp.member.staff.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import jp.member.security.Roles;
import jp.member.shared.boundary.InNewTransaction;
import jp.member.staff.boundary.SignInResult.StaffSession;
import jp.member.staff.control.Admission;
import jp.member.staff.control.Directory;
import jp.member.staff.control.DirectoryAnswer;
import jp.member.staff.control.DirectorySessions;
import jp.member.staff.control.ExternalAccounts;
import jp.member.staff.control.LoginAttempts;
import jp.member.staff.control.PasswordHash;
import jp.member.staff.control.RoleBlocks;
import jp.member.staff.control.SignInEvents;
import jp.member.staff.control.SignInNetworks;
import jp.member.staff.control.SignInSources;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.SignInEvent.Outcome;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.entity.StaffAccount.Source;

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
    Clock clock;

    @Inject
    SignInNetworks networks;

    @Inject
    RoleBlocks blocks;

    @Inject
    Directory directory;

    @Inject
    ExternalAccounts externalAccounts;

    @Inject
    InNewTransaction transaction;

    @Inject
    DirectorySessions directorySessions;

    @Inject
    SignInSources sources;

    @Inject
    Admission admission;

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
        if (directory.isOn() && found.filter(sources::isBreakGlass).isEmpty()) {
            return signInThroughDirectory(username, password, oneTimeCode, clientAddress, deviceFingerprint, found);
        }
        if (sources.isExternalOn() && found.filter(sources::isBreakGlass).isEmpty()) {
            // the OpenID provider is on (the directory is off): only break-glass administrators use a local password
            passwordHash.verifyDecoy(password == null ? "" : password);
            found.ifPresentOrElse(
                    account -> admission.failed(account, Outcome.FAILURE, clientAddress, now),
                    () -> events.record(Outcome.FAILURE, username, null, clientAddress));
            return SignInResult.refused();
        }
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
        boolean right = account.isExternal() // its source is off: a directory or provider account has no password here
                ? passwordHash.verifyDecoy(password)
                : passwordHash.verify(password, account.getPasswordHash());
        if (!right) {
            admission.failed(account, Outcome.FAILURE, clientAddress, now);
            return SignInResult.refused();
        }
        return admit(account, oneTimeCode, clientAddress, deviceFingerprint, now);
    }

    /**
     * With the directory on, everyone but the break-glass administrators: the directory checks the password (a bind as
     * the person) and says whether they are enabled and in a mapped group; the local record — created at the first
     * sign-in — keeps the lockout, second factor, networks and history. A local account that is not break-glass is
     * refused like a wrong password: its local password is never checked.
     */
    private SignInResult signInThroughDirectory(
            String username,
            String password,
            String oneTimeCode,
            String clientAddress,
            String deviceFingerprint,
            Optional<StaffAccount> found) {
        Instant now = clock.instant();
        // the cost of a local password check on every path, so that timing tells nothing about local accounts
        passwordHash.verifyDecoy(password == null ? "" : password);
        if (found.isPresent()) {
            StaffAccount account = found.get();
            if (!account.isEnabled()
                    || blocks.blocksAny(account.getRoles())
                    || !attempts.reserve(account.getId(), now)) {
                events.record(Outcome.REFUSED, account.getUsername(), account.getId(), clientAddress);
                return SignInResult.refused();
            }
        }
        DirectoryAnswer answer = directory.signIn(username, password);
        if (!answer.isActive()) {
            if (found.isPresent()) {
                admission.failed(found.get(), Outcome.FAILURE, clientAddress, now);
            } else {
                events.record(Outcome.FAILURE, username, null, clientAddress);
            }
            return SignInResult.refused();
        }
        if (found.filter(StaffAccount::isExternal)
                .filter(a -> !a.isFromDirectory())
                .isPresent()) {
            // the provider's account: the directory does not take it over
            admission.failed(found.get(), Outcome.FAILURE, clientAddress, now);
            return SignInResult.refused();
        }
        StaffAccount account;
        try {
            String name = found.map(StaffAccount::getUsername).orElse(username.toLowerCase(Locale.ROOT));
            account = transaction
                    .call(() -> externalAccounts.signedIn(
                            Source.DIRECTORY, name, null, answer.displayName(), answer.roles(), now))
                    .orElseThrow();
        } catch (RuntimeException sameFirstSignInElsewhere) {
            // two first sign-ins of one person at once: one record was created, this attempt is refused
            events.record(Outcome.FAILURE, username, null, clientAddress);
            return SignInResult.refused();
        }
        directorySessions.signedIn(account.getUsername(), answer, now);
        if (!account.isEnabled() || blocks.blocksAny(account.getRoles())) {
            events.record(Outcome.REFUSED, account.getUsername(), account.getId(), clientAddress);
            return SignInResult.refused();
        }
        return admit(account, oneTimeCode, clientAddress, deviceFingerprint, now);
    }

    /** The password was right: the second factor and the networks decide. */
    private SignInResult admit(
            StaffAccount account, String oneTimeCode, String clientAddress, String deviceFingerprint, Instant now) {
        return admission.admit(account, oneTimeCode, false, clientAddress, deviceFingerprint, now)
                ? SignInResult.accepted(StaffSession.of(account, admission.mustEnrolSecondFactor(account, false)))
                : SignInResult.refused();
    }

    /**
     * The account behind a live session as it is now, or empty when the session must end: account gone or disabled,
     * disabled or out of every mapped group in the directory, its roles changed there, a local account not break-glass
     * while the directory or the provider is on, a source turned off ({@link SignInSources#keeps}), or the request
     * coming from a network or device not approved for its roles (a session taken elsewhere). The caller compares the
     * generation with the one the session started under; whether the provider still vouches for its person is the
     * web tier's check (it holds the refresh token).
     */
    public Optional<StaffSession> currentSession(String username, String clientAddress, String deviceFingerprint) {
        return accounts.findByUsername(username)
                .filter(StaffAccount::isEnabled)
                .filter(account -> sources.keeps(account, clock.instant()))
                .filter(account -> !blocks.blocksAny(account.getRoles()))
                .filter(account -> networks.admits(account.getRoles(), clientAddress, deviceFingerprint))
                .map(account -> StaffSession.of(account, admission.mustEnrolSecondFactor(account, false)));
    }

    /** Records that the signed-in caller signed out. */
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.AUDITOR, Roles.PRIVACY_OFFICER, Roles.ADMIN})
    public void signedOut(String clientAddress) {
        String username = context.getCallerPrincipal().getName();
        Long staffId =
                accounts.findByUsername(username).map(StaffAccount::getId).orElse(null);
        events.record(Outcome.LOGOUT, username, staffId, clientAddress);
    }
}
