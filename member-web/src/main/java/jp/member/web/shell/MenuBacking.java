package jp.member.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.member.security.Roles;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;

/**
 * The menu: each person sees what their roles allow. Hiding an entry is cosmetic — the page and the service
 * behind it check the role themselves. The start page and the member search and enrolment — an agent's daily work —
 * are one click away; everything else is grouped, without icons on the bar, so that the menu stays on one row of a
 * 1366 px screen for every role (a manager's sixteen entries took three rows).
 */
@Named
@RequestScoped
public class MenuBacking {

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build(FacesContext.getCurrentInstance().getExternalContext());
        }
        return model;
    }

    private static MenuModel build(ExternalContext external) {
        boolean agent = external.isUserInRole(Roles.AGENT);
        boolean manager = external.isUserInRole(Roles.MANAGER);
        boolean auditor = external.isUserInRole(Roles.AUDITOR);
        boolean admin = external.isUserInRole(Roles.ADMIN);
        boolean privacy = external.isUserInRole(Roles.PRIVACY_OFFICER);
        DefaultMenuModel menu = new DefaultMenuModel();
        List<StartPage> homes = Arrays.stream(StartPage.values())
                .filter(page -> external.isUserInRole(page.role()))
                .toList();
        for (StartPage page : homes) {
            // One start page is just "home"; someone with several roles needs to tell them apart.
            menu.getElements().add(item(homes.size() == 1 ? "menu.home" : page.labelKey(), page.path(), null));
        }
        if (agent || manager) {
            menu.getElements().add(item("menu.members.search", "/members/search.xhtml", null));
            menu.getElements().add(item("menu.members.enrol", "/members/enrol.xhtml", null));
        }
        List<MenuElement> supervision = new ArrayList<>();
        if (manager) {
            supervision.add(item("menu.members.merge", "/members/merge.xhtml", "pi pi-clone"));
            supervision.add(item("menu.approvals", "/manager/approvals.xhtml", "pi pi-check-square"));
            supervision.add(item("menu.exportApprovals", "/manager/export-approvals.xhtml", "pi pi-check-circle"));
            supervision.add(item("menu.alerts", "/manager/alerts.xhtml", "pi pi-bell"));
            supervision.add(item("menu.review", "/manager/access-review.xhtml", "pi pi-users"));
        }
        group(menu, "menu.group.supervision", supervision);
        List<MenuElement> reports = new ArrayList<>();
        if (manager) {
            reports.add(item("menu.exports", "/manager/exports.xhtml", "pi pi-file-export"));
        }
        if (manager || auditor) {
            reports.add(item("menu.liability", "/reports/liability.xhtml", "pi pi-chart-bar"));
            reports.add(item("menu.provisions", "/reports/provisions.xhtml", "pi pi-book"));
        }
        group(menu, "menu.group.reports", reports);
        List<MenuElement> audit = new ArrayList<>();
        if (auditor) {
            audit.add(item("menu.audit.trail", "/auditor/trail.xhtml", "pi pi-list"));
            audit.add(item("menu.audit.verify", "/auditor/verify.xhtml", "pi pi-shield"));
        }
        group(menu, "menu.group.audit", audit);
        List<MenuElement> privacyEntries = new ArrayList<>();
        if (privacy || auditor) {
            privacyEntries.add(item("menu.requests", "/privacy/requests.xhtml", "pi pi-inbox"));
            privacyEntries.add(item("menu.incidents", "/privacy/incidents.xhtml", "pi pi-exclamation-triangle"));
            privacyEntries.add(item("menu.procedure", "/privacy/procedure.xhtml", "pi pi-book"));
        }
        if (privacy) {
            privacyEntries.add(item("menu.publishedEdit", "/privacy/published-edit.xhtml", "pi pi-pencil"));
        }
        if (agent || manager || auditor || privacy || admin) {
            // every member of staff can tell a member the purposes of use and how to make a request (APPI Art. 32)
            privacyEntries.add(item("menu.published", "/published-matters.xhtml", "pi pi-info-circle"));
        }
        group(menu, "menu.group.privacy", privacyEntries);
        List<MenuElement> administration = new ArrayList<>();
        if (manager || admin) {
            administration.add(item("menu.programme", "/programme/settings.xhtml", "pi pi-sliders-h"));
        }
        if (admin) {
            administration.add(item("menu.staff", "/admin/staff.xhtml", "pi pi-users"));
            administration.add(item("menu.import", "/admin/import.xhtml", "pi pi-upload"));
            administration.add(item("menu.postalCodes", "/admin/postal-codes.xhtml", "pi pi-map-marker"));
            administration.add(item("menu.identityCheck", "/admin/identity-check.xhtml", "pi pi-id-card"));
            administration.add(item("menu.keys", "/admin/keys.xhtml", "pi pi-lock"));
            administration.add(item("menu.apiClients", "/admin/api-clients.xhtml", "pi pi-server"));
            administration.add(item("menu.webhooks", "/admin/webhooks.xhtml", "pi pi-send"));
            administration.add(item("menu.networks", "/admin/networks.xhtml", "pi pi-shield"));
            administration.add(item("menu.software", "/admin/software.xhtml", "pi pi-box"));
        }
        group(menu, "menu.group.administration", administration);
        // The person's own account, under their name (which the header shows nowhere else; a long one is cut short).
        menu.getElements()
                .add(DefaultSubMenu.builder()
                        .label(external.getUserPrincipal().getName())
                        .icon("pi pi-user")
                        .styleClass("app-account")
                        .addElement(item("menu.password", "/account/password.xhtml", "pi pi-key"))
                        .addElement(item("menu.secondFactor", "/account/second-factor.xhtml", "pi pi-mobile"))
                        .build());
        return menu;
    }

    /** Adds the entries as one drop-down group, if the person may use any of them. */
    private static void group(DefaultMenuModel menu, String labelKey, List<MenuElement> entries) {
        if (entries.isEmpty()) {
            return;
        }
        menu.getElements()
                .add(DefaultSubMenu.builder()
                        .label(Messages.text(labelKey))
                        .elements(new ArrayList<>(entries))
                        .build());
    }

    private static DefaultMenuItem item(String labelKey, String outcome, String icon) {
        return DefaultMenuItem.builder()
                .value(Messages.text(labelKey))
                .outcome(outcome)
                .icon(icon)
                .build();
    }
}
