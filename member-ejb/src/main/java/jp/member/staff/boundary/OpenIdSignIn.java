package jp.member.staff.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import jp.member.shared.boundary.InNewTransaction;
import jp.member.staff.boundary.SignInResult.StaffSession;
import jp.member.staff.control.Admission;
import jp.member.staff.control.ExternalAccounts;
import jp.member.staff.control.LoginAttempts;
import jp.member.staff.control.RoleBlocks;
import jp.member.staff.control.SignInEvents;
import jp.member.staff.control.SignInPolicy;
import jp.member.staff.control.SignInSources;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.SignInEvent.Outcome;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.entity.StaffAccount.Source;

/**
 * Staff sign-in through the company's OpenID provider (decision 0022): the provider vouched for the person; the local
 * record — made at the first sign-in, or a local account adopted — keeps the lockout, second factor, networks,
 * attestation and history, and takes the provider's roles at every sign-in. A person with no mapped role, the
 * directory's people and the break-glass administrators are refused; so is a record bound to another subject.
 *
 * <p>{@code @PermitAll}: the authentication mechanism calls this before the caller has an identity, with what it read
 * from an ID token it checked. The bean has no remote view: only the application's own code can call it.
 */
@Stateless
@PermitAll // called before the caller has an identity, with a checked ID token (see above)
public class OpenIdSignIn {

    @Inject
    StaffAccounts accounts;

    @Inject
    SignInSources sources;

    @Inject
    LoginAttempts attempts;

    @Inject
    SignInEvents events;

    @Inject
    RoleBlocks blocks;

    @Inject
    ExternalAccounts externalAccounts;

    @Inject
    InNewTransaction transaction;

    @Inject
    Admission admission;

    @Inject
    SignInPolicy policy;

    @Inject
    Clock clock;

    /**
     * Signs in the person the provider vouched for, with a one-time code when their account has a second factor that
     * the provider's check does not stand for (the provider's check stands for it only where it reported one in
     * {@code amr} and an administrator accepts that). Without the code such an account is answered
     * {@link SignInResult#codeNeeded()}, nothing counted; with it, a wrong code counts as a failed attempt. No
     * transaction: each step commits on its own, as the password sign-in's do.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignInResult signIn(
            ProvidedIdentity person, String oneTimeCode, String clientAddress, String deviceFingerprint) {
        Instant now = clock.instant();
        if (person == null || person.username() == null || person.subject() == null) {
            return SignInResult.refused(); // the mechanism never asks so: nothing a person did
        }
        String username = person.username().strip().toLowerCase(Locale.ROOT);
        if (!sources.isOpenIdOn() || username.isEmpty() || username.length() > StaffAccount.USERNAME_MAX) {
            events.record(Outcome.FAILURE, fitted(username), null, clientAddress);
            return SignInResult.refused();
        }
        Optional<StaffAccount> found = accounts.findByUsername(username);
        if (found.filter(account -> account.isFromDirectory()
                        || sources.isBreakGlass(account)
                        || !account.isEnabled()
                        || blocks.blocksAny(account.getRoles()))
                .isPresent()) {
            // the directory's person and the break-glass administrators are never taken over by the provider
            events.record(Outcome.REFUSED, username, found.get().getId(), clientAddress);
            return SignInResult.refused();
        }
        if (person.roles().isEmpty()) {
            events.record(
                    Outcome.FAILURE, username, found.map(StaffAccount::getId).orElse(null), clientAddress);
            return SignInResult.refused();
        }
        boolean byProvider = person.secondFactorChecked() && policy.providerMfaAccepted();
        if (!byProvider
                && found.filter(StaffAccount::hasSecondFactor).isPresent()
                && (oneTimeCode == null || oneTimeCode.isBlank())) {
            return SignInResult.askForCode();
        }
        if (found.isPresent() && !attempts.reserve(found.get().getId(), now)) {
            events.record(Outcome.REFUSED, username, found.get().getId(), clientAddress);
            return SignInResult.refused();
        }
        Optional<StaffAccount> signedIn;
        try {
            signedIn = transaction.call(() -> externalAccounts.signedIn(
                    Source.OPENID, username, person.subject(), person.displayName(), person.roles(), now));
        } catch (RuntimeException sameFirstSignInElsewhere) {
            // two first sign-ins of one person at once: one record was created, this attempt is refused
            events.record(Outcome.FAILURE, username, null, clientAddress);
            return SignInResult.refused();
        }
        if (signedIn.isEmpty()) {
            // the record belongs to another person at the provider (the name was given to someone else)
            admission.failed(found.orElseThrow(), Outcome.FAILURE, clientAddress, now);
            return SignInResult.refused();
        }
        StaffAccount account = signedIn.get();
        if (blocks.blocksAny(account.getRoles())) {
            events.record(Outcome.REFUSED, username, account.getId(), clientAddress);
            return SignInResult.refused();
        }
        return admission.admit(account, oneTimeCode, byProvider, clientAddress, deviceFingerprint, now)
                ? SignInResult.accepted(StaffSession.of(account, admission.mustEnrolSecondFactor(account, byProvider)))
                : SignInResult.refused();
    }

    private static String fitted(String username) {
        return username.length() > StaffAccount.USERNAME_MAX
                ? username.substring(0, StaffAccount.USERNAME_MAX)
                : username;
    }
}
