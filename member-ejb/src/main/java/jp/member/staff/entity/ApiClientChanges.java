package jp.member.staff.entity;

import jakarta.inject.Inject;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jp.member.staff.control.KnownClients;

/**
 * Every change written to an API client — disabled, enabled, a new secret, limits, role or field scope, by whichever
 * path — makes this instance forget that it knew the client ({@link KnownClients}), so the change applies to its next
 * call here.
 */
public class ApiClientChanges {

    @Inject
    KnownClients known;

    @PostUpdate
    @PostRemove
    void changed(ApiClient client) {
        known.changed(client.getClientId());
    }
}
