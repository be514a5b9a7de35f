package jp.member.audit.chain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Walks a stored chain in order, one link at a time (so ten million entries need no more memory than one), and
 * stops at the first link that does not hold. Each link is recomputed from the entry as stored now; the positions
 * must run without a gap from the start; every signed checkpoint must match the recomputed hash at its position; and
 * a chain that ends before the latest checkpoint has lost its tail.
 */
public final class ChainVerifier {

    /** Why verification stopped. */
    public enum Problem {
        /** The entry at this position is not the one the chain recorded (edited, replaced, or moved). */
        HASH_MISMATCH,
        /** The chain names an entry that is no longer there (deleted). */
        ENTRY_MISSING,
        /** A position is missing or repeated (a link deleted or inserted). */
        SEQUENCE_GAP,
        /** The chain was recomputed after a change: it no longer matches a signed checkpoint. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's signature is wrong: it was not written by this system. */
        CHECKPOINT_FORGED,
        /** The chain ends before a signed checkpoint: entries were cut off the end. */
        TRUNCATED,
        /** An entry older than the chaining delay that is in no link (inserted behind the chain's back). */
        UNCHAINED_ENTRY
    }

    /**
     * The outcome: how many links were checked and the last good position; when broken, the first bad position and
     * why (for {@code UNCHAINED_ENTRY} the position is the entry's id).
     */
    public record Result(long verified, long lastSeq, String headHash, Long brokenAt, Problem problem) {

        public boolean intact() {
            return problem == null;
        }

        Result broken(long position, Problem why) {
            return new Result(verified, lastSeq, headHash, position, why);
        }
    }

    private final TreeMap<Long, String> pinned = new TreeMap<>();
    private long expectedSeq;
    private String hash;
    private long verified;
    private Result broken;

    /**
     * @param startSeq the first position expected (1, or the first after an archived part)
     * @param startHash the hash before it ({@link HashChain#GENESIS}, or the archived part's last hash)
     * @param checkpoints signed checkpoints, position → head hash; their signatures must already be checked
     */
    public ChainVerifier(long startSeq, String startHash, Map<Long, String> checkpoints) {
        this.expectedSeq = startSeq;
        this.hash = startHash;
        checkpoints.forEach((seq, head) -> {
            if (seq >= startSeq) {
                pinned.put(seq, head);
            }
        });
    }

    /** Checks the next link; false once the chain is broken (later links are then ignored). */
    public boolean accept(ChainLink link) {
        if (broken != null) {
            return false;
        }
        if (link.seq() != expectedSeq) {
            return fail(expectedSeq, Problem.SEQUENCE_GAP);
        }
        if (link.record() == null) {
            return fail(link.seq(), Problem.ENTRY_MISSING);
        }
        if (link.record().id() != link.entryId()) {
            return fail(link.seq(), Problem.HASH_MISMATCH);
        }
        String recomputed = HashChain.link(hash, link.seq(), link.record());
        if (!recomputed.equals(link.hash())) {
            return fail(link.seq(), Problem.HASH_MISMATCH);
        }
        String checkpoint = pinned.get(link.seq());
        if (checkpoint != null && !checkpoint.equals(recomputed)) {
            return fail(link.seq(), Problem.CHECKPOINT_MISMATCH);
        }
        hash = recomputed;
        verified++;
        expectedSeq++;
        return true;
    }

    /** Marks the chain broken for a reason found outside the links (a forged checkpoint, an unchained entry). */
    public void reject(long position, Problem why) {
        if (broken == null) {
            fail(position, why);
        }
    }

    public Result finish() {
        if (broken != null) {
            return broken;
        }
        Result result = current();
        Long beyond = pinned.ceilingKey(expectedSeq);
        return beyond == null ? result : result.broken(expectedSeq, Problem.TRUNCATED);
    }

    private Result current() {
        return new Result(verified, expectedSeq - 1, hash, null, null);
    }

    private boolean fail(long position, Problem why) {
        broken = current().broken(position, why);
        return false;
    }
}
