/**
 * REST resources for machine clients (role POS) under {@code /api}: JSON in and out, errors as
 * {@code application/problem+json}, no personal data in any response.
 */
package jp.member.api;
