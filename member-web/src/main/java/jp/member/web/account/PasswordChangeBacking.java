package jp.member.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.member.shared.BusinessException;
import jp.member.staff.boundary.OwnAccount;
import jp.member.web.security.SignedInStaff;
import jp.member.web.shell.Messages;

/** A person changes their own password (required after an administrator set a temporary one). */
@Named
@RequestScoped
public class PasswordChangeBacking {

    @Inject
    OwnAccount ownAccount;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public String change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.error("password.confirmationMismatch");
            return null;
        }
        try {
            int generation = ownAccount.changePassword(currentPassword, newPassword);
            keepThisSession(generation);
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
        Messages.info("password.changed");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/index.xhtml?faces-redirect=true";
    }

    /** Other sessions of the account end; this one carries on under the new generation. */
    private static void keepThisSession(int generation) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        var session = ((HttpServletRequest) external.getRequest()).getSession();
        SignedInStaff signedIn = (SignedInStaff) session.getAttribute(SignedInStaff.ATTRIBUTE);
        session.setAttribute(SignedInStaff.ATTRIBUTE, signedIn.withPasswordChanged(generation));
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
