package jp.member.web.exports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.member.exports.rules.ExportFilter;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.validation.Prefecture;

/**
 * Which members an export request contains, as the page fills it in ({@code #{exportRequestBacking.filter.ranks}}):
 * statuses, ranks as typed, enrolment days, prefectures by code, consent to a channel, and — for a notice to the
 * members an incident affected — the privacy officer's list of them.
 */
public class ExportFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private MemberStatus[] statuses = {MemberStatus.ACTIVE};
    private String ranks;
    private LocalDate enrolledFrom;
    private LocalDate enrolledTo;
    private List<String> prefectures = new ArrayList<>();
    private ConsentChannel consent;
    private Long memberList;

    /**
     * The filter as entered: the ranks separated by commas (also the Japanese 、) or spaces, in capitals; the
     * prefectures by code, anything else ignored. Whether it may be used is the service's to say.
     */
    ExportFilter toFilter() {
        Set<Prefecture> chosen = new LinkedHashSet<>();
        prefectures.forEach(code -> Prefecture.of(code).ifPresent(chosen::add));
        Set<String> rankSet = new LinkedHashSet<>();
        if (ranks != null) {
            for (String rank : ranks.split("[,、\\s]+")) {
                if (!rank.isBlank()) {
                    rankSet.add(rank.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        return new ExportFilter(
                statuses.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(statuses)),
                rankSet,
                enrolledFrom,
                enrolledTo,
                chosen,
                consent,
                memberList);
    }

    public MemberStatus[] getStatuses() {
        return statuses.clone();
    }

    public void setStatuses(MemberStatus[] statuses) {
        this.statuses = statuses == null ? new MemberStatus[0] : statuses.clone();
    }

    public String getRanks() {
        return ranks;
    }

    public void setRanks(String ranks) {
        this.ranks = ranks;
    }

    public LocalDate getEnrolledFrom() {
        return enrolledFrom;
    }

    public void setEnrolledFrom(LocalDate enrolledFrom) {
        this.enrolledFrom = enrolledFrom;
    }

    public LocalDate getEnrolledTo() {
        return enrolledTo;
    }

    public void setEnrolledTo(LocalDate enrolledTo) {
        this.enrolledTo = enrolledTo;
    }

    /** Mutable: Faces fills a multiple choice by instantiating the class of the current value. */
    public List<String> getPrefectures() {
        return prefectures;
    }

    public void setPrefectures(List<String> prefectures) {
        this.prefectures = prefectures == null ? new ArrayList<>() : new ArrayList<>(prefectures);
    }

    public ConsentChannel getConsent() {
        return consent;
    }

    public void setConsent(ConsentChannel consent) {
        this.consent = consent;
    }

    /** The id of the notice list (purpose 本人通知 only), or null. */
    public Long getMemberList() {
        return memberList;
    }

    public void setMemberList(Long memberList) {
        this.memberList = memberList;
    }
}
