/**
 * The members' vocabulary as values, plain Java without container or persistence API: a member's {@link
 * jp.member.members.rules.Rank}. The points feature decides which rank a member holds (by qualifying spend); the
 * member record only keeps it. Entities map these values with converters in {@code members.entity}; the web tier may
 * use them.
 */
package jp.member.members.rules;
