package jp.member.requests.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.Decision;
import jp.member.requests.rules.RequestClock;
import jp.member.requests.rules.RequestKind;

/** A request as the queue lists it: no personal value, the member by number only. */
public record RequestSummary(
        String ref,
        RequestKind kind,
        String memberNumber,
        MemberRequest.Status status,
        LocalDate receivedOn,
        LocalDate dueOn,
        RequestClock.State clock,
        long daysLeft,
        Decision decision,
        MemberRequest.ReplyState reply,
        LocalDate sentOn)
        implements Serializable {}
