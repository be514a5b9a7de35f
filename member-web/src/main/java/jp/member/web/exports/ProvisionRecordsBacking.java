package jp.member.web.exports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.member.exports.boundary.ProvisionRecords;
import jp.member.exports.boundary.ProvisionView;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/** The auditor's list of third-party provisions, by period or for one member (a disclosure request). */
@Named
@ViewScoped
public class ProvisionRecordsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProvisionRecords records;

    private LocalDate from;
    private LocalDate to;
    private String memberNumber;
    private List<ProvisionView> rows;

    public void search() {
        try {
            rows = records.list(from, to);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void forMember() {
        if (memberNumber == null || memberNumber.isBlank()) {
            Messages.error("audit.memberNumber.required");
            return;
        }
        try {
            rows = records.forMember(memberNumber);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public List<ProvisionView> getRows() {
        return rows == null ? List.of() : rows;
    }

    public boolean isSearched() {
        return rows != null;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(String memberNumber) {
        this.memberNumber = memberNumber;
    }
}
