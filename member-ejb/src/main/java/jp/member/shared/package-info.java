/**
 * What every feature shares and nothing more: settings ({@code Settings}), the one clock ({@code ClockProducer}) and
 * the business time ({@code BusinessTime}), the business exception family, secrets and digests, token buckets, the
 * scheduled jobs' slots ({@code JobSlots}), persistence converters.
 *
 * <p>May use: nothing of the application. Used by everyone.
 */
package jp.member.shared;
