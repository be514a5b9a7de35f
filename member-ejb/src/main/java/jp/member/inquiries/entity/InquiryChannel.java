package jp.member.inquiries.entity;

/** How the member (or someone for them) reached the company. */
public enum InquiryChannel {
    PHONE,
    EMAIL,
    CHAT,
    COUNTER
}
