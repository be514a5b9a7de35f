package jp.member.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import jp.member.shared.BusinessException;
import jp.member.staff.boundary.SecondFactorEnrolment;
import jp.member.web.security.SignedInStaff;
import jp.member.web.shell.Messages;

/**
 * Setting up the second factor: scan the QR code (or type the secret), confirm with the app's code, write down the
 * recovery codes shown once. Managers, auditors and administrators are sent here until they have done it.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactorEnrolment enrolment;

    private boolean enrolled;
    /**
     * The secret being set up stays on this instance: it is never copied to another with the session (after a
     * failover the set-up starts again).
     */
    private transient SecondFactorEnrolment.Enrolment pending;

    private String code;
    private List<String> recoveryCodes;

    /** On the first GET: what the account has now. */
    public void load() {
        enrolled = enrolment.enrolled();
    }

    public void start() {
        pending = enrolment.begin();
        recoveryCodes = null;
    }

    public void confirm() {
        try {
            recoveryCodes = enrolment.confirm(code);
            pending = null;
            enrolled = true;
            keepThisSessionGoing();
            Messages.info("totp.enrolled");
        } catch (BusinessException refused) {
            Messages.error(refused);
        } finally {
            code = null;
        }
    }

    private static void keepThisSessionGoing() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        var session = ((HttpServletRequest) external.getRequest()).getSession();
        SignedInStaff signedIn = (SignedInStaff) session.getAttribute(SignedInStaff.ATTRIBUTE);
        session.setAttribute(SignedInStaff.ATTRIBUTE, signedIn.withSecondFactor());
    }

    public String getQrCode() {
        return pending == null ? null : QrSvg.of(pending.uri());
    }

    public String getSecret() {
        return pending == null
                ? null
                : pending.secret().replaceAll("(.{4})", "$1 ").strip();
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public boolean isPending() {
        return pending != null;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
