/**
 * Inquiries (応対記録): the record of each call, e-mail, chat or counter visit — channel, the caller's category, the
 * member once identified, sealed notes, outcome and follow-up — numbered per business day. While an agent has one
 * open, the audit trail writes its number on every search, view, reveal and change they make (this feature
 * implements {@code audit.control.InquiryInProgress}); key rotation re-seals the notes (it implements {@code
 * security.crypto.SealedValues}). Also the identity check (本人確認): the fields ADMIN chose, revealed together, each
 * with its access record.
 *
 * <p>May use: {@code shared}, {@code security}, {@code audit}, {@code staff}, {@code members}. Used by the web tier
 * (boundaries only).
 */
package jp.member.inquiries;
