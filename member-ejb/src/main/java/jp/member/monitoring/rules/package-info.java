/**
 * The alert rules as plain Java: given one staff member's recent trail entries and the rule's settings, whether the
 * rule fires and which entries are the evidence. No clock, no database: each rule is unit-tested.
 */
package jp.member.monitoring.rules;
