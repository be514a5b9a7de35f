package jp.member.web.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import jp.member.security.Roles;

/** Each staff role's start page; a person with several roles starts at the first in this order. */
public enum StartPage {
    AGENT(Roles.AGENT, "/agent/home.xhtml", "menu.home.agent"),
    MANAGER(Roles.MANAGER, "/manager/home.xhtml", "menu.home.manager"),
    AUDITOR(Roles.AUDITOR, "/auditor/home.xhtml", "menu.home.auditor"),
    PRIVACY_OFFICER(Roles.PRIVACY_OFFICER, "/privacy/home.xhtml", "menu.home.privacy"),
    ADMIN(Roles.ADMIN, "/admin/home.xhtml", "menu.home.admin");

    private final String role;
    private final String path;
    private final String labelKey;

    StartPage(String role, String path, String labelKey) {
        this.role = role;
        this.path = path;
        this.labelKey = labelKey;
    }

    public String role() {
        return role;
    }

    public String path() {
        return path;
    }

    public String labelKey() {
        return labelKey;
    }

    public static Optional<StartPage> firstFor(Predicate<String> hasRole) {
        return List.of(values()).stream().filter(p -> hasRole.test(p.role)).findFirst();
    }
}
