package jp.member.staff.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import jp.member.security.Roles;
import jp.member.shared.NotFoundException;
import jp.member.staff.control.SecondFactor;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.StaffAccount;

/**
 * A staff member sets up their own second factor: a new secret for the authenticator app (shown as a QR code and
 * as text), confirmed by a first code, which yields ten one-time recovery codes shown once. Setting it up again
 * replaces the secret and the recovery codes.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.AUDITOR, Roles.PRIVACY_OFFICER, Roles.ADMIN})
public class SecondFactorEnrolment {

    @Inject
    StaffAccounts accounts;

    @Inject
    SecondFactor secondFactor;

    @Resource
    SessionContext context;

    /** What the authenticator app needs: the secret (base32) and the {@code otpauth://} URI of the QR code. */
    public record Enrolment(String secret, String uri) {}

    public Enrolment begin() {
        StaffAccount me = me();
        String secret = secondFactor.begin(me);
        return new Enrolment(secret, SecondFactor.uri(me.getUsername(), secret));
    }

    /** Confirms with the app's current code; returns the recovery codes, which are never shown again. */
    public List<String> confirm(String code) {
        return secondFactor.confirm(me(), code);
    }

    public boolean enrolled() {
        return me().hasSecondFactor();
    }

    private StaffAccount me() {
        return accounts.findByUsername(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("staff.notFound"));
    }
}
