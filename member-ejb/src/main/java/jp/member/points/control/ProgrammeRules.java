package jp.member.points.control;

import java.math.BigDecimal;
import jp.member.points.rules.EarnRule;
import jp.member.points.rules.ExpiryRule;
import jp.member.points.rules.Points;
import jp.member.points.rules.RankRule;

/** The programme's rules as configured at one moment: one use case works with one consistent snapshot. */
public record ProgrammeRules(
        EarnRule earn,
        RankRule ranks,
        ExpiryRule expiry,
        BigDecimal yenPerPoint,
        BigDecimal expectedRedemptionRate,
        Points adjustmentApprovalThreshold) {}
