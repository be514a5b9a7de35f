package jp.member.members.boundary;

import java.io.Serializable;
import jp.member.members.entity.MemberStatus;
import jp.member.members.rules.Rank;

/**
 * Who a member page is about, shown at the top of every member page: the number as printed on the card, the masked
 * name, status and rank.
 */
public record MemberHeader(String ref, String memberNumber, String maskedName, MemberStatus status, Rank rank)
        implements Serializable {}
