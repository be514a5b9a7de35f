package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.member.audit.control.AccessRecorder;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.control.MemberDirectory;
import jp.member.members.control.MemberViews;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.Member;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.entity.RetiredNumber;
import jp.member.members.validation.EmailAddress;
import jp.member.members.validation.JapaneseDates;
import jp.member.members.validation.Kana;
import jp.member.members.validation.MemberNumber;
import jp.member.members.validation.PhoneNumber;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * How an agent finds a caller: by member number, phone, e-mail, or katakana name plus birth date — exact matches
 * only, never a wildcard or a list of all members. Results are masked, withdrawn members are not found, more than
 * {@value #MAX_RESULTS} matches show nothing, and each member shown gets an access record.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER})
public class MemberSearch {

    public static final int MAX_RESULTS = 5;

    @Inject
    MemberDirectory directory;

    @Inject
    PersonalDataVault vault;

    @Inject
    AccessRecorder access;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    /**
     * By the number on the card, as printed (groups of four with spaces or hyphens) or typed in full width; an old
     * (reissued or merged) number finds the member it now belongs to.
     */
    public SearchResult byNumber(String number) {
        required(number, "member.search.number.required");
        MemberNumber normalized =
                MemberNumber.parse(number).orElseThrow(() -> new BusinessException("member.search.number.invalid"));
        var match = directory
                .byNumber(normalized)
                .filter(m -> m.member().getStatus().isFindable());
        return match.map(m -> show("number", List.of(m.member()), m.retiredBecause()))
                .orElseGet(() -> show("number", List.of(), null));
    }

    /** By phone, with or without hyphens, brackets or +81, in half or full width. */
    public SearchResult byPhone(String phone) {
        required(phone, "member.search.phone.required");
        String normalized =
                PhoneNumber.normalize(phone).orElseThrow(() -> new BusinessException("member.search.phone.invalid"));
        return show("phone", directory.byPhone(normalized), null);
    }

    /** By e-mail address, in any case, in half or full width. */
    public SearchResult byEmail(String email) {
        required(email, "member.search.email.required");
        String normalized =
                EmailAddress.normalize(email).orElseThrow(() -> new BusinessException("member.search.email.invalid"));
        return show("email", directory.byEmail(normalized), null);
    }

    /**
     * Katakana name (half-width and hiragana are normalised) and birth date, both required; the birth date in the
     * Western or the Japanese calendar ({@code 1976-07-23}, {@code 1976/7/23}, {@code S51.7.23}, {@code 昭和51年7月23日}).
     */
    public SearchResult byKanaAndBirthDate(String kana, String birthDate) {
        if (isBlank(kana) && isBlank(birthDate)) {
            throw new BusinessException("member.search.kanaBirth.required");
        }
        required(kana, "member.search.kana.required");
        required(birthDate, "member.search.birthDate.required");
        String normalized = Kana.normalize(kana);
        if (!Kana.isKatakana(normalized)) {
            throw new BusinessException("member.search.kana.invalid");
        }
        JapaneseDates.Reading birth = JapaneseDates.read(birthDate);
        if (!birth.isDate()) {
            throw new BusinessException(birth.refusal().messageKey());
        }
        return show("kana+birth", directory.byKanaAndBirth(normalized, birth.date()), null);
    }

    /** Nothing typed is refused as such, not as a malformed term: the agent sees which field is empty. */
    private static void required(String term, String refusal) {
        if (isBlank(term)) {
            throw new BusinessException(refusal);
        }
    }

    private static boolean isBlank(String term) {
        return term == null || term.isBlank();
    }

    /**
     * Every search is recorded (how, and how many matched — never the term; the enumeration alert counts them), and
     * with it each member shown, in one write before anything is returned. Only staff search: the entries name the
     * caller as such, without asking the container which roles it has.
     */
    private SearchResult show(String how, List<Member> found, RetiredNumber.Reason retiredNumber) {
        Principal caller = context.getCallerPrincipal();
        List<AuditEvent> records = new ArrayList<>();
        records.add(AuditEvent.of(AuditEventType.MEMBER_SEARCHED)
                .by(caller.getName(), ActorKind.STAFF)
                .target("by:" + how + ";matches:" + found.size()));
        if (found.size() > MAX_RESULTS) {
            audit.recordAll(records);
            return SearchResult.tooManyMatches();
        }
        List<MemberSummary> shown = new ArrayList<>();
        for (Member member : found) {
            records.add(access.access(
                    caller, ActorKind.STAFF, member.getId(), MemberViews.MASKED_DISCLOSURE, AccessPurpose.SEARCH));
            shown.add(summarise(member));
        }
        audit.recordAll(records);
        return new SearchResult(shown, false, retiredNumber);
    }

    private MemberSummary summarise(Member member) {
        PersonalData data = vault.open(member.getSealed(), member.getDataRef());
        Map<PersonalField, String> masked = MemberViews.masked(data);
        return new MemberSummary(
                member.getDataRef(),
                member.getMemberNumber().formatted(),
                masked.get(PersonalField.NAME_KANJI),
                masked.get(PersonalField.NAME_KANA),
                masked.get(PersonalField.BIRTH_DATE),
                masked.get(PersonalField.PHONE),
                masked.get(PersonalField.EMAIL),
                masked.get(PersonalField.PREFECTURE) + " " + masked.get(PersonalField.CITY),
                member.getStatus());
    }
}
