package jp.member.audit.control;

/**
 * Whether a staff member may be shown personal data at all (the staff feature implements it with the attestation
 * rule): a read is recorded, and so happens, only when this passes.
 */
public interface StaffClearance {

    /** Refuses (a business exception the person is told) when the staff member may not see personal data now. */
    void requireCurrent(String username);
}
