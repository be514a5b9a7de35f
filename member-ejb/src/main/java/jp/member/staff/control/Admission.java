package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import jp.member.staff.entity.SignInEvent.Outcome;
import jp.member.staff.entity.StaffAccount;

/**
 * The last steps of every sign-in, once the person was checked — by their local password, by the directory or by the
 * OpenID provider: the second factor, the networks, the count of attempts and the sign-in record. One place, so that
 * every way in asks the same.
 */
@ApplicationScoped
public class Admission {

    @Inject
    LoginAttempts attempts;

    @Inject
    SignInEvents events;

    @Inject
    SecondFactor secondFactor;

    @Inject
    SignInNetworks networks;

    @Inject
    Event<SignInOutsideNetworks> outside;

    /**
     * The second factor (a code, unless the provider's own check stands for it) and the networks decide; the attempt
     * is counted and recorded either way. The caller reserved the attempt before.
     */
    public boolean admit(
            StaffAccount account,
            String oneTimeCode,
            boolean secondFactorByProvider,
            String clientAddress,
            String deviceFingerprint,
            Instant now) {
        if (!secondFactorByProvider && account.hasSecondFactor() && !secondFactor.check(account.getId(), oneTimeCode)) {
            // a wrong or missing code counts as a failed attempt, and is refused like a wrong password
            failed(account, Outcome.FAILURE, clientAddress, now);
            return false;
        }
        if (!networks.admits(account.getRoles(), clientAddress, deviceFingerprint)) {
            failed(account, Outcome.OUTSIDE_NETWORKS, clientAddress, now);
            outside.fire(new SignInOutsideNetworks(account.getUsername()));
            return false;
        }
        attempts.succeeded(account.getId(), now);
        events.record(Outcome.SUCCESS, account.getUsername(), account.getId(), clientAddress);
        return true;
    }

    /** A failed attempt: counted, and recorded as the lockout when it is the one that locked the account. */
    public void failed(StaffAccount account, Outcome outcome, String clientAddress, Instant now) {
        boolean lockedNow = attempts.failed(account.getId(), now);
        events.record(lockedNow ? Outcome.LOCKOUT : outcome, account.getUsername(), account.getId(), clientAddress);
    }

    /**
     * Whether the session must set up a second factor before anything else: its roles need one, it has none, no
     * registered device stands for it, and the provider did not check one that the administrators accept.
     */
    public boolean mustEnrolSecondFactor(StaffAccount account, boolean secondFactorByProvider) {
        return SecondFactor.requiredFor(account)
                && !account.hasSecondFactor()
                && !secondFactorByProvider
                && !networks.deviceIsSecondFactor(account.getRoles());
    }
}
