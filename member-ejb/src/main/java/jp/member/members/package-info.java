/**
 * Members and their personal data: enrolment (staff, the web site, bulk import), search through blind indexes,
 * masking and recorded reveals, contact changes, consents, cards (reissue, loss, merge), suspension, withdrawal and
 * anonymisation, key rotation (members' data first, then every other value sealed with the data keys, which the
 * features that seal them offer as {@code security.crypto.SealedValues}); the address from a postal code
 * ({@code boundary.PostalCodes}, from Japan Post's file an administrator imports). Personal fields are sealed field
 * by field ({@code control.PersonalDataVault}); no personal value leaves this feature unmasked without an access
 * record.
 *
 * <p>May use: {@code shared}, {@code security}, {@code audit} (records every read), {@code staff} (the API client
 * entity behind the channel API). Used by {@code inquiries}, {@code points}, {@code exports}, {@code demo}, the web tier (boundaries
 * only).
 */
package jp.member.members;
