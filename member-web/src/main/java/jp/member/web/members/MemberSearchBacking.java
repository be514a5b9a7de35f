package jp.member.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.member.members.boundary.MemberSearch;
import jp.member.members.boundary.MemberSummary;
import jp.member.members.boundary.SearchResult;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/**
 * The agent's search: one kind of criterion at a time, exact match. The terms travel in the POST body only, never
 * in a URL.
 */
@Named
@ViewScoped
public class MemberSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the agent searches by. */
    public enum Kind {
        NUMBER,
        PHONE,
        EMAIL,
        KANA_BIRTH
    }

    @Inject
    MemberSearch search;

    private Kind kind = Kind.PHONE;
    private String term;
    private String kana;
    private String birthDate;
    private SearchResult result;

    public void search() {
        try {
            result = switch (kind) {
                case NUMBER -> search.byNumber(term);
                case PHONE -> search.byPhone(term);
                case EMAIL -> search.byEmail(term);
                case KANA_BIRTH -> search.byKanaAndBirthDate(kana, birthDate);
            };
            if (result.tooMany()) {
                Messages.error("member.search.tooMany", MemberSearch.MAX_RESULTS);
            } else if (result.members().isEmpty()) {
                Messages.info("member.search.none");
            } else if (result.retiredNumber() != null) {
                Messages.info("member.search.retired." + result.retiredNumber().name());
            }
        } catch (BusinessException refused) {
            result = null;
            Messages.error(refused);
        }
    }

    public List<MemberSummary> getMembers() {
        return result == null ? List.of() : result.members();
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getKana() {
        return kana;
    }

    public void setKana(String kana) {
        this.kana = kana;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }
}
