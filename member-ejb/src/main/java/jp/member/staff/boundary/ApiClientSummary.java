package jp.member.staff.boundary;

import java.time.Instant;
import jp.member.staff.entity.ApiClient;

/** An API client as the administration page lists it; never the secret. */
public record ApiClientSummary(long id, String clientId, String name, String role, boolean enabled, Instant createdAt) {

    static ApiClientSummary of(ApiClient client) {
        return new ApiClientSummary(
                client.getId(),
                client.getClientId(),
                client.getName(),
                client.getRole(),
                client.isEnabled(),
                client.getCreatedAt());
    }
}
