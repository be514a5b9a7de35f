package jp.member.audit.control;

/**
 * Fired (synchronously, in the verification's transaction) when a verification finds the audit chain broken, so
 * that monitoring can raise its alert without the audit trail depending on monitoring.
 *
 * @param brokenAt the position of the first link that does not verify, 0 when unknown
 */
public record ChainBroken(long brokenAt) {}
