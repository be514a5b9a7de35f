package jp.member.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.events.control.Outbox;
import jp.member.events.entity.EventType;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.ConsentEvent;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.Member;
import jp.member.shared.BusinessException;

/**
 * The one way a member's marketing consent changes, whoever asks (an agent on the phone, the member on the web
 * site): the consent is set, and only a real change is kept as a consent event (by whom, through which channel) and
 * recorded in the trail.
 */
@ApplicationScoped
public class Consents {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    public void change(Member member, ConsentChannel channel, boolean granted, String by, EnrolmentChannel via) {
        if (channel == null) {
            throw new BusinessException("member.consent.channelRequired");
        }
        if (member.changeConsent(channel, granted)) {
            em.persist(new ConsentEvent(member.getId(), channel, granted, clock.instant(), by, via));
            outbox.member(
                    EventType.MEMBER_CONSENT_CHANGED,
                    member.getId(),
                    "consent." + channel.name().toLowerCase(java.util.Locale.ROOT));
            audit.record(AuditEvent.of(AuditEventType.MEMBER_CONSENT_CHANGED)
                    .member(member.getId())
                    .target("consent:" + channel + "=" + granted));
        }
    }
}
