package jp.member.members.entity;

/** Marketing channels a member consents to separately. */
public enum ConsentChannel {
    POST,
    EMAIL,
    PHONE,
    SMS
}
