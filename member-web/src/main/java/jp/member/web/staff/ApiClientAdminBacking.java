package jp.member.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.member.security.Roles;
import jp.member.staff.boundary.ApiClientAdministration;
import jp.member.staff.boundary.ApiClientSummary;
import jp.member.staff.boundary.IssuedSecret;
import jp.member.web.shell.Messages;

/**
 * The API client page (ADMIN): register store terminals / channels, replace secrets, disable; set each client's
 * request and enrolment limits and the personal fields it may read in full.
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
    private IssuedSecret issued;
    private Long editing;
    private Integer requestsPerMinute;
    private Integer requestBurst;
    private Integer enrolmentsPerHour;
    private List<String> fieldScope = new ArrayList<>();

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
        editing = client.id();
        requestsPerMinute = client.requestsPerMinute();
        requestBurst = client.requestBurst();
        enrolmentsPerHour = client.enrolmentsPerHour();
        fieldScope = new ArrayList<>(client.fieldScope());
    }

    public void saveSettings() {
        act(
                () -> {
                    administration.changeLimits(
                            editing, orZero(requestsPerMinute), orZero(requestBurst), orZero(enrolmentsPerHour));
                    administration.changeFieldScope(editing, Set.copyOf(fieldScope));
                    editing = null;
                },
                "apiClient.settingsSaved");
    }

    public void cancelEdit() {
        editing = null;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** The personal fields a scope may hold, in the members' order. */
    public List<String> getPersonalFields() {
        return ApiClientAdministration.PERSONAL_FIELDS;
    }

    /** A personal field (by column) as people read it: the member form's label. */
    public String fieldLabel(String column) {
        StringBuilder property = new StringBuilder();
        for (String part : column.split("_")) {
            property.append(property.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return Messages.text("field." + property);
    }

    /** The client's field scope as labels, or "none (all masked)". */
    public String scopeLabel(ApiClientSummary client) {
        return client.fieldScope().isEmpty()
                ? Messages.text("apiClient.fieldScope.none")
                : ApiClientAdministration.PERSONAL_FIELDS.stream()
                        .filter(client.fieldScope()::contains)
                        .map(this::fieldLabel)
                        .collect(java.util.stream.Collectors.joining("、"));
    }

    public Long getEditing() {
        return editing;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public Integer getRequestBurst() {
        return requestBurst;
    }

    public void setRequestBurst(Integer requestBurst) {
        this.requestBurst = requestBurst;
    }

    public Integer getEnrolmentsPerHour() {
        return enrolmentsPerHour;
    }

    public void setEnrolmentsPerHour(Integer enrolmentsPerHour) {
        this.enrolmentsPerHour = enrolmentsPerHour;
    }

    /** Mutable: Faces fills a multiple choice by instantiating the class of the current value. */
    public List<String> getFieldScope() {
        return fieldScope;
    }

    public void setFieldScope(List<String> fieldScope) {
        this.fieldScope = fieldScope == null ? new ArrayList<>() : new ArrayList<>(fieldScope);
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
