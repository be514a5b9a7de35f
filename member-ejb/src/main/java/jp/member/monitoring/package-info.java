/**
 * Monitoring of staff access: rules over the audit trail (too many members in an hour or a day, access outside
 * working hours, searches without follow-up, reveals without an inquiry number, sign-in from a new address),
 * evaluated continuously on every instance without double alerts; alerts with their evidence for managers, who
 * acknowledge or escalate them; a rule may suspend the account at once.
 */
package jp.member.monitoring;
