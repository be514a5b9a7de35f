package jp.member.exports.rules;

import java.io.Serializable;
import java.time.Instant;

/**
 * A fixed list of members an export can be limited to (the members a leak incident's notice must reach): its id, what
 * it is for, how many members, when it was made.
 */
public record MemberList(long id, String label, long members, Instant createdAt) implements Serializable {}
