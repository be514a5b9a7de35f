package jp.member.web.staff;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.member.staff.boundary.ApiClientSummary;

/**
 * The settings of the one API client being edited (none when {@link #getEditing()} is null): its request and
 * enrolment limits and the personal fields it may read in full, as the page fills them in.
 */
public class ApiClientSettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editing;
    private Integer requestsPerMinute;
    private Integer requestBurst;
    private Integer enrolmentsPerHour;
    private List<String> fieldScope = new ArrayList<>();

    /** Starts from the client's current settings. */
    void open(ApiClientSummary client) {
        editing = client.id();
        requestsPerMinute = client.requestsPerMinute();
        requestBurst = client.requestBurst();
        enrolmentsPerHour = client.enrolmentsPerHour();
        fieldScope = new ArrayList<>(client.fieldScope());
    }

    void close() {
        editing = null;
    }

    /** The client being edited, by id; null when the settings are closed. */
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
}
