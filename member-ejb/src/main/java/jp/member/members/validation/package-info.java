/**
 * Validation and normalisation of what staff and members type in (names in kana, postal codes, phone numbers,
 * e-mail addresses, birth dates, prefectures, member numbers, length limits), and the masking of personal data for
 * default display to call-centre agents. {@link jp.member.members.validation.MemberNumber} is the value type built on
 * these rules: a member number that travels as one has been checked.
 *
 * <p>Everything here is a pure function without container dependencies, so it is unit-tested directly and shared by
 * the boundaries and the web layer. Problems are reported as message keys (resolved to Japanese or English
 * elsewhere); no message or exception here ever carries a personal value, because messages end up in logs.
 */
package jp.member.members.validation;
