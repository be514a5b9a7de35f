package jp.member.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import jp.member.monitoring.entity.Alert;

/** An alert as managers see it: about a staff account or (aboutClient) an API client. */
public record AlertView(
        long id,
        String rule,
        String actor,
        boolean aboutClient,
        Instant raisedAt,
        long count,
        String status,
        boolean suspended,
        String handledBy,
        Instant handledAt,
        String comment)
        implements Serializable {

    static AlertView of(Alert a) {
        return new AlertView(
                a.getId(),
                a.getRuleCode(),
                a.getActor(),
                a.isAboutClient(),
                a.getRaisedAt(),
                a.getHitCount(),
                a.getStatus().name(),
                a.isSuspended(),
                a.getHandledBy(),
                a.getHandledAt(),
                a.getComment());
    }
}
