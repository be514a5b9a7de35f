package jp.member.events.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an event reports, by the name a receiver sees ({@code type} in the body). Stored by wire name: names are never
 * reused for something else.
 */
public enum EventType {
    MEMBER_ENROLLED("member.enrolled"),
    MEMBER_CONTACT_CHANGED("member.contact_changed"),
    MEMBER_CONSENT_CHANGED("member.consent_changed"),
    /** Personal data corrected at the member's request (APPI Art. 34): any field, names and birth date too. */
    MEMBER_CORRECTED("member.corrected"),
    /** 退会 (also at an erasure request): the member's points are forfeited with it. */
    MEMBER_WITHDRAWN("member.withdrawn"),
    /** The personal data was erased (retention over, or the member's request). */
    MEMBER_ANONYMISED("member.anonymised"),
    POINTS_EARNED("points.earned"),
    POINTS_REDEEMED("points.redeemed"),
    POINTS_REVERSED("points.reversed"),
    /** A staff correction (small ones directly, large ones when a manager approved them). */
    POINTS_ADJUSTED("points.adjusted"),
    POINTS_EXPIRED("points.expired"),
    RANK_CHANGED("rank.changed"),
    EXPORT_APPROVED("export.approved"),
    ALERT_RAISED("alert.raised");

    /** The longest wire name the columns hold. */
    public static final int NAME_MAX = 40;

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
