package jp.member.members.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import jp.member.members.rules.Rank;
import jp.member.members.validation.MemberNumber;
import jp.member.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MemberTest {

    private static final Instant CREATED = Instant.parse("2026-04-01T01:00:00Z");
    private static final Instant WITHDRAWN = Instant.parse("2026-11-28T03:00:00Z");
    private static final LocalDate ENROLLED = LocalDate.of(2026, 4, 1);
    private static final MemberNumber NUMBER = MemberNumber.of("123456789015");
    private static final MemberNumber OTHER_NUMBER = MemberNumber.of("987654321098");
    private static final Map<ConsentChannel, Boolean> CONSENTS = Map.of(
            ConsentChannel.POST, true,
            ConsentChannel.EMAIL, false,
            ConsentChannel.PHONE, false,
            ConsentChannel.SMS, true);

    @Test
    @DisplayName("a new member is ACTIVE, of rank REGULAR, with the given consents and enrolment details")
    void newMember() {
        SealedPersonalData sealed = sealed();

        Member member = new Member(
                NUMBER, "AAAAAAAAAAAAAAAAAAAAAA", sealed, ENROLLED, EnrolmentChannel.STORE, "S001", CONSENTS, CREATED);

        assertThat(member.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.getRank()).isEqualTo(Rank.REGULAR);
        assertThat(member.consents()).isEqualTo(CONSENTS);
        assertThat(member.getMemberNumber()).isEqualTo(NUMBER);
        assertThat(member.getDataRef()).isEqualTo("AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(member.getSealed()).isSameAs(sealed);
        assertThat(member.getEnrolledOn()).isEqualTo(ENROLLED);
        assertThat(member.getEnrolmentChannel()).isEqualTo(EnrolmentChannel.STORE);
        assertThat(member.getStoreCode()).isEqualTo("S001");
        assertThat(member.getMergedIntoId()).isNull();
        assertThat(member.getWithdrawnAt()).isNull();
    }

    @Test
    @DisplayName("a consent not given at enrolment counts as refused")
    void missingConsentIsRefused() {
        Member member = member(Map.of(ConsentChannel.EMAIL, true));

        assertThat(member.consents())
                .containsOnly(
                        Map.entry(ConsentChannel.POST, false),
                        Map.entry(ConsentChannel.EMAIL, true),
                        Map.entry(ConsentChannel.PHONE, false),
                        Map.entry(ConsentChannel.SMS, false));
    }

    @Test
    @DisplayName("suspend: an active member becomes SUSPENDED and can still be found")
    void suspend() {
        Member member = member();

        member.suspend();

        assertThat(member.getStatus()).isEqualTo(MemberStatus.SUSPENDED);
        member.requireFindable();
    }

    @Test
    @DisplayName("suspend: refused with member.notActive for a member who is not active")
    void suspendRefused() {
        Member suspended = member();
        suspended.suspend();
        Member withdrawn = member();
        withdrawn.withdraw(WITHDRAWN);

        assertThat(refusal(suspended::suspend)).isEqualTo("member.notActive");
        assertThat(refusal(withdrawn::suspend)).isEqualTo("member.notActive");
        assertThat(suspended.getStatus()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(withdrawn.getStatus()).isEqualTo(MemberStatus.WITHDRAWN);
    }

    @Test
    @DisplayName("reactivate: a suspended member becomes ACTIVE again")
    void reactivate() {
        Member member = member();
        member.suspend();

        member.reactivate();

        assertThat(member.getStatus()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    @DisplayName("reactivate: refused with member.notSuspended for a member who is not suspended")
    void reactivateRefused() {
        Member active = member();
        Member withdrawn = member();
        withdrawn.withdraw(WITHDRAWN);

        assertThat(refusal(active::reactivate)).isEqualTo("member.notSuspended");
        assertThat(refusal(withdrawn::reactivate)).isEqualTo("member.notSuspended");
        assertThat(active.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(withdrawn.getStatus()).isEqualTo(MemberStatus.WITHDRAWN);
    }

    @Test
    @DisplayName("withdraw: the member is WITHDRAWN at the given instant and no longer found")
    void withdraw() {
        Member member = member();

        member.withdraw(WITHDRAWN);

        assertThat(member.getStatus()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(member.getWithdrawnAt()).isEqualTo(WITHDRAWN);
        assertThat(refusal(member::requireFindable)).isEqualTo("member.notFound");
    }

    @Test
    @DisplayName("withdraw: a suspended member may withdraw too")
    void withdrawSuspended() {
        Member member = member();
        member.suspend();

        member.withdraw(WITHDRAWN);

        assertThat(member.getStatus()).isEqualTo(MemberStatus.WITHDRAWN);
    }

    @Test
    @DisplayName("withdraw: a member who already withdrew is not found, and keeps the first withdrawal instant")
    void withdrawTwice() {
        Member member = member();
        member.withdraw(WITHDRAWN);

        String key = refusal(() -> member.withdraw(WITHDRAWN.plusSeconds(60)));

        assertThat(key).isEqualTo("member.notFound");
        assertThat(member.getWithdrawnAt()).isEqualTo(WITHDRAWN);
    }

    @Test
    @DisplayName("anonymise: a withdrawn member loses every sealed field and index and becomes ANONYMISED")
    void anonymise() {
        Member member = member();
        member.withdraw(WITHDRAWN);

        member.anonymise(WITHDRAWN.plusSeconds(3600));

        assertThat(member.getStatus()).isEqualTo(MemberStatus.ANONYMISED);
        SealedPersonalData erased = member.getSealed();
        for (PersonalField field : PersonalField.values()) {
            assertThat(erased.sealed(field)).as(field.name()).isNull();
        }
        assertThat(erased.keyId()).isNull();
        assertThat(erased.phoneIndex()).isNull();
        assertThat(erased.emailIndex()).isNull();
        assertThat(erased.kanaBirthIndex()).isNull();
        assertThat(refusal(member::requireFindable)).isEqualTo("member.notFound");
    }

    @Test
    @DisplayName("anonymise: refused with member.notWithdrawn unless the member withdrew; nothing is erased")
    void anonymiseRefused() {
        Member active = member();
        Member suspended = member();
        suspended.suspend();
        Member anonymised = member();
        anonymised.withdraw(WITHDRAWN);
        anonymised.anonymise(WITHDRAWN);
        SealedPersonalData activeData = active.getSealed();

        assertThat(refusal(() -> active.anonymise(WITHDRAWN))).isEqualTo("member.notWithdrawn");
        assertThat(refusal(() -> suspended.anonymise(WITHDRAWN))).isEqualTo("member.notWithdrawn");
        assertThat(refusal(() -> anonymised.anonymise(WITHDRAWN))).isEqualTo("member.notWithdrawn");
        assertThat(active.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(active.getSealed()).isSameAs(activeData);
        assertThat(suspended.getStatus()).isEqualTo(MemberStatus.SUSPENDED);
    }

    @Test
    @DisplayName("reseal: erased data of an anonymised member cannot be replaced")
    void resealAnonymisedRefused() {
        Member member = member();
        member.withdraw(WITHDRAWN);
        member.anonymise(WITHDRAWN);

        String key = refusal(() -> member.reseal(sealed()));

        assertThat(key).isEqualTo("member.notFound");
        assertThat(member.getSealed().sealed(PersonalField.NAME_KANJI)).isNull();
    }

    @Test
    @DisplayName("changeConsent: false and nothing changed when the consent is already so")
    void changeConsentUnchanged() {
        Member member = member();

        boolean changed = member.changeConsent(ConsentChannel.POST, true);

        assertThat(changed).isFalse();
        assertThat(member.consents()).isEqualTo(CONSENTS);
    }

    @Test
    @DisplayName("changeConsent: true and only that channel changed when the consent differs")
    void changeConsentChanged() {
        Member member = member();
        Map<ConsentChannel, Boolean> expected = new EnumMap<>(CONSENTS);
        expected.put(ConsentChannel.EMAIL, true);

        boolean changed = member.changeConsent(ConsentChannel.EMAIL, true);

        assertThat(changed).isTrue();
        assertThat(member.consents()).isEqualTo(expected);
        assertThat(member.changeConsent(ConsentChannel.EMAIL, true)).isFalse();
    }

    @Test
    @DisplayName("changeConsent: a granted consent can be withdrawn")
    void changeConsentWithdrawn() {
        Member member = member();

        boolean changed = member.changeConsent(ConsentChannel.SMS, false);

        assertThat(changed).isTrue();
        assertThat(member.consents()).containsEntry(ConsentChannel.SMS, false);
    }

    @Test
    @DisplayName("mergeInto: the duplicate becomes MERGED, points to the survivor and is no longer found")
    void mergeInto() {
        Member survivor = withId(member(), 1L);
        Member duplicate = withId(member(), 2L);

        duplicate.mergeInto(survivor);

        assertThat(duplicate.getStatus()).isEqualTo(MemberStatus.MERGED);
        assertThat(duplicate.getMergedIntoId()).isEqualTo(1L);
        assertThat(refusal(duplicate::requireFindable)).isEqualTo("member.notFound");
        assertThat(survivor.getStatus()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    @DisplayName("mergeInto: a member cannot be merged into itself")
    void mergeIntoSelf() {
        Member member = withId(member(), 7L);
        Member sameRecord = withId(member(), 7L);

        String key = refusal(() -> member.mergeInto(sameRecord));

        assertThat(key).isEqualTo("member.merge.same");
        assertThat(member.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.getMergedIntoId()).isNull();
    }

    @Test
    @DisplayName("mergeInto: a withdrawn duplicate cannot be merged")
    void mergeWithdrawnRefused() {
        Member survivor = withId(member(), 1L);
        Member duplicate = withId(member(), 2L);
        duplicate.withdraw(WITHDRAWN);

        String key = refusal(() -> duplicate.mergeInto(survivor));

        assertThat(key).isEqualTo("member.notFound");
        assertThat(duplicate.getStatus()).isEqualTo(MemberStatus.WITHDRAWN);
    }

    @Test
    @DisplayName("renumber: an active member carries on under the new number; a withdrawn one is not found")
    void renumber() {
        Member active = member();
        Member withdrawn = member();
        withdrawn.withdraw(WITHDRAWN);

        active.renumber(OTHER_NUMBER);

        assertThat(active.getMemberNumber()).isEqualTo(OTHER_NUMBER);
        assertThat(refusal(() -> withdrawn.renumber(OTHER_NUMBER))).isEqualTo("member.notFound");
        assertThat(withdrawn.getMemberNumber()).isEqualTo(NUMBER);
    }

    private static Member member() {
        return member(CONSENTS);
    }

    private static Member member(Map<ConsentChannel, Boolean> consents) {
        return new Member(
                NUMBER, "AAAAAAAAAAAAAAAAAAAAAA", sealed(), ENROLLED, EnrolmentChannel.WEB, null, consents, CREATED);
    }

    /** Stand-in ciphertexts: the entity never opens them, so they need not be real. */
    private static SealedPersonalData sealed() {
        byte[][] columns = new byte[PersonalField.values().length][];
        for (PersonalField field : PersonalField.values()) {
            columns[field.ordinal()] = ("sealed-" + field.column()).getBytes(StandardCharsets.US_ASCII);
        }
        return new SealedPersonalData("k1", columns, 101, 202, 303);
    }

    /**
     * The id is assigned by JPA on persist and has no setter by design; merging compares ids, so the test sets it as
     * the persistence provider would.
     */
    private static Member withId(Member member, long id) {
        try {
            Field field = Member.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(member, id);
            return member;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Member no longer has a private Long id", e);
        }
    }

    /** The message key of the BusinessException the action throws; fails the test if it throws none. */
    private static String refusal(Executable action) {
        BusinessException e = catchThrowableOfType(BusinessException.class, action::execute);
        assertThat(e).as("BusinessException expected").isNotNull();
        return e.messageKey();
    }
}
