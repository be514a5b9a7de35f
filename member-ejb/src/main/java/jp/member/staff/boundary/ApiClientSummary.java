package jp.member.staff.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import jp.member.staff.entity.ApiClient;

/** An API client as the administration page lists it; never the secret. */
public record ApiClientSummary(
        long id,
        String clientId,
        String name,
        String role,
        boolean enabled,
        Instant createdAt,
        int requestsPerMinute,
        int requestBurst,
        int enrolmentsPerHour,
        Set<String> fieldScope)
        implements Serializable {

    static ApiClientSummary of(ApiClient client) {
        return new ApiClientSummary(
                client.getId(),
                client.getClientId(),
                client.getName(),
                client.getRole(),
                client.isEnabled(),
                client.getCreatedAt(),
                client.getRequestsPerMinute(),
                client.getRequestBurst(),
                client.getEnrolmentsPerHour(),
                client.getFieldScope());
    }
}
