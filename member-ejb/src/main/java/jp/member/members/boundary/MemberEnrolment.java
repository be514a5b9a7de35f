package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.events.control.Outbox;
import jp.member.events.entity.EventType;
import jp.member.members.control.MemberDirectory;
import jp.member.members.control.MemberRules;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.ConsentEvent;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.Member;
import jp.member.members.entity.PersonalData;
import jp.member.members.validation.Limits;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;

/**
 * Enrolment (入会): by an agent on the phone, or by a trusted channel client (web site, app) through the API. The
 * input is validated and normalised in full before anything is stored; the member gets a new, never-used number.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.CHANNEL})
public class MemberEnrolment {

    private static final Pattern STORE_CODE = Pattern.compile("[A-Za-z0-9-]{1," + Limits.STORE_CODE_MAX + "}");

    @Inject
    MemberDirectory directory;

    @Inject
    PersonalDataVault vault;

    @Inject
    Clock clock;

    @Inject
    BusinessTime time;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /**
     * Enrols a member. Staff enrol through the call centre; a channel client only as WEB or APP. Consents not
     * given are refused (absent = no).
     */
    public Enrolled enrol(
            MemberInput input, EnrolmentChannel channel, String storeCode, Map<ConsentChannel, Boolean> consents) {
        return enrol(input, channel, storeCode, consents, false);
    }

    /**
     * As above; a channel client's enrolment that looks like a member already enrolled — the same phone or e-mail
     * with the same birth date — is refused ({@code member.duplicateCandidate}) unless the client confirms it is
     * another person ({@code duplicateConfirmed}). Staff search before they enrol, so theirs is not checked.
     */
    public Enrolled enrol(
            MemberInput input,
            EnrolmentChannel channel,
            String storeCode,
            Map<ConsentChannel, Boolean> consents,
            boolean duplicateConfirmed) {
        EnrolmentChannel via = channelFor(channel);
        String store = storeCode == null || storeCode.isBlank() ? null : storeCode.strip();
        if (store != null && !STORE_CODE.matcher(store).matches()) {
            throw new BusinessException("member.storeCode.invalid");
        }
        LocalDate today = time.today();
        PersonalData data = MemberRules.personalData(input, today);
        if (context.isCallerInRole(Roles.CHANNEL) && !duplicateConfirmed) {
            Optional<Long> existing = likelyEnrolled(data);
            if (existing.isPresent()) {
                // on its own: the refusal rolls back; that the client learned of this member must stay on record
                audit.recordOnItsOwn(
                        AuditEvent.of(AuditEventType.MEMBER_DUPLICATE_REFUSED).member(existing.get()));
                throw new BusinessException("member.duplicateCandidate");
            }
        }
        Map<ConsentChannel, Boolean> given = new EnumMap<>(ConsentChannel.class);
        for (ConsentChannel c : ConsentChannel.values()) {
            given.put(c, consents != null && Boolean.TRUE.equals(consents.get(c)));
        }
        String ref = PersonalDataVault.newDataRef();
        Member member = new Member(
                directory.unusedNumber(), ref, vault.seal(data, ref), today, via, store, given, clock.instant());
        em.persist(member);
        em.flush();
        String by = context.getCallerPrincipal().getName();
        given.forEach((c, granted) -> {
            if (granted) {
                em.persist(new ConsentEvent(member.getId(), c, true, clock.instant(), by, via));
            }
        });
        outbox.member(EventType.MEMBER_ENROLLED, member.getId());
        audit.record(AuditEvent.of(AuditEventType.MEMBER_ENROLLED)
                .member(member.getId())
                .target("via:" + via));
        return new Enrolled(member.getMemberNumber(), ref);
    }

    /** A findable member with this birth date and this phone or e-mail (found by blind index, compared in full). */
    private Optional<Long> likelyEnrolled(PersonalData data) {
        return Stream.concat(
                        data.phone() == null ? Stream.<Member>empty() : directory.byPhone(data.phone()).stream(),
                        data.email() == null ? Stream.<Member>empty() : directory.byEmail(data.email()).stream())
                .filter(member -> data.birthDate()
                        .equals(vault.open(member.getSealed(), member.getDataRef())
                                .birthDate()))
                .map(Member::getId)
                .findFirst();
    }

    private EnrolmentChannel channelFor(EnrolmentChannel requested) {
        if (context.isCallerInRole(Roles.CHANNEL)) {
            if (requested != EnrolmentChannel.WEB && requested != EnrolmentChannel.APP) {
                throw new BusinessException("member.channel.invalid");
            }
            return requested;
        }
        return requested == null || requested == EnrolmentChannel.IMPORT ? EnrolmentChannel.CALL_CENTRE : requested;
    }
}
