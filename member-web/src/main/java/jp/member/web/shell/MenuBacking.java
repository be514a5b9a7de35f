package jp.member.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jp.member.security.Roles;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

/**
 * The menu: each person sees what their roles allow. Hiding an entry is cosmetic — the page and the service
 * behind it check the role themselves.
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
        DefaultMenuModel menu = new DefaultMenuModel();
        for (StartPage page : StartPage.values()) {
            if (external.isUserInRole(page.role())) {
                menu.getElements().add(item(page.labelKey(), page.path(), "pi pi-home"));
            }
        }
        if (external.isUserInRole(Roles.AGENT) || external.isUserInRole(Roles.MANAGER)) {
            menu.getElements().add(item("menu.members.search", "/members/search.xhtml", "pi pi-search"));
            menu.getElements().add(item("menu.members.enrol", "/members/enrol.xhtml", "pi pi-user-plus"));
        }
        if (external.isUserInRole(Roles.MANAGER)) {
            menu.getElements().add(item("menu.members.merge", "/members/merge.xhtml", "pi pi-clone"));
            menu.getElements().add(item("menu.approvals", "/manager/approvals.xhtml", "pi pi-check-square"));
            menu.getElements().add(item("menu.exports", "/manager/exports.xhtml", "pi pi-file-export"));
            menu.getElements()
                    .add(item("menu.exportApprovals", "/manager/export-approvals.xhtml", "pi pi-check-circle"));
            menu.getElements().add(item("menu.alerts", "/manager/alerts.xhtml", "pi pi-bell"));
            menu.getElements().add(item("menu.review", "/manager/access-review.xhtml", "pi pi-users"));
        }
        if (external.isUserInRole(Roles.MANAGER) || external.isUserInRole(Roles.AUDITOR)) {
            menu.getElements().add(item("menu.liability", "/reports/liability.xhtml", "pi pi-chart-bar"));
            menu.getElements().add(item("menu.provisions", "/reports/provisions.xhtml", "pi pi-book"));
        }
        if (external.isUserInRole(Roles.AUDITOR)) {
            menu.getElements().add(item("menu.audit.trail", "/auditor/trail.xhtml", "pi pi-list"));
            menu.getElements().add(item("menu.audit.verify", "/auditor/verify.xhtml", "pi pi-shield"));
        }
        if (external.isUserInRole(Roles.MANAGER) || external.isUserInRole(Roles.ADMIN)) {
            menu.getElements().add(item("menu.programme", "/programme/settings.xhtml", "pi pi-sliders-h"));
        }
        if (external.isUserInRole(Roles.ADMIN)) {
            menu.getElements().add(item("menu.staff", "/admin/staff.xhtml", "pi pi-users"));
            menu.getElements().add(item("menu.import", "/admin/import.xhtml", "pi pi-upload"));
            menu.getElements().add(item("menu.postalCodes", "/admin/postal-codes.xhtml", "pi pi-map-marker"));
            menu.getElements().add(item("menu.keys", "/admin/keys.xhtml", "pi pi-lock"));
            menu.getElements().add(item("menu.apiClients", "/admin/api-clients.xhtml", "pi pi-server"));
            menu.getElements().add(item("menu.networks", "/admin/networks.xhtml", "pi pi-shield"));
            menu.getElements().add(item("menu.software", "/admin/software.xhtml", "pi pi-box"));
        }
        menu.getElements().add(item("menu.password", "/account/password.xhtml", "pi pi-key"));
        menu.getElements().add(item("menu.secondFactor", "/account/second-factor.xhtml", "pi pi-mobile"));
        return menu;
    }

    private static DefaultMenuItem item(String labelKey, String outcome, String icon) {
        return DefaultMenuItem.builder()
                .value(Messages.text(labelKey))
                .outcome(outcome)
                .icon(icon)
                .build();
    }
}
