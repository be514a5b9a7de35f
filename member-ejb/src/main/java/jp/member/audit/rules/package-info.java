/**
 * The auditor's search rules as plain Java: a time-of-day window on the business clock ({@link
 * jp.member.audit.rules.HourWindow}) and the business zone's offsets over a period ({@link
 * jp.member.audit.rules.ZoneOffsets}), so the database can tell the hour of an entry in that zone, daylight saving
 * included. No container, no database, no clock: the boundary passes the zone and the period.
 */
package jp.member.audit.rules;
