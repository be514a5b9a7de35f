package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.member.audit.control.AccessRecorder;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.events.control.Outbox;
import jp.member.members.control.CardLookup;
import jp.member.members.control.Consents;
import jp.member.members.control.MemberRules;
import jp.member.members.control.MemberViews;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.Member;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.staff.entity.ApiClient;

/**
 * The member's own record for the company's web site and app (role CHANNEL, machine to machine): read it, change
 * contact data and consent. The channel has signed the member in; it addresses the record by the member's card
 * number. A blocked (lost) number is refused. Every read is recorded as an API read by the client, with the fields
 * its field scope let it read in full.
 */
@Stateless
@RolesAllowed(Roles.CHANNEL)
public class ChannelMembers {

    @Inject
    CardLookup cards;

    @Inject
    Consents consents;

    @Inject
    PersonalDataVault vault;

    @Inject
    AccessRecorder access;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /**
     * The member's record: the fields of the client's field scope in full, the others masked. The read is recorded
     * with the fields given in full (and, as target, those given masked).
     */
    public MemberRecord read(String cardNumber) {
        Member member = byCardNumber(cardNumber);
        PersonalData data = vault.open(member.getSealed(), member.getDataRef());
        EnumSet<PersonalField> scope = scopeOfCaller();
        Map<PersonalField, String> masked = MemberViews.masked(data);
        Map<PersonalField, String> fields = new EnumMap<>(PersonalField.class);
        for (PersonalField field : PersonalField.values()) {
            fields.put(field, scope.contains(field) ? inFull(data, field) : masked.get(field));
        }
        Set<PersonalField> maskedFields = EnumSet.complementOf(scope);
        access.record(
                context.getCallerPrincipal(),
                ActorKind.CLIENT,
                member.getId(),
                scope,
                AccessPurpose.API_READ,
                null,
                null,
                "masked:" + maskedFields.stream().map(PersonalField::column).collect(Collectors.joining(",")));
        return new MemberRecord(
                member.getMemberNumber(),
                member.getStatus(),
                member.getRank(),
                fields,
                maskedFields,
                member.consents());
    }

    /**
     * New contact data; parts left out ({@code null}) keep their value, the address that results is checked as a
     * whole, and an empty building clears it.
     */
    public void changeContact(String cardNumber, MemberInput contact) {
        Member member = byCardNumber(cardNumber);
        PersonalData current = vault.open(member.getSealed(), member.getDataRef());
        PersonalData changed = MemberRules.withContactParts(current, contact);
        member.reseal(vault.seal(changed, member.getDataRef()));
        MemberMaintenance.contactChanged(outbox, member.getId(), current, changed);
        audit.record(AuditEvent.of(AuditEventType.MEMBER_CONTACT_CHANGED)
                .member(member.getId())
                .fields("address,phone,email"));
    }

    public void changeConsent(String cardNumber, ConsentChannel channel, boolean granted) {
        if (channel == null) {
            throw new BusinessException("member.consent.channelRequired");
        }
        consents.change(
                byCardNumber(cardNumber),
                channel,
                granted,
                context.getCallerPrincipal().getName(),
                EnrolmentChannel.WEB);
    }

    /** The member the number sent by the channel names ({@link CardLookup}: parsed there, misses recorded). */
    private Member byCardNumber(String cardNumber) {
        return cards.findable(cardNumber, "member.notFound");
    }

    /** The personal fields the calling client may read in full (its field scope, set by an administrator). */
    private EnumSet<PersonalField> scopeOfCaller() {
        Set<String> columns = em.createNamedQuery(ApiClient.FIND_BY_CLIENT_ID, ApiClient.class)
                .setParameter("clientId", context.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .map(ApiClient::getFieldScope)
                .orElse(Set.of());
        EnumSet<PersonalField> scope = EnumSet.noneOf(PersonalField.class);
        for (PersonalField field : PersonalField.values()) {
            if (columns.contains(field.column())) {
                scope.add(field);
            }
        }
        return scope;
    }

    /** A field in full, in the form the API gives it (codes and digits, not the call centre's formatting). */
    private static String inFull(PersonalData data, PersonalField field) {
        var address = data.address();
        return switch (field) {
            case BIRTH_DATE ->
                data.birthDate() == null ? null : data.birthDate().toString();
            case GENDER -> data.gender() == null ? null : data.gender().name();
            case POSTAL_CODE -> address.postalCode();
            case PREFECTURE ->
                address.prefecture() == null ? null : address.prefecture().code();
            case PHONE -> data.phone();
            default -> MemberViews.full(data, field);
        };
    }
}
