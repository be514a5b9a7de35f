/** Role names (one place) and, as it grows, the cryptography that protects personal data. */
package jp.member.security;
