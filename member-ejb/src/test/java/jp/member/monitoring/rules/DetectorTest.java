package jp.member.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DetectorTest {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** 14:00 in Tokyo. */
    private static final Instant NOW = Instant.parse("2026-11-28T05:00:00Z");

    private long nextId = 1;

    private AccessEvent read(int minutesAgo, long member, String purpose, String inquiry) {
        return new AccessEvent(
                nextId++, NOW.minusSeconds(60L * minutesAgo), AccessEvent.READ, purpose, member, inquiry, "10.0.0.1");
    }

    private AccessEvent search(int minutesAgo) {
        return new AccessEvent(
                nextId++, NOW.minusSeconds(60L * minutesAgo), AccessEvent.SEARCH, null, null, null, "10.0.0.1");
    }

    private AccessEvent signIn(int minutesAgo, String address) {
        return new AccessEvent(
                nextId++, NOW.minusSeconds(60L * minutesAgo), AccessEvent.SIGN_IN, null, null, null, address);
    }

    private static RuleSettings rule(RuleCode code, int threshold, int window) {
        return new RuleSettings(code, true, threshold, window, 8, 21, false);
    }

    private static Optional<Hit> run(RuleSettings rule, List<AccessEvent> events) {
        return Detector.evaluate(rule, events, Set.of(), NOW, JAPAN);
    }

    @Test
    @DisplayName(
            "members per hour: 31 distinct members in the hour fire at threshold 30; repeats and older reads do not count")
    void distinctMembersPerHour() {
        List<AccessEvent> events = new ArrayList<>();
        events.add(read(90, 999, "VIEW", null)); // outside the hour
        for (int m = 1; m <= 30; m++) {
            events.add(read(50, m, "SEARCH", null));
            events.add(read(40, m, "VIEW", null)); // the same member again
        }
        RuleSettings rule = rule(RuleCode.MEMBERS_PER_HOUR, 30, 60);

        assertThat(run(rule, events)).isEmpty();
        events.add(read(1, 31, "VIEW", null));
        Hit hit = run(rule, events).orElseThrow();

        assertThat(hit.count()).isEqualTo(31);
        assertThat(hit.evidence()).hasSize(31).doesNotContain(1L);
    }

    @Test
    @DisplayName("outside hours: a read at 22:30 Tokyo fires, one at 14:00 does not; a disabled rule never fires")
    void outsideHours() {
        AccessEvent daytime = read(0, 1, "VIEW", null);
        AccessEvent late = new AccessEvent(
                99, Instant.parse("2026-11-28T13:30:00Z"), AccessEvent.READ, "VIEW", 2L, null, "10.0.0.1");
        RuleSettings rule = new RuleSettings(RuleCode.OUTSIDE_HOURS, true, 0, 24 * 60, 8, 21, false);
        Instant lateNow = Instant.parse("2026-11-28T13:31:00Z");

        assertThat(Detector.evaluate(rule, List.of(daytime), Set.of(), NOW, JAPAN))
                .isEmpty();
        assertThat(Detector.evaluate(rule, List.of(daytime, late), Set.of(), lateNow, JAPAN))
                .hasValueSatisfying(h -> assertThat(h.evidence()).containsExactly(99L));
        RuleSettings off = new RuleSettings(RuleCode.OUTSIDE_HOURS, false, 0, 24 * 60, 8, 21, false);
        assertThat(Detector.evaluate(off, List.of(late), Set.of(), lateNow, JAPAN))
                .isEmpty();
    }

    @Test
    @DisplayName("enumeration: 25 searches and 3 members opened is 22 unfollowed, above 20; with 10 opened it is not")
    void enumeration() {
        List<AccessEvent> events = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            events.add(search(30));
        }
        for (int m = 1; m <= 3; m++) {
            events.add(read(20, m, "VIEW", null));
        }
        RuleSettings rule = rule(RuleCode.ENUMERATION, 20, 60);

        assertThat(run(rule, events)).hasValueSatisfying(h -> {
            assertThat(h.count()).isEqualTo(22);
            assertThat(h.evidence()).hasSize(25);
        });
        for (int m = 4; m <= 10; m++) {
            events.add(read(10, m, "VIEW", null));
        }
        assertThat(run(rule, events)).isEmpty();
    }

    @Test
    @DisplayName("reveals without an inquiry number: the sixth fires at threshold 5; reveals with one do not count")
    void revealsWithoutInquiry() {
        List<AccessEvent> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(read(100, i, "REVEAL", null));
            events.add(read(100, i, "REVEAL", "INQ-" + i));
        }
        RuleSettings rule = rule(RuleCode.REVEALS_WITHOUT_INQUIRY, 5, 24 * 60);

        assertThat(run(rule, events)).isEmpty();
        events.add(read(1, 9, "REVEAL", " "));
        assertThat(run(rule, events))
                .hasValueSatisfying(h -> assertThat(h.count()).isEqualTo(6));
    }

    @Test
    @DisplayName("new address: a sign-in from an address not seen before fires; a first sign-in ever does not")
    void newAddress() {
        RuleSettings rule = rule(RuleCode.NEW_ADDRESS, 0, 60);
        AccessEvent fromHome = signIn(5, "203.0.113.9");

        assertThat(Detector.evaluate(rule, List.of(fromHome), Set.of("10.0.0.1"), NOW, JAPAN))
                .hasValueSatisfying(h -> assertThat(h.evidence()).containsExactly(fromHome.entryId()));
        assertThat(Detector.evaluate(rule, List.of(signIn(5, "10.0.0.1")), Set.of("10.0.0.1"), NOW, JAPAN))
                .isEmpty();
        assertThat(Detector.evaluate(rule, List.of(signIn(5, "10.0.0.1")), Set.of(), NOW, JAPAN))
                .as("first sign-in ever")
                .isEmpty();
    }

    @Test
    @DisplayName("settings out of range are refused; evidence is capped, the count is not")
    void settingsAndCap() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleSettings(RuleCode.OUTSIDE_HOURS, true, 0, 60, 21, 8, false));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleSettings(RuleCode.ENUMERATION, true, -1, 60, 8, 21, false));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleSettings(RuleCode.ENUMERATION, true, 1, 0, 8, 21, false));
        List<AccessEvent> many = new ArrayList<>();
        for (int m = 0; m < 500; m++) {
            many.add(read(1, m, "VIEW", null));
        }
        Hit hit = run(rule(RuleCode.MEMBERS_PER_HOUR, 30, 60), many).orElseThrow();
        assertThat(hit.count()).isEqualTo(500);
        assertThat(hit.evidence()).hasSize(Hit.EVIDENCE_MAX);
    }

    private AccessEvent missed(int minutesAgo) {
        return new AccessEvent(
                nextId++, NOW.minusSeconds(60L * minutesAgo), AccessEvent.MISSED, null, null, null, "10.0.0.7");
    }

    @Test
    @DisplayName("client enumeration: 20 numbers that name nobody and an enrolment refused as a duplicate fire at"
            + " threshold 20; older misses and lookups that found a member do not count")
    void clientEnumeration() {
        List<AccessEvent> events = new ArrayList<>();
        events.add(missed(90)); // outside the hour
        for (int i = 0; i < 20; i++) {
            events.add(missed(30));
            events.add(read(30, i, "POS_LOOKUP", null));
        }
        RuleSettings rule = rule(RuleCode.CLIENT_ENUMERATION, 20, 60);

        assertThat(run(rule, events)).isEmpty();
        AccessEvent last =
                new AccessEvent(nextId++, NOW.minusSeconds(60), AccessEvent.DUPLICATE, null, 7L, null, "10.0.0.7");
        events.add(last);
        assertThat(run(rule, events)).hasValueSatisfying(h -> {
            assertThat(h.code()).isEqualTo(RuleCode.CLIENT_ENUMERATION);
            assertThat(h.count()).isEqualTo(21);
            assertThat(h.evidence()).hasSize(21).contains(last.entryId());
        });
    }

    @Test
    @DisplayName("client members per hour: distinct members read by a client count as for staff; misses do not")
    void clientMembersPerHour() {
        List<AccessEvent> events = new ArrayList<>();
        for (int m = 1; m <= 50; m++) {
            events.add(read(20, m, "POS_LOOKUP", null));
            events.add(missed(20));
        }
        RuleSettings rule = rule(RuleCode.CLIENT_MEMBERS_PER_HOUR, 50, 60);

        assertThat(run(rule, events)).isEmpty();
        events.add(read(2, 51, "POS_LOOKUP", null));
        assertThat(run(rule, events)).hasValueSatisfying(h -> {
            assertThat(h.code()).isEqualTo(RuleCode.CLIENT_MEMBERS_PER_HOUR);
            assertThat(h.count()).isEqualTo(51);
        });
    }
}
