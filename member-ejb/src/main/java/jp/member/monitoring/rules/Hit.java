package jp.member.monitoring.rules;

import java.util.List;

/** A rule that fired: the evidence (trail entry ids) and what was counted. */
public record Hit(RuleCode code, long count, List<Long> evidence) {

    /** Evidence kept per alert; the count says how many there were in all. */
    public static final int EVIDENCE_MAX = 200;

    public Hit {
        evidence = List.copyOf(evidence.size() > EVIDENCE_MAX ? evidence.subList(0, EVIDENCE_MAX) : evidence);
    }
}
