package jp.member.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.member.security.Roles;
import jp.member.staff.boundary.IssuedSecret;
import jp.member.staff.boundary.StaffAdministration;
import jp.member.staff.boundary.StaffSummary;
import jp.member.web.shell.Messages;

/** The staff administration page (ADMIN): accounts, roles, disable/enable, password reset. */
@Named
@ViewScoped
public class StaffAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAdministration administration;

    private List<StaffSummary> staff;
    private String newUsername;
    private String newDisplayName;
    private List<String> newRoles = new ArrayList<>();
    private StaffSummary editing;
    private List<String> editedRoles = new ArrayList<>();
    /** Shown once, on this instance only: a secret is never copied to another instance with the session. */
    private transient IssuedSecret issued;

    @PostConstruct
    public void load() {
        staff = administration.list();
    }

    public void create() {
        act(
                () -> {
                    issued = administration.create(newUsername, newDisplayName, newRoles);
                    newUsername = null;
                    newDisplayName = null;
                    newRoles = new ArrayList<>();
                },
                "staff.created");
    }

    public void startEditing(StaffSummary account) {
        editing = account;
        editedRoles = new ArrayList<>(account.roles());
    }

    public void saveRoles() {
        act(() -> administration.changeRoles(editing.id(), editedRoles), "staff.rolesChanged");
    }

    public void disable(StaffSummary account) {
        act(() -> administration.disable(account.id()), "staff.disabled");
    }

    public void enable(StaffSummary account) {
        act(() -> administration.enable(account.id()), "staff.enabled");
    }

    public void resetPassword(StaffSummary account) {
        act(() -> issued = administration.resetPassword(account.id()), "staff.passwordReset");
    }

    /** The one-time secret is shown once; closing the dialog forgets it. */
    public void forgetIssued() {
        issued = null;
    }

    private void act(Runnable action, String successKey) {
        Messages.attempt(action, successKey);
        load();
    }

    public List<String> getAllRoles() {
        return Roles.STAFF;
    }

    public List<StaffSummary> getStaff() {
        return staff;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public StaffSummary getEditing() {
        return editing;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles;
    }

    public IssuedSecret getIssued() {
        return issued;
    }
}
