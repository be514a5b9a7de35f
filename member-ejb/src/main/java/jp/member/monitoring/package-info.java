/**
 * Monitoring of access: rules over the audit trail for staff and API clients (volume per hour and day, outside
 * working hours, searches without follow-up, reveals without an inquiry, new addresses, enumeration), evaluated on
 * every instance without double alerts; alerts with their evidence for managers; a rule may suspend the account or
 * disable the client at once. Observes {@code audit.control.ChainBroken}. The rules are plain Java in {@code rules}.
 *
 * <p>May use: {@code shared}, {@code security}, {@code audit}, {@code staff}, {@code points}. Used by the web tier.
 */
package jp.member.monitoring;
