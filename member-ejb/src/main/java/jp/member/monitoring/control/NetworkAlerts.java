package jp.member.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.monitoring.entity.Alert;
import jp.member.shared.boundary.InNewTransaction;
import jp.member.staff.control.SignInOutsideNetworks;

/**
 * A sign-in with the right password from a network or device the company has not approved raises an alert at once
 * (not by a rule over the trail: the credentials are good and somewhere they should not be), one per account and
 * hour.
 */
@ApplicationScoped
public class NetworkAlerts {

    static final Duration ONCE_PER = Duration.ofHours(1);

    @Inject
    AlertRaiser raiser;

    @Inject
    Clock clock;

    @Inject
    InNewTransaction transaction;

    void onRefused(@Observes SignInOutsideNetworks refused) {
        // fired in the sign-in, which has no transaction: the alert, its trail entry and its event get one of their own
        transaction.run(() -> raiser.raiseOnce(
                Alert.OUTSIDE_NETWORKS,
                refused.username(),
                ActorKind.STAFF,
                clock.instant().minus(ONCE_PER),
                List.of()));
    }
}
