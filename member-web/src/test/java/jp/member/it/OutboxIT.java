package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.member.events.boundary.SubscriptionSummary;
import jp.member.events.boundary.WebhookSubscriptions;
import jp.member.events.control.Deliveries;
import jp.member.events.entity.EventType;
import jp.member.members.boundary.Enrolled;
import jp.member.members.boundary.MemberEnrolment;
import jp.member.members.boundary.MemberInput;
import jp.member.members.boundary.MemberMaintenance;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.points.boundary.PointsTill;
import jp.member.points.rules.Points;
import jp.member.points.rules.Yen;
import jp.member.shared.BusinessException;
import jp.member.staff.boundary.IssuedSecret;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsAgent;
import jp.member.testsupport.AsPos;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import jp.member.testsupport.WebhookReceiver;
import jp.member.testsupport.WebhookReceiver.Received;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events for other systems (issue 18, decision 0020): written with the change or not at all, delivered signed to a
 * receiver on 127.0.0.1, retried, in order per member, dead after the last attempt (4 in the tests' settings), and
 * never carrying personal data. The receiver runs in the server's JVM (the test runs in the container); each test
 * subscribes its own receiver and deletes the subscription afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static final int MAX_ATTEMPTS = 4; // MEMBER_WEBHOOKS_MAX_ATTEMPTS in member-web/pom.xml

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    MemberEnrolment enrolment;

    @Inject
    MemberMaintenance maintenance;

    @Inject
    PointsTill till;

    @Inject
    Deliveries deliveries;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsAgent asAgent;

    @Inject
    AsPos asPos;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<Long> subscribed = new ArrayList<>();

    @AfterEach
    void unsubscribe() throws Exception {
        for (long id : subscribed) {
            asAdmin.call(() -> {
                subscriptions.delete(id);
                return null;
            });
        }
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    @DisplayName("one event per committed change, none for a refused redemption, a bad contact change or a no-op")
    void exactlyOncePerCommit() throws Exception {
        TestMembers.Created member = TestMembers.create();
        boolean sms = member.data().consentSms();

        earn(member, 5_000);
        assertThatThrownBy(
                        () -> asPos.call(() -> till.redeem(member.memberNumber(), "IT-O", Points.of(1_000_000), tx())))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> asAgent.call(() -> {
                    maintenance.changeContact(
                            member.ref(), MemberInput.contact("12-34", "13", "千代田区", "丸の内1-1", null, null, null));
                    return null;
                }))
                .isInstanceOf(BusinessException.class);
        asAgent.call(() -> {
            maintenance.changeConsent(member.ref(), ConsentChannel.SMS, !sms);
            maintenance.changeConsent(member.ref(), ConsentChannel.SMS, !sms); // the same again: no change
            return null;
        });

        assertThat(count(member, "points.earned")).isEqualTo(1);
        assertThat(count(member, "points.redeemed")).isZero();
        assertThat(count(member, "member.contact_changed")).isZero();
        assertThat(count(member, "member.consent_changed")).isEqualTo(1);
        assertThat(TestDatabase.scalar(
                        "SELECT changed FROM outbox_event WHERE member_id = ? AND event_type = 'member.consent_changed'",
                        member.id()))
                .isEqualTo("consent.sms");
    }

    @Test
    @DisplayName("a receiver gets each event once, signed with the secret shown at creation, in the Standard layout")
    void receivedAndSigned() throws Exception {
        WebhookReceiver receiver = receiver();
        String secret = subscribe(receiver, EnumSet.allOf(EventType.class));
        TestMembers.Created member = TestMembers.create();

        earn(member, 3_000);
        asAgent.call(() -> {
            maintenance.changeConsent(
                    member.ref(), ConsentChannel.POST, !member.data().consentPost());
            return null;
        });

        WebhookReceiver.await(
                "two events for the member",
                WITHIN,
                () -> delivered(receiver, member.memberNumber()).size() >= 2);
        List<Received> got = delivered(receiver, member.memberNumber());
        assertThat(got).extracting(r -> type(r)).containsExactly("points.earned", "member.consent_changed");
        for (Received r : got) {
            assertThat(WebhookReceiver.verifies(r, secret))
                    .as("signature of " + r.id())
                    .isTrue();
            assertThat(WebhookReceiver.verifies(r, "whsec_" + "A".repeat(43) + "="))
                    .isFalse();
            assertThat(r.body()).startsWith("{\"id\":\"" + r.id() + "\"");
            assertThat(UUID.fromString(r.id()).toString()).isEqualTo(r.id());
            assertThat(Math.abs(r.timestamp() - System.currentTimeMillis() / 1000))
                    .isLessThan(600);
        }
        assertThat(got.get(1).body()).contains("\"changed\":[\"consent.post\"]");
        // nothing sent twice
        assertThat(receiver.about(member.memberNumber()))
                .extracting(Received::id)
                .doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a receiver that fails twice gets the event again with backoff; the third attempt delivers it")
    void retriedUntilDelivered() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.answer((id, attempt, body) -> attempt <= 2 ? 500 : 204);
        subscribe(receiver, EnumSet.of(EventType.POINTS_EARNED));
        TestMembers.Created member = TestMembers.create();

        earn(member, 2_000);

        WebhookReceiver.await("delivered after retries", WITHIN, () -> !receiver.deliveredAbout(member.memberNumber())
                .isEmpty());
        List<Received> attempts = receiver.about(member.memberNumber());
        assertThat(attempts).extracting(Received::answered).containsExactly(500, 500, 204);
        assertThat(attempts)
                .extracting(Received::id)
                .containsOnly(attempts.get(0).id());
        assertThat(attempts)
                .extracting(Received::body)
                .containsOnly(attempts.get(0).body());
        WebhookReceiver.await("recorded as delivered", WITHIN, () -> "DELIVERED".equals(deliveryStatus(member)));
        assertThat(((Number) TestDatabase.scalar(
                                "SELECT d.attempts FROM webhook_delivery d JOIN outbox_event o ON o.id = d.outbox_id"
                                        + " WHERE o.member_id = ? AND d.subscription_id = ?",
                                member.id(),
                                subscribed.get(0)))
                        .intValue())
                .isEqualTo(3);
    }

    @Test
    @DisplayName("a member's events arrive in order, the later ones held back while the first is retried")
    void inOrderPerMember() throws Exception {
        TestMembers.Created member = TestMembers.create();
        WebhookReceiver receiver = receiver();
        // the member's first event (the earn) fails twice; everything else is answered at once
        receiver.answer((id, attempt, body) ->
                body.contains(member.memberNumber()) && body.contains("\"type\":\"points.earned\"") && attempt <= 2
                        ? 503
                        : 200);
        subscribe(receiver, EnumSet.allOf(EventType.class));

        earn(member, 4_000);
        asAgent.call(() -> {
            maintenance.changeConsent(
                    member.ref(), ConsentChannel.EMAIL, !member.data().consentEmail());
            return null;
        });
        asPos.call(() -> till.redeem(member.memberNumber(), "IT-O", Points.of(5), tx()));

        WebhookReceiver.await(
                "three events delivered",
                WITHIN,
                () -> delivered(receiver, member.memberNumber()).size() >= 3);
        List<String> outboxOrder = TestDatabase.rows(
                        "SELECT event_id FROM outbox_event WHERE member_id = ? AND event_type <> 'rank.changed'"
                                + " ORDER BY id",
                        member.id())
                .stream()
                .map(row -> (String) row[0])
                .toList();
        List<Received> all = receiver.about(member.memberNumber()).stream()
                .filter(r -> !type(r).equals("rank.changed"))
                .toList();
        assertThat(outboxOrder).hasSize(3);
        assertThat(all).extracting(Received::answered).containsExactly(503, 503, 200, 200, 200);
        assertThat(all)
                .extracting(Received::id)
                .containsExactly(
                        outboxOrder.get(0),
                        outboxOrder.get(0),
                        outboxOrder.get(0),
                        outboxOrder.get(1),
                        outboxOrder.get(2));
    }

    @Test
    @DisplayName("no event body holds the member's name, kana, phone, e-mail, address, birth date or points")
    void noPersonalData() throws Exception {
        WebhookReceiver receiver = receiver();
        subscribe(receiver, EnumSet.allOf(EventType.class));
        var d = TestMembers.synthetic();
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String phone = "090" + tag + "77";
        String email = "canary" + tag + "@example.com";
        MemberInput canary = new MemberInput(
                "金糸雀 試験",
                "カナリア シケン",
                "1988-07-14",
                "F",
                d.postalCode(),
                d.prefectureCode(),
                d.city(),
                d.street(),
                "カナリア館" + tag,
                phone,
                email);
        String newPhone = "080" + tag + "55";
        String newEmail = "canary-new" + tag + "@example.com";

        Enrolled enrolled = asAgent.call(
                () -> enrolment.enrol(canary, EnrolmentChannel.CALL_CENTRE, null, Map.of(ConsentChannel.EMAIL, true)));
        asAgent.call(() -> {
            maintenance.changeContact(
                    enrolled.ref(),
                    MemberInput.contact(
                            d.postalCode(),
                            d.prefectureCode(),
                            d.city(),
                            d.street(),
                            "カナリア新館" + tag,
                            newPhone,
                            newEmail));
            return null;
        });
        String number = enrolled.memberNumber().digits();
        asPos.call(() -> till.earn(number, "IT-O", Yen.of(7_777), tx()));

        WebhookReceiver.await(
                "three events for the canary",
                WITHIN,
                () -> delivered(receiver, number).size() >= 3);
        List<String> bodies = receiver.received().stream().map(Received::body).toList();
        List<Received> delivered = delivered(receiver, number);
        assertThat(delivered)
                .extracting(r -> type(r))
                .startsWith("member.enrolled", "member.contact_changed", "points.earned");
        for (String body : bodies) {
            assertThat(body)
                    .doesNotContain(
                            "金糸雀",
                            "試験",
                            "カナリア",
                            "シケン",
                            phone,
                            email,
                            newPhone,
                            newEmail,
                            "1988-07-14",
                            "19880714",
                            d.street(),
                            d.city(),
                            "\"points\"",
                            "\"amount",
                            "\"balance\":");
        }
        String contactChanged = delivered.get(1).body();
        assertThat(contactChanged).contains("\"changed\":[\"building\",\"phone\",\"email\"]");
    }

    @Test
    @DisplayName("after the last attempt a delivery is dead, shown with its status; later events go on; re-drive works")
    void deadLetter() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.answer((id, attempt, body) -> 500);
        long subscription = subscribeId(receiver, EnumSet.of(EventType.POINTS_EARNED, EventType.POINTS_REDEEMED));
        TestMembers.Created member = TestMembers.create();

        earn(member, 6_000);

        WebhookReceiver.await(
                "dead after " + MAX_ATTEMPTS + " attempts", WITHIN, () -> "DEAD".equals(deliveryStatus(member)));
        assertThat(receiver.about(member.memberNumber())).hasSize(MAX_ATTEMPTS);
        SubscriptionSummary summary = summary(subscription);
        assertThat(summary.dead()).isEqualTo(1);
        assertThat(summary.lastFailureStatus()).isEqualTo(500);
        assertThat(asAdmin.call(() -> subscriptions.deadLetters(subscription)))
                .singleElement()
                .satisfies(dead -> {
                    assertThat(dead.attempts()).isEqualTo(MAX_ATTEMPTS);
                    assertThat(dead.lastStatus()).isEqualTo(500);
                    assertThat(dead.eventType()).isEqualTo("points.earned");
                });

        receiver.answer((id, attempt, body) -> 200);
        asPos.call(() -> till.redeem(member.memberNumber(), "IT-O", Points.of(3), tx()));
        WebhookReceiver.await(
                "the later event delivered past the dead one",
                WITHIN,
                () -> receiver.deliveredAbout(member.memberNumber()).size() == 1);
        assertThat(type(receiver.deliveredAbout(member.memberNumber()).get(0))).isEqualTo("points.redeemed");

        int redriven = asAdmin.call(() -> subscriptions.redrive(subscription, null));
        WebhookReceiver.await(
                "the dead one re-driven and delivered",
                WITHIN,
                () -> receiver.deliveredAbout(member.memberNumber()).size() == 2);
        assertThat(redriven).isEqualTo(1);
        assertThat(type(receiver.deliveredAbout(member.memberNumber()).get(1))).isEqualTo("points.earned");
        assertThat(summary(subscription).dead()).isZero();
    }

    @Test
    @DisplayName("a subscription's URL must be https, or http to loopback where allowed; private addresses refused")
    void urlRules() throws Exception {
        for (String[] refused : new String[][] {
            {"http://203.0.113.10/hook", "webhook.url.scheme"}, // a public address (TEST-NET-3): no DNS needed
            {"https://10.1.2.3/hook", "webhook.url.internalAddress"},
            {"https://169.254.169.254/latest/meta-data", "webhook.url.internalAddress"},
            {"https://user:secret@203.0.113.10/", "webhook.url.invalid"},
            {"ftp://203.0.113.10/", "webhook.url.scheme"}
        }) {
            assertThatThrownBy(() -> asAdmin.call(() -> subscriptions.create(
                            "it-" + UUID.randomUUID(), refused[0], EnumSet.of(EventType.POINTS_EARNED))))
                    .as(refused[0])
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey())
                            .isEqualTo(refused[1]));
        }
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM webhook_subscription WHERE name LIKE 'it-%'"))
                .isEqualTo(0L);
    }

    @Test
    @DisplayName("pruning deletes old events every subscription received or nobody wanted; a dead one stays")
    void pruning() throws Exception {
        WebhookReceiver receiver = receiver();
        long subscription = subscribeId(receiver, EnumSet.of(EventType.ALERT_RAISED));
        String delivered = oldEvent();
        String dead = oldEvent();
        String unwanted = oldEvent();
        String recent = UUID.randomUUID().toString();
        TestDatabase.update(
                "INSERT INTO outbox_event (event_id, event_type, occurred_at, subject_id, subject_kind)"
                        + " VALUES (?, 'alert.raised', NOW(3), 1, 'TEST')",
                recent);
        queue(subscription, delivered, "DELIVERED");
        queue(subscription, dead, "DEAD");

        int pruned = deliveries.prune(java.time.Instant.now().minus(Duration.ofDays(7)), 10_000);

        assertThat(pruned).isGreaterThanOrEqualTo(2);
        for (String gone : List.of(delivered, unwanted)) {
            assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM outbox_event WHERE event_id = ?", gone))
                    .isEqualTo(0L);
        }
        for (String kept : List.of(dead, recent)) {
            assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM outbox_event WHERE event_id = ?", kept))
                    .isEqualTo(1L);
        }
        TestDatabase.update("DELETE FROM outbox_event WHERE event_id IN (?, ?)", dead, recent);
    }

    /** An alert event of 30 days ago (no member: the receivers of other tests take no alerts). */
    private static String oldEvent() throws Exception {
        String id = UUID.randomUUID().toString();
        TestDatabase.update(
                "INSERT INTO outbox_event (event_id, event_type, occurred_at, subject_id, subject_kind)"
                        + " VALUES (?, 'alert.raised', NOW(3) - INTERVAL 30 DAY, 1, 'TEST')",
                id);
        return id;
    }

    private static void queue(long subscription, String eventId, String status) throws Exception {
        TestDatabase.update(
                "INSERT INTO webhook_delivery (subscription_id, outbox_id, status, attempts, queued_at,"
                        + " next_attempt_at) SELECT ?, id, ?, 1, occurred_at, occurred_at FROM outbox_event"
                        + " WHERE event_id = ?",
                subscription,
                status,
                eventId);
    }

    // --- helpers

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = WebhookReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private String subscribe(WebhookReceiver receiver, EnumSet<EventType> types) throws Exception {
        IssuedSecret issued =
                asAdmin.call(() -> subscriptions.create("outbox-it-" + UUID.randomUUID(), receiver.url(), types));
        subscribed.add(idOf(issued.holder()));
        assertThat(issued.secret()).startsWith("whsec_").hasSizeGreaterThanOrEqualTo(6 + 32);
        return issued.secret();
    }

    private long subscribeId(WebhookReceiver receiver, EnumSet<EventType> types) throws Exception {
        subscribe(receiver, types);
        return subscribed.get(subscribed.size() - 1);
    }

    private static long idOf(String name) throws Exception {
        return ((Number) TestDatabase.scalar("SELECT id FROM webhook_subscription WHERE name = ?", name)).longValue();
    }

    private SubscriptionSummary summary(long id) throws Exception {
        return asAdmin.call(() -> subscriptions.list()).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private void earn(TestMembers.Created member, long yen) throws Exception {
        asPos.call(() -> till.earn(member.memberNumber(), "IT-O", Yen.of(yen), tx()));
    }

    private String deliveryStatus(TestMembers.Created member) {
        try {
            return (String) TestDatabase.scalar(
                    "SELECT d.status FROM webhook_delivery d JOIN outbox_event o ON o.id = d.outbox_id"
                            + " WHERE o.member_id = ? AND o.event_type = 'points.earned' AND d.subscription_id = ?",
                    member.id(),
                    subscribed.get(subscribed.size() - 1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(TestMembers.Created member, String type) throws Exception {
        return ((Number) TestDatabase.scalar(
                        "SELECT COUNT(*) FROM outbox_event WHERE member_id = ? AND event_type = ?", member.id(), type))
                .longValue();
    }

    /** What the receiver answered 2xx for the member, rank changes aside (whether an earn changes it is not ours). */
    private static List<Received> delivered(WebhookReceiver receiver, String memberNumber) {
        return receiver.deliveredAbout(memberNumber).stream()
                .filter(r -> !type(r).equals("rank.changed"))
                .toList();
    }

    private static String type(Received received) {
        String body = received.body();
        int at = body.indexOf("\"type\":\"") + 8;
        return body.substring(at, body.indexOf('"', at));
    }

    private static String tx() {
        return "it-" + UUID.randomUUID();
    }
}
