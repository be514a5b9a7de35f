package jp.member.points.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.Principal;
import jp.member.members.entity.MemberEvent;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.points.rules.LedgerReason;

/** What members' withdrawals and merges mean for their points, in the same transaction as the change itself. */
@ApplicationScoped
public class MemberEventsToLedger {

    @Inject
    Ledger ledger;

    @Inject
    Principal caller;

    void withdrawn(@Observes MemberEvent.Withdrawn event) {
        ledger.forfeitAll(event.memberId(), Actor.staff(caller.getName(), LedgerReason.WITHDRAWAL.text()));
    }

    void merged(@Observes MemberEvent.Merged event) {
        ledger.transferAll(
                event.memberId(), event.survivorId(), Actor.staff(caller.getName(), LedgerReason.MERGE.text()));
    }
}
