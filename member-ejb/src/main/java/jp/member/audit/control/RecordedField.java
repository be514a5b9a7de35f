package jp.member.audit.control;

/** A column of personal data an access record names (the members feature's fields implement it). */
public interface RecordedField {

    /** The column's name as the access record stores it. */
    String column();
}
