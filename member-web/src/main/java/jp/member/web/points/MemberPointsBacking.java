package jp.member.web.points;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeParseException;
import jp.member.points.boundary.AdjustmentOutcome;
import jp.member.points.boundary.HistoryPage;
import jp.member.points.boundary.PointsDesk;
import jp.member.points.boundary.PointsSummary;
import jp.member.points.entity.EntryType;
import jp.member.points.rules.PointsChange;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/**
 * A member's points for the agent on the phone: balance, lots, history (filtered by {@link HistoryCriteria}, paged), a
 * small correction.
 */
@Named
@ViewScoped
public class MemberPointsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    PointsDesk desk;

    private String ref;
    private PointsSummary summary;
    private HistoryPage history;
    private final HistoryCriteria criteria = new HistoryCriteria();
    private int page;
    private Long adjustmentPoints;
    private String adjustmentReason;

    public void load() {
        try {
            summary = desk.summary(ref);
            page = 0;
            search();
        } catch (BusinessException refused) {
            summary = null;
            Messages.error(refused);
        }
    }

    public void search() {
        try {
            history = desk.history(ref, criteria.chosenTypes(), criteria.fromDay(), criteria.toDay(), page, PAGE_SIZE);
        } catch (DateTimeParseException e) {
            Messages.error("points.history.dateInvalid");
        }
    }

    public void filter() {
        page = 0;
        search();
    }

    public void next() {
        if (history != null && (long) (page + 1) * PAGE_SIZE < history.total()) {
            page++;
            search();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            search();
        }
    }

    public void adjust() {
        long points = adjustmentPoints == null ? 0 : adjustmentPoints;
        try {
            AdjustmentOutcome outcome = desk.adjust(ref, PointsChange.of(points), adjustmentReason);
            Messages.info(outcome.pending() ? "points.adjustment.pending" : "points.adjustment.done");
            adjustmentPoints = null;
            adjustmentReason = null;
            load();
        } catch (BusinessException refused) {
            Messages.error(refused);
        } catch (IllegalArgumentException outOfRange) {
            // a crafted value no points change can hold (the field takes 9 characters)
            Messages.error("points.amount.invalid");
        }
    }

    /** Pages of history, at least one. */
    public long getPages() {
        return history == null ? 1 : Math.max(1, (history.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public EntryType[] getAllTypes() {
        return EntryType.values();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public PointsSummary getSummary() {
        return summary;
    }

    public HistoryPage getHistory() {
        return history;
    }

    public HistoryCriteria getCriteria() {
        return criteria;
    }

    public Long getAdjustmentPoints() {
        return adjustmentPoints;
    }

    public void setAdjustmentPoints(Long adjustmentPoints) {
        this.adjustmentPoints = adjustmentPoints;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public void setAdjustmentReason(String adjustmentReason) {
        this.adjustmentReason = adjustmentReason;
    }
}
