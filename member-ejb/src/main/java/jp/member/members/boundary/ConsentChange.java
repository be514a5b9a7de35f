package jp.member.members.boundary;

import java.time.Instant;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.ConsentEvent;
import jp.member.members.entity.EnrolmentChannel;

/** One line of a member's consent history. */
public record ConsentChange(
        Instant changedAt, ConsentChannel channel, boolean granted, String changedBy, EnrolmentChannel via) {

    static ConsentChange of(ConsentEvent event) {
        return new ConsentChange(
                event.getChangedAt(), event.getChannel(), event.isGranted(), event.getChangedBy(), event.getVia());
    }
}
