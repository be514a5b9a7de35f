package jp.member.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jp.member.audit.boundary.AuditSearch;
import jp.member.exports.boundary.ExportApprovals;
import jp.member.exports.rules.ExportDraft;
import jp.member.incidents.boundary.Containments;
import jp.member.incidents.boundary.IncidentNotices;
import jp.member.incidents.boundary.IncidentReports;
import jp.member.incidents.boundary.IncidentScopes;
import jp.member.incidents.boundary.Incidents;
import jp.member.incidents.boundary.ProcedureView;
import jp.member.incidents.boundary.RecurrenceMeasures;
import jp.member.incidents.boundary.ResponseProcedures;
import jp.member.inquiries.boundary.Inquiries;
import jp.member.members.validation.JapaneseDates;
import jp.member.members.validation.Limits;
import jp.member.monitoring.boundary.AlertDesk;
import jp.member.points.boundary.AdjustmentApprovals;
import jp.member.points.boundary.PointsDesk;
import jp.member.points.boundary.ProgrammeConfiguration;
import jp.member.requests.boundary.PublishedMatters;
import jp.member.requests.rules.DecisionDraft;
import jp.member.requests.rules.PublishedItem;
import jp.member.staff.boundary.ApiClientAdministration;
import jp.member.staff.boundary.ApiClientAuthentication;
import jp.member.staff.boundary.SignInNetworkAdministration;
import jp.member.staff.boundary.StaffAdministration;
import jp.member.staff.rules.Cidr;

/**
 * The longest text each input field takes ({@code maxlength="#{limits.commentMax}"}), read from the business layer
 * that checks it and whose columns hold it, so that a page never offers more than is kept, nor refuses what would be.
 * Inputs whose length is only the form of what is typed (a member number with spaces, a date picked as yyyy-mm-dd)
 * keep it in the page.
 */
@Named("limits")
@ApplicationScoped
public class InputLimits {

    public int getUsernameMax() {
        return StaffAdministration.USERNAME_MAX;
    }

    public int getDisplayNameMax() {
        return StaffAdministration.DISPLAY_NAME_MAX;
    }

    public int getClientIdMax() {
        return ApiClientAuthentication.CLIENT_ID_MAX;
    }

    public int getClientNameMax() {
        return ApiClientAdministration.NAME_MAX;
    }

    /** A network in CIDR notation. */
    public int getNetworkMax() {
        return Cidr.TEXT_MAX;
    }

    /** The label of an allowed network or of a registered device. */
    public int getLabelMax() {
        return SignInNetworkAdministration.LABEL_MAX;
    }

    /** The actor an auditor searches the trail for. */
    public int getActorMax() {
        return AuditSearch.ACTOR_MAX;
    }

    /** An inquiry number an auditor filters the trail by. */
    public int getInquiryNumberMax() {
        return Inquiries.NUMBER_MAX;
    }

    public int getInquiryNotesMax() {
        return Inquiries.NOTES_MAX;
    }

    public int getNameKanjiMax() {
        return Limits.NAME_KANJI_MAX;
    }

    public int getNameKanaMax() {
        return Limits.NAME_KANA_MAX;
    }

    public int getCityMax() {
        return Limits.CITY_MAX;
    }

    public int getStreetMax() {
        return Limits.STREET_MAX;
    }

    public int getBuildingMax() {
        return Limits.BUILDING_MAX;
    }

    public int getEmailMax() {
        return Limits.EMAIL_MAX;
    }

    /** A birth date, which may be typed in the Japanese calendar (昭和51年12月23日) and in full width. */
    public int getDateTextMax() {
        return JapaneseDates.TEXT_MAX;
    }

    /** A member search by number, phone or e-mail: the longest of them is an e-mail address. */
    public int getSearchTermMax() {
        return Limits.EMAIL_MAX;
    }

    public int getAdjustmentReasonMax() {
        return PointsDesk.REASON_MAX;
    }

    public int getAdjustmentCommentMax() {
        return AdjustmentApprovals.COMMENT_MAX;
    }

    public int getSettingValueMax() {
        return ProgrammeConfiguration.SETTING_VALUE_MAX;
    }

    public int getCampaignCodeMax() {
        return ProgrammeConfiguration.CAMPAIGN_CODE_MAX;
    }

    public int getCampaignNameMax() {
        return ProgrammeConfiguration.CAMPAIGN_NAME_MAX;
    }

    public int getExportPurposeMax() {
        return ExportDraft.PURPOSE_MAX;
    }

    public int getRecipientNameMax() {
        return ExportDraft.NAME_MAX;
    }

    /** Why one personal column is exported. */
    public int getColumnReasonMax() {
        return ExportDraft.REASON_MAX;
    }

    public int getExportCommentMax() {
        return ExportApprovals.COMMENT_MAX;
    }

    public int getAlertCommentMax() {
        return AlertDesk.COMMENT_MAX;
    }

    /** A contact's name, role and hours, and each line of the organisation. */
    public int getProcedureTextMax() {
        return ProcedureView.TEXT_MAX;
    }

    public int getProcedurePhoneMax() {
        return ProcedureView.PHONE_MAX;
    }

    public int getProcedureNoteMax() {
        return ResponseProcedures.CHANGE_NOTE_MAX;
    }

    public int getIncidentTitleMax() {
        return Incidents.TITLE_MAX;
    }

    public int getIncidentKnownByMax() {
        return Incidents.KNOWN_BY_MAX;
    }

    public int getIncidentProcessorMax() {
        return Incidents.PROCESSOR_MAX;
    }

    public int getIncidentSummaryMax() {
        return Incidents.SUMMARY_MAX;
    }

    public int getIncidentEvidenceMax() {
        return Incidents.EVIDENCE_MAX;
    }

    /** Why the officer overrides the evaluation of whether an incident must be reported. */
    public int getIncidentDecisionMax() {
        return Incidents.REASON_MAX;
    }

    public int getExportRefMax() {
        return IncidentScopes.EXPORT_REF_MAX;
    }

    public int getContainmentReasonMax() {
        return Containments.REASON_MAX;
    }

    public int getReportItemMax() {
        return IncidentReports.ITEM_MAX;
    }

    public int getReportNoteMax() {
        return IncidentReports.NOTE_MAX;
    }

    public int getSubstituteMax() {
        return IncidentNotices.SUBSTITUTE_MAX;
    }

    public int getMeasureDescriptionMax() {
        return RecurrenceMeasures.DESCRIPTION_MAX;
    }

    public int getMeasureOwnerMax() {
        return RecurrenceMeasures.OWNER_MAX;
    }

    /** What the member is told when a request is not (fully) accepted (Art. 36). */
    public int getRequestReasonTextMax() {
        return DecisionDraft.REASON_TEXT_MAX;
    }

    /** One item of the published matters, in one language. */
    public int getPublishedTextMax() {
        return PublishedItem.TEXT_MAX;
    }

    /** Why the published matters changed. */
    public int getPublishedNoteMax() {
        return PublishedMatters.CHANGE_NOTE_MAX;
    }
}
