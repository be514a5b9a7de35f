package jp.member.members.boundary;

import java.io.Serializable;
import jp.member.members.entity.MemberStatus;

/** A member in search results: masked personal fields only, and the random reference that opens the record. */
public record MemberSummary(
        String ref,
        String memberNumber,
        String name,
        String kana,
        String birthDate,
        String phone,
        String email,
        String area,
        MemberStatus status)
        implements Serializable {}
