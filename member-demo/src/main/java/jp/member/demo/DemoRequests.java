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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.member.members.entity.MemberStatus;
import jp.member.platform.StartupLock;
import jp.member.requests.control.PublishedVersions;
import jp.member.requests.control.RequestNumbers;
import jp.member.requests.control.RequestViews;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.DeliveryForm;
import jp.member.requests.rules.Fees;
import jp.member.requests.rules.IdentityMethod;
import jp.member.requests.rules.RequestChannel;
import jp.member.requests.rules.RequestClock;
import jp.member.requests.rules.RequestIntake;
import jp.member.requests.rules.RequestKind;
import jp.member.requests.rules.Requester;
import jp.member.requests.rules.StopGround;
import jp.member.shared.BusinessTime;
import jp.member.shared.Settings;

/**
 * Demo mode, no member request yet: two in the privacy officer's queue, so that a newcomer signed in as
 * {@code privacy} has something to decide — a disclosure that came by post with a copy of an identity document (open),
 * and a stop of use by post whose identity documents are still awaited.
 */
@Singleton
@Startup
@DependsOn("DemoPoints")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoRequests {

    private static final Logger LOG = Logger.getLogger(DemoRequests.class.getName());

    @Inject
    Settings settings;

    @Inject
    RequestNumbers numbers;

    @Inject
    RequestViews views;

    @Inject
    PublishedVersions published;

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
        if (em.createQuery("SELECT COUNT(r) FROM MemberRequest r", Long.class).getSingleResult() > 0) {
            return;
        }
        try {
            transaction.begin();
            List<Long> members = em.createQuery(
                            "SELECT m.id FROM Member m WHERE m.status = :active ORDER BY m.id", Long.class)
                    .setParameter("active", MemberStatus.ACTIVE)
                    .setMaxResults(3)
                    .getResultList();
            if (members.size() == 3) {
                take(
                        members.get(1),
                        RequestKind.DISCLOSURE,
                        RequestChannel.POST,
                        IdentityMethod.ID_DOCUMENT_COPY,
                        null,
                        time.today().minusDays(3));
                take(
                        members.get(2),
                        RequestKind.STOP_USE,
                        RequestChannel.POST,
                        null,
                        StopGround.NO_LONGER_NEEDED,
                        time.today().minusDays(1));
            }
            transaction.commit();
            LOG.warning("DEMO MODE - two members' requests created for the privacy officer's queue");
        } catch (Exception e) {
            throw new IllegalStateException("demo requests could not be created", e);
        }
    }

    private void take(
            long memberId,
            RequestKind kind,
            RequestChannel channel,
            IdentityMethod method,
            StopGround ground,
            LocalDate receivedOn) {
        RequestIntake intake =
                new RequestIntake(kind, channel, Requester.MEMBER, method, DeliveryForm.PAPER, "ja", ground, Set.of());
        em.persist(new MemberRequest(
                numbers.next(receivedOn.getYear()),
                memberId,
                intake,
                null,
                Fees.feeFor(kind, published.publishedFee()),
                "privacy",
                time.startOf(receivedOn).plusSeconds(10 * 3600),
                receivedOn,
                RequestClock.dueOn(receivedOn, views.clockSettings())));
    }
}
