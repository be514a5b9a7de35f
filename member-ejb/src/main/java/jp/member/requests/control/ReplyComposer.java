package jp.member.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.member.audit.control.AccessRecorder;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.exports.entity.ProvisionRecord;
import jp.member.inquiries.control.InquiryNotes;
import jp.member.inquiries.entity.Inquiry;
import jp.member.members.control.MemberViews;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.ConsentEvent;
import jp.member.members.entity.Member;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.entity.RetiredNumber;
import jp.member.points.entity.LedgerEntry;
import jp.member.points.entity.PointAccount;
import jp.member.points.entity.PointLot;
import jp.member.points.entity.RankChange;
import jp.member.requests.boundary.PublishedView;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.Decision;
import jp.member.requests.rules.PackageSection;
import jp.member.requests.rules.PublishedItem;
import jp.member.requests.rules.Remedy;
import jp.member.shared.BusinessTime;

/**
 * Writes the reply to a decided request: the covering letter (addressed to the member, the decision, the reason when
 * not fully accepted, how to ask again), then the sections the decision calls for ({@link RequestViews#sections}).
 * Everything about the member is read here, inside the caller's transaction, and each read of a personal field or of
 * inquiry notes is recorded in the audit trail against the request (purpose {@code MEMBER_REQUEST}, reason
 * {@code request:<ref>}), as the officer who decided it.
 */
@ApplicationScoped
public class ReplyComposer {

    private static final Set<PersonalField> ADDRESS = EnumSet.of(
            PersonalField.NAME_KANJI,
            PersonalField.POSTAL_CODE,
            PersonalField.PREFECTURE,
            PersonalField.CITY,
            PersonalField.STREET,
            PersonalField.BUILDING);

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataVault vault;

    @Inject
    AccessRecorder access;

    @Inject
    InquiryNotes inquiryNotes;

    @Inject
    PublishedVersions published;

    @Inject
    BusinessTime time;

    public void write(MemberRequest request, Writer out) throws IOException {
        Member member = em.find(Member.class, request.getMemberId());
        Set<PackageSection> sections = RequestViews.sections(request);
        ReplyDocument doc = new ReplyDocument(out, request.getReplyLanguage(), time.zone());
        boolean erased = member.getStatus() == MemberStatus.ANONYMISED;
        Set<PersonalField> read = EnumSet.noneOf(PersonalField.class);
        if (!erased) {
            read.addAll(ADDRESS);
            if (sections.contains(PackageSection.PERSONAL_FIELDS)) {
                read.addAll(EnumSet.allOf(PersonalField.class));
            }
        }
        PersonalData data = read.isEmpty() ? null : vault.open(member.getSealed(), member.getDataRef());
        Principal officer = request::getDecidedBy;
        for (PersonalField field : read) {
            access.record(
                    officer,
                    ActorKind.STAFF,
                    member.getId(),
                    EnumSet.of(field),
                    AccessPurpose.MEMBER_REQUEST,
                    "member-request:" + request.getRef(),
                    null);
        }
        doc.begin(doc.text("title", request.getRef()));
        PublishedView matters = PublishedVersions.view(published.latest());
        letter(doc, request, member, data, matters);
        for (PackageSection section : sections) {
            if (section != PackageSection.COVERING_LETTER) {
                doc.heading(2, doc.label("section", section));
                section(doc, section, request, member, data, matters);
            }
        }
        doc.end();
    }

