package jp.member.audit.boundary;

import java.time.Instant;
import jp.member.audit.entity.VerificationRun;

/**
 * A verification's result: how many links held, up to which position; when broken, the first bad position and why
 * (a {@code ChainVerifier.Problem} name).
 */
public record VerificationReport(
        Instant ranAt, String startedBy, long verified, long lastSeq, Long brokenAt, String problem) {

    public boolean intact() {
        return problem == null;
    }

    static VerificationReport of(VerificationRun run) {
        return new VerificationReport(
                run.getRanAt(),
                run.getStartedBy(),
                run.getVerified(),
                run.getLastSeq(),
                run.getBrokenAt(),
                run.getProblem());
    }
}
