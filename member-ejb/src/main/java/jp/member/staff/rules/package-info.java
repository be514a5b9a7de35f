/**
 * Staff governance rules as plain Java: whether a person's confidentiality agreement, training and acceptance of the
 * security policy are current ({@link jp.member.staff.rules.AttestationRule}), and the one-time passwords of the
 * second factor ({@link jp.member.staff.rules.Totp}).
 */
package jp.member.staff.rules;
