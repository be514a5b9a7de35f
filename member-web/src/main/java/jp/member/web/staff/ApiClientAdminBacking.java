package jp.member.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import jp.member.security.Roles;
import jp.member.staff.boundary.ApiClientAdministration;
import jp.member.staff.boundary.ApiClientSummary;
import jp.member.staff.boundary.IssuedSecret;
import jp.member.web.shell.Messages;

/**
 * The API client page (ADMIN): register store terminals / channels, replace secrets, disable; set each client's
 * request and enrolment limits and the personal fields it may read in full ({@link ApiClientSettingsForm}).
 */
@Named
@ViewScoped
public class ApiClientAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiClientAdministration administration;

    private List<ApiClientSummary> clients;
    private String newClientId;
    private String newName;
    private String newRole = Roles.POS;
    /** Shown once, on this instance only: a secret is never copied to another instance with the session. */
    private transient IssuedSecret issued;

    private final ApiClientSettingsForm settings = new ApiClientSettingsForm();

    @PostConstruct
    void load() {
        clients = administration.list();
    }

    public void register() {
        act(
                () -> {
                    issued = administration.register(newClientId, newName, newRole);
                    newClientId = null;
                    newName = null;
                },
                "apiClient.registered");
    }

    public void replaceSecret(ApiClientSummary client) {
        act(() -> issued = administration.replaceSecret(client.id()), "apiClient.secretReplaced");
    }

    public void disable(ApiClientSummary client) {
        act(() -> administration.disable(client.id()), "apiClient.disabled");
    }

    public void enable(ApiClientSummary client) {
        act(() -> administration.enable(client.id()), "apiClient.enabled");
    }

    /** Opens the limits and field scope of one client for editing. */
    public void edit(ApiClientSummary client) {
        settings.open(client);
    }

    public void saveSettings() {
        act(
                () -> {
                    administration.changeLimits(
                            settings.getEditing(),
                            orZero(settings.getRequestsPerMinute()),
                            orZero(settings.getRequestBurst()),
                            orZero(settings.getEnrolmentsPerHour()));
                    administration.changeFieldScope(settings.getEditing(), Set.copyOf(settings.getFieldScope()));
                    settings.close();
                },
                "apiClient.settingsSaved");
    }

    public void cancelEdit() {
        settings.close();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public void forgetIssued() {
        issued = null;
    }

    private void act(Runnable action, String successKey) {
        Messages.attempt(action, successKey);
        load();
    }

    public ApiClientSettingsForm getSettings() {
        return settings;
    }

    /** The personal fields a scope may hold, in the members' order. */
    public List<String> getPersonalFields() {
        return ApiClientAdministration.PERSONAL_FIELDS;
    }

    public List<ApiClientSummary> getClients() {
        return clients;
    }

    public String getNewClientId() {
        return newClientId;
    }

    public void setNewClientId(String newClientId) {
        this.newClientId = newClientId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public List<String> getClientRoles() {
        return Roles.CLIENTS;
    }

    public String getNewRole() {
        return newRole;
    }

    public void setNewRole(String newRole) {
        this.newRole = newRole;
    }

    public IssuedSecret getIssued() {
        return issued;
    }
}
