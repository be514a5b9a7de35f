package jp.member.security;

import java.util.List;
import java.util.Set;

/**
 * The application's roles, in one place. The names are used by {@code @RolesAllowed} on every boundary,
 * by the web module's security constraints and by the staff records in the database.
 */
public final class Roles {

    /** Call-centre agent: finds members, sees masked data, reveals with a reason, small point corrections. */
    public static final String AGENT = "AGENT";

    /** Supervisor or CRM manager: approves exports and large adjustments, watches alerts, reads reports. */
    public static final String MANAGER = "MANAGER";

    /** Internal audit: reads and verifies the audit trail; sees incidents and requests; no member personal data. */
    public static final String AUDITOR = "AUDITOR";

    /**
     * Privacy officer (個人情報保護管理者): keeps the leak-response procedure and runs incidents (scope, containment,
     * PPC reports, notices). Sees no member data except through an incident's own views, each read recorded.
     */
    public static final String PRIVACY_OFFICER = "PRIVACY_OFFICER";

    /** Enterprise IT: staff accounts, roles and programme configuration; not members. */
    public static final String ADMIN = "ADMIN";

    /** A machine client of the points API (store terminal, e-commerce site); never a person. No personal data. */
    public static final String POS = "POS";

    /**
     * A trusted channel client (the company's web site or app, machine to machine): enrols members and reads and
     * updates a member's own record by member number. Every read is recorded. Never a person.
     */
    public static final String CHANNEL = "CHANNEL";

    /**
     * A monitoring tool (machine to machine): reads the application's version, its software inventory (SBOM) and its
     * refusal counts. Never personal data, never business data.
     */
    public static final String MONITOR = "MONITOR";

    /** Roles a machine client of the API can hold. */
    public static final List<String> CLIENTS = List.of(POS, CHANNEL, MONITOR);

    /** Roles a person (staff account) can hold, in the order the UI lists them. */
    public static final List<String> STAFF = List.of(AGENT, MANAGER, AUDITOR, PRIVACY_OFFICER, ADMIN);

    /** Every role the application declares. */
    public static final Set<String> ALL =
            Set.of(AGENT, MANAGER, AUDITOR, PRIVACY_OFFICER, ADMIN, POS, CHANNEL, MONITOR);

    private Roles() {}

    public static boolean isStaffRole(String role) {
        return STAFF.contains(role);
    }
}
