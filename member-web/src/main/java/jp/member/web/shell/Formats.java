package jp.member.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.member.platform.Settings;

/** Formats for pages: times are shown in the programme's time zone ({@code member.timezone}, default Asia/Tokyo). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    Settings settings;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DATE_TIME.format(instant.atZone(zone()));
    }

    private ZoneId zone() {
        return ZoneId.of(settings.value("member.timezone").orElse("Asia/Tokyo"));
    }
}
