package jp.member.web.incidents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.member.incidents.boundary.IncidentNotices;
import jp.member.incidents.boundary.IncidentNotices.NoticeView;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.Messages;

/**
 * The notice tab: the notice's text (Rule 10's five items), how many must get it and how many did, the list for the
 * export with the purpose 本人通知 (requested by a manager, approved by another — the contacts never come through
 * here), the notices sent on a day by a means, and the substitute measure for those who cannot be reached.
 */
@Named
@ViewScoped
public class NoticeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String NOTICE = IncidentBacking.TABS + "notice-";

    @Inject
    IncidentNotices notices;

    @Inject
    IncidentBacking incident;

    @Inject
    BusinessTime time;

    private NoticeView notice;
    private String sentOn;
    private IncidentNotices.Method method;
    private String substitute;

    public NoticeView getNotice() {
        if (notice == null) {
            notice = notices.notice(incident.getRef());
            substitute = notice.substituteMeasure();
        }
        return notice;
    }

    public void prepareList() {
        long[] members = new long[1];
        if (IncidentRefusals.attempt(NOTICE, () -> members[0] = notices.prepareList(incident.getRef()), null)) {
            Messages.info("incident.notice.listPrepared", members[0]);
            changed();
        }
    }

    public void recordSent() {
        LocalDate on;
        try {
            on = DateTimeText.day(sentOn).orElse(null);
        } catch (DateTimeText.Unreadable e) {
            IncidentRefusals.field(NOTICE, "notifiedOn", "incident.dateTime.unreadable");
            return;
        }
        int[] recorded = new int[1];
        if (IncidentRefusals.attempt(
                NOTICE, () -> recorded[0] = notices.recordSent(incident.getRef(), on, method), null)) {
            Messages.info("incident.notice.recorded", recorded[0]);
            sentOn = null;
            method = null;
            changed();
        }
    }

    public void recordSubstitute() {
        if (IncidentRefusals.attempt(
                NOTICE,
                () -> notices.recordSubstitute(incident.getRef(), substitute),
                "incident.notice.substituteSaved")) {
            changed();
        }
    }

    private void changed() {
        notice = null;
        incident.reload();
    }

    /** Today, as the date field's example. */
    public String getToday() {
        return time.today().toString();
    }

    public String getSentOn() {
        return sentOn;
    }

    public void setSentOn(String sentOn) {
        this.sentOn = sentOn;
    }

    public IncidentNotices.Method getMethod() {
        return method;
    }

    public void setMethod(IncidentNotices.Method method) {
        this.method = method;
    }

    public String getSubstitute() {
        return substitute;
    }

    public void setSubstitute(String substitute) {
        this.substitute = substitute;
    }
}
