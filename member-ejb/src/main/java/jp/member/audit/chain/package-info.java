/**
 * The tamper evidence of the audit trail as plain Java: how one entry is linked to the one before it ({@link
 * jp.member.audit.chain.HashChain}), how a stored chain is checked from its first link to its head ({@link
 * jp.member.audit.chain.ChainVerifier}), and the signed checkpoints that pin the head so that a rewritten or
 * shortened chain shows ({@link jp.member.audit.chain.Checkpoint}). No container, no database: the same code checks
 * the live trail, an archive file, and the unit tests' doctored chains.
 */
package jp.member.audit.chain;
