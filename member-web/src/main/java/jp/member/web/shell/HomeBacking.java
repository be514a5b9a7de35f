package jp.member.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Sends a signed-in person from {@code /} to the start page of their role. */
@Named
@RequestScoped
public class HomeBacking {

    public String route() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return StartPage.firstFor(external::isUserInRole)
                .map(page -> page.path() + "?faces-redirect=true")
                .orElse("/login.xhtml?faces-redirect=true");
    }
}
