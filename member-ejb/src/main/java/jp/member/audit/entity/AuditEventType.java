package jp.member.audit.entity;

/** What an audit entry records. Stored by name: names are never reused for something else. */
public enum AuditEventType {
    SIGN_IN,
    SIGN_IN_FAILURE,
    LOCKOUT,
    SIGN_IN_REFUSED,
    SIGN_OUT,
    /** A signed-in person or client asked for what its roles do not allow (a page, an API call, a business method). */
    ACCESS_DENIED,
    /** A machine client's credentials were refused (unknown id, wrong secret or disabled client). */
    API_AUTHENTICATION_FAILED,
    /** A staff member searched for members (how and how many matched; never the search term). */
    MEMBER_SEARCHED,
    /** A staff member or a machine client read a member's personal data (purpose says how). */
    PERSONAL_DATA_READ,
    /** A machine client asked for a member number that names no member (counted by the enumeration rule). */
    MEMBER_LOOKUP_MISSED,
    /** A channel client's enrolment refused because a member with those details exists: the client learned that. */
    MEMBER_DUPLICATE_REFUSED,
    MEMBER_ENROLLED,
    MEMBERS_IMPORTED,
    /** An administrator replaced the postal-code data with Japan Post's file (counts in the target). */
    POSTAL_CODES_IMPORTED,
    MEMBER_CONTACT_CHANGED,
    MEMBER_CONSENT_CHANGED,
    MEMBER_SUSPENDED,
    MEMBER_REACTIVATED,
    MEMBER_CARD_REISSUED,
    MEMBER_MERGED,
    MEMBER_WITHDRAWN,
    MEMBER_ANONYMISED,
    POINTS_ADJUSTED,
    POINTS_ADJUSTMENT_REQUESTED,
    POINTS_ADJUSTMENT_APPROVED,
    POINTS_ADJUSTMENT_REJECTED,
    PROGRAMME_CHANGED,
    STAFF_CREATED,
    STAFF_CHANGED,
    API_CLIENT_CHANGED,
    /** A network or device staff may sign in from was allowed or removed. */
    SIGN_IN_NETWORKS_CHANGED,
    /** An administrator turned a switch of the sign-in policy (decision 0022). */
    SIGN_IN_POLICY_CHANGED,
    KEY_ROTATION,
    ALERT_RAISED,
    ALERT_ACKNOWLEDGED,
    ALERT_ESCALATED,
    ALERT_RULE_CHANGED,
    AUDIT_SEARCHED,
    AUDIT_EXPORTED,
    AUDIT_VERIFIED,
    AUDIT_ARCHIVED,
    /** A manager looked at what an export would contain (counts, masked sample). */
    EXPORT_PREVIEWED,
    EXPORT_REQUESTED,
    EXPORT_WITHDRAWN,
    EXPORT_APPROVED,
    EXPORT_REJECTED,
    EXPORT_EXPIRED,
    EXPORT_GENERATED,
    EXPORT_FAILED,
    EXPORT_DOWNLOADED,
    EXPORT_PASSWORD_SHOWN,
    EXPORT_FILE_DELETED,
    EXPORT_RECORDS_PURGED,
    /** A record of provision to a third party was made (APPI Art. 29). */
    PROVISION_RECORDED,
    PROVISIONS_SEARCHED,
    /** An inquiry (応対記録) was started, changed (member, category, notes) or closed; a follow-up was done. */
    INQUIRY_STARTED,
    INQUIRY_UPDATED,
    INQUIRY_CLOSED,
    INQUIRY_FOLLOWED_UP,
    /** ADMIN changed the fields the identity check reveals. */
    IDENTITY_CHECK_CHANGED,
    /** The privacy officer saved a new version of the leak-response procedure. */
    RESPONSE_PROCEDURE_CHANGED,
    /** A leak incident was opened, described, assessed, scoped, or closed (target: incident:ref;…). */
    INCIDENT_OPENED,
    INCIDENT_CHANGED,
    INCIDENT_SCOPED,
    INCIDENT_CLOSED,
    /** A containment action was taken from an incident, or lifted. */
    INCIDENT_CONTAINED,
    INCIDENT_CONTAINMENT_LIFTED,
    /** A report to the PPC was saved or recorded as sent. */
    INCIDENT_REPORT_SAVED,
    INCIDENT_REPORT_SENT,
    /** The notice list was prepared, notices or the substitute measure were recorded. */
    INCIDENT_NOTICE_RECORDED,
    /** A member's request under the APPI was taken, identified, decided, its fee recorded, its reply produced or opened, closed. */
    REQUEST_TAKEN,
    REQUEST_IDENTIFIED,
    REQUEST_DECIDED,
    REQUEST_FEE_RECORDED,
    REQUEST_REPLY_PRODUCED,
    REQUEST_REPLY_OPENED,
    REQUEST_CLOSED,
    /** What an accepted request did to the member (target: request:ref). */
    MEMBER_CORRECTED,
    MEMBER_USE_STOPPED,
    MEMBER_PROVISION_STOPPED,
    MEMBER_ERASED,
    /** The privacy officer saved a new version of the published matters (Art. 32). */
    PUBLISHED_MATTERS_CHANGED,
    /** ADMIN created, disabled, enabled or deleted a webhook subscription, or re-drove its dead deliveries. */
    WEBHOOK_SUBSCRIPTION_CHANGED
}
