package jp.member.members.entity;

/** Optional; null when the member did not say. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
