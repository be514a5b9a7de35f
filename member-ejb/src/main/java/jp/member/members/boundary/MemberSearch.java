package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    /** By the number on the card; an old (reissued or merged) number finds the member it now belongs to. */
    public SearchResult byNumber(String number) {
        MemberNumber normalized =
                MemberNumber.parse(number).orElseThrow(() -> new BusinessException("member.search.number.invalid"));
        var match = directory
                .byNumber(normalized)
                .filter(m -> m.member().getStatus().isFindable());
        return match.map(m -> show("number", List.of(m.member()), m.retiredBecause()))
                .orElseGet(() -> show("number", List.of(), null));
    }

    public SearchResult byPhone(String phone) {
        String normalized =
                PhoneNumber.normalize(phone).orElseThrow(() -> new BusinessException("member.search.phone.invalid"));
        return show("phone", directory.byPhone(normalized), null);
    }

    public SearchResult byEmail(String email) {
        String normalized =
                EmailAddress.normalize(email).orElseThrow(() -> new BusinessException("member.search.email.invalid"));
        return show("email", directory.byEmail(normalized), null);
    }

    /** Katakana name (half-width and hiragana are normalised) and birth date (yyyy-MM-dd), both required. */
    public SearchResult byKanaAndBirthDate(String kana, String birthDate) {
        String normalized = Kana.normalize(kana);
        if (normalized == null || !Kana.isKatakana(normalized)) {
            throw new BusinessException("member.search.kana.invalid");
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(birthDate == null ? "" : birthDate.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException("member.search.birthDate.invalid");
        }
        return show("kana+birth", directory.byKanaAndBirth(normalized, birth), null);
    }

    /** Every search is recorded (how, and how many matched — never the term): the enumeration alert counts them. */
    private SearchResult show(String how, List<Member> found, RetiredNumber.Reason retiredNumber) {
        audit.record(AuditEvent.of(AuditEventType.MEMBER_SEARCHED).target("by:" + how + ";matches:" + found.size()));
        if (found.size() > MAX_RESULTS) {
            return SearchResult.tooManyMatches();
        }
        List<MemberSummary> shown = found.stream().map(this::summarise).toList();
        return new SearchResult(shown, false, retiredNumber);
    }

    private MemberSummary summarise(Member member) {
        PersonalData data = vault.open(member.getSealed(), member.getDataRef());
        Map<PersonalField, String> masked = MemberViews.masked(data);
        access.record(
                context.getCallerPrincipal(),
                ActorKind.STAFF,
                member.getId(),
                MemberViews.MASKED_DISCLOSURE,
                AccessPurpose.SEARCH,
                null,
                null);
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
