package jp.member.exports.entity;

/**
 * Where an export request stands. PENDING → APPROVED → GENERATING → READY → DELETED is the normal way; a request
 * can be REJECTED or EXPIRE unapproved, and generation can FAIL (no file is left behind). Only READY has a file
 * that can be downloaded.
 */
public enum ExportStatus {
    PENDING,
    REJECTED,
    EXPIRED,
    APPROVED,
    GENERATING,
    READY,
    FAILED,
    /** The download window closed or the downloads were used up: the file is gone, the record stays. */
    DELETED;

    public boolean isOpen() {
        return this == PENDING || this == APPROVED || this == GENERATING;
    }
}
