package jp.member.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import jp.member.audit.control.MemberReferences;
import jp.member.members.entity.Member;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalField;
import jp.member.members.entity.RetiredNumber;
import jp.member.members.validation.MemberNumber;
import jp.member.shared.NotFoundException;

/**
 * Finds members. Exact-match search on encrypted fields goes through the blind index and then opens and compares
 * each candidate, because a 20-bit index also matches a few unrelated members on purpose. Never scans the table.
 */
@ApplicationScoped
public class MemberDirectory implements MemberReferences {

    private static final List<MemberStatus> FINDABLE = List.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED);
    private static final int MAX_MERGE_HOPS = 10;
    /** EclipseLink's query hint: results are not tracked by the persistence context. */
    private static final String READ_ONLY = "eclipselink.read-only";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataVault vault;

    /** What a member number leads to: the member, and whether the number is an old one. */
    public record NumberMatch(Member member, RetiredNumber.Reason retiredBecause) {}

    public Member getByRef(String ref) {
        return findByRef(ref).orElseThrow(() -> new NotFoundException("member.notFound"));
    }

    /** The member behind a reference who can still be served (not withdrawn, not merged away), else refused. */
    public Member findableByRef(String ref) {
        Member member = getByRef(ref);
        member.requireFindable();
        return member;
    }

    public Optional<Member> findByRef(String ref) {
        if (ref == null || ref.length() != Member.REF_LENGTH) {
            return Optional.empty();
        }
        return em.createNamedQuery(Member.FIND_BY_REF, Member.class)
                .setParameter("ref", ref)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Long> memberIdOf(String memberNumber) {
        return MemberNumber.parse(memberNumber).flatMap(this::byNumber).map(match -> match.member()
                .getId());
    }

    /** The member behind a member number: its current card, or a retired number's member. */
    public Optional<NumberMatch> byNumber(MemberNumber number) {
        Optional<Member> current = em.createNamedQuery(Member.FIND_BY_NUMBER, Member.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
        if (current.isPresent()) {
            return Optional.of(new NumberMatch(survivorOf(current.get()), null));
        }
        RetiredNumber retired = em.find(RetiredNumber.class, number.digits());
        if (retired == null) {
            return Optional.empty();
        }
        return Optional.of(
                new NumberMatch(survivorOf(em.find(Member.class, retired.getMemberId())), retired.getReason()));
    }

    /**
     * The member whose current number this is, as a till needs it, if not merged into another (then empty, as for a
     * number that names nobody: {@link #byNumber} follows merges and retired numbers).
     */
    public Optional<CardLookup.Card> currentCard(MemberNumber number) {
        return em.createQuery(
                        "SELECT m.id, m.status FROM Member m WHERE m.memberNumber = :number AND m.mergedIntoId IS NULL",
                        Object[].class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .map(row -> new CardLookup.Card(((Number) row[0]).longValue(), number, (MemberStatus) row[1]));
    }

    public List<Member> byPhone(String phone) {
        return candidates(
                Member.FIND_BY_PHONE_INDEX, vault.phoneIndex(phone), m -> phone.equals(open(m, PersonalField.PHONE)));
    }

    public List<Member> byEmail(String email) {
        return candidates(
                Member.FIND_BY_EMAIL_INDEX, vault.emailIndex(email), m -> email.equals(open(m, PersonalField.EMAIL)));
    }

    public List<Member> byKanaAndBirth(String kana, LocalDate birthDate) {
        return candidates(
                Member.FIND_BY_KANA_BIRTH_INDEX,
                vault.kanaBirthIndex(kana, birthDate),
                m -> kana.equals(open(m, PersonalField.NAME_KANA))
                        && birthDate.toString().equals(open(m, PersonalField.BIRTH_DATE)));
    }

    /** A member number that no card has ever carried. */
    public MemberNumber unusedNumber() {
        while (true) {
            MemberNumber candidate = MemberNumber.random(RANDOM);
            boolean used = em.find(RetiredNumber.class, candidate.digits()) != null
                    || !em.createNamedQuery(Member.FIND_BY_NUMBER, Member.class)
                            .setParameter("number", candidate)
                            .getResultList()
                            .isEmpty();
            if (!used) {
                return candidate;
            }
        }
    }

    /**
     * Read only: the candidates are compared, shown or counted, never changed, so the persistence context does not
     * track them — nothing to compare at the flush that the trail's insert causes, nor at the commit (issue 16).
     */
    private List<Member> candidates(String query, Integer index, Predicate<Member> matches) {
        return em.createNamedQuery(query, Member.class)
                .setHint(READ_ONLY, "true")
                .setParameter("index", index)
                .setParameter("statuses", FINDABLE)
                .getResultStream()
                .filter(matches)
                .toList();
    }

    private String open(Member member, PersonalField field) {
        return vault.open(member.getSealed(), field, member.getDataRef());
    }

    private Member survivorOf(Member member) {
        Member current = member;
        for (int hop = 0; current.getStatus() == MemberStatus.MERGED && hop < MAX_MERGE_HOPS; hop++) {
            current = em.find(Member.class, current.getMergedIntoId());
        }
        return current;
    }
}
