package jp.member.staff.boundary;

import java.time.Instant;
import jp.member.staff.entity.SignInEvent;

/** One line of a person's own sign-in history, shown on their start page so they notice use they did not make. */
public record SignInRecord(Instant occurredAt, SignInEvent.Outcome outcome, String clientAddress) {

    static SignInRecord of(SignInEvent event) {
        return new SignInRecord(event.getOccurredAt(), event.getOutcome(), event.getClientAddress());
    }
}
