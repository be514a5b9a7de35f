package jp.member.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.Collection;
import java.util.stream.Collectors;
import jp.member.audit.entity.PersonalDataAccess;
import jp.member.audit.entity.PersonalDataAccess.ActorKind;
import jp.member.audit.entity.PersonalDataAccess.Purpose;
import jp.member.members.entity.PersonalField;
import jp.member.shared.RequestOrigin;

/**
 * Writes the access record of every read of personal data, in the transaction of the read: if the record cannot
 * be written, the read fails too, so no personal data leaves without its record.
 */
@ApplicationScoped
public class AccessRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    public void record(
            Principal caller,
            ActorKind kind,
            long memberId,
            Collection<PersonalField> fields,
            Purpose purpose,
            String reason,
            String inquiryNumber) {
        String fieldList = fields.stream().map(PersonalField::column).collect(Collectors.joining(","));
        em.persist(new PersonalDataAccess(
                clock.instant(),
                caller.getName(),
                kind,
                clientAddress(),
                memberId,
                fieldList,
                purpose,
                reason,
                inquiryNumber));
    }

    private String clientAddress() {
        try {
            return origin.clientAddress();
        } catch (ContextNotActiveException noRequest) {
            return "system";
        }
    }
}
