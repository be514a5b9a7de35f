package jp.member.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import jp.member.shared.Settings;
import jp.member.staff.boundary.SignInHints;

/** Demo mode: the sign-in page shows the demo accounts' current one-time codes. */
@ApplicationScoped
public class DemoSignInHints implements SignInHints {

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Override
    public Map<String, String> oneTimeCodes() {
        return settings.isDemo() ? DemoSecondFactor.currentCodes(clock.instant()) : Map.of();
    }
}
