package jp.member.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import jp.member.shared.BusinessTime;

/** Formats for pages: times are shown in the programme's time zone (the business time's zone, {@code member.timezone}). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    BusinessTime time;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DATE_TIME.format(instant.atZone(time.zone()));
    }
}
