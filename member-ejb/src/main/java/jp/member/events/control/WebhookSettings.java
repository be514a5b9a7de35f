package jp.member.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import jp.member.events.rules.Backoff;
import jp.member.events.rules.EndpointRule;
import jp.member.shared.Settings;

/**
 * The webhook settings (docs/webhooks.md): attempts before a delivery is dead ({@code member.webhooks.max-attempts},
 * 8), the first retry's wait and its cap ({@code member.webhooks.backoff-seconds}, 5; {@code
 * member.webhooks.backoff-cap-seconds}, 3600), a request's timeout ({@code member.webhooks.timeout-seconds}, 10),
 * how long delivered events are kept ({@code member.webhooks.retention-days}, 7), and the endpoint rule's two
 * exceptions: {@code member.webhooks.allow-http-loopback} and {@code member.webhooks.allowed-hosts}.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    Settings settings;

    public Backoff backoff() {
        Duration base = Duration.ofSeconds(Math.max(1, settings.intValue("member.webhooks.backoff-seconds", 5)));
        Duration cap = Duration.ofSeconds(settings.intValue("member.webhooks.backoff-cap-seconds", 3600));
        return new Backoff(base, cap.compareTo(base) < 0 ? base : cap, Math.max(1, maxAttempts()));
    }

    public int maxAttempts() {
        return settings.intValue("member.webhooks.max-attempts", 8);
    }

    public Duration timeout() {
        return Duration.ofSeconds(Math.max(1, settings.intValue("member.webhooks.timeout-seconds", 10)));
    }

    public int retentionDays() {
        return Math.max(1, settings.intValue("member.webhooks.retention-days", 7));
    }

    /** The endpoint rule with the platform's DNS, as it stands now. */
    public EndpointRule endpointRule() {
        return new EndpointRule(
                !settings.isDemo(),
                Boolean.parseBoolean(settings.value("member.webhooks.allow-http-loopback")
                        .orElse("false")
                        .strip()),
                settings.value("member.webhooks.allowed-hosts").orElse(""),
                InetAddress::getAllByName);
    }
}
