/**
 * The roles (one place, {@code Roles}) and the cryptography that protects personal data: the key ring, the field
 * cipher, the blind index, the segmented file cipher of exports ({@code crypto}).
 *
 * <p>May use: {@code shared} only. Used by every feature.
 */
package jp.member.security;
