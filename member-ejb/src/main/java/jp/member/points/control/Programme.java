package jp.member.points.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.member.members.rules.Rank;
import jp.member.points.entity.CampaignEntity;
import jp.member.points.entity.ProgrammeSetting;
import jp.member.points.rules.Campaign;
import jp.member.points.rules.EarnRule;
import jp.member.points.rules.ExpiryRule;
import jp.member.points.rules.Points;
import jp.member.points.rules.RankRule;
import jp.member.points.rules.RankThreshold;
import jp.member.points.rules.Yen;

/**
 * Reads the programme configuration (settings and campaigns) into the rule objects. The rules are kept for
 * {@value #FRESH_SECONDS} seconds (two queries per earn were a tenth of its database work, issue 16): a change on the
 * programme page applies to the next transaction on the instance that made it and, without any cluster messaging,
 * within {@value #FRESH_SECONDS} seconds on every other instance (decision 0016). A change made behind the
 * application's back (SQL) waits for the same expiry, or {@link #changed()}.
 */
@ApplicationScoped
public class Programme {

    /**
     * The programme's ranks, lowest first. Their earn rates ({@code earn.rate.<rank>}) and, above REGULAR, their
     * thresholds ({@code rank.threshold.<rank>}) are settings; the set of ranks is not.
     */
    public static final List<Rank> RANKS = List.of(Rank.REGULAR, Rank.SILVER, Rank.GOLD, Rank.PLATINUM);

    /** How long one instance keeps the rules it read. */
    public static final int FRESH_SECONDS = 5;

    private static final long FRESH_NANOS = FRESH_SECONDS * 1_000_000_000L;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private record Read(ProgrammeRules rules, long atNanos) {}

    private volatile Read read;

    /** The rules now: as read at most {@value #FRESH_SECONDS} seconds ago, or read again. */
    public ProgrammeRules rules() {
        Read last = read;
        long now = System.nanoTime();
        if (last != null && now - last.atNanos() < FRESH_NANOS) {
            return last.rules();
        }
        ProgrammeRules rules = rules(settings());
        read = new Read(rules, now);
        return rules;
    }

    /**
     * Forgets the rules read so far, now and again when the current transaction ends: the next use reads what was
     * committed (a rule read in between, from before the commit, is not kept).
     */
    public void changed() {
        read = null;
        if (transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    read = null;
                }
            });
        }
    }

    /**
     * The rules as they would be after changing one setting — throws IllegalArgumentException when the result does not
     * make a programme (for example two ranks with the same threshold), so such a change is refused before it is
     * saved.
     */
    public ProgrammeRules rulesWith(String name, String value) {
        Map<String, String> settings = settings();
        settings.put(name, value);
        return rules(settings);
    }

    private ProgrammeRules rules(Map<String, String> settings) {
        Map<Rank, BigDecimal> rates = new HashMap<>();
        List<RankThreshold> thresholds = new ArrayList<>();
        thresholds.add(new RankThreshold(Rank.REGULAR, Yen.ZERO));
        for (Rank rank : RANKS) {
            rates.put(rank, new BigDecimal(settings.getOrDefault("earn.rate." + rank.code(), "0.01")));
            String threshold = settings.get("rank.threshold." + rank.code());
            if (threshold != null) {
                Yen minimum = Yen.of(Long.parseLong(threshold));
                if (minimum.compareTo(thresholds.get(thresholds.size() - 1).minimumSpend()) <= 0) {
                    throw new IllegalArgumentException("rank thresholds must rise with the rank: " + rank);
                }
                thresholds.add(new RankThreshold(rank, minimum));
            }
        }
        List<Campaign> campaigns = em.createQuery("SELECT c FROM Campaign c", CampaignEntity.class)
                .getResultStream()
                .map(c -> new Campaign(c.getCode(), c.getValidFrom(), c.getValidTo(), c.getMultiplier()))
                .toList();
        return new ProgrammeRules(
                new EarnRule(rates, campaigns),
                new RankRule(thresholds),
                ExpiryRule.parse(settings.getOrDefault("expiry.rule", "END_OF_MONTH_AFTER:12")),
                new BigDecimal(settings.getOrDefault("point.value.yen", "1.00")),
                new BigDecimal(settings.getOrDefault("expected.redemption.rate", "0.80")),
                Points.of(Long.parseLong(settings.getOrDefault("adjustment.approval.threshold", "1000"))));
    }

    public Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        em.createQuery("SELECT s FROM ProgrammeSetting s", ProgrammeSetting.class)
                .getResultStream()
                .forEach(s -> settings.put(s.getName(), s.getValue()));
        return settings;
    }
}
