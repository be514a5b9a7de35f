package jp.member.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.member.security.Roles;
import jp.member.staff.boundary.ApiClientAdministration;
import jp.member.staff.boundary.ApiClientSummary;
import jp.member.staff.boundary.IssuedSecret;
import jp.member.web.shell.Messages;

/** The API client page (ADMIN): register store terminals / channels, replace secrets, disable. */
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
    private IssuedSecret issued;

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

    public void forgetIssued() {
        issued = null;
    }

    private void act(Runnable action, String successKey) {
        Messages.attempt(action, successKey);
        load();
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
