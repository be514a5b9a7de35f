/**
 * The roles (one place, {@code Roles}) and the cryptography that protects personal data: the key ring, the field
 * cipher, the blind index, the segmented file cipher of exports, and what key rotation asks of every feature that
 * seals values with the data keys ({@code crypto.SealedValues}).
 *
 * <p>May use: {@code shared} only. Used by every feature.
 */
package jp.member.security;
