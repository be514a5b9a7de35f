package jp.member.exports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import jp.member.exports.rules.MemberList;

/**
 * Fixed lists of members an export can be limited to: the members a leak incident's notice must reach. Made by the
 * privacy officer; the export itself still goes through a manager's request and a second manager's approval.
 */
@ApplicationScoped
public class MemberLists {

    private static final int BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    /** Creates a list of these members (ids); in the caller's transaction. */
    public long create(String label, Collection<Long> memberIds, String by, Instant at) {
        em.createNativeQuery("INSERT INTO export_list (label, created_at, created_by, members) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, label)
                .setParameter(2, Timestamp.from(at))
                .setParameter(3, by)
                .setParameter(4, memberIds.size())
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        List<Long> ids = List.copyOf(memberIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO export_list_member (list_id, member_id) VALUES ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ",")
                        .append('(')
                        .append(id)
                        .append(',')
                        .append(part.get(i))
                        .append(')');
            }
            em.createNativeQuery(sql.toString()).executeUpdate();
        }
        return id;
    }

    /** A DATETIME as the driver hands it to a native query: a Timestamp or a LocalDateTime, as it was written. */
    private static Instant instant(Object value) {
        return value instanceof Timestamp t
                ? t.toInstant()
                : Timestamp.valueOf((java.time.LocalDateTime) value).toInstant();
    }

    /** Every list, newest first. */
    public List<MemberList> all() {
        List<?> rows = em.createNativeQuery("SELECT id, label, members, created_at FROM export_list ORDER BY id DESC")
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new MemberList(
                        ((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), instant(r[3])))
                .toList();
    }
}
