package jp.member.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.member.members.entity.Member;
import jp.member.members.entity.MemberStatus;
import jp.member.platform.StartupLock;
import jp.member.points.control.Ledger;
import jp.member.points.control.Programme;
import jp.member.points.control.ProgrammeRules;
import jp.member.points.entity.AdjustmentRequest;
import jp.member.points.entity.CampaignEntity;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.points.entity.PointAccount;
import jp.member.points.rules.LedgerReason;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;
import jp.member.points.rules.Yen;
import jp.member.shared.BusinessTime;
import jp.member.shared.Settings;

/**
 * Demo mode, no ledger yet: fifteen months of till history for the demo members, replayed day by day through the
 * ledger itself (earns, some redemptions, expiry of what was left unused), plus a campaign and one adjustment waiting
 * for a manager. Deterministic, like the members.
 */
@Singleton
@Startup
@DependsOn("DemoMembers")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoPoints {

    static final int MONTHS = 15;
    private static final long SEED = 20261128L;
    private static final String TILL = "pos-demo";
    private static final Logger LOG = Logger.getLogger(DemoPoints.class.getName());

    @Inject
    Settings settings;

    @Inject
    Ledger ledger;

    @Inject
    Programme programme;

    @Inject
    Clock clock;

    @Inject
    BusinessTime time;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void createIfEmpty() {
        if (settings.isDemo()) {
            // instances starting at once take turns: the second finds what the first created
            try (StartupLock turn = StartupLock.take(dataSource)) {
                createIfEmptyInTurn();
            }
        }
    }

    private void createIfEmptyInTurn() {
        if (em.createQuery("SELECT COUNT(e) FROM LedgerEntry e", Long.class).getSingleResult() > 0) {
            return;
        }
        try {
            transaction.begin();
            extras(ledger.today());
            transaction.commit();
            Random random = new Random(SEED);
            List<Long> members = em.createQuery(
                            "SELECT m.id FROM Member m WHERE m.status = :active ORDER BY m.id", Long.class)
                    .setParameter("active", MemberStatus.ACTIVE)
                    .getResultList();
            for (long memberId : members) {
                transaction.begin();
                history(memberId, random);
                transaction.commit();
            }
            LOG.warning(() -> "DEMO MODE - point history created for " + members.size() + " members");
        } catch (Exception e) {
            throw new IllegalStateException("demo point history could not be created", e);
        }
    }

    /** One member's purchases over the months, a redemption now and then, and expiry as the dates pass. */
    private void history(long memberId, Random random) {
        Member member = em.find(Member.class, memberId);
        ProgrammeRules rules = programme.rules();
        LocalDate today = ledger.today();
        for (LocalDate day : purchaseDays(random, today)) {
            Instant then = day.atTime(LocalTime.of(10 + random.nextInt(10), random.nextInt(60)))
                    .atZone(time.zone())
                    .toInstant();
            expireDue(memberId, day, then);
            String store = "S-%03d".formatted(1 + random.nextInt(40));
            Yen yen = Yen.of(100L * (3 + random.nextInt(200)));
            ledger.earn(member, yen, store, Actor.client(TILL, LedgerReason.PURCHASE.text()), rules, then);
            long balance = em.find(PointAccount.class, memberId).getBalance().value();
            if (random.nextInt(4) == 0 && balance >= 100) {
                Points points = Points.of(100L * (1 + random.nextInt((int) Math.min(5, balance / 100))));
                ledger.redeem(memberId, points, store, Actor.client(TILL, LedgerReason.REDEMPTION.text()), rules, then);
            }
        }
        expireDue(memberId, today, time.now());
    }

    private static List<LocalDate> purchaseDays(Random random, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (int month = MONTHS; month >= 0; month--) {
            int purchases = random.nextInt(100) < 50 ? 0 : random.nextInt(100) < 70 ? 1 : 2;
            List<LocalDate> inMonth = new ArrayList<>();
            for (int i = 0; i < purchases; i++) {
                LocalDate day = today.minusMonths(month).withDayOfMonth(1 + random.nextInt(28));
                if (!day.isAfter(today)) {
                    inMonth.add(day);
                }
            }
            inMonth.sort(null);
            days.addAll(inMonth);
        }
        return days;
    }

    private void expireDue(long memberId, LocalDate day, Instant at) {
        em.createQuery(
                        "SELECT l.id FROM PointLot l WHERE l.memberId = :m AND l.remainingPoints > :none"
                                + " AND l.expiresOn < :day ORDER BY l.id",
                        Long.class)
                .setParameter("m", memberId)
                .setParameter("none", Points.ZERO)
                .setParameter("day", day)
                .getResultList()
                .forEach(lotId -> ledger.expire(lotId, day, at));
    }

    /** A campaign in the coming month and one large adjustment in the managers' inbox. */
    private void extras(LocalDate today) {
        LocalDate first = today.plusMonths(1).withDayOfMonth(1);
        em.persist(new CampaignEntity(
                "DEMO-DOUBLE",
                "ポイント2倍デー (デモ)",
                first,
                first.plusDays(6),
                new BigDecimal("2.00"),
                clock.instant(),
                "manager"));
        Long firstMember =
                em.createQuery("SELECT MIN(m.id) FROM Member m", Long.class).getSingleResult();
        if (firstMember != null) {
            em.persist(new AdjustmentRequest(
                    firstMember, PointsChange.of(3_000), "システム障害による付与漏れの補償 (デモ)", "agent", clock.instant()));
        }
    }
}