    private void letter(ReplyDocument doc, MemberRequest r, Member member, PersonalData data, PublishedView matters)
            throws IOException {
        doc.paragraph("right", doc.text("letter.date", doc.date(time.today())) + "\n" + r.getRef());
        if (data != null) {
            String building = MemberViews.full(data, PersonalField.BUILDING);
            doc.paragraph(
                    "address",
                    "〒" + MemberViews.full(data, PersonalField.POSTAL_CODE) + "\n"
                            + shown(doc, data, PersonalField.PREFECTURE) + " "
                            + MemberViews.full(data, PersonalField.CITY) + " "
                            + MemberViews.full(data, PersonalField.STREET)
                            + (building == null || building.isBlank() ? "" : " " + building) + "\n"
                            + doc.text("letter.to", data.nameKanji()));
        }
        doc.paragraph(
                "right",
                matters.item(PublishedItem.BUSINESS_NAME).in(doc.language()) + "\n" + doc.text("letter.officer"));
        doc.heading(1, doc.text("letter.subject", doc.label("kind", r.getKind())));
        doc.paragraph(doc.text(
                "letter.opening",
                doc.date(r.getReceivedOn()),
                doc.label("kind", r.getKind()),
                doc.label("article", r.getKind())));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {
            doc.text("letter.memberNumber"), member.getMemberNumber().formatted()
        });
        facts.add(new String[] {doc.text("letter.decision"), doc.label("decision", r.getDecision())});
        if (r.getDecision() != Decision.ACCEPTED) {
            facts.add(new String[] {doc.text("letter.reason"), doc.label("reason", r.getReason())});
            facts.add(new String[] {doc.text("letter.reasonText"), r.getReasonText()});
        }
        if (r.getFeeYen() > 0) {
            facts.add(new String[] {
                doc.text("letter.fee"),
                doc.text("letter.feeYen", r.getFeeYen()) + " (" + doc.label("fee", r.getFeeStatus()) + ")"
            });
        }
        doc.definitions(facts);
        if (r.getDecision() == Decision.PARTLY && !r.withheldSections().isEmpty()) {
            StringBuilder withheld = new StringBuilder();
            r.withheldSections()
                    .forEach(s ->
                            withheld.append("・").append(doc.label("section", s)).append('\n'));
            doc.paragraph(doc.text("letter.withheld") + "\n" + withheld);
        }
        doc.paragraph(
                doc.text("letter.closing." + (r.getDecision() == Decision.ACCEPTED ? "accepted" : "notAccepted")));
        doc.paragraph(doc.text("letter.contact") + "\n"
                + matters.item(PublishedItem.COMPLAINTS_DESK).in(doc.language()));
    }

    private void section(
            ReplyDocument doc,
            PackageSection section,
            MemberRequest r,
            Member member,
            PersonalData data,
            PublishedView matters)
            throws IOException {
        switch (section) {
            case PURPOSES -> doc.paragraph(matters.item(PublishedItem.PURPOSES).in(doc.language()));
            case PERSONAL_FIELDS -> personalFields(doc, data);
            case CONSENTS -> consents(doc, member);
            case POINT_BALANCE -> balance(doc, member);
            case POINT_LOTS -> lots(doc, member);
            case POINT_HISTORY -> history(doc, member);
            case RANK_HISTORY -> ranks(doc, member);
            case PROVISION_RECORDS -> provisions(doc, member);
            case INQUIRIES -> inquiries(doc, r, member);
            case CORRECTED_FIELDS -> {
                StringBuilder fields = new StringBuilder();
                r.correctedFields()
                        .forEach(f ->
                                fields.append("・").append(doc.label("field", f)).append('\n'));
                doc.paragraph(doc.text("corrected.intro") + "\n" + fields);
            }
            case STOP_MEASURES -> {
                doc.paragraph(doc.text("stop." + (r.getRemedy() == null ? Remedy.STOP_USE : r.getRemedy()).name()));
                doc.paragraph(doc.text("stop.exception"));
            }
            case ERASURE_AND_RETENTION -> {
                doc.paragraph(doc.text("erasure.done"));
                doc.paragraph(doc.text("erasure.retained"));
            }
            case COVERING_LETTER -> {
                // written first, by letter()
            }
        }
    }

    private void personalFields(ReplyDocument doc, PersonalData data) throws IOException {
        if (data == null) {
            doc.paragraph(doc.text("none"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (PersonalField field : PersonalField.values()) {
            rows.add(new String[] {doc.label("field", field), shown(doc, data, field)});
        }
        doc.definitions(rows);
    }

    /** A field as the letter prints it: gender and prefecture in the reply's language, the rest as held. */
    private static String shown(ReplyDocument doc, PersonalData data, PersonalField field) {
        if (field == PersonalField.GENDER && data.gender() != null) {
            return doc.label("gender", data.gender());
        }
        if (field == PersonalField.PREFECTURE && data.address().prefecture() != null && "en".equals(doc.language())) {
            return data.address().prefecture().english();
        }
        return MemberViews.full(data, field);
    }

    private void consents(ReplyDocument doc, Member member) throws IOException {
        Map<ConsentChannel, Boolean> now = member.consents();
        doc.tableHead(doc.text("consent.channel"), doc.text("consent.now"));
        for (ConsentChannel channel : ConsentChannel.values()) {
            doc.row(doc.label("channel", channel), doc.text(Boolean.TRUE.equals(now.get(channel)) ? "yes" : "no"));
        }
        doc.tableEnd();
        doc.tableHead(
                doc.text("consent.changedAt"),
                doc.text("consent.channel"),
                doc.text("consent.granted"),
                doc.text("consent.via"));
        for (ConsentEvent e : em.createNamedQuery(ConsentEvent.FIND_BY_MEMBER, ConsentEvent.class)
                .setParameter("memberId", member.getId())
                .getResultList()) {
            doc.row(
                    doc.time(e.getChangedAt()), doc.label("channel", e.getChannel()),
                    doc.text(e.isGranted() ? "yes" : "no"), doc.label("via", e.getVia()));
        }
        doc.tableEnd();
    }

    private void balance(ReplyDocument doc, Member member) throws IOException {
        PointAccount account = em.find(PointAccount.class, member.getId());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            doc.text("balance.points"),
            account == null ? "0" : account.getBalance().toString()
        });
        rows.add(new String[] {
            doc.text("balance.rank"),
            doc.textOr("rank." + member.getRank().code(), member.getRank().code())
        });
        rows.add(new String[] {doc.text("balance.enrolledOn"), doc.date(member.getEnrolledOn())});
        rows.add(new String[] {doc.text("balance.status"), doc.label("status", member.getStatus())});
        StringBuilder cards = new StringBuilder(member.getMemberNumber().formatted());
        em.createQuery("SELECT r FROM RetiredNumber r WHERE r.memberId = :id ORDER BY r.retiredAt", RetiredNumber.class)
                .setParameter("id", member.getId())
                .getResultStream()
                .forEach(n -> cards.append('\n')
                        .append(n.getMemberNumber().formatted())
                        .append(" (")
                        .append(doc.label("retired", n.getReason()))
                        .append(')'));
        rows.add(new String[] {doc.text("balance.cards"), cards.toString()});
        doc.definitions(rows);
    }

    private void lots(ReplyDocument doc, Member member) throws IOException {
        doc.tableHead(
                doc.text("lot.earnedOn"),
                doc.text("lot.expiresOn"),
                doc.text("lot.original"),
                doc.text("lot.remaining"));
        em.createQuery("SELECT l FROM PointLot l WHERE l.memberId = :id ORDER BY l.earnedOn, l.id", PointLot.class)
                .setParameter("id", member.getId())
                .getResultList()
                .forEach(l -> rowQuietly(
                        doc,
                        doc.date(l.getEarnedOn()),
                        doc.date(l.getExpiresOn()),
                        l.getOriginalPoints(),
                        l.getRemainingPoints()));
        doc.tableEnd();
    }

    private void history(ReplyDocument doc, Member member) throws IOException {
        doc.tableHead(
                doc.text("entry.at"),
                doc.text("entry.type"),
                doc.text("entry.points"),
                doc.text("entry.yen"),
                doc.text("entry.store"));
        try (var entries = em.createQuery(
                        "SELECT e FROM LedgerEntry e WHERE e.memberId = :id ORDER BY e.occurredAt, e.id",
                        LedgerEntry.class)
                .setParameter("id", member.getId())
                .getResultStream()) {
            entries.forEach(e -> rowQuietly(
                    doc,
                    doc.time(e.getOccurredAt()),
                    doc.label("entry", e.getType()),
                    e.getPoints(),
                    e.getAmountYen() == null ? null : e.getAmountYen().value(),
                    e.getStoreCode()));
        }
        doc.tableEnd();
    }

    private void ranks(ReplyDocument doc, Member member) throws IOException {
        doc.tableHead(doc.text("rank.changedAt"), doc.text("rank.from"), doc.text("rank.to"));
        em.createQuery("SELECT c FROM RankChange c WHERE c.memberId = :id ORDER BY c.changedAt, c.id", RankChange.class)
                .setParameter("id", member.getId())
                .getResultList()
                .forEach(c -> rowQuietly(
                        doc,
                        doc.time(c.getChangedAt()),
                        doc.textOr(
                                "rank." + c.getFromRank().code(),
                                c.getFromRank().code()),
                        doc.textOr("rank." + c.getToRank().code(), c.getToRank().code())));
        doc.tableEnd();
    }

    private void provisions(ReplyDocument doc, Member member) throws IOException {
        @SuppressWarnings("unchecked")
        List<ProvisionRecord> records = em.createNativeQuery(
                        "SELECT p.* FROM provision_record p JOIN export_member m ON m.export_id = p.export_id"
                                + " WHERE m.member_id = ?1 ORDER BY p.provided_at, p.id",
                        ProvisionRecord.class)
                .setParameter(1, member.getId())
                .getResultList();
        if (records.isEmpty()) {
            doc.paragraph(doc.text("provision.none"));
            return;
        }
        doc.tableHead(
                doc.text("provision.at"),
                doc.text("provision.recipient"),
                doc.text("provision.items"),
                doc.text("provision.basis"),
                doc.text("provision.purpose"));
        for (ProvisionRecord p : records) {
            doc.row(
                    doc.time(p.getProvidedAt()),
                    p.getRecipientName(),
                    p.getDataItems(),
                    doc.label("basis", p.getConsentBasis()),
                    p.getPurpose());
        }
        doc.tableEnd();
    }

    private void inquiries(ReplyDocument doc, MemberRequest r, Member member) throws IOException {
        List<Inquiry> list = em.createNamedQuery(Inquiry.OF_MEMBER, Inquiry.class)
                .setParameter("memberId", member.getId())
                .getResultList();
        if (list.isEmpty()) {
            doc.paragraph(doc.text("none"));
            return;
        }
        Principal officer = r::getDecidedBy;
        doc.tableHead(
                doc.text("inquiry.at"),
                doc.text("inquiry.channel"),
                doc.text("inquiry.category"),
                doc.text("inquiry.outcome"),
                doc.text("inquiry.notes"));
        for (Inquiry i : list) {
            String notes = inquiryNotes.open(i);
            if (!notes.isEmpty()) {
                access.record(
                        officer,
                        ActorKind.STAFF,
                        member.getId(),
                        List.of(InquiryNotes.FIELD),
                        AccessPurpose.MEMBER_REQUEST,
                        "member-request:" + r.getRef(),
                        null,
                        "inquiry:" + i.getNumber());
            }
            doc.row(
                    doc.time(i.getStartedAt()),
                    doc.label("inquiryChannel", i.getChannel()),
                    doc.label("category", i.getCategory()),
                    doc.label("outcome", i.getOutcome()),
                    notes);
        }
        doc.tableEnd();
    }

    private static void rowQuietly(ReplyDocument doc, Object... cells) {
        try {
            doc.row(cells);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
