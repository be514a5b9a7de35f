/**
 * Exports of member data: a request with purpose and recipient, approval by a second manager, generation into an
 * encrypted file in the background, download with a password, expiry and deletion; the records of provision to third
 * parties. The rules (columns, filters, formula-safe CSV) are plain Java in {@code rules}. Key rotation re-seals the
 * file keys and ZIP passwords ({@code control.ExportSecrets} implements {@code security.crypto.SealedValues}).
 *
 * <p>May use: {@code shared}, {@code security}, {@code audit}, {@code staff}, {@code members}, {@code points}.
 * Used by the web tier only.
 */
package jp.member.exports;
