package jp.member.points.entity;

/** Every kind of change to a member's points. */
public enum EntryType {
    /** Points for a purchase (+). */
    EARN,
    /** Points spent (−). */
    REDEEM,
    /** Undoes an earlier EARN or REDEEM, linked to it (sign opposite to the original). */
    REVERSAL,
    /** A correction by staff, with a mandatory reason (±). */
    ADJUSTMENT,
    /** A lot reached its expiry date (−). */
    EXPIRY,
    /** Points moved between members when duplicates are merged (− on one, + on the other). */
    TRANSFER,
    /** The member withdrew (退会): all points lapse (−). */
    FORFEIT
}
