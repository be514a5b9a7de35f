/**
 * The audit trail: one record of every read of personal data, every change and every refusal, chained by hashes
 * ({@code chain}) and verified, archived and checkpointed; the auditors' questions ("who saw member X", "what did Y
 * see"). Audit stands low: it knows members only through {@code control.MemberReferences} and {@code
 * control.RecordedField}, staff clearance through {@code control.StaffClearance}, and tells monitoring of a broken
 * chain by the CDI event {@code control.ChainBroken} — each implemented or observed by the feature above.
 *
 * <p>May use: {@code shared}, {@code security}. Used by every feature above it and by the web tier.
 */
package jp.member.audit;
