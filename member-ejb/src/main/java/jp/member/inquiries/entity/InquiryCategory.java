package jp.member.inquiries.entity;

/** What the caller says the inquiry is about (the caller's words, before anything is checked). */
public enum InquiryCategory {
    POINTS,
    ADDRESS_CHANGE,
    LOST_CARD,
    WITHDRAWAL,
    COMPLAINT,
    DATA_REQUEST,
    OTHER
}
