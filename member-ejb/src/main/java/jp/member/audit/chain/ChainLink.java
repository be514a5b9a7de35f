package jp.member.audit.chain;

/**
 * One stored link: the entry's position in the chain, the hash stored for it, and the entry as stored now ({@code
 * null} when the chain names an entry that no longer exists).
 */
public record ChainLink(long seq, long entryId, String hash, AuditRecord record) {}
